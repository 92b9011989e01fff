# Bài học: screen-goodbye (3-6 tuổi). Chào tạm biệt màn hình.
screen-goodbye-title = Tạm biệt máy tính bảng!
screen-goodbye-objective = Trẻ học cách dừng xem màn hình một cách bình tĩnh khi hết giờ, và nhờ người lớn giúp khi thấy khó dừng.
screen-goodbye-behaviour = Hết giờ thì chào tạm biệt và tắt máy, hoặc nhờ người lớn giúp.

screen-goodbye-hello = Chào bạn! Tớ là Mai. Hôm nay tớ sang nhà bà chơi!
screen-goodbye-rule = Cháu xem máy tính bảng ở ghế sô-pha này, chỗ bà nhìn thấy nhé.
screen-goodbye-watching = Mai xem phim hoạt hình về chú vịt con màu vàng.
screen-goodbye-timer = Còn năm phút nữa thôi cháu nhé. Rồi mình đi tắm.
screen-goodbye-up-next-appears = Hết giờ rồi! Nhưng một phim khác lại sắp chạy.
screen-goodbye-screen-title = Tiếp theo
screen-goodbye-screen-body = Phim tiếp theo bắt đầu sau 5… 4… 3…
screen-goodbye-screen-button = Xem ngay
screen-goodbye-cross = Nhưng tớ muốn xem thêm một phim! Tớ thấy hơi bực.
screen-goodbye-what-now = Hết giờ rồi. Dừng lại, suy nghĩ, kể ngay! Mai nên làm gì nhỉ?
screen-goodbye-what-now-discuss-1 = Mai thấy hơi bực. Vì sao dừng xem lại khó thế nhỉ?
screen-goodbye-what-now-discuss-2 = Khi khó dừng lại, ai có thể giúp Mai?
screen-goodbye-option-one-more = Xem thêm một phim nữa
screen-goodbye-option-bye = Chào tạm biệt và tắt máy
screen-goodbye-option-ask = Nhờ bà giúp
screen-goodbye-oops = Thêm một phim, rồi lại thêm phim nữa… Giờ Mai vừa mệt vừa cáu.
screen-goodbye-oops-back = Không sao đâu! Phim cứ tự chạy mãi, không tự dừng đâu. Mình chọn lại nhé.
screen-goodbye-tell-prompt = Mai sẽ nói gì với bà?
screen-goodbye-say-one-more = Bà ơi, cháu muốn xem thêm một phim nữa.
screen-goodbye-say-hard = Bà ơi, cháu khó dừng lại quá. Bà giúp cháu nhé?
screen-goodbye-grandma-answer = Bà hiểu mà, cháu yêu. Dừng lại khó lắm. Bà cháu mình cùng làm nhé.
screen-goodbye-bye-duck = Tạm biệt vịt con! Hôm khác gặp lại nhé.
screen-goodbye-proud = Cháu dừng lại thật bình tĩnh. Bà tự hào về cháu lắm.
screen-goodbye-catchphrase = Dừng lại, suy nghĩ, kể ngay!
screen-goodbye-well-done = Giỏi quá! Bé đã chào tạm biệt màn hình thật bình tĩnh.
screen-goodbye-sticker = Hình dán Mặt trăng buồn ngủ

screen-goodbye-tip = Hãy báo trước cho con năm phút trước khi hết giờ xem, và tắt chế độ tự động phát video tiếp theo. Khi con dừng được, hãy khen con ngay.
screen-goodbye-starter = Điều gì giúp con dừng lại khi hết giờ xem? Mình cùng nghĩ một câu chào tạm biệt màn hình nhé?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
screen-goodbye-check-1-question = Hết giờ chơi máy rồi. Con làm gì?
screen-goodbye-check-1-bye = Chào tạm biệt, tắt máy.
screen-goodbye-check-1-more = Xem thêm một cái nữa.
screen-goodbye-check-1-bed = Mang máy vào giường.
screen-goodbye-check-1-why = Chào tạm biệt để mắt và người con được nghỉ ngơi.
screen-goodbye-check-2-question = Con thấy khó dừng lại. Con làm gì?
screen-goodbye-check-2-keep = Cứ chơi tiếp.
screen-goodbye-check-2-quiet = Chơi lén thêm chút nữa.
screen-goodbye-check-2-help = Nhờ người lớn giúp.
screen-goodbye-check-2-why = Khó dừng là bình thường. Người lớn giúp được.
screen-goodbye-check-3-question = Tắt máy rồi, con làm gì?
screen-goodbye-check-3-wait = Ngồi chờ lần chơi sau.
screen-goodbye-check-3-play = Chơi trò khác cùng mọi người.
screen-goodbye-check-3-why = Bao nhiêu trò vui đang chờ con!
