# Bài tập cho người lớn: calm-photo-requests.
calm-photo-requests-title = “Có người cứ đòi con gửi ảnh”
calm-photo-requests-objective = Tập trả lời bình tĩnh khi con kể rằng có người trên mạng cứ đòi con gửi ảnh.
calm-photo-requests-behaviour = Lắng nghe, cảm ơn con, giữ lại tin nhắn, chặn và báo cáo, rồi gọi để được tư vấn.

calm-photo-requests-scene = Buổi tối. Nam ngồi xuống cạnh bạn trên ghế, im lặng hơn mọi ngày.
calm-photo-requests-comes = Bố ơi… có người trong trò chơi cứ đòi con gửi ảnh của con.
calm-photo-requests-first = Nam đang nhìn nét mặt bạn. Bạn sẽ nói gì trước tiên?
calm-photo-requests-option-angry = “Ai thế? Đưa máy đây cho bố ngay!”
calm-photo-requests-option-brush = “Kệ nó đi con. Trò chơi thôi mà.”
calm-photo-requests-option-listen = Giữ bình tĩnh, đặt điện thoại xuống và nói: “Bố rất mừng vì con đã kể.”
calm-photo-requests-angry = Con có gửi gì đâu! Thôi, bố đừng hỏi nữa.
calm-photo-requests-angry-back = Nam tưởng mình sắp bị mắng nên thôi không kể nữa. Lo lắng là điều tự nhiên. Mình thử lại, thật bình tĩnh nhé.
calm-photo-requests-brush = Nam gật đầu. Nhưng tin nhắn vẫn tiếp tục đến, và con không biết phải làm sao.
calm-photo-requests-brush-back = Một người cứ đòi ảnh của trẻ con thì không phải “trò chơi thôi” đâu. Mình quay lại nhé.

calm-photo-requests-listen = Bố rất mừng vì con đã kể với bố. Con không bị mắng đâu. Con cho bố xem nhé?
calm-photo-requests-tell-prompt = Nam mở đoạn chat ra. Con kể gì với bạn?
calm-photo-requests-say-what = Bạn ấy đòi ảnh con mặc đồ ngủ, và dặn con phải giữ bí mật.
calm-photo-requests-say-feel = Con bảo không, nhưng bạn ấy cứ hỏi mãi. Bạn ấy bảo con là bạn thân nhất.
calm-photo-requests-answer = Con làm đúng lắm. Bạn bè thật sự thì không bao giờ đòi ảnh bí mật. Con không có lỗi gì cả.
calm-photo-requests-next = Nam đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-photo-requests-option-take = Xoá đoạn chat và thu máy tính bảng của con
calm-photo-requests-option-evidence = Chụp lại đoạn chat và trang cá nhân, rồi chặn và báo cáo
calm-photo-requests-option-help = Gọi 111 để được tư vấn, và báo nhà trường
calm-photo-requests-take = Tin nhắn mất rồi, không ai xem được người đó đã đòi gì. Còn Nam nghĩ vì kể mà mình mất máy.
calm-photo-requests-take-back = Hãy giữ lại tin nhắn, và ở bên con. Mình chọn lại nhé.
calm-photo-requests-evidence = Bố con mình chụp lại đoạn chat này. Rồi mình chặn và báo cáo người đó trong trò chơi.
calm-photo-requests-help = Tối nay bố sẽ gọi 111 hỏi xem cần làm gì thêm, và ngày mai bố sẽ báo cô giáo.
calm-photo-requests-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-photo-requests-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, và Nam sẽ lại tìm đến bạn.
calm-photo-requests-sticker = Nhãn dán Bến đỗ an toàn

calm-photo-requests-tip = Trong bài “Kim cương bí mật” và “Hẹn gặp ở công viên nhé?”, con đã tập từ chối giữ bí mật và kể với bố mẹ. Ai cứ đòi ảnh của trẻ thì cần bị báo cáo: giữ lại tin nhắn, chặn, báo cáo, và gọi 111 hoặc công an để được hướng dẫn.
calm-photo-requests-starter = Hỏi con: “Nếu có ai trên mạng đòi con gửi ảnh, con có thể kể với ai?”
