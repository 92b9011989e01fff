# Bài học: too-good-friend (11-15 tuổi). Một "đồng đội" trong game tặng quà, khen, rủ sang app
# riêng, xin ảnh và bảo giữ bí mật. Không có gì nhạy cảm trên màn hình.
too-good-friend-title = Người bạn tốt quá mức
too-good-friend-objective = Các em nhận ra những bước của việc dụ dỗ trên mạng (tặng quà, khen, tách khỏi bố mẹ, rủ sang chỗ riêng, xin ảnh, đòi giữ bí mật) và biết đó không bao giờ là lỗi của mình.
too-good-friend-behaviour = Không gửi ảnh; lưu lại tin nhắn, chặn, báo cáo; kể với người lớn tin cậy; có thể gọi 111.

too-good-friend-weeks = Mấy tuần nay, Minh hay chơi game cùng một người tên Sao Băng. Cậu ấy bảo mình mười lăm tuổi, chơi cực đỉnh, còn tặng Minh hai bộ trang phục trong game.
too-good-friend-minh-likes = Công nhận có người chơi cùng ăn ý vui thật. Tuần trước cậu ấy còn rủ tớ sang một app khác nói chuyện cho riêng tư.
too-good-friend-chat-appears = Tối nay, trên app kia, Sao Băng nhắn liên tục.
too-good-friend-contact = Sao Băng
too-good-friend-msg-best = cả server không ai hiểu tớ bằng cậu đâu
too-good-friend-msg-parents = bố mẹ cậu lại bắt tắt máy à? khó tính thật, họ chẳng hiểu gì cả
too-good-friend-msg-reply = ừ, mai tớ có bài kiểm tra
too-good-friend-msg-photo = gửi tớ một tấm ảnh của cậu đi, ảnh riêng ấy, chỉ mình tớ xem thôi
too-good-friend-msg-secret = mà đừng kể ai chuyện tụi mình nhé. bí mật của hai đứa thôi
too-good-friend-feeling = Tớ quý cậu ấy thật. Nhưng “đừng kể ai”... tim tớ cứ đập thình thịch.
too-good-friend-signs = Quà tặng, lời khen, nói xấu bố mẹ, rủ sang chỗ riêng, xin ảnh, rồi bảo giữ bí mật. Cảm giác không ổn của Minh là đúng.
too-good-friend-photo-choice = Minh sẽ làm gì?
too-good-friend-option-save = Không gửi gì. Lưu đoạn chat lại
too-good-friend-option-send = Gửi một tấm cho cậu ấy vui
too-good-friend-option-tell = Cho bố xem ngay
too-good-friend-photo-choice-discuss-1 = Những tin nhắn nào của Sao Băng khiến các em thấy có gì đó không ổn?
too-good-friend-photo-choice-discuss-2 = Khi nào thì nên kể một bí mật cho người lớn mình tin, kể cả khi đã hứa giữ?

too-good-friend-sent = Sao Băng khen rối rít, rồi xin thêm ảnh nữa, lần này riêng tư hơn. Và lại nhắc: “nhớ giữ bí mật đấy”. Ảnh đã gửi thì không lấy lại được.
too-good-friend-sent-not-fault = Nhưng nghe này: đó không phải lỗi của bạn. Người làm sai là kẻ xin ảnh và bắt giữ bí mật. Dù đã lỡ gửi, kể với người lớn bây giờ vẫn giúp được rất nhiều. Mình quay lại nhé.

too-good-friend-saved = Chụp lại hết rồi: tên tài khoản, tin nhắn xin ảnh, cả câu bảo giữ bí mật.
too-good-friend-block-choice = Tiếp theo Minh làm gì?
too-good-friend-option-promise = Hứa giữ bí mật để cậu ấy khỏi giận
too-good-friend-option-block = Chặn tài khoản
too-good-friend-option-report = Báo cáo tài khoản
too-good-friend-block-choice-discuss-1 = Vì sao Minh có thể thấy khó chặn một người từng tặng quà và khen mình?
too-good-friend-block-choice-discuss-2 = Nếu Minh ngại kể với bố, Minh còn có thể tìm ai giúp?

too-good-friend-promise = Một lời hứa giữ bí mật sẽ khiến Minh khó kể với ai hơn. Đó chính là điều tài khoản kia muốn.
too-good-friend-promise-back = Bí mật làm mình thấy nặng nề thì không phải giữ. Mình chọn lại nhé.
too-good-friend-reported = Minh chọn Báo cáo, lý do “Xin ảnh riêng tư”, gửi đi, rồi chặn luôn.
too-good-friend-blocked = Chặn rồi. Nhẹ cả người. Nhưng chuyện này tớ không muốn giữ một mình.
too-good-friend-find-dad = Minh cầm điện thoại ra phòng khách, chỗ bố đang đọc báo.

too-good-friend-tell-prompt = Minh sẽ nói gì với bố?
too-good-friend-say-photo = Bố ơi, có người trong game cứ đòi con gửi ảnh riêng.
too-good-friend-say-secret = Bố ơi, có người bảo con giữ bí mật, nhưng con thấy không ổn.
too-good-friend-say-gifts = Con hơi ngại, vì con đã nhận quà trong game của người đó.
too-good-friend-dad-answer = Cảm ơn con đã kể với bố. Bố không giận con đâu. Con làm đúng rồi đấy.
too-good-friend-not-your-doing = Con không làm gì sai cả, kể cả nhận quà hay đã trả lời. Ai xin ảnh riêng của một bạn tuổi con rồi bắt giữ bí mật, người đó mới là người sai. Có khi người đó chẳng phải mười lăm tuổi.
too-good-friend-together = Hai bố con mình cùng làm nốt nhé: chụp màn hình nếu chưa chụp, báo cáo với game, rồi chặn. Bố sẽ hỏi 111 xem có cần báo thêm ở đâu không.
too-good-friend-minh-game = Con vẫn được chơi game chứ ạ?
too-good-friend-dad-game = Có chứ. Chơi với bạn bè con quen, và cứ thấy gì lạ là kể bố.

too-good-friend-helpline = Nếu khó mở lời ở nhà, bạn có thể tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm. Bạn không phải giữ bí mật nào làm mình thấy nặng lòng.
too-good-friend-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
too-good-friend-well-done = Làm tốt lắm. Bạn tin vào cảm giác của mình, lưu bằng chứng, và không giữ bí mật một mình.
too-good-friend-sticker = Huy hiệu Đồng đội thật

too-good-friend-tip = Kẻ dụ dỗ trên mạng thường đi từng bước: tặng quà, khen ngợi, nói xấu bố mẹ, rủ sang ứng dụng riêng, xin ảnh, rồi đòi giữ bí mật. Nếu con kể, hãy giữ bình tĩnh, cảm ơn con, đừng tịch thu điện thoại, và lưu lại bằng chứng trước khi chặn. Có thể gọi 111 để được tư vấn miễn phí.
too-good-friend-starter = Trong game, làm sao con biết một người bạn mới có thật là người như họ nói không?

too-good-friend-check-1-question = Một người bạn chơi game quen vài tuần xin "một tấm ảnh riêng tư" và dặn giữ bí mật. Bạn làm gì?
too-good-friend-check-1-send = Gửi một tấm để họ khỏi buồn.
too-good-friend-check-1-promise = Hứa giữ bí mật, nhưng không gửi.
too-good-friend-check-1-save = Không gửi. Lưu tin nhắn, chặn, báo cáo và kể với người lớn.
too-good-friend-check-1-why = Người xin ảnh riêng tư và đòi giữ bí mật mới là người sai. Bí mật đó bạn không phải giữ.
too-good-friend-check-2-question = Điều nào là dấu hiệu cần để ý ở một người bạn trên mạng?
too-good-friend-check-2-signs = Tặng quà, khen nhiều, rủ sang ứng dụng riêng và bảo đừng kể ai.
too-good-friend-check-2-good = Chơi giỏi và hay cùng lập đội với bạn.
too-good-friend-check-2-band = Cũng thích một ban nhạc giống bạn.
too-good-friend-check-2-why = Từng điều riêng lẻ có thể bình thường. Khi chúng đi cùng nhau, hãy kể với người lớn bạn tin.
too-good-friend-check-3-question = Bạn đã nhận quà của người đó trong game nên thấy ngại kể. Điều nào đúng?
too-good-friend-check-3-alone = Mình nhận quà rồi nên phải tự lo.
too-good-friend-check-3-tell = Mình không có lỗi. Mình kể với người lớn tin cậy, hoặc gọi 111.
too-good-friend-check-3-delete = Xoá hết tin nhắn là xong chuyện.
too-good-friend-check-3-why = Nhận quà hay trả lời tin nhắn không làm bạn có lỗi. Người lớn sẽ mừng vì bạn đã kể.
