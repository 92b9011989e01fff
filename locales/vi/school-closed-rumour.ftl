# Bài học: school-closed-rumour (11-15 tuổi). Thông báo "trường nghỉ cả tuần" bị chỉnh sửa lan
# trên mạng; trợ lý AI cũng trả lời chắc nịch là đúng.
school-closed-rumour-title = Nghỉ học cả tuần?
school-closed-rumour-objective = Các em biết ảnh có thể bị chỉnh sửa, trợ lý AI có thể trả lời sai, và biết kiểm tra ở chính nguồn tin cùng một nơi đáng tin khác trước khi chia sẻ.
school-closed-rumour-behaviour = Không chia sẻ khi chưa kiểm tra; xem ở chính nguồn tin và thêm một nơi đáng tin khác; nhớ rằng AI cũng có thể sai; báo cáo tin sai; hỏi thầy cô.

school-closed-rumour-thursday = Tối thứ Năm. Trên mạng, ai cũng đang bàn về một tin.
school-closed-rumour-feed-appears = Bảng tin của Minh.
school-closed-rumour-author-news = Tin Nóng Học Đường
school-closed-rumour-post-news = NÓNG: Trường THCS Hoa Sen cho học sinh nghỉ học cả tuần sau để sửa mái! Chia sẻ ngay cho bạn bè!
school-closed-rumour-author-tuan = Tuấn
school-closed-rumour-post-tuan = đã chia sẻ!!! nghỉ một tuần anh em ơiii
school-closed-rumour-author-ha = Hà
school-closed-rumour-post-ha = thật không đấy? chưa thấy cô nói gì
school-closed-rumour-minh-hopes = Nghỉ cả tuần thì thích thật. Mà mai có bài kiểm tra Toán. Nếu tin này sai thì sao?
school-closed-rumour-check-choice = Minh làm gì?
school-closed-rumour-option-chatbot = Hỏi trợ lý AI cho nhanh
school-closed-rumour-option-school-page = Xem trang thông báo của trường
school-closed-rumour-option-share = Chia sẻ luôn, ai cũng chia sẻ mà
school-closed-rumour-option-ask = Hỏi cô chủ nhiệm
school-closed-rumour-check-choice-discuss-1 = Muốn biết tin này thật hay giả, các em sẽ kiểm tra ở đâu trước tiên?
school-closed-rumour-check-choice-discuss-2 = Hỏi trợ lý AI đã đủ để biết một tin là thật chưa? Vì sao?

school-closed-rumour-shared = Bài Minh chia sẻ lan sang nhóm lớp khác. Sáng hôm sau, vài bạn ở nhà, lỡ luôn bài kiểm tra.
school-closed-rumour-shared-back = Ai cũng có lúc chia sẻ nhầm tin sai. Gỡ bài và đăng một dòng đính chính vẫn giúp được nhiều người. Mình quay lại nhé.
school-closed-rumour-chatbot-appears = Minh hỏi thử trợ lý AI.
school-closed-rumour-chatbot-name = Trợ lý AI
school-closed-rumour-msg-ask-bot = trường THCS Hoa Sen có nghỉ cả tuần sau không?
school-closed-rumour-msg-bot-answer = Có. Trường THCS Hoa Sen sẽ nghỉ học toàn bộ tuần sau để sửa chữa mái nhà.
school-closed-rumour-chatbot-wrong = Nghe rất chắc chắn. Nhưng trợ lý AI có thể chỉ đang nhắc lại điều nó đọc được trên mạng, kể cả tin sai. Nói chắc không có nghĩa là đúng. Mình chọn cách khác nhé.

school-closed-rumour-school-page = Trang thông báo của trường chẳng có tin nào như thế. Bài mới nhất là lịch kiểm tra tuần này.
school-closed-rumour-clues = Minh nhìn kỹ lại ảnh thông báo: con dấu bị ghép lệch ra ngoài mép giấy, còn ngày ký là 31 tháng 11. Tháng 11 làm gì có ngày 31.
school-closed-rumour-after-choice = Giờ Minh làm gì với bài đăng kia?
school-closed-rumour-option-correct = Nhắn nhóm lớp rằng tin này giả
school-closed-rumour-option-mock = Vào bình luận chửi trang đó một trận
school-closed-rumour-option-report = Báo cáo bài đăng
school-closed-rumour-after-choice-discuss-1 = Những chi tiết nào trong ảnh thông báo cho thấy nó đã bị sửa?
school-closed-rumour-after-choice-discuss-2 = Nếu là Minh, các em sẽ nhắn gì vào nhóm lớp để mọi người thôi chia sẻ tin này?
school-closed-rumour-mocked = Bình luận của Minh khiến bài đăng có thêm lượt tương tác, và được đẩy lên bảng tin của nhiều người hơn. Vài người còn vào cãi nhau tiếp.
school-closed-rumour-mocked-back = Bực là đương nhiên. Nhưng cãi nhau dưới tin sai chỉ giúp nó lan xa hơn. Mình chọn lại nhé.
school-closed-rumour-correction = Tớ nhắn nhóm lớp rồi: “Tin nghỉ học là giả đấy, trang của trường không có. Đừng chia sẻ nhé.” Báo cáo luôn bài đăng cho chắc.
school-closed-rumour-report = Minh bấm Báo cáo bài đó, chọn “Thông tin sai sự thật”, rồi nhắn nhóm bạn: “Tin nghỉ học là giả, trang của trường không có đâu.”
school-closed-rumour-next-morning = Sáng hôm sau, Minh vẫn đến lớp và tìm cô chủ nhiệm để hỏi cho chắc.

school-closed-rumour-tell-prompt = Minh sẽ nói gì với cô?
school-closed-rumour-say-is-it-true = Cô ơi, trên mạng bảo trường mình nghỉ cả tuần sau, có thật không ạ?
school-closed-rumour-say-fake = Cô ơi, em thấy một thông báo có vẻ bị sửa, nhiều bạn đang chia sẻ ạ.
school-closed-rumour-teacher-answer = Không có đâu em. Cô cảm ơn em đã kiểm tra trước khi tin. Cô sẽ nhắn cả lớp và phụ huynh ngay.
school-closed-rumour-teacher-tips = Ảnh có thể bị sửa, video có thể bị ghép cả mặt lẫn giọng. Trước khi tin, em xem ở chính nguồn tin, rồi thêm một nơi đáng tin nữa.
school-closed-rumour-teacher-ai = Trợ lý AI dùng để gợi ý thì tốt, nhưng nó có thể trả lời sai mà vẫn rất tự tin. Việc quan trọng thì phải kiểm tra lại.
school-closed-rumour-minh-test = Thế là vẫn phải kiểm tra Toán. Thôi, ít ra em không ở nhà nhầm.

school-closed-rumour-helpline = Nếu có người dùng ảnh hay video bị ghép để nói sai về bạn hoặc bạn bè, hãy lưu lại, báo cáo, và tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
school-closed-rumour-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
school-closed-rumour-well-done = Làm tốt lắm. Bạn không chạy theo đám đông, kiểm tra tận nguồn, và giúp cả lớp khỏi nhầm.
school-closed-rumour-sticker = Huy hiệu Thám tử tin tức

school-closed-rumour-tip = Tin sai lan nhanh nhất khi nó là điều mình mong được nghe. Hãy cùng con tập thói quen: xem ở chính nguồn tin (trang của trường, của cơ quan), thêm một nơi đáng tin khác, và để ý những chi tiết lạ trong ảnh. Nhắc con rằng trợ lý AI cũng có thể trả lời sai.
school-closed-rumour-starter = Gần đây con có thấy tin nào trên mạng mà sau này hoá ra là sai không? Làm sao con biết?

school-closed-rumour-check-1-question = Một bài đăng báo trường bạn nghỉ học cả tuần sau, nhiều người đang chia sẻ. Bạn làm gì trước?
school-closed-rumour-check-1-share = Chia sẻ luôn, ai cũng chia sẻ, trông lại chính thức.
school-closed-rumour-check-1-chatbot = Hỏi chatbot AI cho nhanh, khỏi phải tự tìm.
school-closed-rumour-check-1-check = Xem trang tin của trường, hoặc hỏi thầy cô chủ nhiệm.
school-closed-rumour-check-1-why = Tin mình mong là thật thường lan nhanh nhất. Kiểm tra đúng nguồn giúp bạn và cả lớp.
school-closed-rumour-check-2-question = Một chatbot AI trả lời rất chắc chắn: "Đúng, trường nghỉ cả tuần." Điều nào đúng?
school-closed-rumour-check-2-wrong = Chatbot có thể nói rất chắc mà vẫn sai. Mình kiểm tra nguồn.
school-closed-rumour-check-2-sure = Chatbot đã nói chắc thế thì hẳn là nó kiểm tra rồi.
school-closed-rumour-check-2-again = Hỏi lại chatbot bằng một câu khác là đủ.
school-closed-rumour-check-2-why = Chatbot có thể nhắc lại cả tin đồn nó đọc được. Việc gì quan trọng thì hãy kiểm tra tận nguồn.
school-closed-rumour-check-3-question = Bạn đã biết chắc bài đăng đó là giả. Giờ bạn làm gì?
school-closed-rumour-check-3-mock = Vào bình luận mắng trang đó một trận.
school-closed-rumour-check-3-report = Báo cáo bài đăng, và nhắn nhóm lớp rằng tin đó là giả.
school-closed-rumour-check-3-ignore = Bỏ qua, dù sao mình cũng biết rồi.
school-closed-rumour-check-3-why = Tranh cãi dưới bài giả chỉ giúp nó lan xa hơn. Báo cáo và nói với lớp mới giúp được mọi người.
