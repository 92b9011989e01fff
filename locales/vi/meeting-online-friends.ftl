# Bài học: meeting-online-friends (6-10 tuổi). Một người bạn trên mạng rủ gặp, "chỉ hai đứa mình thôi".
meeting-online-friends-title = Hẹn gặp ở công viên nhé?
meeting-online-friends-objective = Trẻ hiểu rằng không bao giờ đi gặp người chỉ quen trên mạng khi không có bố mẹ hay người lớn tin cậy, và biết kể với người lớn khi có ai rủ gặp.
meeting-online-friends-behaviour = Không bao giờ đi gặp người chỉ quen trên mạng; từ chối và kể với người lớn; cùng nhau chặn và báo cáo.

meeting-online-friends-hello = Tớ với bà đang đi tàu ra biển! Tớ đang vẽ trong trò chơi vẽ tranh.
meeting-online-friends-about = Ngày nào tớ cũng vẽ cùng Thỏ Nắng, bạn tớ quen trên mạng. Bạn ấy dễ thương lắm!
meeting-online-friends-chat-appears = Ting! Thỏ Nắng nhắn tin cho Mai.
meeting-online-friends-contact = Thỏ Nắng
meeting-online-friends-msg-drawing = Tranh con mèo của cậu đẹp quá đi!
meeting-online-friends-msg-thanks = Cảm ơn cậu! Tớ thích cầu vồng của cậu lắm!
meeting-online-friends-msg-nine = Tớ cũng 9 tuổi này. Mình như bạn thân thật luôn ấy!
meeting-online-friends-meet-appears = Rồi Thỏ Nắng nhắn một điều mới.
meeting-online-friends-msg-meet = Thứ Bảy mình gặp nhau ở công viên lớn đi!
meeting-online-friends-msg-just-us = Chỉ hai đứa mình thôi. Đừng dẫn người lớn theo nhé?
meeting-online-friends-excited = Gặp Thỏ Nắng thật á? Nghe vui quá… nhưng chỉ hai đứa thôi á? Tớ thấy lo lo.
meeting-online-friends-what-now = Khoan đã, kiểm tra, kể ngay! Mai nên làm gì?
meeting-online-friends-what-now-discuss-1 = Thỏ Nắng bảo mình chín tuổi. Làm sao Mai biết bạn ấy thật sự là ai?
meeting-online-friends-what-now-discuss-2 = Câu nào trong tin nhắn làm Mai thấy lo?
meeting-online-friends-option-go = Đồng ý và đi gặp một mình
meeting-online-friends-option-ignore = Im lặng và giữ chuyện cho riêng mình
meeting-online-friends-option-no = Nhắn: tớ không gặp, tớ sẽ kể với bà
meeting-online-friends-option-tell = Kể với bà

meeting-online-friends-oops = Trên mạng, ai cũng dùng được hình chú thỏ và nói mình chín tuổi. Mai không thể biết ai sẽ đến thật.
meeting-online-friends-not-late = Lỡ hẹn rồi thì không phải lỗi của Mai. Kể ngay với bà, bà sẽ giúp.
meeting-online-friends-oops-back = Mình không bao giờ đi gặp bạn trên mạng khi không có người lớn tin cậy. Mình chọn lại nhé.
meeting-online-friends-keep-oops = Mai im lặng. Nhưng Thỏ Nắng cứ rủ mãi, và cả tuần Mai cứ thấp thỏm không yên.
meeting-online-friends-keep-back = Ai rủ gặp mà không cho người lớn đi cùng thì mình luôn kể ra. Mình chọn lại nhé.
meeting-online-friends-say-no-appears = Mai nhắn lại.
meeting-online-friends-msg-family = Tớ không gặp bạn chỉ quen trên mạng đâu. Tớ sẽ kể với bà.
meeting-online-friends-reply-appears = Thỏ Nắng trả lời ngay.
meeting-online-friends-msg-no-grown-ups = Đừng mà!! Đừng kể với ai về tớ nhé.
meeting-online-friends-funnier = Lại còn bảo đừng kể? Tim tớ đập thình thịch. Tớ kể với bà ngay đây.

meeting-online-friends-tell-prompt = Mai sẽ nói gì với bà?
meeting-online-friends-say-meet = Bà ơi, bạn trên mạng rủ cháu ra công viên gặp, mà không có người lớn.
meeting-online-friends-say-tummy = Bà ơi, có tin nhắn trong trò chơi làm cháu thấy lo.
meeting-online-friends-grandma-answer = Cảm ơn cháu đã kể với bà. Cháu không làm gì sai cả. Cháu làm thế là đúng lắm.
meeting-online-friends-grandma-online = Vẽ tranh với bạn trên mạng cũng vui. Nhưng qua màn hình, mình không thấy được ai đang ở đó thật.
meeting-online-friends-grandma-rule = Nên mình không bao giờ đi gặp bạn trên mạng mà không có bố mẹ hoặc bà. Không bao giờ.
meeting-online-friends-grandma-sign = Còn nếu ai bảo "đừng dẫn người lớn" hay "đừng kể", đó là dấu hiệu phải kể ngay.
meeting-online-friends-block-appears = Bà và Mai cùng chặn và báo cáo Thỏ Nắng.
meeting-online-friends-block-title = Chặn và báo cáo Thỏ Nắng?
meeting-online-friends-block-body = Người này sẽ không nhắn tin hay vẽ cùng bạn được nữa.
meeting-online-friends-block-button = Chặn và báo cáo
meeting-online-friends-grandma-next = Tối nay mình kể cho bố mẹ cháu nữa nhé. Giờ hai bà cháu vẽ biển ngoài cửa sổ nào?
meeting-online-friends-proud = Cháu đã dừng lại, để ý cảm giác của mình, rồi kể với bà. Cháu dũng cảm lắm.
meeting-online-friends-catchphrase = Khoan đã, kiểm tra, kể ngay!
meeting-online-friends-well-done = Giỏi lắm! Bạn không đi gặp bạn trên mạng một mình, và đã kể với bà.
meeting-online-friends-sticker = Hình dán Luôn có nhau

meeting-online-friends-tip = Sau vài tuần trò chuyện, một người bạn trên mạng có thể khiến trẻ thấy thân như bạn thật. Hãy thống nhất quy tắc trong nhà: không bao giờ gặp bạn trên mạng nếu không có bố mẹ đi cùng, và "đừng dẫn người lớn" hay "đừng kể" là tín hiệu để kể ngay. Hãy khen con khi con kể, kể cả khi con đã lỡ trả lời.
meeting-online-friends-starter = Con có người bạn nào chỉ quen trên mạng không? Nếu bạn ấy rủ gặp, con sẽ làm gì?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
meeting-online-friends-check-1-question = Một bạn chơi cùng trên mạng rủ: "Gặp nhau ở công viên nhé!". Em làm gì?
meeting-online-friends-check-1-go = Đi gặp, vì đã chơi cùng lâu rồi.
meeting-online-friends-check-1-maybe = Hẹn để hôm khác.
meeting-online-friends-check-1-tell = Nói không, rồi kể với người lớn.
meeting-online-friends-check-1-why = Người chỉ quen trên mạng vẫn là người lạ. Kể ra để người lớn giúp em.
meeting-online-friends-check-2-question = Một bạn trên mạng nói bạn ấy cũng chín tuổi. Em có biết chắc không?
meeting-online-friends-check-2-no = Không, trên mạng ai nói gì cũng được.
meeting-online-friends-check-2-photo = Có, vì họ đã gửi ảnh rồi.
meeting-online-friends-check-2-nice = Có, vì họ rất tốt với em.
meeting-online-friends-check-2-why = Ảnh và lời nói trên mạng có thể không thật. Người lớn giúp em kiểm tra.
meeting-online-friends-check-3-question = Họ dặn: "Đừng kể với bố mẹ chuyện mình gặp nhau". Em nghĩ sao?
meeting-online-friends-check-3-normal = Bình thường, bạn bè hay có bí mật.
meeting-online-friends-check-3-sign = Đó là dấu hiệu phải kể ngay.
meeting-online-friends-check-3-fun = Giữ bí mật cho thú vị.
meeting-online-friends-check-3-why = Bạn thật không bảo em giấu bố mẹ. Kể ngay là đúng rồi.
