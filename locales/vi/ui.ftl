# Giao diện SafeKite, tiếng Việt.
# Lời của giao diện. Các câu cho người chơi nói theo lứa tuổi: `$band` là `little` (3-6),
# `kid` (6-10) hoặc `teen` (11-15); mặc định là `little` (màn hình trước khi chọn người chơi, và
# giọng đọc, dành cho các bé nhỏ nhất).

app-title = SafeKite
app-tagline = Bay thật cao, luôn an toàn.
title-grown-ups = Người lớn
who-is-playing = Ai đang chơi nhỉ?
profile-new = Bạn chơi mới
profile-choose-avatar = Chọn con vật của con
# Tên các con vật người chơi chọn được, và các hình màu đặt sau con vật (cho trình đọc màn hình và danh sách của người lớn).
avatar-fox = Con cáo
avatar-cat = Con mèo
avatar-rabbit = Con thỏ
avatar-bear = Con gấu
avatar-owl = Con cú
avatar-panda = Con gấu trúc
avatar-turtle = Con rùa
avatar-duck = Con vịt
avatar-penguin = Con chim cánh cụt
avatar-lion = Con sư tử
avatar-elephant = Con voi
avatar-frog = Con ếch
avatar-monkey = Con khỉ
avatar-pig = Con lợn
avatar-giraffe = Con hươu cao cổ
avatar-whale = Con cá voi
badge-heart = Trái tim đỏ
badge-square = Hình vuông xanh da trời
badge-star = Ngôi sao vàng
badge-circle = Hình tròn xanh lá cây
profile-nickname = Biệt danh (không dùng tên thật)
profile-nickname-hint = Có thể để trống.
profile-choose-band = Chọn nhóm bài học
profile-create = Bắt đầu thôi!
profile-full = Máy này đã có { $count } bạn chơi, là số tối đa. Người lớn có thể xóa bớt trong Cài đặt.
band-3-6 = 3-6 tuổi
band-6-10 = 6-10 tuổi
band-11-15 = 11-15 tuổi
map-title = { $band ->
        [kid] Chọn một bài học nhé!
        [teen] Chọn bài học
       *[little] Bé chọn một bài nhé!
    }
map-unavailable = Chưa sẵn sàng
map-stickers = { $band ->
        [kid] Hình dán: { $count }
        [teen] Huy hiệu: { $count }
       *[little] Hình dán: { $count }
    }
map-continue = Chơi tiếp
map-index-broken = Không đọc được danh sách bài học. Người lớn có thể cài lại SafeKite.
back = Quay lại
player-tell-grown-up = { $band ->
        [kid] Kể với người lớn
        [teen] Kể với người lớn tin cậy
       *[little] Kể với người lớn
    }
player-replay = Nghe lại
player-next = Tiếp theo
glad-you-asked-mum = Mẹ rất vui vì con đến hỏi mẹ. Lúc nào con cũng hỏi được nhé.
glad-you-asked-dad = Bố rất vui vì con đến tìm bố. Lúc nào con cũng hỏi được nhé.
glad-you-asked-grandma = Bà vui lắm vì cháu đến hỏi bà. Cháu cứ hỏi bà bất cứ lúc nào nhé.
glad-you-asked-teacher = Cô rất vui vì con đến hỏi cô. Lúc nào con cũng có thể tìm cô nhé.
check-before-title = { $band ->
        [teen] Bạn nghĩ sao?
       *[other] Con nghĩ thế nào?
    }
check-before-thanks = { $band ->
        [teen] Cảm ơn bạn! Cùng xem câu chuyện nhé.
       *[other] Cảm ơn con! Mình cùng xem câu chuyện nhé.
    }
check-after-title = { $band ->
        [teen] Cùng nhìn lại nhé
       *[other] Mình cùng nhớ lại nhé!
    }
check-review-title = { $band ->
        [teen] Bạn còn nhớ không?
       *[other] Con còn nhớ không?
    }
check-right = { $band ->
        [teen] Chính xác!
       *[other] Đúng rồi, giỏi lắm!
    }
check-not-quite = { $band ->
        [teen] Gần đúng rồi. Xem lại cách an toàn nhé.
       *[other] Con đã cố gắng rồi! Mình cùng xem cách an toàn nhé.
    }
end-sticker-earned = { $band ->
        [grown-up] Bạn đã luyện tập xong. Cảm ơn bạn!
        [kid] Bạn được một hình dán!
        [teen] Bạn nhận được một huy hiệu!
       *[little] Bé được một hình dán!
    }
end-try-again = { $band ->
        [grown-up] Mình cùng luyện lại nhé.
        [kid] Mình cùng thử lại nhé.
        [teen] Thử lại nhé.
       *[little] Mình cùng thử lại nhé.
    }
glad-you-asked-counsellor = Cô rất vui vì em đến nói chuyện với cô. Lúc nào em cũng có thể quay lại nhé.
end-tip-title = Đưa cho bố mẹ xem nhé
end-starter-title = Cùng trò chuyện
end-back-to-map = Về trang bài học
end-one-more = Học thêm một bài
end-stop-here = { $band ->
        [grown-up] Dừng ở đây
        [teen] Dừng ở đây
       *[other] Nghỉ ở đây nhé
    }
break-title = { $band ->
        [teen] Đến giờ nghỉ rồi
       *[other] Đến giờ nghỉ rồi!
    }
break-text = { $band ->
        [teen] Đứng dậy vươn vai, nhìn ra xa và uống chút nước nhé. Bài học vẫn còn đây.
       *[other] Con đứng dậy vươn vai, nhìn ra thật xa và uống một ngụm nước nhé. Hình dán vẫn chờ con mà!
    }
break-ok = { $band ->
        [teen] Được
       *[other] Vâng ạ!
    }
settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-voice-volume = Giọng đọc
settings-effects-volume = Âm thanh
settings-captions = Phụ đề
settings-on = Bật
settings-off = Tắt
language-vi = Tiếng Việt
language-en = English
device-typing = đang soạn tin…
device-video-covered = Đã che lại cho con
device-accept = Đồng ý
device-decline = Từ chối
device-save-evidence = Chụp màn hình
device-block = Chặn
device-report = Báo cáo
device-like = Thích
device-share = Chia sẻ
device-new-post = Bài viết mới
device-post = Đăng
device-audience = Ai xem được
device-audience-public = Công khai
device-audience-friends = Bạn bè
device-audience-only-me = Chỉ mình tôi
device-location = Chia sẻ vị trí
device-privacy = Quyền riêng tư
device-private-account = Tài khoản riêng tư
device-messages-from = Ai được nhắn tin cho tôi
device-from-everyone = Mọi người
device-from-friends = Bạn bè
device-from-no-one = Không ai
device-report-why = Vì sao bạn báo cáo?
device-send = Gửi
cast-narrator = Người kể chuyện
cast-mai = Mai
cast-nam = Nam
cast-mum = Mẹ
cast-dad = Bố
cast-grandma = Bà
cast-teacher = Cô Lan
cast-linh = Linh
cast-minh = Minh
cast-vy = Vy
cast-counsellor = Cô tư vấn
# Tên và phòng của cô tư vấn học đường, dùng trong bài 11-15 khi giáo viên chưa đặt.
counsellor-default-name = cô Hà
counsellor-default-room = phòng tư vấn tâm lý (tầng 1)
progress-recovered = Không đọc được tiến độ đã lưu, nên máy dùng bản lưu ngay trước đó. Bản không đọc được vẫn được giữ lại để người lớn xem.
progress-lost = Không đọc được tiến độ đã lưu, nên trò chơi bắt đầu lại từ đầu. Bản không đọc được vẫn được giữ lại để người lớn xem.
progress-repaired = Một số tiến độ đã lưu chưa đúng và đã được sửa lại. Bản gốc vẫn được giữ lại để người lớn xem.
progress-not-saved = Lúc này máy chưa lưu được tiến độ. Trò chơi vẫn tiếp tục; người lớn có thể kiểm tra bộ nhớ của máy.

## Khu vực người lớn (sau cổng): không đọc thành tiếng
grown-ups-title = Dành cho người lớn
gate-hold = Nhấn và giữ nút này trong 3 giây.
gate-hold-button = Giữ
gate-number = Hãy gõ số sau bằng chữ số: { $words }
gate-pin = Hãy nhập mã PIN của người lớn.
gate-wrong = Chưa đúng. Hãy giữ nút lại từ đầu.
gate-ok = Đồng ý
gate-erase = Xoá
home-classroom = Lớp học
home-records = Kết quả và báo cáo năm học
home-leave = Về màn hình chính
settings-pin = Mã PIN của người lớn
settings-pin-none = Chưa có mã PIN: cổng hỏi một số viết bằng chữ.
settings-pin-is-set = Đã đặt mã PIN. Cổng sẽ hỏi mã này.
settings-pin-new = Mã PIN mới (4 đến 8 chữ số)
settings-pin-save = Đặt mã PIN
settings-pin-remove = Bỏ mã PIN
settings-pin-bad = Mã PIN gồm 4 đến 8 chữ số.
settings-school = Tên trường
settings-counsellor = Thầy cô tư vấn học đường (bài 11-15 tuổi)
settings-counsellor-room = Phòng tư vấn
classroom-intro = Mỗi lớp chỉ có tên lớp và sĩ số, không lưu tên các con.
classroom-none = Chưa có lớp nào. Hãy tạo lớp đầu tiên ở dưới.
classroom-new = Thêm lớp
class-name = Tên lớp
class-band = Lứa tuổi
class-year = Năm học
class-size = Sĩ số
class-create = Tạo lớp
class-name-needed = Hãy nhập tên lớp trước.
class-sessions = { $count } buổi học
class-open = Mở
class-start = Bắt đầu buổi học
class-pick-lessons = Bài học hôm nay (chọn một hoặc nhiều bài)
class-stickers = Bảng nhãn dán của lớp
class-no-stickers = Lớp chưa có nhãn dán nào: cả lớp cùng học xong một bài nhé.
class-delete-records = Xoá kết quả của lớp này…
class-delete-confirm = Xoá hẳn
class-deleted = Đã xoá { $count } bản ghi.
class-checks = Câu hỏi kiểm tra cho học sinh của lớp
class-checks-before-and-after = Trước và sau mỗi bài học
class-checks-after-only = Chỉ sau bài học
class-checks-off = Tắt
class-players = Người chơi trên máy này thuộc lớp:
class-no-players = Máy này chưa có người chơi nào.
vote-title = Cả lớp biểu quyết
vote-hint = Đếm số bạn giơ tay cho từng lựa chọn, hoặc chạm vào câu trả lời của cả lớp trên màn hình.
vote-go = Chọn theo ý cả lớp
vote-tie = Hai lựa chọn bằng nhau: thầy cô chọn một.
teacher-title = Dành cho thầy cô
teacher-objective = Mục tiêu bài học
teacher-behaviour = Hành vi an toàn
teacher-next = Bài tiếp theo
teacher-finish = Kết thúc buổi học
session-title = Buổi học: ai đã tham dự
session-children = Số học sinh có mặt
session-parents = Số phụ huynh tham dự
session-letters = Số thư gửi cha mẹ đã phát
session-notes = Ghi chú cho báo cáo
session-save = Lưu buổi học
records-count = Thiết bị này đang lưu { $count } bản ghi.
records-privacy = Kết quả chỉ lưu trên thiết bị này. Không có gì được gửi đi nếu thầy cô không tự xuất ra.
records-year = Năm học
records-make-report = Lập báo cáo
records-export = Xuất kết quả
records-saved = Đã lưu: { $path }
records-failed = Không lưu được: { $why }
records-problem = Kết quả cần được kiểm tra: { $why }
records-player = Kết quả của từng bạn
records-export-delete = Xuất ra rồi xoá
records-class = Lớp
records-all-classes = Cả trường
records-player-number = Bạn số { $n }
quiz-title = Rung chuông vàng
quiz-start = Bắt đầu “Rung chuông vàng”
quiz-hint = Thi cả lớp trên máy chiếu: câu hỏi lấy từ các bài đã chọn ở trên (hoặc cả lứa tuổi nếu chưa chọn bài nào). Học sinh giơ bảng trả lời; không nhập tên ai cả.
quiz-mode-elimination = Loại dần: trả lời sai thì ngồi xuống
quiz-mode-scoring = Tính điểm: đếm số bạn trả lời đúng
quiz-question-number = Câu { $n }/{ $total }
quiz-read-again = Đọc lại câu hỏi
quiz-reveal = Hiện đáp án
quiz-standing = Số bạn còn đứng
quiz-right = Số bạn trả lời đúng
quiz-next = Câu tiếp theo
quiz-bell = Rung chuông vàng!
quiz-bell-standing = { $n } bạn đã đi tới câu hỏi cuối cùng. Cả lớp giỏi lắm!
quiz-bell-scoring = Cả lớp có { $right } lượt trả lời đúng qua { $questions } câu hỏi. Giỏi lắm!
quiz-finish = Kết thúc cuộc thi
home-print = In ra giấy
print-intro = Cho lớp học và gia đình không có máy: mỗi bài học thành truyện tranh, thẻ lựa chọn để cắt, thư gửi cha mẹ và bản cam kết gia đình. SafeKite tạo một trang; thầy cô mở bằng trình duyệt rồi in (khổ A4, bật in hình nền).
print-lesson = Bài học
print-storybook = Truyện tranh (A4)
print-booklet = Sách nhỏ (A5, gập đôi)
print-cards = Thẻ lựa chọn
print-letter = Thư gửi cha mẹ
print-agreement = Bản cam kết gia đình
print-class = Lớp (ghi trên thư)
print-url = Địa chỉ bản web của trường (mã QR trên thư)
print-browser-only = Việc in do ứng dụng SafeKite trên máy tính thực hiện. Cán bộ phụ trách tin học của trường cũng có thể in bằng safekite-print.
settings-narration-speed = Tốc độ đọc
settings-reduced-motion = Giảm chuyển động
settings-break = Nhắc nghỉ giải lao
settings-high-contrast = Độ tương phản cao
settings-text-size = Cỡ chữ
settings-minutes = { $minutes } phút
settings-scanning = Quét tự động (một công tắc)
settings-scanning-seconds = mỗi { $seconds } giây
settings-keyboard-hint = Bàn phím: phím Tab hoặc phím mũi tên để chuyển ô sáng, Enter hoặc phím cách để bấm, phím R để nghe lại. Khi bật quét tự động, ô sáng tự chuyển và bấm phím bất kỳ, hoặc chạm ra ngoài các nút, là chọn: dành cho trẻ dùng một công tắc.

# Chạy thử bài học khi đang soạn (safekite preview, chế độ tác giả trên trình duyệt)
preview-title = Bài học này chưa chạy được
preview-waiting = Hãy chọn tệp bài học và hai tệp lời của bài (tiếng Việt và tiếng Anh).
preview-count = Cần sửa { $errors } lỗi trước đã:
preview-hint = Gợi ý: { $hint }
preview-more = …và còn { $count } lỗi nữa. Sửa những lỗi này trước, các lỗi sau sẽ hiện ra tiếp.
preview-save-again = Sửa xong thì lưu tệp lại: bài học sẽ tự được kiểm tra lại và chạy ngay khi đã đúng.
preview-pick-again = Sửa và lưu xong thì chọn lại tệp vừa sửa.
preview-pick-lesson = Chọn tệp bài học
preview-pick-words = Chọn tệp lời: { $locale }
preview-chosen = Đã chọn: { $files }
preview-voice-note = Chạy thử: câu nào chưa có giọng đọc thì hiện thành phụ đề.
preview-ready = Bài học này chạy được. Hãy xem qua các cảnh báo trước đã
preview-ready-clean = Bài học này chạy được, không có lỗi nào
preview-warnings = Có { $warnings } cảnh báo: bài học vẫn chạy được, nhưng cần sửa trước khi đưa cho các con.
preview-play = Chơi thử bài học
preview-ended = Bài học đã dừng
preview-play-again = Chơi lại từ đầu
preview-not-drawn = Tranh chưa vẽ (đang hiện thẻ trơn, hoặc nét mặt bình thường): { $pictures }.
