# Bài học: cafe-check-in (11-15 tuổi). Ảnh ở quán sau giờ học, suýt đăng công khai kèm vị trí.
cafe-check-in-title = Check-in ở quán quen
cafe-check-in-objective = Các em biết một bài đăng có thể tiết lộ mình đang ở đâu và học trường nào, và biết tắt vị trí, chọn người xem, đăng sau, để tài khoản riêng tư.
cafe-check-in-behaviour = Tắt vị trí; chỉ cho bạn bè xem; đăng khi đã về nhà thay vì đăng ngay tại chỗ; để tài khoản riêng tư; nghĩ xem ai sẽ nhìn thấy trước khi đăng.

cafe-check-in-after-school = Chiều thứ Sáu tan học, Linh và Vy ra quán nước quen ngay cạnh trường.
cafe-check-in-drinks = Hai cốc xinh thế này, không đăng thì phí.
cafe-check-in-compose-appears = Linh chụp một tấm rồi mở phần đăng bài.
cafe-check-in-post-text = Thứ Sáu chill cùng cạ cứng, tuần nào cũng phải ra đây!
cafe-check-in-vy-notices = Khoan, ảnh có cả huy hiệu trường trên cặp tớ kìa. Mà cậu đang bật vị trí với để công khai đấy.
cafe-check-in-post-choice = Linh sẽ làm gì với bài đăng này?
cafe-check-in-option-location = Tắt vị trí
cafe-check-in-option-friends = Chỉ cho bạn bè xem
cafe-check-in-option-post = Đăng luôn, ai chẳng đăng thế
cafe-check-in-post-choice-discuss-1 = Nhìn bài đăng này, một người lạ có thể biết được những gì về Linh và Vy?
cafe-check-in-post-choice-discuss-2 = Các em thường đăng ảnh ngay tại chỗ hay đợi về nhà mới đăng? Vì sao?

cafe-check-in-posted = Bài đăng hiện ghim tên quán, ai cũng xem được. Ảnh có huy hiệu trường, dòng chữ thì bảo tuần nào cũng ra đây. Vài phút sau, một tài khoản lạ bình luận.
cafe-check-in-posted-comment = “Quán gần trường hả? Thứ Sáu nào cũng ra à?” Ơ, mình có quen người này đâu.
cafe-check-in-posted-back = Xoá bài thì được, nhưng người khác có thể đã kịp xem hoặc chụp lại. Nếu bạn từng lỡ đăng như thế, đó không phải lỗi của bạn, và kể với người lớn lúc này vẫn giúp được. Giờ mình tua lại nhé.

cafe-check-in-location-off = Tắt vị trí. Chọn luôn chỉ bạn bè xem cho chắc.
cafe-check-in-friends-only = Chỉ bạn bè thôi. Tắt luôn cả vị trí nữa.
cafe-check-in-tidy-up = Linh tắt vị trí, chọn Bạn bè, rồi cắt bớt góc ảnh có huy hiệu trường. Bỏ luôn câu “tuần nào cũng ra đây”.
cafe-check-in-post-later = Hay để tối về nhà hẵng đăng? Lúc đó ai xem cũng chẳng biết tụi mình đang ở đâu.

cafe-check-in-home = Về đến nhà, Linh mới đăng ảnh cho bạn bè xem. Hai mươi lượt thích, toàn người quen.
cafe-check-in-evening-appears = Tối hôm đó, Linh mở phần cài đặt quyền riêng tư. Hoá ra tài khoản vẫn để công khai từ hồi mới lập.
cafe-check-in-settings-choice = Linh chỉnh gì trước?
cafe-check-in-option-anyone = Để ai nhắn cũng được, cho đông vui
cafe-check-in-option-private = Chuyển tài khoản sang riêng tư
cafe-check-in-option-ask-mum = Hỏi mẹ xem nên cài thế nào
cafe-check-in-settings-choice-discuss-1 = Để tài khoản công khai, ai cũng nhắn tin được thì có lợi gì, và có thể gặp rắc rối gì?
cafe-check-in-settings-choice-discuss-2 = Nếu xem lại cài đặt quyền riêng tư của mình, các em sẽ xem mục nào trước?

cafe-check-in-anyone = Hộp tin nhắn chờ đầy dần, toàn người Linh không quen, có người còn hỏi cô bạn học lớp mấy.
cafe-check-in-anyone-back = Cài đặt thì lúc nào cũng sửa lại được. Mình chọn lại nhé.
cafe-check-in-private-appears = Tài khoản riêng tư, vị trí tắt, chỉ bạn bè mới nhắn được. Xong.
cafe-check-in-show-mum = Cái này phải khoe mẹ mới được.

cafe-check-in-tell-prompt = Linh sẽ nói gì với mẹ?
cafe-check-in-say-nearly = Mẹ ơi, chiều nay suýt nữa con đăng ảnh công khai kèm cả vị trí quán.
cafe-check-in-say-check = Mẹ xem giúp con cài đặt thế này đã ổn chưa ạ?
cafe-check-in-mum-answer = Cảm ơn con đã kể với mẹ. Con dừng lại nghĩ trước khi bấm đăng, thế là giỏi lắm rồi.
cafe-check-in-footprint = Những gì đăng lên có thể ở lại rất lâu. Trước khi đăng, cứ tự hỏi: người lạ nhìn thấy thì có đoán được mình ở đâu, học trường nào không?
cafe-check-in-mum-too = Mẹ cũng hay quên tắt vị trí lắm. Con kiểm tra giúp máy mẹ luôn nhé?

cafe-check-in-helpline = Nếu ai đó dùng những gì bạn đăng để làm phiền bạn, bạn có thể tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, tổng đài bảo vệ trẻ em miễn phí, mở cả ngày lẫn đêm.
cafe-check-in-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
cafe-check-in-well-done = Làm tốt lắm. Bạn vẫn đăng ảnh vui với bạn bè, chỉ là theo cách của mình: đúng người xem, đúng lúc.
cafe-check-in-sticker = Huy hiệu Định vị thông minh

cafe-check-in-tip = Một bức ảnh bình thường cũng có thể cho biết con đang ở đâu, học trường nào và hay đến đâu vào giờ nào. Hãy cùng con xem lại cài đặt: tắt vị trí, để tài khoản riêng tư, chọn người được nhắn tin. Gợi ý con đăng khi đã về nhà thay vì đăng ngay tại chỗ.
cafe-check-in-starter = Nếu một người lạ xem hết các bài con đăng tháng này, họ có thể đoán được những gì về con?

cafe-check-in-check-1-question = Bạn sắp đăng ảnh ở quán quen, đang bật vị trí và thấy rõ logo trường trên cặp. Bạn làm gì?
cafe-check-in-check-1-tidy = Tắt vị trí, cắt bỏ logo trường, chỉ để bạn bè xem.
cafe-check-in-check-1-post = Đăng luôn, ai cũng đăng thế mà.
cafe-check-in-check-1-delete = Đăng công khai, vài phút sau xoá đi.
cafe-check-in-check-1-why = Một tấm ảnh có thể cho người lạ biết bạn ở đâu, học trường nào. Dừng lại kiểm tra vài giây là đủ.
cafe-check-in-check-2-question = Bạn muốn khoe ảnh chỗ mình đang ngồi. Đăng lúc nào thì an toàn hơn?
cafe-check-in-check-2-now = Ngay bây giờ, để các bạn ghé qua chơi.
cafe-check-in-check-2-any = Lúc nào cũng được, miễn ảnh đẹp.
cafe-check-in-check-2-home = Lúc về đến nhà, và chỉ cho bạn bè xem.
cafe-check-in-check-2-why = Đăng sau thì không ai biết lúc này bạn đang ở đâu. Bạn vẫn khoe được ảnh đẹp.
cafe-check-in-check-3-question = Tài khoản của bạn để công khai từ hôm mới lập. Nên đổi gì trước?
cafe-check-in-check-3-public = Cứ để công khai cho nhiều người theo dõi.
cafe-check-in-check-3-private = Chuyển sang riêng tư, chỉ bạn bè mới nhắn được.
cafe-check-in-check-3-ignore = Cứ để vậy, ai lạ nhắn thì không trả lời.
cafe-check-in-check-3-why = Tài khoản riêng tư giúp bạn chọn ai được xem. Chưa rõ cách chỉnh thì nhờ bố mẹ làm cùng.
