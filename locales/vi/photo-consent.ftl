# Bài học: photo-consent (3-6 tuổi). Hỏi trước khi chụp hay gửi ảnh của ai đó.
photo-consent-title = Tớ chụp ảnh cậu được không?
photo-consent-objective = Trẻ học cách hỏi người khác trước khi chụp hay gửi ảnh của họ, và biết tôn trọng khi họ nói không.
photo-consent-behaviour = Hỏi trước: “Tớ chụp ảnh cậu được không?”; bạn nói không thì không chụp; muốn gửi ảnh đi thì hỏi lại.

photo-consent-hello = Chào bạn! Tớ là Mai. Hôm nay lớp tớ vẽ tranh!
photo-consent-painting = Nam vẽ một chú cá voi xanh thật to. Ối, mũi Nam dính sơn xanh!
photo-consent-photos = Mai ơi, con chụp ảnh tranh của cả lớp bằng máy tính bảng nhé.
photo-consent-funny = Mũi xanh của Nam buồn cười quá! Tớ muốn chụp một tấm.
photo-consent-camera-appears = Mai giơ máy tính bảng về phía Nam.
photo-consent-screen-title = Máy ảnh
photo-consent-screen-body = Bấm để chụp ảnh
photo-consent-screen-button = Chụp!
photo-consent-what-now = Dừng lại, suy nghĩ, kể ngay! Mai nên làm gì trước nhỉ?
photo-consent-what-now-discuss-1 = Nếu bị chụp ảnh lúc mũi dính sơn xanh, các con nghĩ Nam sẽ thấy thế nào?
photo-consent-what-now-discuss-2 = Làm sao Mai biết Nam có muốn được chụp ảnh không?
photo-consent-option-snap = Chụp luôn
photo-consent-option-ask-nam = Hỏi Nam trước
photo-consent-option-ask-teacher = Hỏi cô Lan
photo-consent-oops = Tách! Nam lấy tay che mặt. Nam không muốn bị chụp tấm đó.
photo-consent-oops-back = Không sao đâu! Mình xóa ảnh đi, xin lỗi Nam, rồi chọn lại nhé.
photo-consent-teacher-says-ask = Con hỏi cô là hay lắm, Mai. Nhưng đây là mặt của Nam, con hỏi Nam nhé.
photo-consent-ask-nam = Nam ơi, tớ chụp ảnh cậu được không?
photo-consent-nam-no = Thôi, cảm ơn cậu. Mũi tớ đang dính sơn mà!
photo-consent-mai-okay = Ừ, không chụp nữa. Nhưng tớ thấy hơi buồn.
photo-consent-tell-prompt = Mai sẽ kể gì với cô Lan?
photo-consent-say-asked = Cô Lan ơi, con hỏi Nam rồi. Bạn ấy không muốn chụp ạ.
photo-consent-say-sad = Cô ơi, Nam bảo không. Con thấy hơi buồn ạ.
photo-consent-teacher-answer = Cảm ơn con đã kể với cô, Mai. Con hỏi bạn và biết lắng nghe. Giỏi lắm!
photo-consent-wash = Nam ơi, mình đi rửa mũi nhé?
photo-consent-nam-yes = Vâng ạ! Mai ơi, giờ cậu chụp tớ với cá voi được rồi!
photo-consent-snap = Tách! Nam và chú cá voi xanh, cả hai cùng cười tươi.
photo-consent-rule = Trước khi chụp ảnh ai, hay gửi ảnh đi, mình đều hỏi bạn trước.
photo-consent-catchphrase = Dừng lại, suy nghĩ, kể ngay!
photo-consent-well-done = Giỏi quá! Bé đã hỏi Nam trước, và bé đã lắng nghe bạn.
photo-consent-sticker = Hình dán Máy ảnh hỏi trước

photo-consent-tip = Hãy làm gương cho con: hỏi con trước khi chụp hay đăng ảnh của con (“Mẹ chụp con một tấm được không? Mẹ gửi cho bà nhé?”), và tôn trọng khi con nói không. Trẻ học về sự đồng ý từ cách người lớn đối xử với hình ảnh của chính mình.
photo-consent-starter = Trước khi chụp ảnh ai đó, mình hỏi ai nhỉ? Nếu bạn ấy nói không thì mình làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
photo-consent-check-1-question = Con muốn chụp ảnh bạn. Con làm gì trước?
photo-consent-check-1-ask = Hỏi: "Tớ chụp ảnh cậu nhé?"
photo-consent-check-1-snap = Chụp luôn cho nhanh.
photo-consent-check-1-why = Hỏi trước là con quý bạn.
photo-consent-check-2-question = Bạn nói: "Đừng chụp tớ". Con làm gì?
photo-consent-check-2-snap = Vẫn chụp một tấm.
photo-consent-check-2-stop = Thôi, không chụp nữa.
photo-consent-check-2-later = Chụp lúc bạn không để ý.
photo-consent-check-2-why = Bạn nói không thì mình không chụp.
photo-consent-check-3-question = Con muốn gửi ảnh bạn cho người khác. Con làm gì?
photo-consent-check-3-send = Gửi luôn.
photo-consent-check-3-show = Cho cả lớp xem.
photo-consent-check-3-ask = Hỏi bạn trước đã.
photo-consent-check-3-why = Ảnh của bạn thì bạn được quyết định.
