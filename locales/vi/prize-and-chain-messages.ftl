# Bài học: prize-and-chain-messages (6-10 tuổi). Link trúng thưởng, tệp "của chị họ", tin nhắn dây chuyền.
prize-and-chain-messages-title = Ba tin nhắn mánh khóe
prize-and-chain-messages-objective = Trẻ nhận ra tin nhắn trúng thưởng, tin nhắn dây chuyền và tệp "từ người quen" có thể là trò lừa: không bấm, không gửi tiếp, và kiểm tra với người lớn.
prize-and-chain-messages-behaviour = Không bấm link trúng thưởng hay mở tệp lạ; không gửi tiếp tin nhắn dây chuyền; kiểm tra lại bằng cách khác; kể với người lớn.

prize-and-chain-messages-hello = Làm bài xong rồi! Mẹ đang nấu cơm, còn tớ xem tin nhắn trên máy tính bảng của cả nhà.
prize-and-chain-messages-prize-appears = Một tin nhắn hiện lên, kèm một đường link lấp lánh.
prize-and-chain-messages-prize-from = CLB Quà May Mắn
prize-and-chain-messages-prize-text = Chúc mừng Nam! Bạn đã trúng một máy tính bảng mới tinh! Bấm link trong 5 phút để nhận quà!
prize-and-chain-messages-prize-link = clb-qua-may-man/may-tinh-bang/nam
prize-and-chain-messages-cousin-appears = Rồi thêm một tin nhắn nữa, từ một số Nam không biết.
prize-and-chain-messages-cousin-from = Hoa (số mới)
prize-and-chain-messages-cousin-text = Nam ơi, chị Hoa đây! Xem mấy tấm ảnh buồn cười của em nè, haha!
prize-and-chain-messages-cousin-link = Mở tệp: anh-vui-cua-nam
prize-and-chain-messages-think = Máy tính bảng mới! Lại còn ảnh buồn cười của tớ! Nhưng sao phải vội thế? Sao lại là số mới?
prize-and-chain-messages-what-now = Nam nên làm gì?
prize-and-chain-messages-option-prize = Bấm link nhận quà
prize-and-chain-messages-option-photos = Mở ảnh của chị Hoa
prize-and-chain-messages-option-leave = Không bấm gì cả
prize-and-chain-messages-option-show = Cho mẹ xem

prize-and-chain-messages-prize-oops = Nam bấm vào. Trang web đòi họ tên, địa chỉ nhà và số điện thoại của mẹ. Chẳng có máy tính bảng nào cả.
prize-and-chain-messages-prize-back = Chẳng ai trao giải cho cuộc thi mình chưa từng tham gia. Tin nhắn đó là trò lừa. Mình chọn lại nhé.
prize-and-chain-messages-photos-oops = Nam bấm vào. Chẳng có ảnh nào. Thay vào đó, máy chạy chậm rì và đầy quảng cáo.
prize-and-chain-messages-photos-back = Tin nhắn mang tên người quen cũng có thể là trò lừa. Mình chọn lại nhé.
prize-and-chain-messages-leave = Tớ không bấm gì đâu. Tớ cho mẹ xem trước. Mẹ sẽ biết phải làm gì.

prize-and-chain-messages-tell-prompt = Nam sẽ nói gì với mẹ?
prize-and-chain-messages-say-prize = Mẹ ơi, có tin nhắn bảo con trúng máy tính bảng mới!
prize-and-chain-messages-say-cousin = Mẹ ơi, có tin nhắn bảo là của chị Hoa, mà lại là số lạ.
prize-and-chain-messages-mum-answer = Cảm ơn con đã cho mẹ xem trước khi bấm. Con khôn lắm đấy.
prize-and-chain-messages-mum-prize = Chẳng ai tặng máy tính bảng cho trẻ con mà họ không quen. Còn giục vội vàng cũng là một phần của trò lừa.
prize-and-chain-messages-mum-check = Tin này lấy tên chị Hoa. Mình kiểm tra cách khác nhé: mẹ gọi dì Thu bằng số quen.
prize-and-chain-messages-mum-aunt = Dì Thu bảo chị Hoa không gửi gì cả. Có người mượn tên chị ấy thôi. Mình xóa cả hai tin nhé.
prize-and-chain-messages-delete-appears = Mẹ chỉ cho Nam cách báo cáo và xóa tin nhắn.
prize-and-chain-messages-delete-title = Báo cáo và xóa?
prize-and-chain-messages-delete-body = Tin nhắn này sẽ bị xóa, và ứng dụng sẽ biết đây là trò lừa.
prize-and-chain-messages-delete-button = Báo cáo và xóa

prize-and-chain-messages-chain-appears = Ăn tối xong, Bin cùng lớp nhắn tin cho Nam.
prize-and-chain-messages-chain-contact = Bin
prize-and-chain-messages-msg-quick = Nam ơi, đọc cái này nhanh lên!!
prize-and-chain-messages-msg-chain = Gửi tin này cho 10 người bạn trong 10 phút, không thì thú cưng trong game sẽ bỏ đi hết!!!
prize-and-chain-messages-msg-everyone = Tớ gửi cho cả lớp rồi. Cho chắc!
prize-and-chain-messages-chain-think = Thú cưng của tớ bỏ đi hết á? Tớ không muốn đâu! Nhưng một tin nhắn làm thế được thật à?
prize-and-chain-messages-chain-choice = Nam nên làm gì với tin nhắn của Bin?
prize-and-chain-messages-option-forward = Gửi cho 10 người bạn
prize-and-chain-messages-option-stop = Không gửi tiếp, bảo Bin đó là chuyện bịa
prize-and-chain-messages-option-ask = Hỏi mẹ
prize-and-chain-messages-chain-oops = Nam gửi đi. Giờ mười bạn nữa cũng lo lắng, rồi các bạn ấy lại gửi cho nhiều người hơn.
prize-and-chain-messages-chain-back = Tin nhắn dây chuyền là chuyện bịa. Không gửi tiếp cũng chẳng có gì xảy ra. Mình chọn lại nhé.
prize-and-chain-messages-ask-mum = Mẹ ơi, Bin gửi con cái này. Thú cưng của con bỏ đi thật hả mẹ?
prize-and-chain-messages-mum-chain = Không đâu con. Đó là tin nhắn dây chuyền, bịa ra để người ta lo rồi gửi tiếp.
prize-and-chain-messages-reply-appears = Nam nhắn lại cho Bin.
prize-and-chain-messages-msg-dont-worry = Đừng lo, Bin! Tin nhắn dây chuyền là bịa thôi. Thú cưng của cậu không sao đâu.
prize-and-chain-messages-msg-stop-here = Mình đừng gửi cho ai nữa nhé.
prize-and-chain-messages-bin-thanks-appears = Bin trả lời.
prize-and-chain-messages-msg-phew = Phù! Cảm ơn Nam. Tớ sẽ bảo các bạn khác.
prize-and-chain-messages-mum-proud = Con đã dừng lại, kiểm tra với mẹ, lại còn giúp cả Bin nữa. Mẹ tự hào về con lắm.
prize-and-chain-messages-catchphrase = Khoan đã, kiểm tra, kể ngay!
prize-and-chain-messages-well-done = Giỏi lắm! Bạn không bấm link lạ, không gửi tiếp tin nhắn dây chuyền, và đã hỏi mẹ!
prize-and-chain-messages-sticker = Nhãn dán Phong bì tinh mắt

prize-and-chain-messages-tip = Trẻ bắt đầu nhận tin nhắn báo trúng thưởng, tin nhắn dây chuyền và tệp "từ người nhà". Hãy dạy con ba dấu hiệu: quà từ cuộc thi mình không tham gia, giục phải làm ngay, và số lạ mang tên người quen. Kiểm tra bằng cách khác, như gọi vào số quen, và đừng trách con nếu con lỡ bấm.
prize-and-chain-messages-starter = Con đã bao giờ nhận tin nhắn bảo "gửi cho 10 người bạn" hay "con đã trúng thưởng" chưa? Lúc đó con đã làm gì?
