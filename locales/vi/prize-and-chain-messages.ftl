# Bài học: prize-and-chain-messages (6-10 tuổi). Link trúng thưởng, tệp "của chị họ", tin nhắn dây chuyền.
prize-and-chain-messages-title = Tin nhắn dây chuyền
prize-and-chain-messages-objective = Trẻ nhận ra tin nhắn dây chuyền ("gửi cho 10 người, không thì…") là chuyện bịa, không gửi tiếp, và hỏi người lớn.
prize-and-chain-messages-behaviour = Không gửi tiếp tin nhắn dây chuyền; hỏi người lớn; nhắn cho bạn biết đó là chuyện bịa.

prize-and-chain-messages-hello = Làm bài xong rồi! Mẹ đang nấu cơm, còn tớ xem tin nhắn trên máy tính bảng của cả nhà.


prize-and-chain-messages-tell-prompt = Nam sẽ nói gì với mẹ?
prize-and-chain-messages-mum-answer = Cảm ơn con đã cho mẹ xem trước khi gửi đi. Con khôn lắm đấy.

prize-and-chain-messages-chain-appears = Ting! Bin cùng lớp nhắn tin cho Nam.
prize-and-chain-messages-chain-contact = Bin
prize-and-chain-messages-msg-quick = Nam ơi, đọc cái này nhanh lên!!
prize-and-chain-messages-msg-chain = Gửi tin này cho 10 người bạn trong 10 phút, không thì thú cưng trong game sẽ bỏ đi hết!!!
prize-and-chain-messages-msg-everyone = Tớ gửi cho cả lớp rồi. Cho chắc!
prize-and-chain-messages-chain-think = Thú cưng của tớ bỏ đi hết á? Tớ không muốn đâu! Nhưng một tin nhắn làm thế được thật à?
prize-and-chain-messages-chain-choice = Khoan đã, kiểm tra, kể ngay! Nam nên làm gì với tin nhắn của Bin?
prize-and-chain-messages-chain-choice-discuss-1 = Một tin nhắn có làm thú cưng bỏ đi được thật không? Sao các con biết?
prize-and-chain-messages-chain-choice-discuss-2 = Bin đã gửi cho cả lớp. Các con nghĩ Bin đang thấy thế nào?
prize-and-chain-messages-option-forward = Gửi cho 10 người bạn
prize-and-chain-messages-option-stop = Không gửi tiếp, bảo Bin đó là chuyện bịa
prize-and-chain-messages-option-ask = Hỏi mẹ
prize-and-chain-messages-chain-oops = Nam gửi đi. Giờ mười bạn nữa cũng lo lắng, rồi các bạn ấy lại gửi cho nhiều người hơn.
prize-and-chain-messages-not-late = Lỡ gửi rồi thì không phải lỗi của Nam. Kể mẹ nghe, rồi báo các bạn đó là tin bịa.
prize-and-chain-messages-chain-back = Tin nhắn dây chuyền là chuyện bịa. Không gửi tiếp cũng chẳng có gì xảy ra. Mình chọn lại nhé.
prize-and-chain-messages-ask-mum = Mẹ ơi, Bin gửi con cái này. Thú cưng của con bỏ đi thật hả mẹ?
prize-and-chain-messages-say-worried = Mẹ ơi, Bin gửi con tin nhắn dây chuyền. Con lo cho thú cưng quá.
prize-and-chain-messages-mum-chain = Không đâu con. Đó là tin nhắn dây chuyền, bịa ra để người ta lo rồi gửi tiếp.
prize-and-chain-messages-reply-appears = Nam nhắn lại cho Bin.
prize-and-chain-messages-msg-dont-worry = Đừng lo, Bin! Tin nhắn dây chuyền là bịa thôi. Thú cưng của cậu không sao đâu.
prize-and-chain-messages-msg-stop-here = Mình đừng gửi cho ai nữa nhé.
prize-and-chain-messages-bin-thanks-appears = Bin trả lời.
prize-and-chain-messages-msg-phew = Phù! Cảm ơn Nam. Tớ sẽ bảo các bạn khác.
prize-and-chain-messages-show-mum = Xong rồi. Tớ vẫn cho mẹ xem, để mẹ biết chuyện.
prize-and-chain-messages-mum-proud = Con đã dừng lại, không gửi tiếp, và kể với mẹ. Mẹ tự hào về con lắm.
prize-and-chain-messages-catchphrase = Khoan đã, kiểm tra, kể ngay!
prize-and-chain-messages-well-done = Giỏi lắm! Bạn không gửi tiếp tin nhắn dây chuyền, và đã kể với mẹ!
prize-and-chain-messages-sticker = Hình dán Phong bì tinh mắt

prize-and-chain-messages-tip = Tin nhắn dây chuyền dọa rằng sẽ có chuyện xấu nếu không gửi tiếp, để trẻ lo và lan truyền nó. Hãy nói với con rằng những tin như thế luôn là bịa, không gửi tiếp cũng chẳng sao, và con luôn có thể cho bố mẹ xem trước khi làm gì.
prize-and-chain-messages-starter = Đã bao giờ con nhận được tin nhắn bảo "gửi cho mọi người đi" chưa? Lúc đó con thấy thế nào?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
prize-and-chain-messages-check-1-question = Tin nhắn nói: "Gửi cho mười bạn, không thì sẽ gặp xui". Em làm gì?
prize-and-chain-messages-check-1-stop = Không gửi, hỏi người lớn.
prize-and-chain-messages-check-1-ten = Gửi cho mười bạn cho chắc.
prize-and-chain-messages-check-1-few = Gửi cho vài bạn thôi.
prize-and-chain-messages-check-1-why = Tin nhắn dây chuyền là chuyện bịa. Không gửi thì cũng chẳng có gì xảy ra.
prize-and-chain-messages-check-2-question = Tin nhắn báo em trúng một chiếc điện thoại, bấm đường dẫn để nhận. Em làm gì?
prize-and-chain-messages-check-2-tap = Bấm vào để nhận quà.
prize-and-chain-messages-check-2-show = Không bấm, cho người lớn xem.
prize-and-chain-messages-check-2-forward = Gửi cho bạn để cùng nhận.
prize-and-chain-messages-check-2-why = Quà trúng thưởng bất ngờ thường là mẹo. Người lớn giúp em kiểm tra.
prize-and-chain-messages-check-3-question = Bạn em nhận tin nhắn dây chuyền và đang lo. Em nói gì?
prize-and-chain-messages-check-3-send = Gửi tiếp đi cho yên tâm.
prize-and-chain-messages-check-3-nothing = Không nói gì cả.
prize-and-chain-messages-check-3-calm = Tin đó bịa đấy, không sao đâu.
prize-and-chain-messages-check-3-why = Một lời nói thật, tử tế giúp bạn em hết lo.
