# Bài học: screen-time-sleep (6-10 tuổi). Video lúc giờ đi ngủ, và tin nhắn trò chơi lúc làm bài.
screen-time-sleep-title = Chúc máy tính bảng ngủ ngon
screen-time-sleep-objective = Trẻ biết dừng xem màn hình đúng giờ đã hẹn, không mang thiết bị lên giường, cùng người lớn lập kế hoạch dùng màn hình, và làm từng việc một.
screen-time-sleep-behaviour = Dừng đúng giờ đã hẹn; không dùng thiết bị trên giường; nhờ người lớn giúp dừng lại; làm từng việc một.

screen-time-sleep-hello = Làm bài xong rồi! Mẹ bảo tớ được xem video đến tám giờ.
screen-time-sleep-video-appears = Mai xem video một chú mèo đuổi bong bóng. Ngộ nghĩnh lắm.
screen-time-sleep-video-title = Mèo đại chiến máy thổi bong bóng
screen-time-sleep-up-next-appears = Video vừa hết, video tiếp theo đã chuẩn bị tự chạy.
screen-time-sleep-up-next-title = Tiếp theo
screen-time-sleep-up-next-body = Video tiếp theo sẽ chạy sau 5 giây…
screen-time-sleep-up-next-button = Xem ngay
screen-time-sleep-yawn = Tám giờ rồi, mắt tớ díp lại rồi. Nhưng video tiếp theo trông buồn cười quá!
screen-time-sleep-bedtime = Khoan đã, kiểm tra, kể ngay! Mai nên làm gì?
screen-time-sleep-bedtime-discuss-1 = Mắt Mai díp lại rồi. Cơ thể Mai đang muốn nói gì?
screen-time-sleep-bedtime-discuss-2 = Video tiếp theo cứ tự chạy. Vì sao dừng lại khó thế?
screen-time-sleep-option-bed = Mang máy lên giường xem tiếp
screen-time-sleep-option-goodnight = Dừng lại và chúc máy ngủ ngon
screen-time-sleep-option-ask = Nhờ mẹ giúp mình dừng lại

screen-time-sleep-late = Một video thành mười video. Màn hình sáng làm Mai tỉnh như sáo đến tận khuya.
screen-time-sleep-morning = Hôm sau ở trường, Mai ngáp liên tục. Phép tính dễ mà cũng thấy khó.
screen-time-sleep-late-back = Giấc ngủ giúp bộ não lớn lên. Mình quay lại lúc tám giờ và chọn lại nhé.

screen-time-sleep-switch-off = Chúc máy tính bảng ngủ ngon! Tạm biệt bạn mèo, ngày mai gặp lại nhé.
screen-time-sleep-charger = Mai cắm sạc máy tính bảng ở bếp, chỗ máy ngủ mỗi đêm. Mẹ đang ở đó.

screen-time-sleep-tell-prompt = Mai sẽ nói gì với mẹ?
screen-time-sleep-say-hard = Mẹ ơi, video cứ tự chạy tiếp, con khó dừng lắm.
screen-time-sleep-say-tired = Mẹ ơi, mắt con mỏi rồi mà con vẫn muốn xem tiếp.
screen-time-sleep-mum-answer = Cảm ơn con đã kể với mẹ. Mấy video đó được làm ra để mình xem mãi. Mình cùng lập kế hoạch nhé.
screen-time-sleep-plan = Kế hoạch của nhà mình đây: tám giờ tắt màn hình, và máy tính bảng ngủ ở bếp.
screen-time-sleep-autoplay-off = Mình tắt luôn chế độ tự chạy video tiếp theo nhé.

screen-time-sleep-next-day = Chiều hôm sau, Mai ngồi ở bàn bếp với quyển sách tập đọc.
screen-time-sleep-ping-appears = Ting! Một tin nhắn của trò chơi hiện lên máy tính bảng.
screen-time-sleep-ping-title = Nông trại nhớ bạn lắm!
screen-time-sleep-ping-body = Quay lại nhổ cà rốt đi nào!
screen-time-sleep-ping-button = Chơi ngay
screen-time-sleep-one-thing = Mai nên làm gì?
screen-time-sleep-one-thing-discuss-1 = Trò chơi bảo nông trại nhớ Mai. Có thật không? Vì sao trò chơi nói thế?
screen-time-sleep-one-thing-discuss-2 = Vừa đọc sách vừa chơi thì sẽ thế nào?
screen-time-sleep-option-both = Vừa đọc sách vừa chơi
screen-time-sleep-option-reading-first = Đọc sách trước, chơi sau
screen-time-sleep-muddle = Mai đọc một dòng, bấm một củ cà rốt, lại đọc một dòng… Truyện rối tung, mà chơi cũng chẳng vui.
screen-time-sleep-muddle-back = Làm hai việc một lúc thì việc nào cũng khó hơn. Mình chọn lại nhé.
screen-time-sleep-reading-first = Làm từng việc một. Đọc sách trước, cà rốt sau!
screen-time-sleep-proud = Đọc xong rồi, giờ con chơi cho thoải mái nhé. Mẹ tự hào về con lắm, Mai ạ.
screen-time-sleep-catchphrase = Khoan đã, kiểm tra, kể ngay!
screen-time-sleep-well-done = Giỏi lắm! Bạn đã chúc màn hình ngủ ngon, nói chuyện với mẹ, và làm từng việc một.
screen-time-sleep-sticker = Hình dán Máy tính bảng buồn ngủ

screen-time-sleep-tip = Video tự chạy tiếp và trò chơi gửi tin "quay lại đi" được làm ra để giữ trẻ xem mãi. Hãy cùng con hẹn giờ dừng và chọn chỗ cho thiết bị "ngủ" ban đêm (không phải phòng ngủ), cùng tắt chế độ tự phát và thông báo của trò chơi, và khen con mỗi khi con tự dừng được.
screen-time-sleep-starter = Điều gì làm con khó dừng xem hay dừng chơi? Điều gì có thể giúp con dừng lại?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
screen-time-sleep-check-1-question = Đến giờ đã hẹn tắt máy tính bảng. Em làm gì?
screen-time-sleep-check-1-episode = Xem thêm một tập nữa.
screen-time-sleep-check-1-bed = Mang máy lên giường xem tiếp.
screen-time-sleep-check-1-stop = Tắt máy và cất lên giá.
screen-time-sleep-check-1-why = Dừng đúng giờ giúp em ngủ ngon và sáng dậy khoẻ khoắn.
screen-time-sleep-check-2-question = Em thấy rất khó dừng lại. Em làm gì?
screen-time-sleep-check-2-help = Nhờ người lớn giúp em dừng.
screen-time-sleep-check-2-blanket = Chơi lén dưới chăn.
screen-time-sleep-check-2-round = Chơi nốt ván này đã.
screen-time-sleep-check-2-why = Trò chơi được làm ra để khó dừng. Nhờ người giúp là rất khôn ngoan.
screen-time-sleep-check-3-question = Vừa làm bài tập vừa xem phim thì sao?
screen-time-sleep-check-3-both = Nhanh hơn, vì làm hai việc một lúc.
screen-time-sleep-check-3-one = Làm từng việc một thì tốt hơn.
screen-time-sleep-check-3-why = Làm từng việc một giúp em tập trung và xong sớm hơn.
