# Bài tập cho người lớn: calm-game-spending.
calm-game-spending-title = “Con tiêu tiền trong trò chơi”
calm-game-spending-objective = Tập trả lời bình tĩnh khi con nhận là đã tiêu tiền trong trò chơi.
calm-game-spending-behaviour = Lắng nghe, cảm ơn con đã thật thà, không cất máy đi, lưu hoá đơn, chỉnh cài đặt và tìm người giúp.

calm-game-spending-scene = Sáng thứ Bảy. Điện thoại bạn hiện tin nhắn của ngân hàng. Rồi Nam đi tới, mắt nhìn xuống chân.
calm-game-spending-comes = Bố ơi… con mua đá quý trong trò chơi. Con không biết là tiền thật.
calm-game-spending-first = Nam đang đứng chờ. Bạn sẽ nói gì trước tiên?
calm-game-spending-option-angry = “Con có biết bao nhiêu tiền không hả? Từ giờ cấm chơi game!”
calm-game-spending-option-brush = “Thôi, mất thì thôi.” Rồi tiếp tục lướt điện thoại.
calm-game-spending-option-listen = Hít một hơi thật sâu và nói: “Cảm ơn con đã đến nói với bố. Mình cùng xem nhé.”
calm-game-spending-angry = Con xin lỗi… con không chơi nữa.
calm-game-spending-angry-back = Nam đi về phòng. Lần sau trong trò chơi có chuyện gì, có thể con sẽ giấu. Mình thử lại nhé.
calm-game-spending-brush = Nam vẫn không hiểu vì sao lại thế, và làm sao để lần sau không bị nữa.
calm-game-spending-brush-back = Nam tìm đến bạn để hiểu chuyện. Mình quay lại nhé.

calm-game-spending-listen = Cảm ơn con đã đến nói ngay với bố, Nam ạ. Con thật thà và dũng cảm lắm.
calm-game-spending-tell-prompt = Nam mở cửa hàng trong trò chơi cho bạn xem. Con kể gì với bạn?
calm-game-spending-say-what = Đá quý giảm giá trong một tiếng thôi. Con bấm mua, thế là mua được luôn.
calm-game-spending-say-feel = Nó không hỏi mật khẩu gì cả. Con tưởng đá quý là miễn phí.
calm-game-spending-answer = Trò chơi làm cho việc mua rất dễ, người lớn cũng dễ bấm nhầm. Con không có lỗi gì cả. Bố con mình cùng chỉnh lại máy nhé.
calm-game-spending-next = Nam đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-game-spending-option-take = Thu máy tính bảng cho đến khi con trả đủ tiền
calm-game-spending-option-evidence = Chụp lại hoá đơn, xin cửa hàng hoàn tiền, và đặt mật khẩu khi mua
calm-game-spending-option-help = Gọi ngân hàng về khoản tiền này, và hỏi nhà trường xem các gia đình khác đặt giới hạn thế nào
calm-game-spending-take = Nam hiểu rằng thật thà thì bị mất máy. Lần sau, có khi con sẽ giấu luôn tin nhắn ngân hàng.
calm-game-spending-take-back = Thật thà thì xứng đáng được cảm ơn. Mình chọn lại nhé.
calm-game-spending-evidence = Mình chụp lại hoá đơn và xin cửa hàng hoàn tiền. Từ nay muốn mua phải có mật khẩu của bố.
calm-game-spending-help = Hôm nay bố sẽ gọi ngân hàng. Rồi cả nhà mình cùng lập kế hoạch chơi game nhé.
calm-game-spending-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-game-spending-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, nên lần sau Nam sẽ lại thật thà với bạn.
calm-game-spending-sticker = Nhãn dán Lợn đất ngôi sao

calm-game-spending-tip = Trong bài “Hỏi trước khi mua”, con đã tập hỏi bố mẹ trước khi mua trong trò chơi. Nếu tiền vẫn bị trừ: cảm ơn con đã thật thà, giữ hoá đơn, xin cửa hàng ứng dụng hoàn tiền, và bật mật khẩu hoặc chế độ kiểm soát của phụ huynh khi mua.
calm-game-spending-starter = Hỏi con: “Làm sao để biết thứ gì trong trò chơi phải trả bằng tiền thật?”
