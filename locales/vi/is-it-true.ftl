# Bài học: is-it-true (6-10 tuổi). Video bảo cá vàng quên hết mọi thứ sau ba giây.
is-it-true-title = Chú cá vàng ba giây
is-it-true-objective = Trẻ hiểu rằng không phải điều gì trong video cũng đúng: kiểm tra ở nơi khác, hỏi người lớn, và phân biệt sự thật với ý kiến.
is-it-true-behaviour = Khoan tin ngay; kiểm tra ở nơi khác, như sách hay điều chính mình thấy; hỏi người lớn; phân biệt sự thật với ý kiến.

is-it-true-hello = Tớ với Nam đang làm áp phích về thú cưng cho lớp cô Lan. Cá vàng Bong Bóng của lớp đang ngó bọn tớ kìa!
is-it-true-video-appears = Nam tìm thấy một video về cá vàng trên máy tính bảng của lớp.
is-it-true-video-title = Sự thật bất ngờ! Cá vàng quên hết mọi thứ sau 3 giây!
is-it-true-nam-wow = Có ba giây thôi! Mình ghi vào áp phích đi. Có trong video thì chắc là thật rồi!
is-it-true-mai-hmm = Ừm. Nhưng lần nào cô Lan cầm hộp thức ăn lên là Bong Bóng bơi lên ngay mà.
is-it-true-what-now = Khoan đã, kiểm tra, kể ngay! Mai và Nam nên làm gì?
is-it-true-what-now-discuss-1 = Mai đã thấy Bong Bóng làm gì mà lại băn khoăn?
is-it-true-what-now-discuss-2 = Mai và Nam có thể kiểm tra ở đâu khác xem video nói đúng không?
is-it-true-option-write = Ghi ngay vào áp phích
is-it-true-option-check = Kiểm tra ở chỗ khác
is-it-true-option-ask = Hỏi cô Lan

is-it-true-oops = Hai bạn viết thật to lên áp phích. Rồi đến giờ ăn, Bong Bóng lại bơi lên như mọi ngày.
is-it-true-oops-back = Ơ! Bong Bóng vẫn nhớ giờ ăn, vậy là áp phích ghi sai rồi. Không phải video nào cũng đúng. Mình kiểm tra trước nhé.
is-it-true-book = Mình xem quyển sách thú cưng ở thư viện lớp đi. Trang cá vàng đây rồi!
is-it-true-book-says = Sách bảo cá vàng nhớ được mọi thứ nhiều tháng liền! Video với sách nói khác nhau.
is-it-true-ask = Vậy bên nào đúng nhỉ? Mình hỏi cô Lan đi.

is-it-true-tell-prompt = Mai và Nam sẽ nói gì với cô Lan?
is-it-true-say-different = Cô ơi, video với sách nói khác nhau về cá vàng ạ.
is-it-true-say-how = Cô ơi, làm sao biết một video nói thật hay không ạ?
is-it-true-teacher-answer = Câu hỏi hay quá! Người biết suy nghĩ luôn kiểm tra trước khi tin đấy các con ạ.
is-it-true-teacher-anyone = Ai cũng làm được video. Có video nói sai, có video nói điều lạ chỉ để nhiều người bấm xem.
is-it-true-teacher-book = Sách hay và chính mắt mình thấy sẽ giúp mình. Bong Bóng nhớ giờ ăn, vậy là sách đúng rồi!
is-it-true-more-appears = Video còn nói thêm một điều nữa.
is-it-true-more-title = Cá vàng là thú cưng chán nhất thế giới!
is-it-true-fact-or-opinion = Đó là sự thật hay ý kiến?
is-it-true-fact-or-opinion-discuss-1 = Các con có thấy cá vàng chán không? Cả lớp có cùng ý không?
is-it-true-fact-or-opinion-discuss-2 = Ai nói được một sự thật và một ý kiến về con vật mình thích?
is-it-true-option-fact = Sự thật: đúng với tất cả mọi người
is-it-true-option-opinion = Ý kiến: là điều ai đó nghĩ
is-it-true-fact-oops = Nhưng tớ thích Bong Bóng lắm! Tớ thấy cá vàng hay cực. Vậy đâu phải ai cũng thấy thế.
is-it-true-fact-back = Mình nghĩ lại nhé. Điều này có tra trong sách được như chuyện cá vàng nhớ lâu không?
is-it-true-opinion = Đúng rồi! Sự thật thì kiểm tra được. Ý kiến là điều ai đó nghĩ, và mỗi người nghĩ một khác.
is-it-true-nam-opinion = Còn ý kiến của tớ nhé: Bong Bóng là thú cưng tuyệt nhất trường!
is-it-true-poster = Hai bạn ghi sự thật đúng lên áp phích, kèm một hình Bong Bóng thật to.
is-it-true-teacher-proud = Các con đã dừng lại, kiểm tra ở chỗ khác, rồi hỏi cô. Đó là cách tìm ra điều gì là thật.
is-it-true-catchphrase = Khoan đã, kiểm tra, kể ngay!
is-it-true-well-done = Giỏi lắm! Bạn kiểm tra trước khi tin, và đã hỏi cô Lan. Đúng là thám tử sự thật!
is-it-true-sticker = Hình dán Thám tử sự thật

is-it-true-tip = Trẻ ở tuổi này dễ tin rằng cái gì có trong video cũng là thật. Hãy cùng con tập hỏi "Mình kiểm tra ở đâu nữa được?", tìm trong sách hay một trang mạng đáng tin, và cùng nhận ra đâu là sự thật, đâu là ý kiến trong chuyện hằng ngày.
is-it-true-starter = Gần đây con có xem video nào nói điều gì bất ngờ không? Mình cùng kiểm tra xem có đúng không nhé?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
is-it-true-check-1-question = Một đoạn phim nói: "Cá vàng chỉ nhớ được ba giây". Em làm gì?
is-it-true-check-1-check = Tìm trong sách hoặc hỏi người lớn.
is-it-true-check-1-share = Gửi ngay cho cả lớp xem.
is-it-true-check-1-believe = Tin luôn, vì nhiều người đã xem.
is-it-true-check-1-why = Nhiều người xem chưa chắc đã đúng. Hãy kiểm tra ở nơi khác trước khi tin.
is-it-true-check-2-question = Câu nào là ý kiến, không phải sự thật?
is-it-true-check-2-water = Cá vàng sống dưới nước.
is-it-true-check-2-best = Cá vàng là con vật đẹp nhất.
is-it-true-check-2-week = Một tuần có bảy ngày.
is-it-true-check-2-why = Sự thật thì kiểm tra được. Ý kiến là điều một người nghĩ.
is-it-true-check-3-question = Muốn biết một tin có đúng không, em kiểm tra ở đâu?
is-it-true-check-3-comments = Đọc bình luận bên dưới.
is-it-true-check-3-channel = Xem thêm phim của cùng người đó.
is-it-true-check-3-book = Sách, thầy cô hoặc người lớn.
is-it-true-check-3-why = Hỏi ở một nơi khác giúp em tìm ra sự thật.
