# Bài học: gifts-and-secrets (6-10 tuổi). Kim cương miễn phí để đổi lấy một bức ảnh, và "giữ bí mật nhé".
gifts-and-secrets-title = Kim cương bí mật
gifts-and-secrets-objective = Trẻ hiểu rằng quà tặng hay mẹo chơi game được cho để đổi lấy thứ gì đó, kèm câu "giữ bí mật nhé", là một trò lừa, và biết kể với người lớn.
gifts-and-secrets-behaviour = Từ chối quà tặng kèm bí mật; không giữ bí mật đó; kể với người lớn; cùng nhau chặn và báo cáo.

gifts-and-secrets-hello = Tớ đang ở nhà bà, xây lâu đài trong trò chơi. Tớ cần thật nhiều kim cương để xây tháp!
gifts-and-secrets-offer-appears = Ting! Một người chơi Nam không quen nhắn tin cho Nam.
gifts-and-secrets-contact = VuaKimCuong
gifts-and-secrets-msg-gems = Chào Nam! Muốn 1000 kim cương miễn phí không?
gifts-and-secrets-msg-cheat = Tớ còn biết một mẹo bí mật nữa. Chỉ dành cho bạn thân thôi.
gifts-and-secrets-wow = Một nghìn kim cương! Lại còn mẹo bí mật! Thích quá đi mất.
gifts-and-secrets-ask-appears = Rồi thêm tin nhắn nữa tới.
gifts-and-secrets-msg-photo = Cậu chỉ cần gửi tớ một tấm ảnh của cậu trước.
gifts-and-secrets-msg-secret = Và giữ bí mật nhé. Đừng kể với bố mẹ hay bà, được không?
gifts-and-secrets-tummy = Giữ bí mật với bà á? Tim tớ đập thình thịch.
gifts-and-secrets-what-now = Khoan đã, kiểm tra, kể ngay! Nam nên làm gì?
gifts-and-secrets-what-now-discuss-1 = Sao người lạ trong trò chơi lại cho Nam kim cương miễn phí? Người đó muốn đổi lấy gì?
gifts-and-secrets-what-now-discuss-2 = Đây là bất ngờ vui hay bí mật làm mình lo? Sao các con biết?
gifts-and-secrets-option-send = Gửi ảnh để lấy kim cương
gifts-and-secrets-option-keep-secret = Từ chối, nhưng giữ bí mật
gifts-and-secrets-option-close = Từ chối và tắt khung chat
gifts-and-secrets-option-tell = Kể với bà

gifts-and-secrets-oops = Nam gửi ảnh. Chẳng có kim cương nào cả. Chỉ có tin nhắn mới: “Gửi thêm tấm nữa đi. Nhớ giữ bí mật đấy.”
gifts-and-secrets-oops-back = Nếu lỡ gửi rồi thì không phải lỗi của Nam. Kể ngay với bà, bà sẽ giúp.
gifts-and-secrets-after-send = Nam lỡ gửi ảnh rồi. Giờ Nam làm gì?
gifts-and-secrets-after-send-discuss-1 = Nam lỡ gửi ảnh rồi. Giờ kể với bà có muộn không?
gifts-and-secrets-after-send-discuss-2 = Bà có thể giúp Nam những gì?
gifts-and-secrets-option-send-more = Gửi thêm ảnh cho xong chuyện
gifts-and-secrets-option-tell-now = Kể với bà ngay
gifts-and-secrets-more-oops = Nam gửi thêm. Người đó lại đòi thêm nữa, và Nam càng lo.
gifts-and-secrets-more-back = Gửi thêm không làm chuyện dừng lại. Kể với bà thì mới dừng được. Vẫn chưa muộn đâu.
gifts-and-secrets-secret-oops = Nam từ chối, nhưng vẫn giữ bí mật. Ngày nào người đó cũng nhắn, và Nam cứ lo mãi.
gifts-and-secrets-secret-back = Bí mật làm mình lo lắng thì phải kể ra. Mình chọn lại nhé.
gifts-and-secrets-close = Không, cảm ơn! Tớ tắt khung chat đây. Nhưng tớ vẫn thấy lo lo.

gifts-and-secrets-tell-prompt = Nam sẽ nói gì với bà?
gifts-and-secrets-say-photo = Bà ơi, có người trong trò chơi đòi ảnh của cháu để đổi kim cương.
gifts-and-secrets-say-secret = Bà ơi, có người chơi bảo cháu phải giữ bí mật với bà.
gifts-and-secrets-say-sent = Bà ơi, cháu lỡ gửi ảnh cho một người trong trò chơi. Cháu sợ lắm.
gifts-and-secrets-grandma-answer = Cảm ơn cháu đã kể với bà. Cháu không làm gì sai cả. Cháu làm thế là đúng lắm.
gifts-and-secrets-grandma-answer-sent = Cảm ơn cháu đã kể với bà. Không phải lỗi của cháu đâu. Người đó đã lừa cháu, và bà sẽ giúp cháu.
gifts-and-secrets-grandma-help = Mình chụp màn hình lại, rồi chặn và báo cáo. Tối nay mình kể cả với bố mẹ nữa, để cả nhà cùng giúp.
gifts-and-secrets-grandma-secrets = Bất ngờ như quà sinh nhật thì giữ cho vui. Còn bí mật làm mình lo, sợ hay khó chịu thì mình kể ra.
gifts-and-secrets-grandma-trick = Bạn bè thật sự không đòi ảnh hay bắt mình giữ bí mật để đổi lấy quà. Đó là trò lừa.
gifts-and-secrets-block-appears = Bà và Nam cùng chặn và báo cáo người chơi đó.
gifts-and-secrets-block-title = Chặn và báo cáo VuaKimCuong?
gifts-and-secrets-block-body = Người này sẽ không nhắn tin cho bạn được nữa.
gifts-and-secrets-block-button = Chặn và báo cáo
gifts-and-secrets-build-together = Xong rồi. Chơi giỏi là có kim cương thôi. Hai bà cháu mình cùng xây tháp nhé?
gifts-and-secrets-catchphrase = Khoan đã, kiểm tra, kể ngay!
gifts-and-secrets-well-done = Giỏi lắm! Bạn không giữ bí mật làm mình lo lắng. Bạn đã kể với bà, thật dũng cảm.
gifts-and-secrets-sticker = Hình dán Rương báu mở nắp

gifts-and-secrets-tip = Người muốn lợi dụng trẻ trên mạng thường tặng quà, tiền trong game hay mẹo chơi, rồi xin ảnh hoặc thông tin cá nhân và dặn "giữ bí mật nhé". Hãy nói với con rằng không món quà nào đáng để giữ bí mật, rằng con sẽ không bao giờ bị mắng vì đã kể, và cùng con kiểm tra xem ai có thể nhắn tin cho con trong trò chơi.
gifts-and-secrets-starter = Đã bao giờ có ai trong trò chơi cho con thứ gì miễn phí chưa? Họ muốn con làm gì để đổi lại?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
gifts-and-secrets-check-1-question = Một người quen trên mạng tặng em ngọc, rồi dặn: "Đừng kể với ai nhé". Em làm gì?
gifts-and-secrets-check-1-keep = Nhận quà và giữ bí mật.
gifts-and-secrets-check-1-tell = Từ chối và kể với người lớn.
gifts-and-secrets-check-1-thanks = Nhận, rồi nhắn cảm ơn thật nhiều.
gifts-and-secrets-check-1-why = Quà kèm bí mật là một mẹo. Kể ra là đúng, em không gặp rắc rối đâu.
gifts-and-secrets-check-2-question = Điều nào là dấu hiệu cần kể với người lớn?
gifts-and-secrets-check-2-game = Bạn cùng lớp rủ chơi một ván.
gifts-and-secrets-check-2-birthday = Bà tặng quà sinh nhật.
gifts-and-secrets-check-2-secret = Ai đó tặng quà và bảo giữ bí mật.
gifts-and-secrets-check-2-why = Người tốt không bảo em giấu bố mẹ. Bí mật như vậy thì cứ kể.
gifts-and-secrets-check-3-question = Em đã lỡ nhận quà rồi. Giờ em làm gì?
gifts-and-secrets-check-3-tell = Vẫn kể với người lớn, chưa muộn đâu.
gifts-and-secrets-check-3-hide = Giấu luôn, vì đã nhận rồi.
gifts-and-secrets-check-3-return = Nhắn riêng xin trả lại quà.
gifts-and-secrets-check-3-why = Lỡ nhận quà không phải lỗi của em. Người lớn giúp em chặn và báo cáo.
