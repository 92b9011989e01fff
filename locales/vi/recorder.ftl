# Trang thu âm của người lớn: đọc các câu thoại bằng giọng của mình.
# Không đọc thành tiếng, nên không có tệp thu âm. Tệp tiếng Anh có cùng các id.
recorder-title = Thu âm giọng đọc
recorder-intro = Chọn một bài học và một ngôn ngữ, rồi đọc to từng câu. Bản thu của bạn sẽ được phát thay cho giọng máy. Nếu sau này lời của một câu thay đổi, giọng máy sẽ đọc câu đó cho đến khi bạn thu lại.
recorder-lesson = Bài học
recorder-language = Ngôn ngữ
recorder-choose-lesson = Hãy chọn một bài học để bắt đầu.
recorder-progress = Đã thu { $done }/{ $total } câu
recorder-line-number = Câu { $n }/{ $total }
recorder-speaker = Người nói: { $who }
recorder-narrator = người kể chuyện
recorder-recorded = Đã thu
recorder-not-recorded = Chưa thu
recorder-recorded-by = Tên của bạn (không bắt buộc, được lưu cùng bản thu)
recorder-record = Thu âm
recorder-stop = Dừng
recorder-listen = Nghe lại
recorder-keep = Giữ bản này
recorder-redo = Thu lại
recorder-previous = Câu trước
recorder-next = Câu tiếp theo
recorder-recording = Đang thu… hãy đọc câu này, rồi bấm Dừng.
recorder-review = Hãy nghe lại bản thu, rồi giữ lại hoặc thu lại.
recorder-kept = Đã lưu: câu vừa rồi giờ sẽ được đọc bằng giọng của bạn. Đây là câu tiếp theo cần thu.
recorder-nothing-heard = Không nghe thấy tiếng. Bạn hãy ngồi gần micrô hơn rồi thử lại.
recorder-no-microphone = Không tìm thấy micrô trên thiết bị này. Hãy cắm micrô (hoặc cho phép SafeKite dùng micrô), rồi quay lại trang này.
recorder-failed = Không thu âm được: { $why }
# Gói giọng đọc: tất cả bản thu gói trong một tệp, để mang sang máy khác.
recorder-packs-title = Mang bản thu sang máy khác
recorder-export-lesson = Xuất bản thu của bài này
recorder-export-all = Xuất tất cả bản thu
recorder-exported = Đã lưu thành { $path }. Hãy chép tệp này vào USB để mang bản thu sang máy khác.
recorder-nothing-to-export = Chưa có bản thu nào để xuất.
recorder-export-failed = Không xuất được bản thu: { $why }
recorder-packs-folder = Muốn đưa bản thu vào, hãy chép tệp gói giọng đọc (tệp .zip) vào thư mục này: { $path }
recorder-look-again = Xem lại thư mục
recorder-pack-holds = { $count } bản thu: { $list }
recorder-pack-screens = các màn hình của trò chơi
recorder-bring-in = Đưa vào
recorder-brought-in = Đã đưa { $count } bản thu vào từ { $file }.
recorder-left-out-changed = { $count } bản thu không được đưa vào vì lời của câu đã thay đổi từ khi thu. Bạn hãy thu lại các câu đó nhé.
recorder-left-out-unknown = { $count } bản thu không được đưa vào vì các bài học này không có câu đó.
recorder-pack-unreadable = Không đọc được tệp { $file }, nên chưa có gì thay đổi: { $why }
recorder-pack-cannot-read = Không đọc được tệp này: { $why }
recorder-bring-in-failed = Không lưu được các bản thu của { $file }, nên chưa có gì thay đổi: { $why }
recorder-remove-lesson = Xoá bản thu của bài này
recorder-remove-pack = Xoá những gì tệp này đã đưa vào
recorder-remove-lesson-ask = { $count ->
        [0] Bài này chưa có bản thu nào.
       *[other] Xoá { $count } bản thu của bài này (ở mọi ngôn ngữ)? Đã xoá thì không lấy lại được.
    }
recorder-remove-pack-ask = { $count ->
        [0] Những gì { $file } đã đưa vào không còn ở đây nữa.
       *[other] Xoá { $count } bản thu mà { $file } đã đưa vào? Đã xoá thì không lấy lại được.
    }
recorder-remove-yes = Đồng ý, xoá { $count } bản thu
recorder-remove-cancel = Huỷ
recorder-removed = Đã xoá { $count } bản thu.
recorder-remove-failed = Không xoá được bản thu: { $why }
# Trong trình duyệt.
recorder-not-allowed = Trình duyệt chưa được phép dùng micrô. Hãy cho phép (bấm vào biểu tượng micrô trên thanh địa chỉ), rồi bấm Thu âm lại.
recorder-still-asking = Trình duyệt vẫn đang hỏi có cho SafeKite dùng micrô không. Hãy trả lời, rồi bấm Thu âm lại.
recorder-needs-secure-page = Trình duyệt này chỉ cho trang web dùng micrô khi địa chỉ bắt đầu bằng https (hoặc trên chính máy này). Hãy mở SafeKite bằng địa chỉ https, hoặc thu âm trong ứng dụng SafeKite.
recorder-downloaded = Đã tải về thành { $path }, trong thư mục Tải xuống. Mở tệp này trong SafeKite trên máy hoặc trình duyệt khác để đưa bản thu vào.
recorder-packs-choose-intro = Muốn đưa bản thu vào, hãy chọn tệp gói giọng đọc (tệp .zip).
recorder-choose-pack = Chọn tệp gói giọng đọc
# Trẻ nghe câu ở đâu, và lời của chính trò chơi.
recorder-screens-entry = Lời của trò chơi (dùng trong mọi bài)
recorder-heard-title = Tên bài học: trẻ nghe khi giữ tay lên thẻ bài trên bản đồ.
recorder-heard-on-screen = Chữ trên màn hình giả: trẻ nghe khi giữ tay lên chữ.
recorder-heard-choice = Một lựa chọn của trẻ: trẻ nghe khi giữ tay lên lựa chọn đó.
recorder-heard-question = Câu hỏi trước hoặc sau câu chuyện, hay một câu trả lời của câu hỏi đó.
recorder-heard-sticker = Tên hình dán: trẻ nghe khi nhận được hình dán.
recorder-heard-game-screens = Lời của chính trò chơi, trẻ nghe trong mọi bài.
recorder-listen-kept = Nghe bản đã lưu
recorder-kept-all = Đã lưu. Mọi câu của bài này đã được thu bằng ngôn ngữ này.
recorder-level = Micrô
