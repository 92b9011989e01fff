# Bài học: one-more-scroll (11-15 tuổi). Gần nửa đêm trước hôm kiểm tra, bảng tin vẫn cứ chạy.
one-more-scroll-title = Lướt thêm chút nữa
one-more-scroll-objective = Các em hiểu bảng tin được thiết kế để giữ mình lướt mãi (không có điểm dừng, video tự chạy, thông báo gọi quay lại) và biết vài cách tự đặt điểm dừng cho mình.
one-more-scroll-behaviour = Nhận ra mẹo giữ chân của bảng tin; sạc điện thoại ngoài phòng ngủ; tắt tự phát video và thông báo ban đêm; cùng cả nhà đặt giờ nghỉ.

one-more-scroll-late = Mười một giờ bốn mươi đêm. Sáng mai Linh có bài kiểm tra Văn. Linh định lên giường lướt năm phút thôi.
one-more-scroll-feed-appears = Bảng tin của Linh, video cứ thế tự chạy.
one-more-scroll-author-dance = nhảy cùng Mèo
one-more-scroll-post-dance = Thử thách nhảy, phần 7! Phần 8 lên sóng sau 3 giây...
one-more-scroll-author-game = Cáo chơi game
one-more-scroll-post-game = Pha xử lý không thể tin nổi, xem đến cuối nhé!
one-more-scroll-author-quiz = Cú đố vui
one-more-scroll-post-quiz = 99% người không trả lời được câu này. Còn bạn?
one-more-scroll-what-time = Xem nốt cái này thôi. Ơ, sắp mười hai giờ rồi á? Mình vừa mới cầm máy mà.
one-more-scroll-how-feeds-work = Không phải do Linh thiếu ý chí. Bảng tin được làm để không có điểm dừng: kéo mãi vẫn có bài mới, video tự chạy, thông báo gọi mình quay lại.
one-more-scroll-scroll-choice = Linh làm gì?
one-more-scroll-option-charge = Mang điện thoại ra phòng khách sạc
one-more-scroll-option-one-more = Xem thêm một video nữa thôi
one-more-scroll-option-settings = Tắt tự phát video và thông báo ban đêm
one-more-scroll-scroll-choice-discuss-1 = Trên bảng tin này, những gì khiến Linh cứ muốn xem thêm một video nữa?
one-more-scroll-scroll-choice-discuss-2 = Các em có mẹo gì để tự dừng lướt điện thoại vào buổi tối?

one-more-scroll-one-more = Một video thành mười video. Lúc Linh ngẩng lên, đã gần một giờ sáng.
one-more-scroll-one-more-morning = Sáng nay mắt mình díp lại. Đọc đề Văn ba lần mới hiểu.
one-more-scroll-one-more-back = Ai cũng có đêm như thế. Tối nay có thể thử cách khác. Mình quay lại nhé.
one-more-scroll-settings = Tắt tự phát video. Tắt thông báo từ mười giờ tối. Giờ bảng tin hết tự chạy rồi.
one-more-scroll-charge = Linh mang điện thoại ra sạc ở phòng khách. Báo thức thì dùng cái đồng hồ cũ.
one-more-scroll-morning = Ngủ đủ giấc, sáng dậy tỉnh hẳn. Bài Văn cũng trôi hơn.

one-more-scroll-notification-appears = Chiều hôm sau, Linh đang làm bài tập thì điện thoại hiện thông báo.
one-more-scroll-popup-title = Rương miễn phí sắp hết hạn!
one-more-scroll-popup-body = Chỉ còn 10 phút. Vào game nhận ngay kẻo lỡ!
one-more-scroll-popup-button = Vào game
one-more-scroll-notify-choice = Linh làm gì?
one-more-scroll-option-notifications-off = Tắt thông báo của game
one-more-scroll-option-homework-first = Làm xong bài đã, rồi chơi có hẹn giờ
one-more-scroll-option-open-game = Vào game ngay kẻo lỡ
one-more-scroll-notify-choice-discuss-1 = Thông báo “Chỉ còn 10 phút” muốn Linh làm gì, và vì sao lại giục gấp như vậy?
one-more-scroll-notify-choice-discuss-2 = Những thông báo nào hay kéo các em quay lại điện thoại nhất?
one-more-scroll-opened-game = Mười phút thành một tiếng. Bài tập vẫn nằm nguyên đó. Thông báo kiểu “sắp hết hạn” được làm ra để mình bỏ dở việc đang làm.
one-more-scroll-opened-game-back = Ai cũng từng bị kéo đi như thế. Mình thử lại nhé.
one-more-scroll-homework-first = Tắt thông báo game, làm xong bài rồi chơi. Rương thì tuần nào chả có.
one-more-scroll-tell-prompt = Linh sẽ nói gì với mẹ?
one-more-scroll-say-hard = Mẹ ơi, tối nào con cũng khó dừng lướt điện thoại lắm.
one-more-scroll-say-plan = Mẹ ơi, cả nhà mình cùng đặt giờ cất điện thoại được không ạ?
one-more-scroll-mum-answer = Cảm ơn con đã nói với mẹ. Mẹ cũng bị thế. Không phải tại con kém, các ứng dụng được làm ra để giữ chân mình mà.
one-more-scroll-family-plan = Vậy từ mười giờ, cả nhà mình sạc điện thoại ở phòng khách nhé, cả điện thoại của mẹ. Ai quên thì người khác nhắc.
one-more-scroll-linh-games = Cuối tuần con chơi game thì con tự đặt hẹn giờ. Hết giờ là con tắt, không cần ai nhắc.

one-more-scroll-helpline = Nếu bạn thấy khó dừng, hay lên mạng nhiều vì đang buồn hoặc lo, hãy nói với ai đó: bố mẹ, { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
one-more-scroll-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
one-more-scroll-well-done = Làm tốt lắm. Bạn không bỏ điện thoại, bạn chỉ tự quyết định lúc nào dừng.
one-more-scroll-sticker = Huy hiệu Ngủ ngon

one-more-scroll-tip = Bảng tin, video tự chạy và thông báo được thiết kế để giữ chân người dùng, cả người lớn lẫn trẻ em. Thay vì cấm đoán, hãy cùng con lập kế hoạch cho cả nhà: giờ cất điện thoại, sạc ngoài phòng ngủ, tắt thông báo ban đêm, và bố mẹ cũng làm theo.
one-more-scroll-starter = Ứng dụng nào làm con khó dừng nhất? Con nghĩ nó dùng mẹo gì để giữ chân mình?

one-more-scroll-check-1-question = Gần nửa đêm, mai có bài kiểm tra, mà video cứ tự phát hết cái này đến cái khác. Điều gì giúp bạn nhất?
one-more-scroll-check-1-one-more = Xem thêm một video nữa thôi.
one-more-scroll-check-1-charge = Mang điện thoại ra phòng khách sạc.
one-more-scroll-check-1-pillow = Để máy dưới gối, chỉ xem khi có tin nhắn.
one-more-scroll-check-1-why = Bảng tin được làm ra để không có điểm dừng. Để điện thoại xa giường giúp bạn ngủ ngon hơn.
one-more-scroll-check-2-question = Vì sao lướt mạng lại khó dừng đến thế?
one-more-scroll-check-2-willpower = Vì mình thiếu ý chí, không được như người khác.
one-more-scroll-check-2-everyone = Vì mọi người vẫn đang online, mình sợ bị bỏ lỡ.
one-more-scroll-check-2-design = Vì bảng tin không có điểm dừng, thông báo cứ kéo mình lại.
one-more-scroll-check-2-why = Không phải bạn yếu đuối. Hiểu cách ứng dụng giữ chân mình là bước đầu để tự chọn lúc dừng.
one-more-scroll-check-3-question = Đang làm bài thì hiện thông báo: "Rương miễn phí sắp hết hạn! Chơi ngay!" Bạn làm gì?
one-more-scroll-check-3-homework = Tắt thông báo game, làm xong bài rồi chơi có hẹn giờ.
one-more-scroll-check-3-jump-in = Vào game ngay kẻo lỡ.
one-more-scroll-check-3-quick = Vào nhận rương thôi, rồi quay lại làm bài ngay.
one-more-scroll-check-3-why = Thông báo "sắp hết hạn" được làm ra để kéo bạn đi. Tuần nào cũng có rương miễn phí mà.
