# Bài học: one-time-code (11-15 tuổi). Tài khoản của bạn bị chiếm, nhắn xin mã xác minh 6 số.
one-time-code-title = Sáu con số
one-time-code-objective = Các em biết mã xác minh một lần là chìa khoá tài khoản của chính mình, không đưa cho ai kể cả bạn thân, và biết giữ tài khoản an toàn bằng cụm mật khẩu dài và xác minh hai bước.
one-time-code-behaviour = Không bao giờ đưa mã xác minh cho ai; kiểm tra lại với bạn bằng cách khác; dùng cụm mật khẩu dài và bật xác minh hai bước; báo cáo tài khoản bị chiếm; kể với người lớn.

one-time-code-homework = Tối thứ Ba, Minh đang làm bài tập thì Khoa nhắn tới.
one-time-code-khoa-asks-appears = Tin nhắn của Khoa.
one-time-code-name-khoa = Khoa
one-time-code-msg-oops = ê Minh, tớ lỡ nhập số điện thoại của cậu khi đăng nhập game
one-time-code-msg-send-code = có tin nhắn mã 6 số gửi đến máy cậu đấy, đọc giúp tớ với
one-time-code-msg-quick = nhanh nhé, mã sắp hết hạn rồi
one-time-code-code-appears = Đúng là vừa có một tin nhắn mã tới.
one-time-code-sender = Đảo Rồng
one-time-code-sms-text = Mã đăng nhập tài khoản Đảo Rồng của bạn. Không chia sẻ mã này với bất kỳ ai, kể cả nhân viên.
one-time-code-sms-code = 482 915
one-time-code-minh-thinks = Khoa thì mình tin. Nhưng sao mã lại ghi là của tài khoản mình?
one-time-code-code-choice = Minh làm gì?
one-time-code-option-call = Gọi điện hỏi thẳng Khoa
one-time-code-option-tell = Hỏi bố trước đã
one-time-code-option-send = Gửi mã, bạn thân mà
one-time-code-code-choice-discuss-1 = Đọc kỹ tin nhắn mã. Chi tiết nào cho thấy lời nhờ của “Khoa” có gì đó không ổn?
one-time-code-code-choice-discuss-2 = Nếu muốn chắc người nhắn đúng là Khoa, Minh có thể kiểm tra bằng cách nào?

one-time-code-sent-code = Vài giây sau, tài khoản game của Minh tự đăng xuất. Mã đó là chìa khoá vào tài khoản của chính Minh, và giờ người khác đã cầm chìa khoá.
one-time-code-sent-code-back = Ai cũng có thể bị lừa kiểu này, vì tin nhắn đến từ tên người mình tin. Đó không phải lỗi của bạn. Tài khoản vẫn lấy lại được nếu kể với người lớn và báo ngay cho trò chơi. Mình tua lại nhé.

one-time-code-call-khoa = Minh gọi cho Khoa. Khoa nghe máy, giọng ngái ngủ.
one-time-code-khoa-hacked = Khoa bảo chẳng nhắn gì cả. Nick của Khoa bị chiếm từ chiều, và ai đó đang dùng nó để xin mã của cả lớp.
one-time-code-report-khoa = Minh nhắn vào nhóm lớp: “Nick Khoa bị hack, đừng gửi mã cho ai nhé.” Rồi Minh báo cáo tài khoản đó cho trò chơi.
one-time-code-find-dad = Minh ra phòng khách kể với bố.

one-time-code-tell-prompt = Minh sẽ nói gì với bố?
one-time-code-say-code = Bố ơi, có người dùng nick của Khoa xin mã xác minh trong máy con.
one-time-code-say-hacked = Bố ơi, nick của bạn con bị hack. Con có cần làm gì với tài khoản của con không ạ?
one-time-code-dad-answer = Con làm đúng lắm: hỏi lại bằng cách khác, không gửi mã. Giờ mình khoá chặt tài khoản của con luôn nhé.
one-time-code-say-asking = Bố ơi, Khoa xin cái mã vừa gửi đến máy con. Con gửi cho bạn ấy có sao không ạ?
one-time-code-dad-answer-now = May mà con hỏi trước. Mã này không bao giờ gửi cho ai cả. Mình gọi cho Khoa hỏi thử xem.
one-time-code-call-together = Bố ngồi cạnh khi Minh gọi cho Khoa. Khoa bảo chẳng nhắn gì cả: nick bị chiếm từ chiều rồi. Minh nhắn cả lớp đừng gửi mã cho ai, và báo cáo tài khoản đó cho trò chơi.
one-time-code-lock-choice = Minh chọn cách nào để giữ tài khoản?
one-time-code-option-passphrase = Đặt cụm mật khẩu dài, dễ nhớ với mình
one-time-code-option-easy = Đặt tên mình với năm sinh cho dễ nhớ
one-time-code-option-two-step = Bật xác minh hai bước
one-time-code-lock-choice-discuss-1 = Mật khẩu thế nào thì mình dễ nhớ mà người khác khó đoán?
one-time-code-lock-choice-discuss-2 = Nếu ai đó đã biết mật khẩu của mình, xác minh hai bước giúp được gì?
one-time-code-easy = Tên với năm sinh thì ai quen con cũng đoán ra, mà máy đoán còn nhanh hơn.
one-time-code-easy-back = Mình chọn cách khác nhé.
one-time-code-passphrase = Cụm mật khẩu kiểu “ba con mèo ăn phở lúc nửa đêm” vừa dài vừa khó đoán, mà con lại nhớ được. Mỗi tài khoản một cụm riêng.
one-time-code-two-step = Bật thêm xác minh hai bước: dù ai biết mật khẩu, họ vẫn cần cái mã gửi về máy con. Thế nên mã đó không bao giờ được đưa cho ai.
one-time-code-never-share = Mã là của mình. Ai xin, kể cả bạn thân, cũng không đưa.

one-time-code-helpline = Nếu bị chiếm tài khoản hay bị ai đó đe doạ vì chuyện đó, bạn có thể tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
one-time-code-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
one-time-code-well-done = Làm tốt lắm. Bạn kiểm tra lại trước khi tin, giữ chìa khoá tài khoản của mình, và còn cảnh báo cả lớp.
one-time-code-sticker = Huy hiệu Giữ mã

one-time-code-tip = Mã xác minh gửi qua tin nhắn là chìa khoá tài khoản: không ai có lý do chính đáng để xin nó, kể cả bạn bè hay nhân viên. Hãy cùng con đặt cụm mật khẩu dài cho từng tài khoản và bật xác minh hai bước. Nếu con lỡ gửi mã, hãy cảm ơn con đã kể và cùng lấy lại tài khoản ngay.
one-time-code-starter = Nếu một người bạn nhắn xin mã trong máy con, con sẽ kiểm tra xem có đúng là bạn ấy không bằng cách nào?

one-time-code-check-1-question = Một người bạn nhắn: "Tớ gõ nhầm số cậu, gửi tớ mã 6 số vừa đến nhé." Bạn làm gì?
one-time-code-check-1-send = Gửi luôn, bạn thân mà.
one-time-code-check-1-delete = Gửi, nhưng dặn bạn ấy dùng xong thì xoá.
one-time-code-check-1-call = Không gửi. Gọi điện hỏi thẳng bạn ấy.
one-time-code-check-1-why = Mã đó là chìa khoá tài khoản của chính bạn. Có thể tài khoản của bạn ấy đã bị chiếm.
one-time-code-check-2-question = Ai được biết mã đăng nhập gửi về máy bạn?
one-time-code-check-2-staff = Nhân viên của trò chơi, nếu họ hỏi.
one-time-code-check-2-nobody = Không ai cả, kể cả bạn thân.
one-time-code-check-2-best-friend = Bạn thân, nếu bạn ấy đang cần gấp.
one-time-code-check-2-why = Tin nhắn mã luôn dặn không đưa cho ai, kể cả nhân viên. Ai hỏi xin mã là có điều không ổn.
one-time-code-check-3-question = Cách nào bảo vệ tài khoản game của bạn tốt nhất?
one-time-code-check-3-two-step = Một cụm mật khẩu dài, và bật xác minh hai bước.
one-time-code-check-3-birthday = Tên mình với năm sinh, cho dễ nhớ.
one-time-code-check-3-same = Một mật khẩu dùng chung cho mọi tài khoản.
one-time-code-check-3-why = Cụm mật khẩu dài khó đoán mà vẫn dễ nhớ. Xác minh hai bước giữ tài khoản an toàn cả khi lộ mật khẩu.
