# Bài học: fake-login-page (11-15 tuổi). Tin nhắn dọa khoá tài khoản, dẫn tới trang đăng nhập giả.
fake-login-page-title = Trang đăng nhập giống hệt
fake-login-page-objective = Các em biết trang web giả có thể trông giống hệt trang thật, biết nhìn địa chỉ, và không bao giờ đăng nhập từ đường link trong tin nhắn.
fake-login-page-behaviour = Kiểm tra địa chỉ; không đăng nhập từ link; tự mở ứng dụng hoặc tự gõ địa chỉ; báo cáo tin nhắn lừa đảo; kể với người lớn; lỡ đăng nhập thì đổi mật khẩu ngay.

fake-login-page-sunday = Chiều Chủ nhật, Vy đang nằm đọc truyện thì điện thoại báo có tin nhắn.
fake-login-page-warning-appears = Một tin nhắn từ “bộ phận hỗ trợ”.
fake-login-page-sender = Hỗ trợ Mạng Xanh
fake-login-page-warning-text = Tài khoản của bạn bị báo cáo vi phạm và sẽ bị KHOÁ sau 24 giờ. Đăng nhập ngay để xác minh:
fake-login-page-fake-address = mangxanh-xacminh.example
fake-login-page-real-address = mangxanh.example
fake-login-page-vy-worried = Khoá á? Thế thì mất hết ảnh với tin nhắn của mình à?
fake-login-page-fake-page-appears = Vy bấm vào link. Trang mở ra trông y hệt trang Mạng Xanh: đúng logo, đúng màu.
fake-login-page-site-name = Mạng Xanh
fake-login-page-field-user = Tên đăng nhập
fake-login-page-field-password = Mật khẩu
fake-login-page-button = Đăng nhập
fake-login-page-page-choice = Vy làm gì?
fake-login-page-option-address = Nhìn kỹ địa chỉ trang
fake-login-page-option-log-in = Đăng nhập cho nhanh
fake-login-page-option-app = Đóng lại, tự mở ứng dụng xem sao
fake-login-page-page-choice-discuss-1 = Những dấu hiệu nào, trong tin nhắn và trên trang này, cho thấy đây có thể là trang giả?
fake-login-page-page-choice-discuss-2 = Vì sao tin nhắn lừa đảo hay dọa khoá tài khoản và giục mình làm thật nhanh?

fake-login-page-logged-in = Trang quay vòng vòng rồi báo lỗi. Tối đó, bạn bè của Vy nhận được tin nhắn lạ từ tài khoản của Vy. Mật khẩu đã đến tay người khác.
fake-login-page-logged-in-back = Trang giả được làm để đánh lừa cả người lớn, nên lỡ đăng nhập không phải lỗi của bạn. Đổi mật khẩu ngay và kể với người lớn là lấy lại được. Giờ mình quay lại nhé.
fake-login-page-address = mangxanh-xacminh chấm example? Trang thật là mangxanh chấm example cơ mà. Chỉ thêm một chữ thôi mà đã là trang khác hẳn.
fake-login-page-own-app-appears = Vy đóng trang đó, rồi tự mở ứng dụng Mạng Xanh.
fake-login-page-all-fine = Tài khoản vẫn bình thường. Chẳng có cảnh báo nào cả. Tin kia là giả.
fake-login-page-spot = Dấu hiệu thường gặp: dọa khoá tài khoản, bắt làm gấp, và một đường link có địa chỉ gần giống trang thật.
fake-login-page-message-choice = Còn cái tin nhắn kia thì sao?
fake-login-page-option-forward = Gửi link cho cả nhóm bạn để cảnh báo
fake-login-page-option-report = Báo cáo là lừa đảo rồi xoá
fake-login-page-option-tell = Kể với mẹ
fake-login-page-message-choice-discuss-1 = Muốn cảnh báo bạn bè về tin nhắn này, các em sẽ nhắn thế nào cho an toàn?
fake-login-page-message-choice-discuss-2 = Nếu một bạn đã lỡ đăng nhập vào trang giả, các em sẽ khuyên bạn ấy làm gì trước tiên?

fake-login-page-forwarded = Trong nhóm, có bạn chưa đọc kỹ lời cảnh báo đã bấm luôn vào link.
fake-login-page-forwarded-back = Muốn cảnh báo bạn bè thì kể bằng lời, đừng gửi kèm link. Nếu đã lỡ gửi, nhắn ngay cho nhóm đừng bấm vào, và kể với người lớn vẫn giúp được. Mình chọn lại nhé.
fake-login-page-reported = Vy báo cáo tin nhắn là lừa đảo, xoá đi, rồi nhắn nhóm bạn: “Có tin giả dọa khoá tài khoản, đừng bấm link nhé.”
fake-login-page-find-mum = Vy ra kể với mẹ.

fake-login-page-tell-prompt = Vy sẽ nói gì với mẹ?
fake-login-page-say-nearly = Mẹ ơi, suýt nữa con đăng nhập vào một trang giả.
fake-login-page-say-address = Mẹ ơi, trang này giống hệt trang thật, chỉ khác cái địa chỉ thôi.
fake-login-page-mum-answer = Giỏi quá, con không đăng nhập từ link mà tự kiểm tra lại. Mẹ cũng từng suýt mắc kiểu này đấy.
fake-login-page-mum-rule = Nhà mình giữ một quy tắc nhé: không đăng nhập từ link trong tin nhắn. Muốn kiểm tra thì tự mở ứng dụng, hoặc tự gõ địa chỉ.

fake-login-page-helpline = Nếu tài khoản bị chiếm và ai đó dùng nó để làm phiền bạn, hãy tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
fake-login-page-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
fake-login-page-well-done = Làm tốt lắm. Bạn không để lời dọa làm mình vội, và nhìn ra điều mà nhiều người lớn còn bỏ qua.
fake-login-page-sticker = Huy hiệu Soi địa chỉ

fake-login-page-tip = Tin nhắn lừa đảo thường dọa khoá tài khoản hoặc báo trúng thưởng, bắt làm gấp, và dẫn tới trang đăng nhập trông giống hệt trang thật. Hãy giữ một quy tắc chung cho cả nhà: không đăng nhập từ link; tự mở ứng dụng. Nếu con lỡ đăng nhập, đừng trách, hãy cùng đổi mật khẩu ngay.
fake-login-page-starter = Con thử chỉ cho bố mẹ xem: trên điện thoại, địa chỉ của một trang web nằm ở đâu?

fake-login-page-check-1-question = Một tin nhắn báo tài khoản của bạn sẽ bị khoá sau 24 giờ, trừ khi đăng nhập qua link kèm theo. Bạn làm gì?
fake-login-page-check-1-log-in = Bấm link, đăng nhập ngay cho kịp.
fake-login-page-check-1-own-app = Đóng tin nhắn, tự mở ứng dụng để kiểm tra.
fake-login-page-check-1-reply = Nhắn lại hỏi xem có thật không.
fake-login-page-check-1-why = Tin doạ khoá tài khoản muốn bạn vội. Tự mở ứng dụng là cách kiểm tra an toàn.
fake-login-page-check-2-question = Một trang đăng nhập trông y hệt trang thật. Điều gì cho biết nó là giả?
fake-login-page-check-2-address = Địa chỉ trang, dù chỉ khác một chữ.
fake-login-page-check-2-logo = Logo và màu sắc của trang.
fake-login-page-check-2-fields = Trang có ô tên đăng nhập và mật khẩu.
fake-login-page-check-2-why = Trang giả chép được y nguyên logo và màu, nhưng không dùng được địa chỉ thật.
fake-login-page-check-3-question = Bạn muốn báo cho nhóm bạn về tin nhắn giả. Làm thế nào?
fake-login-page-check-3-forward = Gửi link vào nhóm để mọi người xem.
fake-login-page-check-3-quiet = Thôi im lặng, ai tự lo người nấy.
fake-login-page-check-3-report = Báo cáo là lừa đảo, rồi nhắn nhóm bằng lời, không kèm link.
fake-login-page-check-3-why = Có link là sẽ có người lỡ bấm. Cảnh báo bằng lời là đủ, và kể với người lớn nữa nhé.
