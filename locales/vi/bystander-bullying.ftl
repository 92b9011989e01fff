# Bài học: bystander-bullying (6-10 tuổi). Thấy bạn mình bị bắt nạt trong trò chơi.
bystander-bullying-title = Đảo của cả đội
bystander-bullying-objective = Trẻ biết làm gì khi thấy có người bị bắt nạt trên mạng: không hùa theo, tử tế với bạn bị bắt nạt, chụp màn hình, chặn, báo cáo và kể với người lớn.
bystander-bullying-behaviour = Không cười hùa theo; động viên bạn bị bắt nạt; chụp màn hình, chặn và báo cáo; kể với người lớn.

bystander-bullying-hello = Tớ đang chơi xây đảo cùng các bạn trong lớp. Vy, bạn thân của tớ, chung đội với tớ!
bystander-bullying-chat-appears = Kênh chat của đội bỗng có nhiều tin nhắn.
bystander-bullying-team-contact = Kênh chat của đội
bystander-bullying-msg-slow = Tên Lửa: Vy chậm ơi là chậm. Chẳng ai muốn Vy ở trong đội.
bystander-bullying-msg-go-away = Tên Lửa: Vy đi chỗ khác đi!
bystander-bullying-msg-vy = Vy: Sao các cậu lại nói thế?
bystander-bullying-msg-bye = Sỏi Nhỏ: hahaha tạm biệt Vy nhé
bystander-bullying-sad = Tớ thấy buồn. Vy là bạn tớ, mà Vy có chậm chút nào đâu.
bystander-bullying-bullying = Cứ trêu chọc, xua đuổi một người hết lần này đến lần khác là bắt nạt. Người nhìn thấy có thể giúp.
bystander-bullying-what-now = Khoan đã, kiểm tra, kể ngay! Mai nên làm gì?
bystander-bullying-what-now-discuss-1 = Các con nghĩ Vy thấy thế nào khi đọc những tin nhắn này?
bystander-bullying-what-now-discuss-2 = Mai không nói lời khó nghe. Vậy Mai có thể giúp Vy bằng cách nào?
bystander-bullying-option-laugh = Cười theo mọi người
bystander-bullying-option-kind = Nhắn cho Vy một câu tử tế
bystander-bullying-option-tell = Kể với bố

bystander-bullying-oops = Mai nhắn “hahaha”. Vy thấy cả bạn thân cũng cười mình, liền rời trò chơi, thấy thật lẻ loi.
bystander-bullying-not-late = Lỡ nhắn rồi thì không phải lỗi của Mai. Mai vẫn có thể xin lỗi Vy và kể với bố.
bystander-bullying-oops-back = Cười hùa theo làm chuyện bắt nạt to thêm. Mình chọn lại nhé.

bystander-bullying-kind-appears = Mai nhắn riêng cho Vy.
bystander-bullying-vy-contact = Vy
bystander-bullying-msg-like-you = Vy ơi, tớ thích chơi với cậu lắm. Cậu có chậm đâu!
bystander-bullying-msg-build = Sang đảo tớ cùng xây cầu không?
bystander-bullying-msg-thanks = Cảm ơn Mai nhé. Tớ thấy đỡ buồn hơn rồi.
bystander-bullying-still-appears = Nhưng trong kênh chat của đội, những lời khó nghe vẫn tiếp tục.
bystander-bullying-msg-bridge = Tên Lửa: Vy còn chẳng biết xây cầu nữa kìa
bystander-bullying-msg-everyone = Sỏi Nhỏ: cả đội chặn Vy đi!
bystander-bullying-and-now = Những lời khó nghe vẫn tới tấp. Giờ Mai có thể làm gì?
bystander-bullying-and-now-discuss-1 = Lời khó nghe vẫn tới tấp. Vì sao người lớn cần xem được những tin nhắn này?
bystander-bullying-and-now-discuss-2 = Mai có thể làm gì để kênh chat không căng thẳng thêm?
bystander-bullying-option-mean-back = Nhắn lại một câu thật xấu tính
bystander-bullying-option-screenshot = Chụp màn hình, rồi chặn và báo cáo
bystander-bullying-mean-back = Nhắn lại lời khó nghe chỉ làm kênh chat thêm căng thẳng, mà Mai cũng thấy bực bội theo.
bystander-bullying-mean-not-late = Lỡ nhắn rồi cũng không phải lỗi của Mai, kể bố vẫn còn kịp. Mình chọn lại nhé.
bystander-bullying-screenshot = Trước tiên, tớ chụp màn hình lại. Thế là người lớn xem được họ đã viết gì.
bystander-bullying-block = Rồi Mai chặn Tên Lửa và Sỏi Nhỏ, và báo cáo với trò chơi là họ cư xử không tử tế.
bystander-bullying-then = Xong rồi! Giờ tớ đi kể với bố.

bystander-bullying-tell-prompt = Mai sẽ nói gì với bố?
bystander-bullying-say-mean = Bố ơi, có mấy bạn trong trò chơi cứ nói những lời khó nghe với Vy.
bystander-bullying-say-sad = Bố ơi, con thấy một chuyện trong trò chơi làm con buồn.
bystander-bullying-dad-answer = Cảm ơn con đã kể với bố. Kể với người lớn là một cách giúp Vy rất tốt. Bố tự hào về con.
bystander-bullying-dad-teacher = Mình cho cô Lan biết chuyện này nhé. Cô sẽ giúp cả lớp đối xử tử tế với nhau.
bystander-bullying-dad-helper = Khi thấy ai bị bắt nạt, con có thể là người giúp đỡ: tử tế, không hùa theo, và kể với người lớn.
bystander-bullying-sit-with-vy = Ngày mai tớ sẽ ngồi ăn trưa cùng Vy.
bystander-bullying-catchphrase = Khoan đã, kiểm tra, kể ngay!
bystander-bullying-well-done = Giỏi lắm! Bạn đã bênh vực Vy, và đã kể với bố. Bạn tốt là như thế đấy.
bystander-bullying-sticker = Hình dán Khiên người giúp đỡ

bystander-bullying-tip = Phần lớn trẻ thấy bắt nạt trên mạng đều im lặng, vì không biết phải làm gì. Hãy dạy con các bước của người giúp đỡ: không hùa theo, nhắn một lời tử tế cho bạn bị bắt nạt, chụp màn hình, chặn và báo cáo, rồi kể với người lớn. Hãy khen con khi con kể, và trao đổi thêm với nhà trường.
bystander-bullying-starter = Con đã bao giờ thấy ai bị bỏ rơi hay bị trêu trong trò chơi hoặc nhóm chat chưa? Người giúp đỡ có thể làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
bystander-bullying-check-1-question = Trong nhóm nhắn tin của lớp, có người gửi ảnh chế trêu một bạn. Mọi người đang cười. Em làm gì?
bystander-bullying-check-1-laugh = Gửi một mặt cười cho vui.
bystander-bullying-check-1-kind = Không cười theo, nhắn riêng hỏi thăm bạn ấy.
bystander-bullying-check-1-quiet = Im lặng, coi như không thấy.
bystander-bullying-check-1-why = Một lời tử tế giúp bạn ấy thấy mình không một mình. Em cũng có thể kể người lớn.
bystander-bullying-check-2-question = Tin nhắn trêu chọc cứ tiếp tục. Em làm gì trước tiên?
bystander-bullying-check-2-save = Chụp màn hình lại rồi kể người lớn.
bystander-bullying-check-2-delete = Xoá hết cho đỡ phải thấy.
bystander-bullying-check-2-reply = Nhắn lại thật gắt.
bystander-bullying-check-2-why = Ảnh chụp màn hình giúp người lớn hiểu chuyện. Rồi cùng nhau chặn và báo cáo.
bystander-bullying-check-3-question = Kể cho người lớn có phải là mách lẻo không?
bystander-bullying-check-3-yes = Có, nên em giữ cho riêng mình.
bystander-bullying-check-3-only = Chỉ khi có ai bị đau.
bystander-bullying-check-3-no = Không, kể là để giúp bạn.
bystander-bullying-check-3-why = Mách lẻo là để bạn gặp rắc rối. Kể với người lớn là để giúp bạn thấy an toàn.
