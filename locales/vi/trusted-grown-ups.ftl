# Bài học: trusted-grown-ups (3-6 tuổi). Những người lớn con tin cậy là ai?
trusted-grown-ups-title = Bàn tay giúp đỡ
trusted-grown-ups-objective = Trẻ kể tên những người lớn mình tin cậy ở nhà và ở trường, và tập nói khi có điều gì làm mình lo lắng.
trusted-grown-ups-behaviour = Biết những người lớn mình tin cậy; kể ngay với người ở gần nhất: “Con thấy lo. Con kể chuyện này được không ạ?”

trusted-grown-ups-hello = Chào bạn! Tớ là Nam. Hôm nay ở lớp, bọn tớ vẽ bàn tay!
trusted-grown-ups-ask = Các con ơi, khi lo lắng hay buồn, ai giúp các con?
trusted-grown-ups-hand = Các con vẽ theo bàn tay mình. Mỗi ngón tay là một người lớn giúp con.
trusted-grown-ups-home-fingers = Ở nhà, tớ có mẹ, bố và bà.
trusted-grown-ups-school-finger = Ở trường, tớ có cô Lan!
trusted-grown-ups-your-turn = Còn bé thì sao? Bé hãy nói to tên những người lớn của bé nhé!
trusted-grown-ups-trusted = Đó là những người lớn con tin cậy. Chuyện gì con cũng kể được.
trusted-grown-ups-words = Con có thể nói: “Con thấy lo. Con kể chuyện này được không ạ?”
trusted-grown-ups-reading = Lát sau, Nam chơi trò tập đọc trên máy tính bảng của lớp.
trusted-grown-ups-message-appears = Ting! Có tin nhắn từ một người Nam không quen.
trusted-grown-ups-contact = Người chơi mới
trusted-grown-ups-msg-friend = Chào Nam! Làm bạn với tớ nhé?
trusted-grown-ups-msg-where = Nhà cậu ở đâu? Kể tớ nghe đi!
trusted-grown-ups-tummy = Tớ không quen bạn này. Tớ thấy lo lo.
trusted-grown-ups-who-to-tell = Dừng lại, suy nghĩ, kể ngay! Nam có thể kể với ai?
trusted-grown-ups-who-to-tell-discuss-1 = Bàn tay của Nam có những ai? Còn bàn tay của con có những ai?
trusted-grown-ups-who-to-tell-discuss-2 = Nam có thể nói gì để bắt đầu kể với người lớn?
trusted-grown-ups-option-keep = Giữ nỗi lo trong lòng
trusted-grown-ups-option-teacher = Cô Lan, ngay trong lớp
trusted-grown-ups-option-mum = Mẹ, lúc tan học
trusted-grown-ups-oops = Nam giữ nỗi lo trong lòng. Nỗi lo cứ to dần, to dần.
trusted-grown-ups-oops-back = Không sao đâu! Nỗi lo sẽ nhỏ lại khi mình kể ra. Mình chọn lại nhé.
trusted-grown-ups-mum-later = Mẹ có trên bàn tay của tớ! Nhưng cô Lan ở ngay đây.
trusted-grown-ups-tell-prompt = Nam sẽ nói gì với cô Lan?
trusted-grown-ups-say-tummy = Cô Lan ơi, có tin nhắn làm con thấy lo ạ.
trusted-grown-ups-say-help = Cô ơi, cô giúp con với ạ.
trusted-grown-ups-say-show = Cô ơi, con cho cô xem cái này nhé?
trusted-grown-ups-teacher-answer = Cảm ơn con đã kể với cô, Nam. Con làm đúng lắm.
trusted-grown-ups-close = Cô trò mình cùng tắt tin nhắn đó nhé. Giờ con đọc tiếp được rồi.
trusted-grown-ups-home = Về nhà, Nam khoe mẹ bức tranh bàn tay.
trusted-grown-ups-mum-happy = Có mẹ, có bố, có bà và cô Lan! Chuyện gì con cũng kể được nhé.
trusted-grown-ups-catchphrase = Dừng lại, suy nghĩ, kể ngay!
trusted-grown-ups-well-done = Giỏi quá! Bé biết những người lớn mình tin cậy, và bé đã kể với cô Lan.
trusted-grown-ups-sticker = Hình dán Bàn tay giúp đỡ

trusted-grown-ups-tip = Hãy cùng con vẽ theo bàn tay của con, mỗi ngón tay là một người lớn con tin cậy, ở nhà và ở trường. Dán hình lên tủ lạnh và cùng con tập nói: “Con thấy lo. Con kể chuyện này được không ạ?” Lo, sợ, buồn, bực hay rối trí đều là lúc nên kể.
trusted-grown-ups-starter = Nếu có gì trên màn hình làm con lo lắng, con sẽ kể với ai? Còn ở trường thì sao?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
trusted-grown-ups-check-1-question = Ai là người lớn con tin?
trusted-grown-ups-check-1-friend = Một bạn nhỏ ở lớp.
trusted-grown-ups-check-1-family = Bố mẹ, bà hay cô giáo.
trusted-grown-ups-check-1-why = Người lớn con tin luôn muốn giúp con.
trusted-grown-ups-check-2-question = Con thấy lo. Con nói gì với người lớn?
trusted-grown-ups-check-2-fine = Con không sao đâu.
trusted-grown-ups-check-2-later = Để lúc khác con kể.
trusted-grown-ups-check-2-worry = Con thấy lo. Con kể nhé?
trusted-grown-ups-check-2-why = Một câu thôi là người lớn biết để giúp con.
trusted-grown-ups-check-3-question = Mẹ đang bận. Con làm gì?
trusted-grown-ups-check-3-other = Kể với người lớn khác ở gần.
trusted-grown-ups-check-3-give-up = Thôi, không kể nữa.
trusted-grown-ups-check-3-why = Luôn có người lớn khác sẵn lòng nghe con.
