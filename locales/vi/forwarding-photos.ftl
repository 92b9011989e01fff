# Bài học: forwarding-photos (6-10 tuổi). Một bức ảnh làm bạn cùng lớp xấu hổ được gửi tới.
forwarding-photos-title = Bức ảnh vũng bùn
forwarding-photos-objective = Trẻ biết không gửi tiếp ảnh trêu chọc hay làm xấu hổ người khác, biết nghĩ xem bạn ấy sẽ cảm thấy thế nào, và kể với người lớn.
forwarding-photos-behaviour = Không gửi tiếp ảnh có thể làm người khác buồn; nói một câu tử tế; kể với người lớn.

forwarding-photos-hello = Thứ Bảy rồi! Mẹ cho tớ dùng máy tính bảng để nhắn tin với cả lớp.
forwarding-photos-chat-appears = Ting! Có tin nhắn mới trong nhóm lớp.
forwarding-photos-contact = Nhóm lớp 3B
forwarding-photos-msg-look = NHÌN Khoa giờ ra chơi này!! hahaha
forwarding-photos-msg-send-it = Gửi cho cả trường xem đi!
forwarding-photos-photo = Đó là ảnh bạn Khoa. Bạn ấy trượt chân ngồi phịch xuống vũng bùn, mặt đỏ bừng.
forwarding-photos-laugh = Ha! Cũng buồn cười thật.
forwarding-photos-tummy = Nhưng trông Khoa buồn lắm. Nếu là tớ, chắc tớ muốn trốn luôn. Tớ thấy buồn thay cho Khoa.
forwarding-photos-what-now = Khoan đã, kiểm tra, kể ngay! Nam nên làm gì với bức ảnh?
forwarding-photos-what-now-discuss-1 = Nếu bức ảnh lan khắp trường, Khoa sẽ thấy thế nào?
forwarding-photos-what-now-discuss-2 = Nếu đó là ảnh của con, con muốn các bạn làm gì?
forwarding-photos-option-forward = Gửi tiếp cho các bạn khác
forwarding-photos-option-keep = Không gửi tiếp
forwarding-photos-option-tell = Cho mẹ xem

forwarding-photos-oops = Vèo! Bức ảnh bay tới một bạn, rồi năm bạn, rồi cả trường.
forwarding-photos-oops-khoa = Hôm sau, nhiều bạn cười Khoa. Khoa ngồi một mình, buồn ơi là buồn.
forwarding-photos-not-late = Nếu lỡ gửi rồi thì không phải lỗi của Nam. Kể ngay với mẹ, mẹ sẽ giúp.
forwarding-photos-oops-back = Ảnh đã gửi đi rồi thì không lấy lại được. Mình chọn lại nhé.

forwarding-photos-dont-send = Tớ không gửi đâu. Tớ cũng chẳng muốn ảnh như thế của tớ bị lan đi khắp nơi.
forwarding-photos-more-appears = Nhưng nhóm lớp vẫn nhắn tiếp.
forwarding-photos-msg-haha = hahaha buồn cười quá
forwarding-photos-msg-why-not = Nam ơi, sao cậu không cười?
forwarding-photos-and-now = Nam không gửi tiếp. Nam còn có thể làm gì nữa?
forwarding-photos-and-now-discuss-1 = Cả nhóm hỏi sao Nam không cười. Vì sao không cười theo lại khó thế?
forwarding-photos-and-now-discuss-2 = Nam có thể nhắn gì tử tế vào nhóm lớp?
forwarding-photos-option-laugh = Nhắn “hahaha” cho giống mọi người
forwarding-photos-option-kind = Nhắn một câu tử tế
forwarding-photos-laugh-oops = Khoa sẽ thấy thêm một tiếng cười nữa, và còn buồn hơn.
forwarding-photos-laugh-not-late = Lỡ nhắn rồi thì không phải lỗi của Nam. Kể với mẹ vẫn còn kịp. Mình chọn lại nhé.
forwarding-photos-kind-appears = Nam nhắn một tin vào nhóm lớp.
forwarding-photos-msg-kind = Thế không buồn cười đâu. Khoa là bạn mình mà. Xóa ảnh đi nhé.
forwarding-photos-kind-then = Xong rồi. Giờ tớ đi cho mẹ xem.

forwarding-photos-tell-prompt = Nam sẽ nói gì với mẹ?
forwarding-photos-say-photo = Mẹ ơi, có bạn gửi ảnh Khoa vào nhóm, mọi người đang cười bạn ấy.
forwarding-photos-say-tummy = Mẹ ơi, có bức ảnh trong nhóm lớp làm con thấy buồn.
forwarding-photos-mum-answer = Cảm ơn con đã cho mẹ xem. Con không gửi tiếp, thế là tử tế và dũng cảm lắm.
forwarding-photos-mum-teacher = Mình báo cô Lan nhé. Cô sẽ nhắc cả lớp xóa ảnh, và hỏi thăm xem Khoa có ổn không.
forwarding-photos-mum-question = Trước khi gửi ảnh của ai, mình tự hỏi: bạn ấy có muốn không? Bạn ấy sẽ thấy thế nào?
forwarding-photos-nam-khoa = Thứ Hai này, tớ sẽ rủ Khoa đá bóng cùng.
forwarding-photos-catchphrase = Khoan đã, kiểm tra, kể ngay!
forwarding-photos-well-done = Giỏi lắm! Bạn không gửi tiếp bức ảnh, và đã kể với mẹ. Khoa thật may vì có bạn.
forwarding-photos-sticker = Hình dán Máy bay trái tim

forwarding-photos-tip = Trẻ hay gửi tiếp một bức ảnh "buồn cười" mà không nghĩ tới người trong ảnh. Hãy tập với con câu hỏi "Bạn ấy có muốn ảnh này bị chia sẻ không?", và thống nhất rằng ảnh có thể làm ai đó xấu hổ thì dừng ở con và đưa cho bố mẹ xem.
forwarding-photos-starter = Đã bao giờ có ai chia sẻ một bức ảnh của con mà con không thích chưa? Lúc đó con thấy thế nào?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
forwarding-photos-check-1-question = Có người gửi ảnh một bạn cùng lớp ngã xuống vũng nước. Em làm gì?
forwarding-photos-check-1-forward = Gửi tiếp cho cả nhóm, vì buồn cười.
forwarding-photos-check-1-emoji = Chỉ gửi lại một mặt cười thôi.
forwarding-photos-check-1-stop = Không gửi tiếp, nói một câu tử tế.
forwarding-photos-check-1-why = Hãy nghĩ xem bạn ấy sẽ thấy thế nào. Khi ảnh dừng lại ở em, em đang giúp bạn ấy.
forwarding-photos-check-2-question = Trước khi gửi ảnh của một ai đó, em tự hỏi điều gì?
forwarding-photos-check-2-feel = Bạn ấy có vui khi thấy ảnh này không?
forwarding-photos-check-2-funny = Ảnh này có đủ buồn cười không?
forwarding-photos-check-2-first = Ai sẽ là người xem đầu tiên?
forwarding-photos-check-2-why = Ảnh đã gửi đi thì rất khó lấy lại. Nghĩ trước giúp bạn bè không phải buồn.
forwarding-photos-check-3-question = Ảnh đã lan khắp lớp rồi. Em làm gì?
forwarding-photos-check-3-nothing = Không làm gì được nữa.
forwarding-photos-check-3-tell = Kể với cô giáo hoặc người lớn.
forwarding-photos-check-3-too = Gửi luôn, vì ai cũng gửi rồi.
forwarding-photos-check-3-why = Không bao giờ là quá muộn để kể. Người lớn giúp gỡ ảnh và giúp bạn ấy.
