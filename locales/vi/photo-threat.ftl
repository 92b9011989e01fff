# Bài học: photo-threat (11-15 tuổi). Bị đe doạ phát tán một tấm ảnh nếu không trả tiền hoặc
# gửi thêm. Chỉ nói về áp lực, cảm xúc và các bước xử lý; không có gì nhạy cảm.
photo-threat-title = Khi bị đe doạ vì một tấm ảnh
photo-threat-objective = Các em biết rằng khi bị đe doạ phát tán ảnh, lỗi hoàn toàn thuộc về kẻ đe doạ, và biết các bước: không trả tiền, không gửi thêm, lưu bằng chứng, chặn, báo cáo, kể và gọi 111.
photo-threat-behaviour = Không trả tiền; không gửi thêm gì; lưu bằng chứng rồi mới chặn; báo cáo; kể với người lớn tin cậy; gọi 111.

photo-threat-late = Gần mười một giờ đêm. Một tài khoản Linh từng nói chuyện mấy tuần trước bỗng nhắn tới. Hồi đó, Linh đã gửi cho người này một tấm ảnh riêng.
photo-threat-threat-appears = Tin nhắn đến dồn dập.
photo-threat-contact = tài khoản lạ
photo-threat-msg-remember = còn nhớ tấm ảnh hôm trước không
photo-threat-msg-pay = nạp 500 nghìn vào thẻ game cho tôi. cho bạn 30 phút
photo-threat-msg-or = không thì tôi gửi ảnh vào nhóm lớp bạn
photo-threat-msg-dont-tell = kể với ai là tôi gửi luôn đấy
photo-threat-panic = Tim mình đập thình thịch. Mình chỉ muốn chuyện này biến mất ngay lập tức.
photo-threat-breathe = Hít một hơi đã. Hoảng là chuyện bình thường. Đây là một chiêu tống tiền, và người sai là kẻ đang đe doạ, không phải Linh. Kẻ đe doạ muốn Linh vội và sợ, để không kịp hỏi ai.
photo-threat-first-choice = Linh làm gì bây giờ?
photo-threat-option-pay = Trả tiền cho xong chuyện
photo-threat-option-save = Chụp màn hình lại trước đã
photo-threat-option-send = Gửi thêm thứ họ muốn cho họ thôi
photo-threat-option-tell = Đi tìm mẹ ngay
photo-threat-first-choice-discuss-1 = Vì sao người đe doạ chỉ cho Linh 30 phút và bảo Linh không được kể với ai?
photo-threat-first-choice-discuss-2 = Nếu là bạn của Linh, các em sẽ nói gì để Linh hiểu mình không có lỗi và dám kể với người lớn?

photo-threat-paid = Tiền vừa chuyển, tin nhắn mới đã tới: “Chưa đủ. Thêm một triệu nữa.” Trả tiền hầu như không bao giờ làm chuyện này dừng lại, họ chỉ đòi thêm.
photo-threat-sent-more = Họ không dừng lại. Họ đòi thêm nữa, và đe doạ nhiều hơn. Gửi thêm không bao giờ làm chuyện này kết thúc.
photo-threat-not-fault = Nếu bạn đã lỡ làm vậy, đó không phải lỗi của bạn. Người lớn vẫn giúp được, kể bây giờ vẫn chưa muộn. Mình quay lại nhé.

photo-threat-saved = Chụp rồi: tên tài khoản, từng tin nhắn, cả số thẻ họ đòi nạp. Đây là bằng chứng.
photo-threat-block-choice = Giờ Linh làm gì tiếp?
photo-threat-option-block = Chặn tài khoản
photo-threat-option-reply = Nhắn lại xin họ tha cho mình
photo-threat-option-report = Báo cáo tài khoản
photo-threat-block-choice-discuss-1 = Linh đã lưu lại các tin nhắn. Những bằng chứng ấy sẽ giúp được gì?
photo-threat-block-choice-discuss-2 = Ngoài bố mẹ, Linh còn có thể tìm ai giúp khi gặp chuyện như thế này?

photo-threat-replied = Mỗi câu trả lời cho họ biết Linh đang sợ, và họ càng ép thêm.
photo-threat-replied-back = Nếu bạn đã lỡ nhắn lại, cũng không sao, đó không phải lỗi của bạn. Bạn không cần trả lời họ thêm câu nào nữa. Mình chọn lại nhé.
photo-threat-reported = Linh bấm Báo cáo, chọn “Đe doạ hoặc tống tiền”, gửi đi, rồi chặn luôn.
photo-threat-blocked = Chặn rồi. Nhưng tay mình vẫn run. Mình không thể ngồi một mình với chuyện này.
photo-threat-find-mum = Linh gõ cửa phòng mẹ.

photo-threat-tell-prompt = Linh sẽ nói gì với mẹ?
photo-threat-say-threat = Mẹ ơi, có người đòi tiền, không thì họ gửi ảnh của con cho cả lớp.
photo-threat-say-scared = Mẹ ơi, con sợ lắm. Con cần mẹ giúp.
photo-threat-say-sorry = Con xin lỗi, con đã gửi một tấm ảnh cho người ta.
photo-threat-mum-answer = Lại đây với mẹ. Con không có lỗi gì cả, và mẹ rất mừng vì con đã kể. Mình sẽ cùng xử lý.
photo-threat-mum-steps = Mình không trả tiền, không gửi gì thêm, không nhắn lại. Mình chụp màn hình lại hết làm bằng chứng, rồi chặn và báo cáo với mạng xã hội đó. Có cả cách yêu cầu gỡ ảnh nữa.
photo-threat-call-111 = Giờ mình gọi 111 nhé, họ biết phải làm gì tiếp, kể cả khi cần báo công an.
photo-threat-linh-relief = Con cứ tưởng mẹ sẽ mắng con.

photo-threat-helpline = 111 miễn phí và mở cả đêm. Ở trường, bạn cũng có thể tìm { $counsellor } tại { $counsellor-room }. Không ai phải chịu chuyện này một mình.
photo-threat-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
photo-threat-well-done = Bạn đã rất dũng cảm. Không trả tiền, lưu bằng chứng, và tìm người giúp: đó là cách khôn ngoan nhất.
photo-threat-sticker = Huy hiệu Vững vàng

photo-threat-tip = Nếu con bị đe doạ phát tán ảnh, điều con cần nhất là biết bố mẹ không giận. Hãy giữ bình tĩnh và nói rõ: lỗi là của kẻ đe doạ. Đừng trả tiền, đừng nhắn lại; lưu lại bằng chứng, báo cáo với nền tảng, gọi 111 để được tư vấn và báo công an khi cần.
photo-threat-starter = Nếu một người bạn bị ai đó đe doạ trên mạng, con nghĩ bạn ấy nên tìm ai đầu tiên?

photo-threat-check-1-question = Một tài khoản doạ gửi ảnh của bạn cho cả lớp nếu bạn không nạp tiền trong 30 phút. Bạn làm gì trước?
photo-threat-check-1-pay = Nạp tiền cho nhanh để họ xoá ảnh và thôi doạ.
photo-threat-check-1-save = Không nạp. Chụp màn hình tất cả, rồi đi tìm người lớn.
photo-threat-check-1-beg = Nhắn lại, giải thích mình không có tiền, xin họ dừng.
photo-threat-check-1-why = Trả tiền hầu như không làm họ dừng, họ chỉ đòi thêm. Bạn không phải đối mặt chuyện này một mình.
photo-threat-check-2-question = Trước khi chặn tài khoản đang doạ mình, bạn nên làm gì?
photo-threat-check-2-delete = Xoá cả đoạn chat cho đỡ sợ.
photo-threat-check-2-last = Nhắn một tin cuối, bảo họ thôi đi.
photo-threat-check-2-save = Chụp lại tên tài khoản và mọi tin nhắn.
photo-threat-check-2-why = Ảnh chụp màn hình là bằng chứng, giúp người lớn và 111 xử lý. Sau đó mới chặn và báo cáo.
photo-threat-check-3-question = Bạn từng gửi ảnh cho một người, giờ họ doạ bạn. Ai là người sai?
photo-threat-check-3-them = Người đang doạ. Mình vẫn có thể kể và được giúp.
photo-threat-check-3-me = Mình, vì chính mình đã gửi ảnh đi.
photo-threat-check-3-both = Cả hai như nhau, nên mình phải tự giải quyết.
photo-threat-check-3-why = Chỉ người doạ dẫm mới là người sai. Bố mẹ, thầy cô và 111 luôn sẵn sàng giúp bạn.
