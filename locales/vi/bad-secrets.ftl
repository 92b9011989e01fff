# Bài học: bad-secrets (3-6 tuổi). Quà bất ngờ vui và bí mật cần kể ra.
bad-secrets-title = Bất ngờ hay bí mật?
bad-secrets-objective = Trẻ phân biệt được quà bất ngờ vui (mọi người sẽ sớm biết) với bí mật làm mình lo, sợ hay không vui, và luôn kể bí mật ấy với người lớn.
bad-secrets-behaviour = Giữ quà bất ngờ vui để tặng sau; kể với người lớn mọi bí mật làm mình lo lắng, nhất là khi ai đó bảo “đừng kể với mẹ”.

bad-secrets-hello = Chào bạn! Tớ là Mai. Tớ với bố đang làm một thứ đặc biệt!
bad-secrets-card = Hai bố con làm thiệp sinh nhật tặng mẹ, có bông hoa màu hồng thật to.
bad-secrets-surprise = Suỵt! Đây là quà bất ngờ. Đến sinh nhật mẹ, mình mới tặng nhé.
bad-secrets-happy = Quà bất ngờ! Tớ thấy vui vui, háo hức quá.
bad-secrets-surprise-rule = Quà bất ngờ là một bí mật vui. Mẹ sẽ biết ngay thôi.
bad-secrets-farm = Lát sau, Mai chơi trò nông trại trên máy tính bảng.
bad-secrets-message-appears = Ting! Có tin nhắn hiện lên trong trò chơi.
bad-secrets-contact = Bạn Nông Trại
bad-secrets-msg-carrots = Chào Mai! Tặng cậu 10 củ cà rốt miễn phí này.
bad-secrets-msg-secret = Đừng kể với mẹ cậu nhé. Bí mật của hai đứa mình!
bad-secrets-tummy = Không được kể với mẹ á? Tớ thấy lo lo.
bad-secrets-what-now = Dừng lại, suy nghĩ, kể ngay! Mai nên làm gì với bí mật này?
bad-secrets-what-now-discuss-1 = Bí mật tấm thiệp làm Mai thấy thế nào? Còn bí mật trong trò chơi thì sao?
bad-secrets-what-now-discuss-2 = Nếu là con, con sẽ kể với ai?
bad-secrets-option-keep = Giữ bí mật
bad-secrets-option-tell = Kể với bố
bad-secrets-option-put-down = Đặt máy tính bảng xuống
bad-secrets-oops = Mai giữ bí mật. Nỗi lo cứ ở mãi trong lòng Mai.
bad-secrets-oops-back = Không sao đâu! Bí mật làm mình lo thì mình kể ra. Mình chọn lại nhé.
bad-secrets-put-down = Tớ đặt máy xuống và đi kể với bố.
bad-secrets-tell-prompt = Mai sẽ nói gì với bố?
bad-secrets-say-dont-tell = Bố ơi, trong trò chơi có người bảo con đừng kể với mẹ.
bad-secrets-say-tummy = Bố ơi, có một bí mật làm con thấy lo lo.
bad-secrets-dad-answer = Cảm ơn con đã kể cho bố. Chuyện gì con cũng kể bố mẹ được.
bad-secrets-not-in-trouble = Con không làm gì sai cả. Bố rất vui vì con đã kể.
bad-secrets-rule = Quà bất ngờ thì để dành. Bí mật làm mình lo thì kể ngay.
bad-secrets-block = Bố con mình chặn người chơi đó nhé. Rồi mình cùng kể với mẹ.
bad-secrets-birthday = Đến sinh nhật mẹ, Mai tặng mẹ tấm thiệp. Bất ngờ chưa!
bad-secrets-mum-thanks = Ôi, bất ngờ quá! Cảm ơn con gái của mẹ!
bad-secrets-catchphrase = Dừng lại, suy nghĩ, kể ngay!
bad-secrets-well-done = Giỏi quá! Bé giữ quà bất ngờ vui, và kể ra bí mật làm bé lo.
bad-secrets-sticker = Hình dán Hộp quà vui vẻ

bad-secrets-tip = Hãy giúp con phân biệt quà bất ngờ (vui, và mọi người sẽ sớm biết) với những bí mật làm con thấy không thoải mái. Nói với con rằng không ai được bảo con giấu bố mẹ điều gì, và con sẽ không bao giờ bị mắng vì đã kể.
bad-secrets-starter = Nhà mình có thể chuẩn bị quà bất ngờ cho ai nhỉ? Đã bao giờ có ai bảo con giấu bố mẹ điều gì chưa?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
bad-secrets-check-1-question = Có người dặn: "Đừng kể với mẹ nhé". Con làm gì?
bad-secrets-check-1-keep = Giữ bí mật, không kể.
bad-secrets-check-1-forget = Cố quên chuyện đó đi.
bad-secrets-check-1-tell = Kể ngay với mẹ.
bad-secrets-check-1-why = Bí mật làm con lo thì cứ kể nhé.
bad-secrets-check-2-question = Con giấu quà sinh nhật để tặng bố. Đó là gì?
bad-secrets-check-2-surprise = Một điều bất ngờ vui.
bad-secrets-check-2-worry = Một bí mật làm con lo.
bad-secrets-check-2-why = Bất ngờ vui thì sớm được mở ra, ai cũng cười.
bad-secrets-check-3-question = Một bí mật làm con thấy lo. Con làm gì?
bad-secrets-check-3-alone = Giữ trong lòng một mình.
bad-secrets-check-3-grown = Kể với người lớn con tin.
bad-secrets-check-3-wait = Chờ nỗi lo tự hết.
bad-secrets-check-3-why = Kể ra thì nỗi lo nhẹ đi nhiều.
