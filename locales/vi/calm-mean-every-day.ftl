# Bài tập cho người lớn: calm-mean-every-day.
calm-mean-every-day-title = “Ngày nào cũng có bạn trêu chọc con”
calm-mean-every-day-objective = Tập trả lời bình tĩnh khi con kể rằng ngày nào cũng có người đối xử không tốt với con trên mạng.
calm-mean-every-day-behaviour = Lắng nghe, cảm ơn con, không cất máy đi, lưu tin nhắn kèm ngày giờ, và nhờ nhà trường và tổng đài 111 giúp.

calm-mean-every-day-scene = Đi học về, Mai ăn rất ít. Lát sau, con đến ngồi cạnh bạn.
calm-mean-every-day-comes = Mẹ ơi, có bạn trong nhóm lớp ngày nào cũng viết những câu khó nghe về con.
calm-mean-every-day-first = Mai đang cúi mặt. Bạn sẽ nói gì trước tiên?
calm-mean-every-day-option-angry = “Thế con đã làm gì bạn ấy trước?”
calm-mean-every-day-option-brush = “Kệ đi con. Trẻ con đứa nào chẳng thế.”
calm-mean-every-day-option-listen = Bỏ hết việc đang làm, nhìn con và nói: “Cảm ơn con đã kể. Mẹ đang nghe đây.”
calm-mean-every-day-angry = Con có làm gì đâu… Thôi, mẹ đừng hỏi nữa.
calm-mean-every-day-angry-back = Mai nghe như thể mình có lỗi, nên thôi không kể nữa. Mình thử lại nhé.
calm-mean-every-day-brush = Mai đã cố mặc kệ mấy tuần nay rồi. Nhưng chuyện đó không dừng lại.
calm-mean-every-day-brush-back = Ngày nào cũng bị như thế thì không còn là chuyện “trẻ con” nữa. Mình quay lại nhé.

calm-mean-every-day-listen = Cảm ơn con đã kể với mẹ. Không ai đáng bị đối xử như thế. Mẹ luôn đứng về phía con.
calm-mean-every-day-tell-prompt = Mai kể chuyện đã xảy ra. Con nói gì với bạn?
calm-mean-every-day-say-what = Các bạn ấy đặt biệt danh xấu cho con, con viết gì cũng gửi mặt cười chế giễu.
calm-mean-every-day-say-feel = Từ đầu học kỳ rồi mẹ ạ. Con không muốn mẹ lo.
calm-mean-every-day-answer = Con không có lỗi gì cả, và con không phải chịu một mình đâu. Mẹ con mình sẽ cùng làm cho chuyện này dừng lại.
calm-mean-every-day-next = Mai đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-mean-every-day-option-take = Cho con rời nhóm lớp và cất máy tính bảng đi
calm-mean-every-day-option-evidence = Chụp lại các tin nhắn, có cả ngày giờ, và cất giữ cẩn thận
calm-mean-every-day-option-help = Ngày mai đưa cô giáo xem, và gọi 111 để được tư vấn
calm-mean-every-day-take = Mai mất luôn nhóm chat với các bạn thân, và thấy như chính mình mới là người bị đuổi đi.
calm-mean-every-day-take-back = Mai không làm gì sai cả. Mình chọn lại nhé.
calm-mean-every-day-evidence = Mình chụp lại những tin nhắn này, có cả ngày giờ. Như thế nhà trường mới có cơ sở để giúp.
calm-mean-every-day-help = Ngày mai mẹ sẽ đưa cô giáo xem. Và tổng đài 111 lúc nào cũng sẵn sàng nghe con.
calm-mean-every-day-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-mean-every-day-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, và Mai biết bạn luôn đứng về phía con.
calm-mean-every-day-sticker = Nhãn dán Đôi bàn tay

calm-mean-every-day-tip = Trong bài “Tòa tháp cao” và “Đảo của cả đội”, con đã tập cách làm khi có người đối xử không tốt trên mạng. Bị bắt nạt ngày này qua ngày khác thì cần người lớn vào cuộc: lưu tin nhắn kèm ngày giờ, báo cô giáo, và gọi 111 nếu con buồn nhiều.
calm-mean-every-day-starter = Hỏi con: “Trên mạng có ai đối xử không tốt với con hay bạn con không? Điều gì sẽ giúp con?”
