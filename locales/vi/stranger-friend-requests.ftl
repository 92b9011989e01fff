# Bài học: stranger-friend-requests (11-15 tuổi). Lời mời kết bạn từ người lạ khen nức nở,
# rồi sớm rủ sang một ứng dụng riêng tư.
stranger-friend-requests-title = Người lạ hoàn hảo
stranger-friend-requests-objective = Các em nhận ra dấu hiệu của tài khoản lạ hoặc giả mạo (khen quá đà, không có bạn chung, cứ rủ sang chỗ riêng tư) và biết nhiều cách xử lý đúng.
stranger-friend-requests-behaviour = Chỉ kết bạn với người mình quen; không chuyển sang chat riêng; chụp màn hình, chặn và báo cáo; kể với người lớn tin cậy hoặc gọi 111.

stranger-friend-requests-evening = Tối thứ Bảy. Linh vừa đăng bức vẽ mới: một chú mèo vàng ngủ say trên chồng sách.
stranger-friend-requests-likes = Đã hai mươi ba lượt thích rồi. Công nhận bức này mình cũng thấy hơi tự hào.
stranger-friend-requests-request-appears = Rồi một lời mời kết bạn hiện lên, kèm lời nhắn: “Bức vẽ mèo của bạn đỉnh quá! Bọn mình chắc chắn hợp nhau lắm.”
stranger-friend-requests-profile-name = nang.ve.tranh
stranger-friend-requests-profile-detail = 0 bạn chung
stranger-friend-requests-profile = “14 tuổi. Mê vẽ và mê mèo.” Ảnh nào cũng đẹp lung linh. Nhưng bọn mình chẳng có lấy một bạn chung.
stranger-friend-requests-request-choice = Linh sẽ làm gì với lời mời này?
stranger-friend-requests-option-accept = Đồng ý. Bạn ấy thích tranh mình mà.
stranger-friend-requests-option-look = Xem kỹ trang cá nhân trước đã
stranger-friend-requests-option-decline = Từ chối. Mình đâu có quen.
stranger-friend-requests-request-choice-discuss-1 = Lời mời kết bạn này có những điểm nào khiến các em muốn xem kỹ hơn?
stranger-friend-requests-request-choice-discuss-2 = Các em thường dựa vào đâu để quyết định có đồng ý kết bạn hay không?
stranger-friend-requests-look-closer = Tài khoản mới lập hai tuần. Lại còn để đúng câu “đỉnh quá!” dưới bài của cả đống người lạ. Hừm.

stranger-friend-requests-accepted = Linh bấm Đồng ý. Nhiều người cũng sẽ làm vậy thôi, không phải lỗi của Linh. Có gì không ổn thì kể lúc nào cũng chưa muộn. Chỉ vài phút sau, có tin nhắn tới.
stranger-friend-requests-chat-accepted-appears = Người bạn mới nhắn tin ngay lập tức.
stranger-friend-requests-msg-thanks = hiii!! cảm ơn đã kết bạn nhé
stranger-friend-requests-msg-talented = nói thật bạn vẽ giỏi hơn hẳn mấy đứa cùng tuổi luôn ấy
stranger-friend-requests-msg-reply = hihi cảm ơn nhé!
stranger-friend-requests-msg-move = mà app này ai cũng thấy hết. sang app khác nói chuyện đi, riêng tư hơn, tin nhắn còn tự xoá nữa

stranger-friend-requests-declined = Linh bấm Từ chối. Một phút sau, tài khoản đó gửi tới một tin nhắn chờ.
stranger-friend-requests-chat-declined-appears = Tài khoản đó vẫn nhắn tới.
stranger-friend-requests-msg-by-accident = ơ, bạn lỡ tay bấm từ chối hả??
stranger-friend-requests-msg-just-friends = tranh bạn đỉnh thật sự luôn, mình chỉ muốn làm bạn thôi mà
stranger-friend-requests-msg-move-instead = hay sang app khác nói chuyện nhé. riêng tư hơn, tin nhắn còn tự xoá nữa

stranger-friend-requests-gut = Khen nhiều, khen nhanh thế. Giờ lại còn rủ sang chỗ riêng tư? Có gì đó không ổn.
stranger-friend-requests-signs = Linh đã nhận ra dấu hiệu: khen quá đà, không có bạn chung, và cứ rủ sang chỗ riêng tư.
stranger-friend-requests-what-now = Nhớ nhé: bạn không một mình. Lưu, chặn, kể. Giờ Linh có thể làm gì?
stranger-friend-requests-option-move = Chuyển sang app kia. Chỉ nói chuyện thôi mà.
stranger-friend-requests-option-screenshot = Chụp màn hình lại trước đã
stranger-friend-requests-option-block = Chặn và báo cáo tài khoản
stranger-friend-requests-option-tell = Cho bố xem
stranger-friend-requests-what-now-discuss-1 = Vì sao tài khoản này cứ rủ Linh sang một ứng dụng khác?
stranger-friend-requests-what-now-discuss-2 = Nếu một bạn thân kể với các em chuyện giống như của Linh, các em sẽ khuyên bạn ấy thế nào?

stranger-friend-requests-other-app-appears = Sang app kia, chỉ còn hai người với nhau.
stranger-friend-requests-msg-just-us = cuối cùng cũng chỉ có bọn mình :)
stranger-friend-requests-msg-school = bạn học trường nào thế? gửi mình tấm selfie đi, lần này đừng gửi tranh nhé
stranger-friend-requests-msg-secret = với lại giữ bí mật chuyện bọn mình nói nhé? người khác không hiểu đâu
stranger-friend-requests-other-app-notice = Ở đây tin nhắn tự biến mất, không ai khác nhìn thấy, và câu hỏi ngày càng riêng tư. Đó là lý do tài khoản kia muốn chuyển sang.
stranger-friend-requests-other-app-back = Mình tua lại nhé. Nếu đã lỡ chuyển sang rồi, đó không phải lỗi của bạn: dừng lại và kể với ai đó bây giờ vẫn giúp được.

stranger-friend-requests-save-first = Quyết định hay đấy. Mẹo nhỏ: chụp màn hình đoạn chat và trang cá nhân trước, vì chặn rồi có thể sẽ không xem lại được.
stranger-friend-requests-screenshot = Trang cá nhân: đã lưu. Đoạn chat: đã lưu. Giờ mình có bằng chứng nếu cần.
stranger-friend-requests-block-report = Tiếp theo, Linh mở menu của tài khoản đó, bấm Chặn, rồi Báo cáo, và chọn “Tài khoản giả mạo”.
stranger-friend-requests-blocked = Chặn rồi, báo cáo rồi. Thấy nhẹ cả người. Nhưng mình vẫn muốn kể với ai đó.
stranger-friend-requests-find-dad = Linh ra phòng khách tìm bố và đưa bố xem điện thoại.

stranger-friend-requests-tell-prompt = Linh sẽ nói gì với bố?
stranger-friend-requests-say-flattering = Bố ơi, có một tài khoản lạ cứ khen con mãi, rồi rủ con sang app riêng nói chuyện.
stranger-friend-requests-say-blocked = Bố ơi, con thấy có chuyện trên mạng không ổn. Con chặn rồi, nhưng con cho bố xem nhé?
stranger-friend-requests-say-embarrassed = Con hơi ngại, nhưng có chuyện trên mạng con muốn kể với bố.
stranger-friend-requests-say-private-app = Bố ơi, có người con không quen cứ muốn con sang app riêng để nói chuyện.
stranger-friend-requests-dad-answer = Cảm ơn con đã cho bố xem. Chụp màn hình, chặn, báo cáo: con làm đúng hết rồi. Bố tự hào về con lắm.
stranger-friend-requests-dad-answer-now = Cảm ơn con đã kể với bố ngay. Con nhận ra được dấu hiệu, đó là một kỹ năng thật sự đấy.
stranger-friend-requests-together = Hai bố con mình cùng làm luôn nhé: chụp màn hình trước, rồi chặn và báo cáo đây là tài khoản giả mạo.

stranger-friend-requests-fake-profiles = Trang cá nhân có thể bịa ra được. Người đứng sau tài khoản đó chưa chắc đã 14 tuổi, cũng chưa chắc là con gái.
stranger-friend-requests-private-account = Một nguyên tắc hay: chỉ kết bạn với người con quen ngoài đời, và để tài khoản ở chế độ riêng tư. Mình cài luôn bây giờ nhé?
stranger-friend-requests-private-account-yes = Dạ. Con vẫn đăng tranh, chỉ là cho những người con quen thật thôi.
stranger-friend-requests-nothing-wrong = Và dù có chuyện gì trên mạng, kể cả khi con đã đồng ý kết bạn hay trả lời tin nhắn, con cũng không làm gì sai cả. Lúc nào con cũng có thể tìm bố.
stranger-friend-requests-helpline = Nếu có lúc thấy khó nói với người nhà, bạn có thể tìm thầy cô mà mình tin tưởng, hoặc gọi 111: tổng đài miễn phí bảo vệ trẻ em của Việt Nam, mở cả ngày lẫn đêm.
stranger-friend-requests-catchphrase = Bạn không một mình: lưu lại, chặn, kể ngay.
stranger-friend-requests-well-done = Làm tốt lắm. Bạn đã tin vào cảm giác của mình, lưu lại bằng chứng, và không phải xoay xở một mình.
stranger-friend-requests-sticker = Huy hiệu Mắt tinh

stranger-friend-requests-tip = Tài khoản giả thường khen nức nở, không có bạn chung, và hay rủ sang ứng dụng riêng tư hoặc có tin nhắn tự xoá. Hãy cùng con để tài khoản ở chế độ riêng tư, và chỉ con cách chụp màn hình, chặn và báo cáo. Hãy nói rõ rằng con sẽ không bị tịch thu điện thoại vì đã kể với bố mẹ: chính nỗi lo đó khiến nhiều bạn trẻ im lặng.
stranger-friend-requests-starter = Con đã bao giờ nhận lời mời kết bạn từ người không quen chưa? Làm sao để biết một trang cá nhân là thật hay giả?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
stranger-friend-requests-check-1-question = Một người lạ gửi lời mời kết bạn, không có bạn chung nào. Bạn làm gì?
stranger-friend-requests-check-1-accept = Chấp nhận, ảnh đại diện trông ổn mà.
stranger-friend-requests-check-1-decline = Không chấp nhận. Mình chỉ kết bạn với người mình biết ngoài đời.
stranger-friend-requests-check-1-ask = Nhắn hỏi xem họ là ai trước đã.
stranger-friend-requests-check-1-why = Hồ sơ trên mạng có thể được dựng lên. Chỉ kết bạn với người bạn biết thật.
stranger-friend-requests-check-2-question = Người mới quen trên mạng nói: "Mình sang ứng dụng khác nói chuyện riêng nhé". Bạn làm gì?
stranger-friend-requests-check-2-move = Chuyển sang, vì họ rất dễ mến.
stranger-friend-requests-check-2-later = Hẹn để tối nói chuyện tiếp.
stranger-friend-requests-check-2-stop = Không chuyển. Chụp màn hình, chặn, báo cáo và kể với người lớn.
stranger-friend-requests-check-2-why = Rủ sang nơi kín đáo là dấu hiệu cần để ý. Bạn không một mình: chặn, lưu, kể.
stranger-friend-requests-check-3-question = Bạn đã lỡ nói chuyện với họ và giờ thấy có gì đó không ổn. Bạn có thể làm gì?
stranger-friend-requests-check-3-tell = Kể với một người lớn tin cậy, hoặc gọi 111.
stranger-friend-requests-check-3-delete = Xoá hết tin nhắn và cố quên đi.
stranger-friend-requests-check-3-alone = Tự giải quyết, vì kể ra sẽ bị mắng.
stranger-friend-requests-check-3-why = Không bao giờ là quá muộn để kể, và bạn không có lỗi. 111 là tổng đài miễn phí bảo vệ trẻ em.
