# Bài học: prize-popup (3-6 tuổi). Hộp "Bạn đã trúng thưởng!".
prize-popup-title = Hộp quà bất ngờ
prize-popup-objective = Trẻ hiểu rằng hộp "Bạn đã trúng thưởng!" trên màn hình là một trò lừa, và biết hỏi người lớn thay vì bấm vào.
prize-popup-behaviour = Không bấm vào hộp trúng thưởng; dừng lại và hỏi người lớn.

prize-popup-hello = Chào bạn! Tớ là Mai. Tớ thích tô màu trên máy tính bảng!
prize-popup-colouring = Mai đang tô màu một chú cá to màu cam.
prize-popup-appears = Ô! Một cái hộp to hiện lên màn hình.
prize-popup-screen-title = Bạn đã trúng thưởng!
prize-popup-screen-body = Bấm ngay để nhận quà lớn!
prize-popup-screen-button = Nhận quà ngay!
prize-popup-tummy = Ôi, quà cho tớ! Nhưng khoan đã… sao lại có quà nhỉ? Tớ thấy lo lo.
prize-popup-what-now = Dừng lại, suy nghĩ, kể ngay! Mai nên làm gì nhỉ?
prize-popup-what-now-discuss-1 = Các con nghĩ Mai thấy thế nào khi cái hộp hiện lên? Vì sao?
prize-popup-what-now-discuss-2 = Ở gần Mai có ai để Mai hỏi không nhỉ?
prize-popup-option-tap = Bấm vào nút nhận quà
prize-popup-option-ask = Hỏi mẹ
prize-popup-option-hands = Để tay lên đùi
prize-popup-oops = Bấm! Thêm nhiều hộp nữa hiện ra. Mà chẳng có quà nào cả.
prize-popup-oops-back = Không phải lỗi của Mai: hộp là trò lừa. Lỡ bấm thì kể mẹ nhé. Chọn lại nào.
prize-popup-hands = Tớ không bấm đâu. Tớ sẽ cho mẹ xem.
prize-popup-tell-prompt = Mai sẽ nói gì với mẹ?
prize-popup-say-won = Mẹ ơi, có hộp bảo con trúng thưởng!
prize-popup-say-tummy = Mẹ ơi, cái hộp này làm con thấy lo lo.
prize-popup-mum-answer = Cảm ơn con đã cho mẹ xem! Mấy hộp như thế là trò lừa đấy.
prize-popup-mum-answer-tapped = Cảm ơn con đã kể với mẹ! Hộp đó là trò lừa, không phải lỗi của con đâu.
prize-popup-close-together = Con thấy dấu X nhỏ không? Bấm vào đây là tắt được. Giờ tô màu tiếp nhé!
prize-popup-you-did-it = Con đã dừng lại, suy nghĩ, rồi kể với mẹ!
prize-popup-catchphrase = Dừng lại, suy nghĩ, kể ngay!
prize-popup-well-done = Giỏi quá! Bé không bấm, mà bé hỏi mẹ trước!
prize-popup-well-done-told = Giỏi quá! Lỡ bấm rồi mà bé vẫn kể với mẹ. Bé dũng cảm lắm!
prize-popup-sticker = Hình dán Ngôi sao quà tặng

prize-popup-tip = Các hộp "Bạn đã trúng thưởng!" được làm ra để trẻ bấm vào. Hãy chỉ cho con đâu là nút tắt thật, và khen con mỗi lần con hỏi bố mẹ trước.
prize-popup-starter = Con đã bao giờ thấy một cái hộp hiện lên khi đang chơi chưa? Lúc đó con đã làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
prize-popup-check-1-question = Một ô hiện lên: "Bạn đã trúng thưởng!". Con làm gì?
prize-popup-check-1-tap = Bấm ngay để lấy quà.
prize-popup-check-1-ask = Dừng tay, hỏi người lớn.
prize-popup-check-1-friend = Rủ bạn bấm cùng.
prize-popup-check-1-why = Quà tự hiện ra thường là mẹo. Người lớn sẽ giúp con.
prize-popup-check-2-question = Nút quà cứ nhấp nháy mãi. Con làm gì?
prize-popup-check-2-hands = Để tay lên đùi, gọi người lớn.
prize-popup-check-2-once = Bấm thử một lần thôi.
prize-popup-check-2-wait = Ngồi chờ xem có gì.
prize-popup-check-2-why = Nút nhấp nháy muốn con bấm vào. Dừng tay là giỏi lắm!
prize-popup-check-3-question = Ô lạ hiện lên, ai giúp con?
prize-popup-check-3-self = Con tự bấm cho xong.
prize-popup-check-3-friend = Bạn trong trò chơi.
prize-popup-check-3-mum = Bố mẹ hay người lớn ở nhà.
prize-popup-check-3-why = Người lớn luôn vui khi con hỏi.
