# Bài học: stranger-in-game (3-6 tuổi). Người lạ muốn chơi cùng trong trò chơi.
stranger-in-game-title = Chơi với người mình quen
stranger-in-game-objective = Trẻ biết chỉ chơi trực tuyến với những người mình quen ngoài đời, và kể với người lớn khi có người lạ nhắn tin cho mình trong trò chơi.
stranger-in-game-behaviour = Không trả lời, không chơi cùng người mình không quen trong trò chơi; cho người lớn xem.

stranger-in-game-hello = Chào bạn! Tớ là Mai. Tớ với bố đang đi tàu về thăm bà!
stranger-in-game-race = Mai chơi trò đua xe trên máy tính bảng của bố. Brừm brừm!
stranger-in-game-dad-near = Bố ngồi ngay cạnh con đây, Mai.
stranger-in-game-chat-appears = Ting! Một người Mai không quen nhắn tin trong trò chơi.
stranger-in-game-contact = Sao Tốc Độ
stranger-in-game-msg-fast = Chào Mai! Cậu đua nhanh ghê!
stranger-in-game-msg-play = Chơi với tớ đi. Chỉ hai đứa mình thôi nhé!
stranger-in-game-tummy = Tớ không quen Sao Tốc Độ. Bụng tớ thấy lạ lạ.
stranger-in-game-what-now = Mai nên làm gì nhỉ?
stranger-in-game-option-play = Chơi với Sao Tốc Độ
stranger-in-game-option-tell = Cho bố xem
stranger-in-game-option-no-answer = Không trả lời
stranger-in-game-oops = Sao Tốc Độ hỏi hết câu này đến câu khác. Mai đâu có quen người này.
stranger-in-game-oops-back = Không sao đâu! Mình chỉ chơi với người mình quen thôi. Mình chọn lại nhé.
stranger-in-game-no-answer = Tớ không trả lời đâu. Tớ sẽ cho bố xem.
stranger-in-game-tell-prompt = Mai sẽ nói gì với bố?
stranger-in-game-say-dont-know = Bố ơi, có người con không quen rủ con chơi.
stranger-in-game-say-tummy = Bố ơi, có tin nhắn làm bụng con thấy lạ lạ.
stranger-in-game-dad-answer = Cảm ơn con đã cho bố xem, Mai. Con làm đúng lắm.
stranger-in-game-rule = Trong trò chơi, mình chỉ chơi với những người mình thật sự quen.
stranger-in-game-block = Bố con mình cùng chặn Sao Tốc Độ nhé. Xong rồi!
stranger-in-game-invite = Mình rủ Nam đua xe nhé? Con quen Nam mà!
stranger-in-game-nam-appears = Ting! Giờ có tin nhắn từ Nam.
stranger-in-game-contact-nam = Nam
stranger-in-game-msg-nam = Chào Mai! Tớ Nam đây! Đua nào!
stranger-in-game-msg-mai = Hoan hô! Chuẩn bị, sẵn sàng, xuất phát!
stranger-in-game-know-nam = Tớ quen Nam. Nam là bạn cùng lớp của tớ. Brừm brừm!
stranger-in-game-catchphrase = Dừng lại, suy nghĩ, kể ngay!
stranger-in-game-well-done = Giỏi quá! Bé đã cho bố xem, và bé chơi với Nam.
stranger-in-game-sticker = Nhãn dán Đôi bạn đua xe

stranger-in-game-tip = Nhiều trò chơi cho trẻ em cho phép bất kỳ ai nhắn tin. Hãy tắt trò chuyện hoặc chỉ cho phép những người bạn đã duyệt, và thống nhất với con rằng con chỉ chơi trực tuyến với những người con quen ngoài đời. Khen con mỗi lần con cho bố mẹ xem tin nhắn từ người mới.
stranger-in-game-starter = Con hay chơi trò chơi với những ai? Nếu có người con không quen nhắn tin cho con, con sẽ làm gì?
