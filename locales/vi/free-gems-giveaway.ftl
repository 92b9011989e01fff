# Bài học: free-gems-giveaway (11-15 tuổi). "Tặng kim cương miễn phí" đòi đăng nhập tài khoản game,
# rồi một người đòi đổi đồ "cậu đưa trước"; cuối bài nói về rương may mắn.
free-gems-giveaway-title = Kim cương miễn phí
free-gems-giveaway-objective = Các em nhận ra những chiêu lừa quen thuộc trong game (quà tặng miễn phí đòi đăng nhập, đổi đồ bắt đưa trước, rương may mắn khiến mình muốn mở mãi) và biết kiểm tra, báo cáo, kể với người lớn.
free-gems-giveaway-behaviour = Thấy hời quá thì thường là bẫy; xem ai đăng; báo cáo; chỉ đổi đồ qua khung giao dịch của game; đặt giới hạn chi tiêu; kể với người lớn.

free-gems-giveaway-saving-up = Minh đang để dành kim cương trong game Đảo Rồng để mua bộ giáp mới. Còn thiếu nhiều lắm.
free-gems-giveaway-feed-appears = Rồi một bài đăng hiện lên trên bảng tin.
free-gems-giveaway-author-fake = Đảo Rồng Tặng Quà
free-gems-giveaway-post-giveaway = SỰ KIỆN: tặng 10.000 kim cương cho 500 người đầu tiên! Đăng nhập tài khoản game ở link trong bình luận để nhận ngay. Chỉ còn 37 suất!
free-gems-giveaway-author-bot = gamethu8899
free-gems-giveaway-post-bot = nhận được rồi nè, thật 100%!!!
free-gems-giveaway-author-khoa = Khoa
free-gems-giveaway-post-khoa = có ai nhận được thật chưa?
free-gems-giveaway-minh-wants = Mười nghìn kim cương miễn phí á? Mình để dành cả năm cũng không được ngần ấy.
free-gems-giveaway-giveaway-choice = Minh làm gì?
free-gems-giveaway-option-check = Xem trang này là của ai
free-gems-giveaway-option-report = Báo cáo bài đăng
free-gems-giveaway-option-claim = Đăng nhập nhận luôn, kẻo hết suất
free-gems-giveaway-giveaway-choice-discuss-1 = Bài đăng này có những dấu hiệu nào cho thấy nó có thể là lừa đảo?
free-gems-giveaway-giveaway-choice-discuss-2 = Dòng “Chỉ còn 37 suất!” muốn người đọc cảm thấy thế nào, và làm gì?

free-gems-giveaway-claimed = Trang kia đòi tên đăng nhập, mật khẩu, rồi cả mã xác minh. Kim cương chẳng thấy đâu, còn tài khoản thì bị đăng xuất.
free-gems-giveaway-claimed-back = Những trò lừa này được làm rất khéo, nên lỡ tin không phải lỗi của bạn. Đổi mật khẩu ngay, báo cho game và kể với người lớn là lấy lại được. Mình quay lại nhé.
free-gems-giveaway-check = Trang này mới lập tuần trước, tên na ná trang thật. Bình luận toàn tài khoản ảo. Trang chính thức của Đảo Rồng chẳng có sự kiện nào cả.
free-gems-giveaway-report = Minh báo cáo bài đăng, chọn “Lừa đảo”, rồi nhắn Khoa: “Giả đấy, đừng đăng nhập nhé.”

free-gems-giveaway-trader-appears = Tối đó, có người trong game nhắn riêng cho Minh.
free-gems-giveaway-trader-name = CaoThuRong
free-gems-giveaway-msg-trade = cậu có giáp Rồng Lửa à? đổi kiếm Băng của tớ nhé, kiếm xịn hơn nhiều
free-gems-giveaway-msg-you-first = cậu đưa giáp trước đi, tớ gửi kiếm sau. tin tớ
free-gems-giveaway-msg-hurry = nhanh lên, không tớ đổi với người khác đấy
free-gems-giveaway-trade-choice = Minh trả lời sao?
free-gems-giveaway-option-give-first = Đưa giáp trước, chắc bạn ấy gửi thật
free-gems-giveaway-option-tell = Hỏi bố xem có vụ này không
free-gems-giveaway-option-trade-window = Chỉ đổi trong khung giao dịch của game
free-gems-giveaway-trade-choice-discuss-1 = Vì sao người kia muốn Minh đưa giáp trước, lại còn giục nhanh lên?
free-gems-giveaway-trade-choice-discuss-2 = Nếu muốn đổi đồ trong game, làm thế nào để công bằng và an toàn cho cả hai bên?

free-gems-giveaway-gave-first = Người kia nhận giáp xong thì chặn Minh luôn. Bộ giáp mất thật, và cảm giác bị lừa cũng thật.
free-gems-giveaway-gave-first-back = Kẻ lừa đảo rất giỏi làm mình vội, nên đó không phải lỗi của bạn. Lưu lại đoạn chat, báo cáo cho game và kể với người lớn vẫn có ích. Mình quay lại nhé.
free-gems-giveaway-trade-window = Muốn đổi thì đổi trong khung giao dịch của game, hai bên cùng thấy đồ và cùng bấm xác nhận.
free-gems-giveaway-gone-quiet = Người kia không chịu, rồi im bặt. Lại thêm một dấu hiệu. Minh lưu đoạn chat, báo cáo tài khoản, rồi chặn.
free-gems-giveaway-find-dad = Minh ra kể với bố.

free-gems-giveaway-tell-prompt = Minh sẽ nói gì với bố?
free-gems-giveaway-say-two-scams = Bố ơi, hôm nay con gặp liền hai vụ lừa trong game.
free-gems-giveaway-say-loot-box = Bố ơi, còn rương may mắn trong game thì có nên mua không ạ?
free-gems-giveaway-dad-answer = Hai vụ liền mà con vẫn không mắc, bố phục đấy. Cảm ơn con đã kể với bố.
free-gems-giveaway-loot-boxes = Còn rương may mắn thì được làm ra để mình luôn muốn mở thêm một lần nữa, vì biết đâu lần sau trúng. Nhà mình thống nhất một khoản mỗi tháng nhé, hết là dừng.
free-gems-giveaway-budget = Vậy con tự để dành, mua đúng bộ giáp con thích thôi.
free-gems-giveaway-too-good = Một mẹo dễ nhớ: cái gì nghe hời quá thì thường là bẫy.

free-gems-giveaway-helpline = Nếu bị lừa mất đồ, mất tiền hay bị đe doạ vì chuyện đó, hãy lưu lại, báo cáo và tìm { $counsellor } tại { $counsellor-room }, hoặc gọi 111, miễn phí, cả ngày lẫn đêm.
free-gems-giveaway-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
free-gems-giveaway-well-done = Làm tốt lắm. Bạn không để lời hứa hẹn làm mình vội, và còn giúp bạn mình tránh được.
free-gems-giveaway-sticker = Huy hiệu Mắt thần chống lừa

free-gems-giveaway-tip = Lừa đảo trong game thường hứa tặng quà miễn phí để lấy tài khoản, hoặc đòi "đưa trước" khi đổi đồ. Rương may mắn dựa vào cảm giác "biết đâu lần sau trúng". Hãy cùng con thống nhất một khoản chi tiêu mỗi tháng và nhắc con: bị lừa không phải lỗi của con, kể ngay thì dễ lấy lại hơn.
free-gems-giveaway-starter = Trong game con chơi, con từng thấy lời mời nào nghe quá hời không? Con đoán nó thật hay giả?

free-gems-giveaway-check-1-question = Một bài đăng tặng 10.000 kim cương miễn phí nếu bạn đăng nhập tài khoản game qua link. "Chỉ còn 37 suất!" Bạn làm gì?
free-gems-giveaway-check-1-claim = Đăng nhập nhận luôn, kẻo hết suất.
free-gems-giveaway-check-1-check = Xem trang này là của ai, rồi báo cáo bài đăng.
free-gems-giveaway-check-1-comments = Đọc bình luận xem đã có ai nhận được chưa.
free-gems-giveaway-check-1-why = Nghe tốt quá mức thì thường không thật. Bình luận "nhận rồi" cũng có thể từ tài khoản giả.
free-gems-giveaway-check-2-question = Một người chơi nhắn: "Cậu đưa giáp trước, tớ gửi kiếm sau. Tin tớ đi." Bạn làm gì?
free-gems-giveaway-check-2-first = Đưa trước, chắc bạn ấy gửi thật.
free-gems-giveaway-check-2-screenshot = Đưa trước, nhưng chụp màn hình lại.
free-gems-giveaway-check-2-window = Chỉ đổi trong khung giao dịch của game.
free-gems-giveaway-check-2-why = Trong khung giao dịch, hai bên cùng thấy đồ và cùng bấm xác nhận. Ai từ chối cách đó là đáng ngờ.
free-gems-giveaway-check-3-question = Rương may mắn cứ khiến bạn muốn mở "thêm một lần nữa". Điều gì giúp bạn?
free-gems-giveaway-check-3-limit = Thống nhất với bố mẹ một khoản mỗi tháng, hết là dừng.
free-gems-giveaway-check-3-next = Mở tiếp, lần sau chắc sẽ trúng lớn.
free-gems-giveaway-check-3-card = Lấy thẻ của bố mẹ nạp thêm, kể sau.
free-gems-giveaway-check-3-why = Rương may mắn được làm ra để bạn luôn muốn mở thêm. Một giới hạn rõ ràng giúp bạn tự làm chủ.
