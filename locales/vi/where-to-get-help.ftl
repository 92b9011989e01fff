# Bài học: where-to-get-help (11-15 tuổi). Một tài khoản ẩn danh nói xấu Vy cả tuần; Vy không
# muốn bố mẹ biết. Bài đi qua nút báo cáo, chặn, bạn bè, thầy cô tư vấn và 111.
where-to-get-help-title = Bạn không phải tự xoay xở
where-to-get-help-objective = Các em biết những nơi có thể tìm giúp đỡ khi gặp chuyện trên mạng: nút lưu, báo cáo và chặn, một người bạn, thầy cô tư vấn của trường, bố mẹ, và tổng đài 111.
where-to-get-help-behaviour = Lưu bằng chứng; báo cáo đúng lý do; chặn; không trả đũa; nói với bạn bè, thầy cô tư vấn hoặc gọi 111; không giữ một mình.

where-to-get-help-all-week = Cả tuần nay, một tài khoản ẩn danh cứ nhắn cho Vy, bài nào của Vy nó cũng vào bình luận.
where-to-get-help-comments-appear = Tối nay lại có tin nhắn mới.
where-to-get-help-anon = người dùng ẩn danh
where-to-get-help-msg-photo = lại đăng ảnh à, chẳng ai thèm xem đâu
where-to-get-help-msg-annoying = cả lớp ai cũng thấy cậu phiền
where-to-get-help-msg-leave = tự rời nhóm lớp đi cho mọi người nhờ
where-to-get-help-vy-alone = Mình không muốn kể với bố mẹ. Kể xong lại bị thu điện thoại. Mà cũng chẳng biết kể với ai.
where-to-get-help-more-options = Vy có nhiều lựa chọn hơn bạn ấy nghĩ.
where-to-get-help-first-choice = Vy làm gì trước?
where-to-get-help-option-hit-back = Nhắn lại cho nó một trận
where-to-get-help-option-save = Lưu hết lại làm bằng chứng
where-to-get-help-option-delete = Xoá app, cố quên đi
where-to-get-help-first-choice-discuss-1 = Những tin nhắn này có thể khiến Vy cảm thấy thế nào?
where-to-get-help-first-choice-discuss-2 = Vy sợ kể với bố mẹ thì bị thu điện thoại. Các em nghĩ sao về nỗi lo ấy?

where-to-get-help-hit-back = Tài khoản kia chụp lại câu trả lời của Vy, cắt mất đầu đuôi, rồi đi khoe. Cãi lại chỉ cho nó thêm thứ để bám vào. Giận là đương nhiên, và nếu đã lỡ cãi lại thì cũng không phải lỗi của bạn. Nhưng bạn không cần trả lời thêm, và kể với người lớn vẫn giúp được. Mình chọn lại nhé.
where-to-get-help-keep-inside = Vy xoá app, nhưng những câu đó vẫn cứ lởn vởn trong đầu, đến cả lúc đi ngủ. Giữ một mình thường làm mọi chuyện nặng thêm. Mình chọn lại nhé.

where-to-get-help-saved = Lưu rồi: từng tin nhắn, tên tài khoản, ngày giờ. Giờ đến nút Báo cáo.
where-to-get-help-report-appears = Vy mở mục báo cáo tài khoản.
where-to-get-help-reason-spam = Tin rác
where-to-get-help-reason-bullying = Bắt nạt hoặc quấy rối
where-to-get-help-reason-fake = Tài khoản giả mạo
where-to-get-help-report-confirmation = Cảm ơn bạn đã báo cáo. Chúng tôi sẽ xem xét, và người bị báo cáo sẽ không biết bạn là ai.
where-to-get-help-reason-choice = Vy chọn lý do nào?
where-to-get-help-option-pointless = Thôi, báo cáo chắc cũng chẳng để làm gì
where-to-get-help-option-bullying = Bắt nạt hoặc quấy rối
where-to-get-help-reason-choice-discuss-1 = Nhiều bạn nghĩ báo cáo chẳng để làm gì. Các em nghĩ sao?
where-to-get-help-reason-choice-discuss-2 = Vì sao chọn đúng lý do khi báo cáo lại quan trọng?
where-to-get-help-pointless = Báo cáo đúng lý do giúp nền tảng xử lý nhanh hơn, và mỗi báo cáo đều được ghi lại. Cứ gửi đi, mất có vài giây. Mình chọn lại nhé.
where-to-get-help-reported = Báo cáo đã gửi. Rồi Vy bấm Chặn. Tài khoản kia không nhắn được cho Vy nữa.
where-to-get-help-still-heavy = Chặn rồi mà lòng vẫn nặng trĩu. Mình cần nói chuyện với ai đó.
where-to-get-help-who-choice = Vy tìm ai?
where-to-get-help-option-linh = Kể với Linh
where-to-get-help-option-111 = Gọi 111
where-to-get-help-option-counsellor = Đến gặp { $counsellor }
where-to-get-help-who-choice-discuss-1 = Ở trường mình, nếu gặp chuyện như Vy, các em có thể tìm ai?
where-to-get-help-who-choice-discuss-2 = Kể với bạn, với thầy cô tư vấn hay gọi 111: mỗi cách giúp được Vy điều gì?

where-to-get-help-linh = Trời ơi, cậu chịu một mình cả tuần à? Mai tớ đi cùng cậu đến phòng tư vấn nhé. Cậu không phải đi một mình đâu.
where-to-get-help-call-111 = Vy gọi 111. Một người nghe máy, giọng nhẹ nhàng, không hỏi tên nếu Vy không muốn nói. Họ lắng nghe, rồi gợi ý Vy nói chuyện thêm với thầy cô tư vấn ở trường.

where-to-get-help-next-day = Giờ ra chơi hôm sau, Vy gõ cửa { $counsellor-room }.
where-to-get-help-tell-prompt = Vy sẽ nói gì?
where-to-get-help-say-anon = Cô ơi, cả tuần nay có một tài khoản ẩn danh cứ nói xấu em ạ.
where-to-get-help-say-parents = Em chưa muốn bố mẹ biết, em sợ bị thu điện thoại.
where-to-get-help-counsellor-answer = Cô cảm ơn em đã đến. Em không có lỗi gì trong chuyện này. Lưu lại, báo cáo, chặn: em đã làm rất đúng.
where-to-get-help-parents = Còn chuyện bố mẹ, cô với em sẽ cùng tính cách kể cho nhẹ nhàng. Hầu hết bố mẹ chỉ muốn giúp, và nhà trường có thể nói chuyện cùng em.
where-to-get-help-door-open = Bất cứ giờ ra chơi nào, em cứ đến { $counsellor-room }. Không cần hẹn trước.
where-to-get-help-vy-lighter = Nói ra rồi thấy nhẹ hẳn. Hoá ra có bao nhiêu người sẵn sàng giúp mình.
where-to-get-help-recap = Giờ Vy biết mình có nhiều chỗ dựa: nút lưu, báo cáo và chặn; một người bạn; { $counsellor } tại { $counsellor-room }; bố mẹ; và 111, miễn phí, mở cả ngày lẫn đêm.
where-to-get-help-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
where-to-get-help-well-done = Làm tốt lắm. Tìm người giúp không phải là yếu đuối. Đó là cách mạnh mẽ nhất.
where-to-get-help-sticker = Huy hiệu Cánh cửa luôn mở

where-to-get-help-tip = Nhiều bạn trẻ không kể chuyện bị bắt nạt trên mạng vì sợ bị thu điện thoại. Hãy nói trước với con rằng bố mẹ sẽ không làm vậy, và cùng con tìm hiểu nút báo cáo, chặn trên các ứng dụng con dùng. Cho con biết tên thầy cô tư vấn của trường và số 111.
where-to-get-help-starter = Nếu gặp chuyện khó nói trên mạng, con sẽ kể với ai đầu tiên? Có điều gì làm con ngại kể với bố mẹ không?

where-to-get-help-check-1-question = Cả tuần nay, một tài khoản ẩn danh liên tục nhắn và bình luận khó nghe về bạn. Bạn làm gì trước?
where-to-get-help-check-1-hit-back = Nhắn lại cho họ một trận.
where-to-get-help-check-1-delete = Xoá ứng dụng và cố quên đi.
where-to-get-help-check-1-save = Lưu hết tin nhắn làm bằng chứng, rồi báo cáo và chặn.
where-to-get-help-check-1-why = Đáp trả chỉ cho họ thêm thứ để lợi dụng. Bằng chứng giúp ứng dụng và nhà trường xử lý.
where-to-get-help-check-2-question = Bạn thấy rất buồn và chưa muốn bố mẹ biết. Bạn có thể nói với ai?
where-to-get-help-check-2-friend = Một người bạn, thầy cô tư vấn, hoặc gọi 111.
where-to-get-help-check-2-no-one = Không ai cả, mình tự chịu được.
where-to-get-help-check-2-strangers = Chỉ người lạ trên mạng, cho đỡ ngại.
where-to-get-help-check-2-why = Bạn có nhiều chỗ dựa hơn bạn nghĩ. 111 miễn phí, mở cả ngày lẫn đêm.
where-to-get-help-check-3-question = Báo cáo tài khoản ẩn danh đang quấy rối bạn có đáng không?
where-to-get-help-check-3-pointless = Không, báo cáo chẳng để làm gì.
where-to-get-help-check-3-reason = Có. Chọn đúng lý do, như "Bắt nạt hoặc quấy rối".
where-to-get-help-check-3-only-if = Chỉ khi mình biết ai đứng sau.
where-to-get-help-check-3-why = Chọn đúng lý do giúp ứng dụng xử lý nhanh hơn, và tài khoản kia không biết ai báo cáo.
