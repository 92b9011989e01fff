# Bài học: password-sharing (6-10 tuổi). Bạn thân hỏi mật khẩu trò chơi.
password-sharing-title = Mật khẩu của chú rồng
password-sharing-objective = Trẻ hiểu rằng mật khẩu là riêng tư, chỉ chia sẻ với bố mẹ hoặc người chăm sóc mình, kể cả khi bạn thân hỏi.
password-sharing-behaviour = Giữ mật khẩu cho riêng mình; từ chối bạn bè một cách tử tế; kể với người lớn; cùng nhau đặt mật khẩu mạnh hơn.

password-sharing-hello = Tớ đang ở công viên với bố. Bố đọc sách, còn tớ chăm sóc chú rồng con trong trò chơi!
password-sharing-chat-appears = Ting! Bin, bạn thân cùng lớp của Nam, nhắn tin tới.
password-sharing-contact = Bin
password-sharing-msg-grow = Nam ơi! Tớ giúp rồng của cậu lớn thật to, thật nhanh được đấy.
password-sharing-msg-password = Cho tớ mật khẩu nhé. Tối nay tớ chơi hộ cậu!
password-sharing-wow = Bin là bạn thân nhất của tớ. Mà có con rồng khổng lồ thì thích quá đi!
password-sharing-more-appears = Rồi Bin nhắn thêm.
password-sharing-msg-share = Bạn thân là phải chia sẻ mọi thứ chứ, đúng không? Năn nỉ mà!
password-sharing-tummy = Nhưng mật khẩu là của riêng tớ… Tớ thấy phân vân quá.
password-sharing-what-now = Khoan đã, kiểm tra, kể ngay! Nam nên làm gì?
password-sharing-what-now-discuss-1 = Bin là bạn thân nhất của Nam. Vì sao Nam vẫn thấy phân vân?
password-sharing-what-now-discuss-2 = Mật khẩu của mình thì những ai được biết?
password-sharing-option-send = Gửi mật khẩu cho Bin
password-sharing-option-no = Từ chối thật tử tế
password-sharing-option-tell = Hỏi bố

password-sharing-oops = Nam gửi đi. Bin cho anh họ xem, rồi có người đổi rồng con của Nam thành một hòn đá xám.
password-sharing-not-late = Lỡ gửi rồi thì không phải lỗi của Nam. Kể bố ngay, hai bố con sẽ đổi mật khẩu.
password-sharing-oops-back = Mật khẩu giống như chìa khóa nhà: mình không cho ai mượn, kể cả bạn thân. Mình chọn lại nhé.
password-sharing-how-no = Nam sẽ từ chối thế nào?
password-sharing-how-no-discuss-1 = Làm sao Nam từ chối mà hai bạn vẫn vui vẻ với nhau?
password-sharing-how-no-discuss-2 = Đọc từng câu trả lời, Bin sẽ thấy thế nào?
password-sharing-option-mean = Không đời nào! Đừng hỏi nữa!
password-sharing-option-kind = Xin lỗi nhé! Mật khẩu chỉ tớ và bố mẹ biết thôi.
password-sharing-mean-oops = Bin đọc xong thấy buồn. Bạn ấy chỉ muốn giúp thôi mà.
password-sharing-mean-not-late = Lỡ nhắn rồi cũng không sao: xin lỗi Bin là được.
password-sharing-mean-back = Mình có thể từ chối mà vẫn tử tế. Mình thử lại nhé.
password-sharing-kind-appears = Nam nhắn lại cho Bin.
password-sharing-msg-sorry = Xin lỗi Bin nhé! Mật khẩu của tớ chỉ tớ và bố mẹ biết thôi.
password-sharing-msg-play = Nhưng mai ra chơi mình chơi cùng nhau nhé!
password-sharing-bin-ok-appears = Bin trả lời ngay.
password-sharing-msg-ok = Ừ! Mai ra chơi gặp nhé!
password-sharing-still-tell = Phù, Bin không giận! Tớ vẫn sẽ kể với bố, để bố biết chuyện.

password-sharing-tell-prompt = Nam sẽ nói gì với bố?
password-sharing-say-asked = Bố ơi, Bin hỏi mật khẩu trò chơi của con.
password-sharing-say-tummy = Bố ơi, bạn con đòi mật khẩu, con không biết phải làm sao.
password-sharing-dad-answer = Cảm ơn con đã kể với bố. Con làm thế là đúng lắm, và không ai bị mắng cả.
password-sharing-dad-who = Mật khẩu chỉ chia sẻ với bố mẹ thôi. Không cho bạn bè biết, kể cả bạn thân nhất.
password-sharing-dad-why = Có mật khẩu của con, người khác có thể chơi thay con, tiêu hết xu, hay nhắn tin dưới tên con.
password-sharing-dad-mistake = Nếu có lúc con lỡ nói ra, cứ kể với bố. Hai bố con mình cùng sửa.
password-sharing-change-appears = Bố và Nam cùng đặt một mật khẩu mới, mạnh hơn.
password-sharing-change-title = Đặt mật khẩu mới
password-sharing-change-body = Chọn ba từ con dễ nhớ mà bạn bè khó đoán. Đừng dùng tên hay ngày sinh nhé!
password-sharing-change-button = Lưu mật khẩu mới
password-sharing-dad-proud = Con đã dừng lại, để ý cảm giác của mình, rồi kể với bố. Bố tự hào về con lắm.
password-sharing-catchphrase = Khoan đã, kiểm tra, kể ngay!
password-sharing-well-done = Giỏi lắm! Bạn giữ kín mật khẩu, tử tế với Bin, và đã kể với bố.
password-sharing-sticker = Hình dán Chìa khóa rồng

password-sharing-tip = Trẻ hay chia sẻ mật khẩu để thể hiện tình bạn. Hãy giải thích rằng mật khẩu chỉ chia sẻ với bố mẹ, cùng con đặt mật khẩu, và nếu con lỡ nói ra thì bình tĩnh cùng con đổi mật khẩu, không trách mắng.
password-sharing-starter = Những ai biết mật khẩu của con? Nếu bạn hỏi mật khẩu, con sẽ nói gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
password-sharing-check-1-question = Bạn thân xin mật khẩu trò chơi của em. Em làm gì?
password-sharing-check-1-give = Cho luôn, vì là bạn thân.
password-sharing-check-1-no = Từ chối nhẹ nhàng, mật khẩu là của riêng.
password-sharing-check-1-half = Chỉ cho một nửa thôi.
password-sharing-check-1-why = Mật khẩu giữ tài khoản của em an toàn, kể cả với bạn thân.
password-sharing-check-2-question = Mật khẩu nào mạnh nhất?
password-sharing-check-2-numbers = Một hai ba bốn năm sáu.
password-sharing-check-2-name = Tên của em.
password-sharing-check-2-sentence = Một câu dài vui nhộn chỉ em nhớ.
password-sharing-check-2-why = Câu dài thì rất khó đoán. Người lớn giúp em đặt mật khẩu mạnh.
password-sharing-check-3-question = Em lỡ cho bạn biết mật khẩu rồi. Em làm gì?
password-sharing-check-3-change = Kể với người lớn và cùng đổi mật khẩu.
password-sharing-check-3-leave = Thôi kệ, chắc không sao đâu.
password-sharing-check-3-forget = Nhờ bạn quên nó đi.
password-sharing-check-3-why = Đổi mật khẩu là xong, không có gì phải lo. Kể ra là rất giỏi.
