# Bài tập cho người lớn: calm-online-friend.
calm-online-friend-title = “Con đã gặp bạn trên mạng”
calm-online-friend-objective = Tập trả lời bình tĩnh khi con kể rằng con đã gặp một người quen trên mạng.
calm-online-friend-behaviour = Lắng nghe, cảm ơn con, không cất máy đi, giữ lại tin nhắn, và nhờ tổng đài 111, công an và nhà trường giúp.

calm-online-friend-scene = Chiều Chủ nhật. Nam đi chơi về, ngồi xuống cạnh bạn.
calm-online-friend-comes = Bố ơi, hôm nay con gặp bạn trong trò chơi ở công viên. Bạn ấy lớn hơn con tưởng nhiều.
calm-online-friend-first = Trông Nam có vẻ lo. Bạn sẽ nói gì trước tiên?
calm-online-friend-option-angry = “Con làm cái gì cơ? Về phòng ngay!”
calm-online-friend-option-brush = “Thôi, không sao là được rồi.”
calm-online-friend-option-listen = Hít thở thật sâu, ôm con và nói: “Bố mừng vì con đã về nhà và kể với bố.”
calm-online-friend-angry = Con biết ngay là bố sẽ mắng mà. Con không kể nữa đâu.
calm-online-friend-angry-back = Nam đóng cửa phòng. Nếu người đó lại nhắn, có thể Nam sẽ không kể với bạn. Mình thử lại nhé.
calm-online-friend-brush = Nam nghĩ vậy là ổn. Người đó vẫn đang nhắn tin, rủ con gặp lần nữa.
calm-online-friend-brush-back = Nam tìm đến bạn vì thấy có điều gì đó không ổn. Mình quay lại nhé.

calm-online-friend-listen = Bố mừng vì con đã về nhà và kể với bố. Con không bị mắng đâu.
calm-online-friend-tell-prompt = Nam kể chuyện đã xảy ra. Con nói gì với bạn?
calm-online-friend-say-what = Bạn ấy bảo bạn ấy mười tuổi. Nhưng đó là người lớn, còn cho con một món quà.
calm-online-friend-say-feel = Chú ấy muốn gặp con tuần sau nữa, và dặn con đừng kể với bố.
calm-online-friend-answer = Con kể với bố là đúng lắm. Người lớn mà bắt trẻ con giữ bí mật thì không phải bạn thật. Con không có lỗi gì cả.
calm-online-friend-next = Nam đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-online-friend-option-take = Thu hết máy tính bảng và trò chơi, không cho con chat nữa
calm-online-friend-option-evidence = Không trả lời; lưu lại tin nhắn và giữ món quà
calm-online-friend-option-help = Gọi 111 và công an để được hướng dẫn ngay hôm nay, và báo nhà trường
calm-online-friend-take = Nam thấy như mình mới là người có lỗi. Còn người kia vẫn có thể tìm cách khác để liên lạc với con.
calm-online-friend-take-back = Hãy ở bên con và để con tiếp tục chia sẻ. Mình chọn lại nhé.
calm-online-friend-evidence = Mình không trả lời. Mình lưu lại tin nhắn và giữ món quà, để những người giúp mình xem được.
calm-online-friend-help = Bố sẽ gọi 111 và công an ngay để hỏi cách làm. Ngày mai mình báo cô giáo nữa.
calm-online-friend-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-online-friend-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, và Nam sẽ tiếp tục kể với bạn.
calm-online-friend-sticker = Nhãn dán Đôi mắt tinh

calm-online-friend-tip = Trong bài “Hẹn gặp ở công viên nhé?” và “Kim cương bí mật”, con đã tập không bao giờ đi gặp bạn trên mạng một mình và từ chối giữ bí mật. Nếu chuyện đã xảy ra: cảm ơn con, giữ lại mọi tin nhắn, không trả lời, và gọi 111 và công an ngay trong ngày.
calm-online-friend-starter = Hỏi con: “Nếu một người bạn trên mạng rủ con đi gặp, con sẽ làm gì?”
