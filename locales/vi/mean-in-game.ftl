# Bài học: mean-in-game (3-6 tuổi). Ai đó nói lời không tử tế trong trò chơi.
mean-in-game-title = Tòa tháp cao
mean-in-game-objective = Trẻ hiểu rằng khi có người nói lời không tử tế trong trò chơi, mình không nhắn lại lời khó nghe, mà kể với người lớn.
mean-in-game-behaviour = Không đáp trả lời khó nghe; đặt máy xuống và kể với người lớn.

mean-in-game-hello = Chào bạn! Tớ là Nam. Tớ thích xây tháp trong trò chơi!
mean-in-game-building = Nam chơi ở bàn bếp. Bố đang nấu cơm gần đó.
mean-in-game-chat-appears = Ting! Một người chơi nhắn tin cho Nam.
mean-in-game-contact = Thợ Xây To
mean-in-game-msg-ugly = Tháp của cậu xấu òm!
mean-in-game-msg-go-away = Bọn tớ không cho cậu chơi. Đi chỗ khác đi!
mean-in-game-sad = Tớ thấy buồn, lại còn bực nữa. Tớ không thích thế.
mean-in-game-what-now = Dừng lại, suy nghĩ, kể ngay! Nam nên làm gì nhỉ?
mean-in-game-what-now-discuss-1 = Những lời đó làm Nam thấy thế nào? Sao các con biết?
mean-in-game-what-now-discuss-2 = Nếu Nam nhắn lại lời khó nghe, chuyện gì có thể xảy ra tiếp?
mean-in-game-option-mean-back = Nhắn lại lời khó nghe
mean-in-game-option-tell = Kể với bố
mean-in-game-option-put-down = Đặt máy tính bảng xuống
mean-in-game-oops = Nam nhắn lại lời khó nghe. Thế là lại có thêm nhiều lời khó nghe!
mean-in-game-not-late = Lỡ nhắn lại rồi cũng không phải lỗi của Nam. Kể ngay với bố nhé.
mean-in-game-oops-back = Không sao đâu! Lời khó nghe lại kéo thêm lời khó nghe. Mình chọn lại nhé.
mean-in-game-put-down = Tớ không nhắn lại đâu. Tớ đi kể với bố.
mean-in-game-tell-prompt = Nam sẽ nói gì với bố?
mean-in-game-say-ugly = Bố ơi, có bạn chê tháp của con xấu.
mean-in-game-say-sad = Bố ơi, có lời nhắn trong trò chơi làm con buồn.
mean-in-game-dad-answer = Cảm ơn con đã kể cho bố. Những lời đó không tử tế chút nào.
mean-in-game-block = Bố con mình cùng chặn người chơi đó nhé. Giờ họ không nhắn cho con được nữa.
mean-in-game-proud = Tháp của con đẹp lắm. Con không nhắn lại lời khó nghe. Bố tự hào về con lắm!
mean-in-game-kind-rule = Lời nào trong trò chơi làm con buồn, con kể bố nhé.
mean-in-game-catchphrase = Dừng lại, suy nghĩ, kể ngay!
mean-in-game-well-done = Giỏi quá! Bé không nhắn lại lời khó nghe, mà kể với bố.
mean-in-game-sticker = Hình dán Tòa tháp tử tế

mean-in-game-tip = Khi bị nói lời không tử tế trên mạng, trẻ nhỏ thường đáp trả y như vậy. Hãy khen con vì đã dừng lại và kể với bố mẹ, và cùng con chặn người chơi đó.
mean-in-game-starter = Đã bao giờ có ai nói điều không hay với con trong trò chơi chưa? Lúc đó con thấy thế nào?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
mean-in-game-check-1-question = Trong trò chơi, có người nói lời xấu. Con làm gì?
mean-in-game-check-1-back = Đáp lại bằng lời xấu.
mean-in-game-check-1-stop = Dừng chơi, kể người lớn.
mean-in-game-check-1-laugh = Cười cho qua.
mean-in-game-check-1-why = Đáp lời xấu làm chuyện tệ hơn. Người lớn sẽ giúp con.
mean-in-game-check-2-question = Lời xấu làm con buồn. Con làm gì?
mean-in-game-check-2-quiet = Buồn một mình, không nói.
mean-in-game-check-2-more = Chơi tiếp như không có gì.
mean-in-game-check-2-tell = Kể cho người lớn nghe.
mean-in-game-check-2-why = Buồn thì cứ nói ra. Người lớn muốn biết.
mean-in-game-check-3-question = Chơi cùng bạn, con nói thế nào?
mean-in-game-check-3-kind = Nói lời tử tế.
mean-in-game-check-3-tease = Trêu bạn cho vui.
mean-in-game-check-3-why = Lời tử tế làm trò chơi vui cho mọi người.
