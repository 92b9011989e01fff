# Bài học: group-chat-drama (11-15 tuổi). Một nhóm chat lớp mới được lập, thiếu mỗi Vy, và mọi
# người bắt đầu chế giễu Vy trong đó.
group-chat-drama-title = Nhóm chat thiếu một người
group-chat-drama-objective = Các em biết không hùa theo khi cả nhóm chat chế giễu hay cô lập một bạn, và biết những việc làm được: lên tiếng, lưu lại, rời nhóm, báo cáo, hỏi han bạn và kể với thầy cô.
group-chat-drama-behaviour = Không hùa theo; lên tiếng nếu thấy ổn; lưu lại, rời nhóm, báo cáo; hỏi han bạn bị cô lập; kể với thầy cô tư vấn.

group-chat-drama-saturday = Tối thứ Bảy. Linh được thêm vào một nhóm chat mới của lớp. Lớp có ba mươi hai bạn, nhóm có ba mươi mốt.
group-chat-drama-group-appears = Nhóm chat mới.
group-chat-drama-group-name = 7A chính chủ
group-chat-drama-name-tuan = Tuấn
group-chat-drama-name-ha = Hà
group-chat-drama-name-khoa = Khoa
group-chat-drama-msg-new-group = nhóm mới nè, không có Vy cho đỡ phiền
group-chat-drama-msg-photo = công nhận ảnh Vy đăng hôm qua nhìn buồn cười thật
group-chat-drama-msg-heart = ai thấy Vy phiền thì thả tim đi
group-chat-drama-msg-linh = Linh đâu, thả tim đi chứ
group-chat-drama-linh-feels = Vy chắc chẳng biết có nhóm này. Nếu là mình thì chắc buồn lắm. Mà giờ cả nhóm đang chờ mình.
group-chat-drama-group-choice = Linh làm gì?
group-chat-drama-option-speak-up = Nhắn vào nhóm: thế là quá rồi
group-chat-drama-option-save = Lưu lại đoạn chat đã
group-chat-drama-option-heart = Thả tim cho xong, khỏi bị để ý
group-chat-drama-group-choice-discuss-1 = Vì sao trong nhóm chat, mình dễ hùa theo mọi người dù thấy không đúng?
group-chat-drama-group-choice-discuss-2 = Nếu muốn lên tiếng, các em sẽ nhắn câu gì để không biến thành cãi nhau?

group-chat-drama-hearted = Trái tim của Linh nằm ngay dưới câu chế Vy. Ai đó chụp màn hình lại. Nếu Vy thấy, đó sẽ là một trái tim của bạn thân.
group-chat-drama-hearted-back = Sợ bị cả nhóm quay sang mình là cảm giác rất thật. Thả tim nhầm thì gỡ được, và kể với thầy cô vẫn giúp được. Mình chọn lại nhé.

group-chat-drama-speak-up-appears = Linh gõ một dòng, tim đập thình thịch.
group-chat-drama-msg-enough = thôi mọi người, nói sau lưng Vy thế là quá rồi. tớ không thả đâu
group-chat-drama-msg-ha-agrees = ừ, tớ cũng thấy hơi quá thật
group-chat-drama-msg-tuan-joke = đùa tí mà căng thế
group-chat-drama-not-a-fight = Một người đồng tình, một người chưa. Lên tiếng không phải để cãi thắng, mà để mọi người biết không phải ai cũng thấy vui.
group-chat-drama-saved = Mình chụp lại hết rồi. Giờ mình rời nhóm, rồi báo cáo nhóm này.
group-chat-drama-leave-choice = Rời nhóm rồi. Còn gì nữa không?
group-chat-drama-option-stay-quiet = Thôi, coi như không biết gì
group-chat-drama-option-message-vy = Rủ Vy thứ Hai ăn trưa cùng
group-chat-drama-option-tell = Kể với { $counsellor }
group-chat-drama-leave-choice-discuss-1 = Rời nhóm rồi, Linh còn có thể làm gì để Vy không thấy mình bị bỏ rơi?
group-chat-drama-leave-choice-discuss-2 = Kể với thầy cô có phải là “mách lẻo” không? Vì sao?
group-chat-drama-stay-quiet = Nhóm vẫn còn đó, và những câu chế vẫn tiếp tục. Vy vẫn chưa biết vì sao cả lớp bỗng lạ với mình.
group-chat-drama-stay-quiet-back = Không cần làm gì to tát. Một lời rủ, một lần kể là đủ. Mình chọn lại nhé.
group-chat-drama-message-vy = Mình nhắn rủ Vy thứ Hai ngồi ăn trưa cùng. Rồi mình sẽ đi kể với thầy cô.
group-chat-drama-monday = Sáng thứ Hai, Linh ghé { $counsellor-room }.

group-chat-drama-tell-prompt = Linh sẽ nói gì?
group-chat-drama-say-group = Cô ơi, lớp em có một nhóm chat lập ra để nói xấu một bạn ạ.
group-chat-drama-say-guilty = Em rời nhóm rồi, nhưng em vẫn thấy áy náy.
group-chat-drama-say-no-names = Em muốn kể, nhưng em sợ các bạn biết là em kể.
group-chat-drama-counsellor-answer = Cô cảm ơn em đã kể. Lên tiếng và rời nhóm đâu có dễ. Em không phải tự xử lý chuyện này một mình đâu.
group-chat-drama-counsellor-steps = Nhà trường sẽ nói chuyện với các bạn liên quan, và không nói ai là người kể. Ảnh chụp em lưu sẽ giúp mọi người hiểu đã có chuyện gì.
group-chat-drama-lunch = Linh rủ tớ ăn trưa cùng. Hoá ra tớ không một mình.

group-chat-drama-helpline = Nếu chính bạn bị nói xấu hay bị cô lập trên mạng, hãy lưu lại, chặn, và tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
group-chat-drama-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
group-chat-drama-well-done = Làm tốt lắm. Không hùa theo cả nhóm là việc khó, và bạn đã làm được.
group-chat-drama-sticker = Huy hiệu Tiếng nói tử tế

group-chat-drama-tip = Trong nhóm chat, áp lực phải hùa theo rất lớn, và im lặng thường được hiểu là đồng tình. Hãy cho con biết con có nhiều cách: không thả cảm xúc, lên tiếng nhẹ nhàng, rời nhóm, lưu lại và kể với thầy cô, hỏi han bạn bị cô lập. Nếu con kể, hãy giữ kín tên con khi trao đổi với nhà trường.
group-chat-drama-starter = Trong nhóm chat của lớp con, có bao giờ trò đùa đi quá đà không? Lúc đó mọi người thường làm gì?

group-chat-drama-check-1-question = Nhóm chat lớp mới lập thiếu một bạn, và mọi người đang chê bai bạn ấy. Có người nhắn: "Thả tim nếu thấy bạn ấy phiền." Bạn làm gì?
group-chat-drama-check-1-speak-up = Không thả tim. Nếu thấy ổn, nhắn: "Thế này quá đáng rồi."
group-chat-drama-check-1-heart = Thả tim cho khỏi bị chú ý.
group-chat-drama-check-1-read-on = Im lặng đọc tiếp, xem mọi người nói gì.
group-chat-drama-check-1-why = Một câu nói nhẹ nhàng cũng cho mọi người biết không phải ai cũng thấy buồn cười. Bạn không cần thắng cuộc tranh cãi.
group-chat-drama-check-2-question = Bạn quyết định rời nhóm chat đang chê bai một bạn. Trước khi rời, nên làm gì?
group-chat-drama-check-2-delete = Xoá hết tin nhắn cho nhẹ đầu.
group-chat-drama-check-2-harsh = Nhắn một câu thật gắt rồi rời nhóm.
group-chat-drama-check-2-save = Chụp màn hình, rồi rời nhóm và báo cáo.
group-chat-drama-check-2-why = Ảnh chụp giúp nhà trường thấy chuyện gì đã xảy ra. Nhà trường sẽ không nói ai đã kể.
group-chat-drama-check-3-question = Bạn có thể làm gì cho người bạn bị gạt ra khỏi nhóm chat lớp?
group-chat-drama-check-3-pretend = Giả vờ như không biết gì.
group-chat-drama-check-3-lunch = Rủ bạn ấy ăn trưa cùng, và kể với thầy cô tư vấn.
group-chat-drama-check-3-own-chat = Bảo bạn ấy lập nhóm khác để nói lại mấy bạn kia.
group-chat-drama-check-3-why = Một lời rủ nhỏ cũng giúp bạn ấy thấy mình không lẻ loi. Thầy cô sẽ lo phần còn lại.
