# Bài học: ask-before-online (3-6 tuổi). Hỏi trước, và chỉ dùng ứng dụng người lớn đã chọn.
ask-before-online-title = Hỏi trước rồi mới chơi
ask-before-online-objective = Trẻ biết hỏi người lớn trước khi lên mạng, và chỉ dùng những ứng dụng người lớn đã chọn cùng con.
ask-before-online-behaviour = Hỏi người lớn trước; chỉ chơi ứng dụng người lớn đã chọn; gặp trò chơi hay ứng dụng mới thì hỏi.

ask-before-online-hello = Chào bạn! Tớ là Nam. Tớ thích chơi máy tính bảng lắm!
ask-before-online-dad-rule = Con hỏi bố trước nhé. Rồi chơi những trò bố con mình đã chọn.
ask-before-online-apps = Máy của Nam có ba trò: cá voi, tô màu và tàu hỏa.
ask-before-online-cooking = Con chơi đi. Bố nấu cơm trong bếp nhé.
ask-before-online-new-game-appears = Một trò chơi mới hiện lên. Nam chưa biết trò này.
ask-before-online-screen-title = Trò chơi mới!
ask-before-online-screen-body = Vào chơi trên mạng với mọi người ngay!
ask-before-online-screen-button = Chơi
ask-before-online-wonder = Trò mới! Nhưng bố chưa chọn trò này cho tớ.
ask-before-online-what-now = Dừng lại, suy nghĩ, kể ngay! Nam nên làm gì?
ask-before-online-option-ask = Hỏi bố trước
ask-before-online-option-open = Mở trò chơi mới
ask-before-online-option-own-app = Chơi trò cá voi
ask-before-online-oops = Trò mới mở ra. Bao nhiêu là hộp hiện lên!
ask-before-online-oops-back = Không sao đâu! Trò mới thì mình hỏi trước. Mình chọn lại nhé.
ask-before-online-own-app = Tớ chơi trò cá voi. Rồi tớ kể với bố.
ask-before-online-tell-prompt = Nam sẽ nói gì với bố?
ask-before-online-say-can-i = Bố ơi, con chơi trò mới này được không ạ?
ask-before-online-say-new = Bố ơi, có một trò con chưa biết.
ask-before-online-dad-answer = Cảm ơn con đã hỏi bố trước. Bố con mình cùng xem nhé.
ask-before-online-look-together = Để bố xem nào. Trò này cho người lạ nhắn tin với con.
ask-before-online-not-yet = Trò này chưa dành cho con. Mình tắt đi nhé.
ask-before-online-train = Vâng ạ! Con chơi trò tàu hỏa thôi.
ask-before-online-every-time = Con chọn giỏi lắm! Có gì mới, con cứ hỏi bố nhé.
ask-before-online-catchphrase = Dừng lại, suy nghĩ, kể ngay!
ask-before-online-well-done = Giỏi quá! Bé đã hỏi trước, và chơi trò bố đã chọn.
ask-before-online-sticker = Hình dán Máy tính bảng ngôi sao

ask-before-online-tip = Bố mẹ hãy cùng con chọn các ứng dụng, trò chơi, để ở chỗ con dễ tìm, và thống nhất một quy tắc đơn giản: “Hỏi bố mẹ trước khi lên mạng, và trước khi mở cái gì mới.” Mỗi lần con hỏi, hãy cảm ơn con.
ask-before-online-starter = Nhà mình đã chọn những trò nào cho con? Nếu thấy một trò con chưa biết, con sẽ làm gì?
