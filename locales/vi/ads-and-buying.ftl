# Bài học: ads-and-buying (3-6 tuổi). Quảng cáo muốn mình mua; hỏi trước khi mua.
ads-and-buying-title = Hỏi trước khi mua
ads-and-buying-objective = Trẻ biết rằng quảng cáo muốn mình mua đồ, và cửa hàng trong trò chơi dùng tiền thật, nên con luôn hỏi người lớn trước khi mua.
ads-and-buying-behaviour = Không bấm “Mua” trong trò chơi hay quảng cáo; tắt đi hoặc hỏi người lớn trước.

ads-and-buying-hello = Chào bạn! Tớ là Nam. Tớ với bố đang đi chơi công viên!
ads-and-buying-bench = Mình ngồi nghỉ ở ghế này nhé. Con chơi trò hứng quả trên điện thoại bố đi.
ads-and-buying-fruit = Nam hứng táo với chuối vào giỏ. Ngon quá!
ads-and-buying-advert-appears = Giờ có một video nhỏ chạy lên. Đó là quảng cáo.
ads-and-buying-advert-title = Quảng cáo
ads-and-buying-want-robot = Rô-bốt sáng bóng! Tớ muốn có một cái!
ads-and-buying-adverts-sell = Quảng cáo khoe đồ thật đẹp. Quảng cáo muốn mình mua.
ads-and-buying-shop-appears = Rồi trò chơi mở ra một cửa hàng.
ads-and-buying-shop-item = 100 viên ngọc lấp lánh!
ads-and-buying-shop-price = Chỉ 49.000 đ
ads-and-buying-shop-button = Mua ngay
ads-and-buying-want-gems = Ngọc lấp lánh! Bấm một cái là của tớ!
ads-and-buying-what-now = Dừng lại, suy nghĩ, kể ngay! Nam nên làm gì nhỉ?
ads-and-buying-option-buy = Bấm “Mua ngay”
ads-and-buying-option-ask = Hỏi bố
ads-and-buying-option-close = Tắt cửa hàng
ads-and-buying-oops = Bấm! Tiền thật bay mất, mà ngọc chỉ là hình vẽ thôi.
ads-and-buying-not-late = Lỡ bấm mua rồi thì không phải lỗi của Nam. Kể ngay với bố nhé.
ads-and-buying-oops-back = Không sao đâu! Mình luôn hỏi người lớn trước khi mua. Mình chọn lại nhé.
ads-and-buying-close = Tớ tắt cửa hàng đã. Rồi tớ đi hỏi bố.
ads-and-buying-tell-prompt = Nam sẽ nói gì với bố?
ads-and-buying-say-gems = Bố ơi, trò chơi bảo con mua ngọc.
ads-and-buying-say-ask-first = Bố ơi, con mua cái này được không? Con hỏi bố trước.
ads-and-buying-say-robot = Bố ơi, con thấy quảng cáo rô-bốt sáng bóng.
ads-and-buying-dad-answer = Cảm ơn con đã hỏi bố trước, Nam! Con làm đúng lắm.
ads-and-buying-real-money = Cửa hàng trong trò chơi dùng tiền thật, như cửa hàng ngoài phố.
ads-and-buying-always-ask = Vì thế, trước khi mua gì, mình luôn hỏi người lớn nhé.
ads-and-buying-not-today = Hôm nay thì không mua. Nhưng không có ngọc con vẫn chơi được!
ads-and-buying-play-on = Hứng nào, hứng nào! Tớ vẫn hứng được bao nhiêu là quả.
ads-and-buying-catchphrase = Dừng lại, suy nghĩ, kể ngay!
ads-and-buying-well-done = Giỏi quá! Bé đã hỏi bố trước khi mua.
ads-and-buying-sticker = Hình dán Lợn đất hỏi trước

ads-and-buying-tip = Nhiều trò chơi miễn phí đầy quảng cáo và nút “Mua” đặt vừa tầm ngón tay trẻ. Hãy bật mật khẩu hoặc yêu cầu duyệt khi mua hàng, và giải thích cho con rằng ngọc, xu trong trò chơi đều tốn tiền thật. Khen con mỗi lần con hỏi trước khi mua.
ads-and-buying-starter = Quảng cáo muốn mình làm gì nhỉ? Khi trò chơi hiện chữ “Mua ngay”, con sẽ làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
ads-and-buying-check-1-question = Trò chơi có nút Mua. Con làm gì?
ads-and-buying-check-1-ask = Hỏi người lớn trước đã.
ads-and-buying-check-1-tap = Bấm Mua luôn.
ads-and-buying-check-1-friend = Nhờ bạn bấm giúp.
ads-and-buying-check-1-why = Mua đồ là tiêu tiền thật. Luôn hỏi người lớn trước nhé.
ads-and-buying-check-2-question = Quảng cáo nói: "Bấm ngay kẻo hết!". Con làm gì?
ads-and-buying-check-2-fast = Bấm thật nhanh.
ads-and-buying-check-2-watch = Xem hết rồi bấm.
ads-and-buying-check-2-close = Đóng lại, hoặc hỏi người lớn.
ads-and-buying-check-2-why = Quảng cáo hay giục con vội. Con cứ từ từ nhé.
ads-and-buying-check-3-question = Muốn mua ngọc trong trò chơi, con hỏi ai?
ads-and-buying-check-3-friend = Hỏi bạn cùng lớp.
ads-and-buying-check-3-grown = Hỏi bố mẹ hay người lớn.
ads-and-buying-check-3-nobody = Không hỏi ai, mua luôn.
ads-and-buying-check-3-why = Người lớn giúp con biết có nên mua không.
