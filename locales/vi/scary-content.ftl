# Bài học: scary-content (3-6 tuổi). Gặp video mình không thích: che lại và kể ngay.
scary-content-title = Úp máy xuống và kể ngay
scary-content-objective = Trẻ biết rằng khi một video hay hình ảnh trên màn hình làm mình thấy sợ hay buồn, mình che màn hình hoặc úp máy xuống rồi kể ngay với người lớn.
scary-content-behaviour = Che màn hình hoặc úp máy tính bảng xuống, rồi kể với người lớn mình đã thấy gì và mình cảm thấy thế nào.

scary-content-hello = Chào bạn! Tớ là Nam. Hôm nay tớ sang nhà bà chơi!
scary-content-trains = Nam đang xem phim hoạt hình về chú tàu hỏa nhỏ màu đỏ.
scary-content-grandma-near = Bà ngồi gấp quần áo ngay đây nhé, cháu.
scary-content-video-appears = Ô! Một video khác tự dưng chạy lên.
scary-content-screen-title = Video tiếp theo
scary-content-tummy = Tớ không thích video này. Tớ thấy sợ sợ.
scary-content-body-says = Tim Nam đập thình thịch. Cơ thể Nam đang bảo: dừng lại!
scary-content-what-now = Dừng lại, suy nghĩ, kể ngay! Nam nên làm gì nhỉ?
scary-content-what-now-discuss-1 = Tim Nam đập thình thịch. Cơ thể Nam đang muốn nói gì?
scary-content-what-now-discuss-2 = Nam có thể làm gì để không phải nhìn video đó nữa?
scary-content-option-watch = Xem tiếp
scary-content-option-turn-over = Úp máy tính bảng xuống
scary-content-option-tell = Kể với bà
scary-content-oops = Nam cứ xem tiếp. Nam càng lúc càng thấy sợ.
scary-content-not-late = Lỡ xem rồi thì không phải lỗi của Nam. Kể ngay với bà nhé.
scary-content-oops-back = Không sao đâu! Nam không cần phải xem đâu. Mình chọn lại nhé.
scary-content-turn-over = Tớ úp máy xuống. Giờ tớ không nhìn thấy nữa.
scary-content-call = Bà ơi! Bà lại đây giúp cháu với!
scary-content-tell-prompt = Nam sẽ nói gì với bà?
scary-content-say-didnt-like = Bà ơi, cháu thấy một video cháu không thích.
scary-content-say-tummy = Bà ơi, có video làm cháu thấy sợ.
scary-content-say-turned = Bà ơi, cháu úp máy xuống rồi. Bà giúp cháu nhé?
scary-content-grandma-answer = Cảm ơn cháu đã kể cho bà. Cháu làm đúng lắm.
scary-content-not-in-trouble = Cháu không làm gì sai cả. Video đó tự chạy lên mà.
scary-content-hug = Bà ôm Nam thật chặt, thật ấm.
scary-content-switch-off = Bà tắt nó đi nhé. Rồi bà cháu mình cùng chọn phim tàu hỏa.
scary-content-rule = Thấy gì trên màn hình làm cháu không vui, cháu che lại và kể bà nhé.
scary-content-better = Chú tàu hỏa đỏ quay lại rồi. Cháu hết sợ rồi.
scary-content-catchphrase = Dừng lại, suy nghĩ, kể ngay!
scary-content-well-done = Giỏi quá! Bé đã không xem tiếp, và bé kể với bà.
scary-content-sticker = Hình dán Ngôi sao úp máy

scary-content-tip = Video có thể tự chạy, và đôi khi trẻ nhìn thấy những thứ làm con sợ hoặc buồn. Hãy nói với con rằng con luôn có thể che màn hình hoặc úp máy xuống rồi chạy đến bố mẹ, và con sẽ không bao giờ bị mắng vì điều đó. Tắt tự động phát và dùng hồ sơ dành cho trẻ em cũng giúp ích.
scary-content-starter = Nếu có gì trên máy tính bảng làm con thấy sợ hay không thích, con sẽ làm gì với cái máy? Con sẽ kể với ai?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
scary-content-check-1-question = Con thấy hình làm con lo. Con làm gì?
scary-content-check-1-watch = Xem tiếp cho hết.
scary-content-check-1-cover = Che màn hình, kể người lớn.
scary-content-check-1-quiet = Tắt đi, không kể ai.
scary-content-check-1-why = Che lại rồi kể. Người lớn giúp con thấy ổn.
scary-content-check-2-question = Con kể gì với người lớn?
scary-content-check-2-feel = Con thấy gì, con thấy thế nào.
scary-content-check-2-nothing = Không có gì đâu ạ.
scary-content-check-2-why = Nói ra cảm xúc giúp con nhẹ lòng hơn.
scary-content-check-3-question = Con lỡ thấy hình không hay. Người lớn sẽ làm gì?
scary-content-check-3-cross = Giận con.
scary-content-check-3-away = Cất máy đi mãi mãi.
scary-content-check-3-hug = Ôm con và giúp con.
scary-content-check-3-why = Lỡ thấy không phải lỗi của con. Người lớn sẽ giúp.
