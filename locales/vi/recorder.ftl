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
recorder-kept = Đã lưu. Câu này giờ sẽ được đọc bằng giọng của bạn.
recorder-nothing-heard = Không nghe thấy tiếng. Bạn hãy ngồi gần micrô hơn rồi thử lại.
recorder-no-microphone = Không tìm thấy micrô trên thiết bị này. Hãy cắm micrô (hoặc cho phép SafeKite dùng micrô), rồi quay lại trang này.
recorder-failed = Không thu âm được: { $why }
