# Bài học: private-info (3-6 tuổi). Tên và nhà mình là chuyện riêng.
private-info-title = Chuyện riêng nhà mình
private-info-objective = Trẻ biết rằng họ tên đầy đủ, địa chỉ nhà và trường của mình là thông tin riêng, nên không gõ vào trò chơi hay ứng dụng, mà hỏi người lớn.
private-info-behaviour = Khi trò chơi hay ứng dụng hỏi họ tên đầy đủ, nhà con ở đâu hay con học trường nào, con không gõ vào; con hỏi người lớn.

private-info-hello = Chào bạn! Tớ là Mai. Mẹ con tớ đang chờ khám bác sĩ.
private-info-phone = Trong lúc chờ, con chơi trò cún con trên điện thoại của mẹ nhé.
private-info-puppy = Mai tắm cho chú cún con. Bì bõm, bì bõm!
private-info-question-appears = Ô! Trò chơi hỏi Mai một câu.
private-info-screen-title = Chào bạn mới!
private-info-screen-body = Họ tên đầy đủ của bạn là gì? Nhà bạn ở đâu?
private-info-screen-button = Gõ vào đây
private-info-tummy = Hỏi họ tên và nhà tớ ở đâu á? Tớ thấy lo lo.
private-info-what-now = Dừng lại, suy nghĩ, kể ngay! Mai nên làm gì nhỉ?
private-info-what-now-discuss-1 = Vì sao câu hỏi của trò chơi làm Mai thấy lo lo?
private-info-what-now-discuss-2 = Những điều gì về mình là chuyện riêng của nhà mình?
private-info-option-type = Gõ họ tên và địa chỉ nhà
private-info-option-ask = Hỏi mẹ
private-info-option-hands = Để tay lên đùi
private-info-oops = Mai gõ vào. Giờ những người Mai không quen cũng thấy được.
private-info-not-late = Lỡ gõ rồi thì không phải lỗi của Mai. Kể ngay với mẹ nhé.
private-info-oops-back = Không sao đâu! Mình quay lại nhé. Chuyện riêng thì mình giữ cho nhà mình.
private-info-hands = Tớ không gõ gì đâu. Tớ sẽ cho mẹ xem.
private-info-tell-prompt = Mai sẽ nói gì với mẹ?
private-info-say-wants = Mẹ ơi, trò chơi hỏi họ tên con và nhà mình ở đâu.
private-info-say-tummy = Mẹ ơi, câu hỏi này làm con thấy lo lo.
private-info-mum-answer = Cảm ơn con đã hỏi mẹ, Mai! Con làm đúng lắm.
private-info-private = Họ tên đầy đủ, địa chỉ nhà và trường của con là chuyện riêng.
private-info-dont-type = Mình không gõ vào trò chơi. Trò chơi không cần biết đâu.
private-info-close-together = Mẹ con mình cùng tắt câu hỏi này nhé. Xong rồi!
private-info-puppy-again = Bì bõm! Chú cún con sạch bong rồi.
private-info-doctor = Rồi đến lượt Mai vào khám bác sĩ.
private-info-catchphrase = Dừng lại, suy nghĩ, kể ngay!
private-info-well-done = Giỏi quá! Bé giữ kín họ tên và địa chỉ nhà, và bé đã hỏi mẹ.
private-info-sticker = Hình dán Ngôi nhà khóa trái tim

private-info-tip = Trò chơi và ứng dụng đôi khi hỏi họ tên đầy đủ, địa chỉ, tên trường hay xin ảnh của trẻ. Tên gọi ở nhà thì không sao, còn những điều kia là thông tin riêng: hãy dạy con luôn hỏi bố mẹ trước. Khi có thể, hãy cài đặt trò chơi để không hỏi thông tin cá nhân.
private-info-starter = Những gì về nhà mình là chuyện riêng nhỉ? Nếu trò chơi hỏi nhà con ở đâu, con sẽ làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
private-info-check-1-question = Trò chơi hỏi tên đầy đủ của con. Con làm gì?
private-info-check-1-type = Gõ tên vào luôn.
private-info-check-1-friend = Gõ tên của bạn khác.
private-info-check-1-ask = Không gõ, hỏi người lớn.
private-info-check-1-why = Tên, nhà và trường của con là chuyện riêng.
private-info-check-2-question = Có người hỏi nhà con ở đâu. Con làm gì?
private-info-check-2-street = Kể tên phố nhà mình.
private-info-check-2-lock = Giữ riêng, kể người lớn.
private-info-check-2-hint = Nói gần đúng thôi.
private-info-check-2-why = Nhà con là chuyện riêng. Người lớn sẽ giúp con.
private-info-check-3-question = Điều nào là chuyện riêng của con?
private-info-check-3-school = Tên trường của con.
private-info-check-3-colour = Màu con thích nhất.
private-info-check-3-why = Tên trường là chuyện riêng. Màu yêu thích thì kể được.
