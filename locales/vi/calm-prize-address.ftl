# Bài tập cho người lớn: calm-prize-address.
calm-prize-address-title = “Mẹ ơi, con bấm vào quà rồi gõ địa chỉ nhà mình”
calm-prize-address-objective = Tập trả lời bình tĩnh khi con kể rằng con đã bấm vào một hộp quà và gõ địa chỉ nhà mình.
calm-prize-address-behaviour = Lắng nghe, cảm ơn con, không cất máy đi, lưu lại những gì đã xảy ra và tìm người giúp.

calm-prize-address-scene = Bạn đang nấu cơm tối. Mai đi chầm chậm vào bếp, hai tay ôm chiếc máy tính bảng.
calm-prize-address-comes = Mẹ ơi… có cái hộp bảo con trúng quà. Con bấm vào rồi gõ địa chỉ nhà mình.
calm-prize-address-first = Mai đang nhìn nét mặt bạn. Bạn sẽ nói gì trước tiên?
calm-prize-address-option-angry = “Mẹ dặn bao nhiêu lần là không được bấm vào mấy cái đó rồi!”
calm-prize-address-option-brush = “Không sao đâu, con ra chơi đi, mẹ đang bận.”
calm-prize-address-option-listen = Tắt bếp, ngồi xuống ngang tầm con và nói: “Cảm ơn con đã kể với mẹ.”
calm-prize-address-angry = Con xin lỗi mẹ… thôi, không có gì đâu ạ.
calm-prize-address-angry-back = Mai im lặng. Lần sau, có thể con sẽ không kể nữa. Đang lo thì khó bình tĩnh lắm. Mình thử lại nhé.
calm-prize-address-brush = Mai lặng lẽ đi ra, vẫn còn lo, và trang kia vẫn đang mở.
calm-prize-address-brush-back = Con đã phải lấy hết can đảm để kể, và con đang cần bạn giúp. Mình quay lại thử lần nữa nhé.

calm-prize-address-listen = Cảm ơn con đã kể với mẹ. Con làm đúng rồi đấy. Cho mẹ xem chuyện gì đã xảy ra nào.
calm-prize-address-tell-prompt = Mai đưa bạn xem màn hình. Con kể gì với bạn?
calm-prize-address-say-what = Nó hỏi địa chỉ nhà mình với số điện thoại của mẹ. Con gõ vào rồi.
calm-prize-address-say-feel = Con muốn có quà, nhưng sau đó con thấy bụng lạ lạ.
calm-prize-address-answer = Mấy cái hộp đó được làm ra để lừa mọi người, người lớn cũng bị lừa. Con không có lỗi gì cả. Mẹ con mình cùng xử lý nhé.
calm-prize-address-next = Mai đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-prize-address-option-take = Cất máy tính bảng đi một tuần cho con nhớ
calm-prize-address-option-evidence = Cùng con chụp lại màn hình, rồi đóng trang đó lại
calm-prize-address-option-help = Tìm người giúp: gọi 111 để được tư vấn, và báo nhà trường
calm-prize-address-take = Mai hiểu rằng kể với mẹ thì sẽ mất máy. Lần sau, có thể con sẽ giấu luôn.
calm-prize-address-take-back = Chiếc máy không gây ra chuyện này, còn Mai đã làm một việc dũng cảm. Mình chọn lại nhé.
calm-prize-address-evidence = Mình chụp lại màn hình để nhớ nó đã hỏi những gì nhé. Giờ thì đóng lại.
calm-prize-address-help = Mẹ sẽ gọi 111 hỏi xem nên làm gì với địa chỉ nhà mình, và báo cả cô giáo nữa.
calm-prize-address-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-prize-address-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, nên Mai biết con luôn có thể tìm đến bạn.
calm-prize-address-sticker = Nhãn dán Người lắng nghe bình tĩnh

calm-prize-address-tip = Trong bài “Hộp quà bất ngờ” và “Chuyện riêng nhà mình”, con đã tập không bấm vào quà và giữ kín địa chỉ nhà. Nếu con lỡ bấm rồi thì cũng chưa phải chuyện lớn: cảm ơn con, chụp lại màn hình, để ý cuộc gọi hay thư từ lạ, và hỏi nhà trường hoặc tổng đài 111.
calm-prize-address-starter = Cùng hỏi nhau: “Nếu lại có hộp nào hỏi địa chỉ nhà mình, mình sẽ làm gì?”
