# Bài học: private-info (3-6 tuổi). Tên và nhà mình là chuyện riêng.
private-info-title = Chuyện riêng nhà mình
private-info-objective = Trẻ biết rằng tên mình và nơi mình ở là thông tin riêng, nên không gõ vào trò chơi hay ứng dụng, mà hỏi người lớn.
private-info-behaviour = Khi trò chơi hay ứng dụng hỏi tên hoặc nhà con ở đâu, con không gõ vào; con hỏi người lớn.

private-info-hello = Chào bạn! Tớ là Mai. Mẹ con tớ đang chờ khám bác sĩ.
private-info-phone = Trong lúc chờ, con chơi trò cún con trên điện thoại của mẹ nhé.
private-info-puppy = Mai tắm cho chú cún con. Bì bõm, bì bõm!
private-info-question-appears = Ô! Trò chơi hỏi Mai một câu.
private-info-screen-title = Chào bạn mới!
private-info-screen-body = Bạn tên là gì? Nhà bạn ở đâu?
private-info-screen-button = Gõ vào đây
private-info-tummy = Tên tớ và nhà tớ ở đâu á? Bụng tớ thấy lạ lạ.
private-info-what-now = Mai nên làm gì nhỉ?
private-info-option-type = Gõ tên và địa chỉ nhà
private-info-option-ask = Hỏi mẹ
private-info-option-hands = Để tay lên đùi
private-info-oops = Mai gõ vào. Giờ những người Mai không quen cũng thấy được.
private-info-oops-back = Không sao đâu! Mình quay lại nhé. Chuyện riêng thì mình giữ cho nhà mình.
private-info-hands = Tớ không gõ gì đâu. Tớ sẽ cho mẹ xem.
private-info-tell-prompt = Mai sẽ nói gì với mẹ?
private-info-say-wants = Mẹ ơi, trò chơi hỏi tên con và nhà mình ở đâu.
private-info-say-tummy = Mẹ ơi, câu hỏi này làm bụng con thấy lạ lạ.
private-info-mum-answer = Cảm ơn con đã hỏi mẹ, Mai! Con làm đúng lắm.
private-info-private = Tên con và nhà mình ở đâu là chuyện riêng của nhà mình.
private-info-dont-type = Mình không gõ vào trò chơi. Trò chơi không cần biết đâu.
private-info-close-together = Mẹ con mình cùng tắt câu hỏi này nhé. Xong rồi!
private-info-puppy-again = Bì bõm! Chú cún con sạch bong rồi.
private-info-doctor = Rồi đến lượt Mai vào khám bác sĩ.
private-info-catchphrase = Dừng lại, suy nghĩ, kể ngay!
private-info-well-done = Giỏi quá! Bé giữ kín tên và nhà mình, và bé đã hỏi mẹ.
private-info-sticker = Nhãn dán Ngôi nhà khóa trái tim

private-info-tip = Trò chơi và ứng dụng đôi khi hỏi tên, địa chỉ, tên trường hay xin ảnh của trẻ. Hãy dạy con rằng đó là thông tin riêng và con luôn hỏi bố mẹ trước. Khi có thể, hãy cài đặt trò chơi để không phải nhập thông tin cá nhân.
private-info-starter = Những gì về nhà mình là chuyện riêng nhỉ? Nếu trò chơi hỏi nhà con ở đâu, con sẽ làm gì?
