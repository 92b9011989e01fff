# Bài học: shared-without-consent (11-15 tuổi). Ảnh chụp lén Vy bị đăng vào nhóm lớp kèm lời chế.
shared-without-consent-title = Bức ảnh không được hỏi
shared-without-consent-objective = Các em biết không chia sẻ ảnh của người khác khi chưa được đồng ý, biết báo cáo, lưu bằng chứng, hỏi han người trong ảnh và kể với thầy cô.
shared-without-consent-behaviour = Không thả cảm xúc, không chuyển tiếp; lưu lại và báo cáo; nhắn hỏi han bạn trong ảnh; kể với thầy cô tư vấn.

shared-without-consent-bus-home = Trên xe buýt về nhà, điện thoại Minh rung liên tục. Nhóm lớp đang sôi lên.
shared-without-consent-group-appears = Có người vừa đăng một tấm ảnh vào nhóm lớp.
shared-without-consent-group-name = 7A (không có cô)
shared-without-consent-name-tuan = Tuấn
shared-without-consent-name-ha = Hà
shared-without-consent-name-khoa = Khoa
shared-without-consent-name-vy = Vy
shared-without-consent-msg-photo = đã gửi một ảnh: Vy ngủ gật trên xe buýt, miệng há hốc
shared-without-consent-msg-caption = hoa khôi lớp mình đây =))
shared-without-consent-msg-laugh = =)))) cười đau cả bụng
shared-without-consent-msg-forward = gửi sang nhóm khối luôn đi
shared-without-consent-minh-sees = Vy đâu có biết mình bị chụp. Nếu là ảnh mình thì chắc mình muốn độn thổ.
shared-without-consent-react-choice = Minh làm gì?
shared-without-consent-option-report = Báo cáo bức ảnh
shared-without-consent-option-laugh = Thả một cái mặt cười cho đỡ lạc lõng
shared-without-consent-option-save = Lưu lại làm bằng chứng
shared-without-consent-react-choice-discuss-1 = Nếu các em là Vy và thấy bức ảnh này trong nhóm lớp, các em sẽ cảm thấy thế nào?
shared-without-consent-react-choice-discuss-2 = Một cái mặt cười dưới bức ảnh sẽ nói gì với người đăng, và với Vy?

shared-without-consent-laughed = Mặt cười của Minh hiện ngay dưới ảnh. Thêm vài người thả theo, và bức ảnh được chuyển sang nhóm khác. Đã thả thì không gỡ được trên máy người khác.
shared-without-consent-laughed-back = Ai cũng có lúc hùa theo vì không muốn lạc lõng. Gỡ cảm xúc đi, rồi báo cáo và kể với thầy cô vẫn giúp được Vy. Mình chọn lại nhé.
shared-without-consent-report-first = Đúng rồi. Mà lưu lại trước đã: nếu ảnh bị xoá, thầy cô vẫn biết đã có chuyện gì.
shared-without-consent-saved = Lưu rồi: bức ảnh, lời chế, ai đăng và ai rủ chuyển tiếp.
shared-without-consent-reported-appears = Minh báo cáo bức ảnh trong nhóm.
shared-without-consent-reason-without-consent = Ảnh đăng khi chưa được đồng ý
shared-without-consent-reason-bullying = Bắt nạt hoặc chế giễu
shared-without-consent-reason-spam = Tin rác
shared-without-consent-report-confirmation = Cảm ơn bạn. Báo cáo đã được gửi và người đăng sẽ không biết ai báo cáo.

shared-without-consent-vy-choice = Còn Vy thì sao?
shared-without-consent-option-message-vy = Nhắn riêng hỏi han Vy
shared-without-consent-option-counsellor = Kể với { $counsellor }
shared-without-consent-option-stay-out = Kệ, không phải việc của mình
shared-without-consent-vy-choice-discuss-1 = Nếu là Minh, các em sẽ nhắn gì cho Vy?
shared-without-consent-vy-choice-discuss-2 = Vì sao khi cả nhóm cùng nhìn thấy, ai cũng nghĩ người khác sẽ lên tiếng?
shared-without-consent-stay-out = Trong nhóm, không ai nói gì. Ai cũng nghĩ chắc người khác sẽ lên tiếng.
shared-without-consent-stay-out-back = Không cần làm gì to tát. Một tin nhắn, một lời kể cũng đủ. Mình chọn lại nhé.
shared-without-consent-message-vy-appears = Minh nhắn riêng cho Vy.
shared-without-consent-msg-to-vy = tớ thấy ảnh rồi. tớ không thả gì đâu, tớ báo cáo rồi. cậu ổn không?
shared-without-consent-msg-vy-reply = không ổn lắm. cảm ơn cậu
shared-without-consent-msg-go-together = mai tụi mình đi gặp cô tư vấn cùng nhé?
shared-without-consent-next-day = Giờ ra chơi hôm sau, Minh tìm đến { $counsellor-room }.

shared-without-consent-tell-prompt = Minh sẽ nói gì?
shared-without-consent-say-photo = Cô ơi, trong nhóm lớp có người đăng ảnh chụp lén bạn Vy để chế ạ.
shared-without-consent-say-not-ok = Em lưu lại và báo cáo rồi, nhưng em thấy vẫn chưa ổn.
shared-without-consent-counsellor-answer = Cô cảm ơn em đã đến kể. Em lưu lại và báo cáo là rất đúng. Còn bạn Vy không có lỗi gì trong chuyện này cả.
shared-without-consent-counsellor-steps = Nhà trường sẽ nói chuyện với các bạn liên quan và yêu cầu xoá ảnh. Chụp hay đăng ảnh người khác khi chưa hỏi là không được, và với ảnh riêng tư, đó còn là phạm pháp.
shared-without-consent-vy-thanks = Ảnh bị xoá rồi. Cảm ơn cậu nhé, Minh. May mà có cậu.

shared-without-consent-helpline = Bạn luôn có thể tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, tổng đài bảo vệ trẻ em miễn phí, mở cả ngày lẫn đêm.
shared-without-consent-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
shared-without-consent-well-done = Làm tốt lắm. Bạn không hùa theo, báo cáo, và đứng về phía bạn mình.
shared-without-consent-sticker = Huy hiệu Người bạn tử tế

shared-without-consent-tip = Hỏi trước khi chụp và đăng ảnh người khác là phép lịch sự tối thiểu; với ảnh riêng tư, chia sẻ khi chưa đồng ý còn là vi phạm pháp luật. Hãy cho con biết: không thả cảm xúc, không chuyển tiếp, lưu lại và báo cáo, hỏi han bạn mình, kể với thầy cô.
shared-without-consent-starter = Nếu con thấy ảnh của bạn mình bị đăng để chế giễu, con có thể làm gì mà không thấy ngại?

shared-without-consent-check-1-question = Một bạn cùng lớp bị chụp lén rồi bị đăng vào nhóm lớp để trêu. Bạn làm gì?
shared-without-consent-check-1-laugh = Thả một biểu tượng cười cho khỏi bị lạc lõng.
shared-without-consent-check-1-report = Không thả cảm xúc, không chuyển tiếp. Lưu lại rồi báo cáo.
shared-without-consent-check-1-forward = Chuyển sang nhóm khác hỏi mọi người nghĩ sao.
shared-without-consent-check-1-why = Mỗi lượt thả cảm xúc hay chuyển tiếp làm ảnh lan xa hơn. Người đăng sẽ không biết ai báo cáo.
shared-without-consent-check-2-question = Bạn có thể làm gì cho bạn trong ảnh?
shared-without-consent-check-2-message = Nhắn riêng hỏi thăm, rủ cùng đi gặp thầy cô tư vấn.
shared-without-consent-check-2-stay-out = Mặc kệ, chuyện không phải của mình.
shared-without-consent-check-2-advice = Bảo bạn ấy lần sau đừng ngủ gật trên xe.
shared-without-consent-check-2-why = Một tin nhắn nhỏ cũng giúp bạn ấy thấy mình không một mình. Chuyện này không do bạn ấy gây ra.
shared-without-consent-check-3-question = Ảnh một bạn cùng lớp bị đăng lên nhóm để trêu. Bạn nên kể với ai?
shared-without-consent-check-3-best-friend = Chỉ bạn thân thôi, để không ai bị phạt.
shared-without-consent-check-3-no-one = Không ai cả, ảnh rồi cũng trôi đi.
shared-without-consent-check-3-counsellor = Thầy cô tư vấn hay một thầy cô mình tin, hoặc gọi 111.
shared-without-consent-check-3-why = Nhà trường có thể cho xoá ảnh và nói chuyện với các bạn liên quan. Bạn kể là đúng.
