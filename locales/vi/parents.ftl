# Góc cha mẹ: màn hình dành cho người lớn, sau cổng phụ huynh, để cha mẹ đọc.
# Lời khuyên ở đây khớp với sáu bài tập cho người lớn (calm-*.ftl) và các bài 11-15 tuổi.
# Không đọc thành tiếng, nên không có tệp thu âm. Tệp tiếng Anh có cùng các id.

parents-title = Góc cha mẹ
parents-intro = Nhiều khi con giữ im lặng vì sợ cha mẹ giận: sợ bị thu máy, sợ bị mắng. Điều quan trọng nhất là cha mẹ giữ bình tĩnh và cảm ơn con đã kể. Khi thấy kể với cha mẹ là an toàn, con sẽ còn kể nữa.

## Những bài con đã học
parents-lessons-title = Những bài con đã học
parents-lessons-none = Con chưa học xong bài nào. Cha mẹ hãy cùng con chơi bài đầu tiên nhé.
parents-tip-label = Gợi ý
parents-starter-label = Cùng con trò chuyện

## Khi con kể với cha mẹ một chuyện
parents-tells-title = Khi con kể với cha mẹ một chuyện

parents-stranger-title = Người con quen trên mạng muốn kết bạn, rủ gặp mặt hoặc dặn con giữ bí mật
parents-stranger-say = “Cảm ơn con đã kể cho bố mẹ. Con không bị mắng đâu. Bạn thật thì không bao giờ bắt con giấu bố mẹ.”
parents-stranger-do =
    • Không trả lời người đó. Lưu lại tin nhắn và tên tài khoản của họ.
    • Chặn và báo cáo người đó trong ứng dụng hoặc trò chơi.
    • Nếu người đó rủ gặp hoặc gửi quà, hãy gọi 111 và báo công an để được hướng dẫn ngay trong ngày.
    • Cả nhà thống nhất một quy tắc: không bao giờ đi gặp bạn trên mạng nếu không có bố mẹ đi cùng.
parents-stranger-avoid = Đừng thu máy để phạt con: lần sau có tin nhắn lạ, con có thể sẽ giấu đi.

parents-photo-title = Có người đòi con gửi ảnh hoặc video
parents-photo-say = “Bố mẹ rất mừng vì con đã kể. Con không bị mắng đâu. Mình cùng nhau xử lý nhé.”
parents-photo-do =
    • Chụp lại đoạn chat và trang cá nhân của người đó trước khi chặn.
    • Chặn và báo cáo người đó trong ứng dụng hoặc trò chơi.
    • Gọi 111 để được tư vấn. Nếu người đó đòi ảnh riêng tư, hãy báo cả công an.
    • Nếu con lỡ gửi ảnh rồi, hãy nói với con rằng con không có lỗi, và kể ra lúc này vẫn giúp được con.
parents-photo-avoid = Đừng vội xoá đoạn chat hay hỏi “Sao con lại nói chuyện với người đó?”: hãy giữ lại tin nhắn và ở bên con.

parents-mean-title = Có người nói lời khó nghe hoặc bắt nạt con trên mạng
parents-mean-say = “Cảm ơn con đã kể. Không ai đáng bị đối xử như thế, con không có lỗi gì cả. Bố mẹ luôn đứng về phía con.”
parents-mean-do =
    • Lưu lại tin nhắn, có cả ngày giờ, trước khi chúng bị xoá.
    • Giúp con chặn và báo cáo các tài khoản đó, không nhắn lại.
    • Đưa thầy cô chủ nhiệm xem. Nếu chuyện xảy ra hằng ngày hoặc con buồn nhiều, hãy gọi 111.
parents-mean-avoid = Đừng hỏi con đã làm gì bạn trước, và đừng nổi nóng đi chất vấn bạn kia hay gia đình bạn ấy trong nhóm chat hoặc trước mặt mọi người.

parents-scary-title = Con xem phải video hoặc hình ảnh làm con sợ
parents-scary-say = “Lại đây với bố mẹ nào. Cảm ơn con đã kể. Con không có lỗi gì cả, ở đây con an toàn rồi.”
parents-scary-do =
    • Vỗ về con trước, hỏi han để sau.
    • Hôm sau, cùng con báo cáo video đó và tắt chế độ tự phát.
    • Nếu con ngủ không ngon hay buồn bã nhiều ngày, hãy trao đổi với nhà trường hoặc gọi 111.
parents-scary-avoid = Đừng gạt đi kiểu “Có phải thật đâu mà sợ”, cũng đừng cấm con xem video: có người lắng nghe, nỗi sợ sẽ nhỏ lại.

parents-prize-title = Tin “Bạn đã trúng thưởng” đòi địa chỉ, số điện thoại hoặc tiền
parents-prize-say = “Cảm ơn con đã kể cho bố mẹ. Những tin như thế được làm ra để lừa mọi người, người lớn cũng bị lừa. Con không có lỗi, mình cùng xử lý nhé.”
parents-prize-do =
    • Chụp lại màn hình, rồi đóng trang đó.
    • Nếu đã chuyển tiền hoặc nhập thông tin thẻ, hãy gọi ngân hàng ngay.
    • Để ý những cuộc gọi, tin nhắn hay thư từ lạ, và không trả lời.
    • Hỏi nhà trường hoặc tổng đài 111 để được tư vấn.
parents-prize-avoid = Đừng mắng con vì đã bấm vào: lần sau con có thể sẽ giấu.

parents-spending-title = Con tiêu tiền trong trò chơi hoặc ứng dụng mà chưa hỏi
parents-spending-say = “Cảm ơn con đã đến nói ngay với bố mẹ, con thật thà lắm. Trò chơi làm cho việc mua rất dễ, người lớn cũng dễ bấm nhầm. Mình cùng xem nhé.”
parents-spending-do =
    • Chụp lại hoá đơn, và xin cửa hàng ứng dụng hoàn tiền.
    • Gọi ngân hàng về khoản tiền này.
    • Bật mật khẩu hoặc chế độ kiểm soát của phụ huynh khi mua.
    • Cả nhà cùng lập kế hoạch chơi game.
parents-spending-avoid = Đừng thu máy cho đến khi con trả đủ tiền: con sẽ hiểu rằng thật thà thì bị phạt.

parents-password-title = Con đưa mật khẩu hoặc mã xác minh cho người khác
parents-password-say = “Cảm ơn con đã kể cho bố mẹ. Nhiều người cũng bị lừa như thế. Mình cùng làm cho tài khoản an toàn trở lại nhé.”
parents-password-do =
    • Đổi mật khẩu ngay, cả ở những tài khoản khác đang dùng chung mật khẩu đó.
    • Bật xác minh hai bước, và đăng xuất khỏi những thiết bị lạ.
    • Nếu tài khoản đã bị chiếm, hoặc mã đó là của ngân hàng hay ví điện tử, hãy liên hệ ngay bộ phận hỗ trợ của ứng dụng hoặc ngân hàng.
    • Cùng con đặt một cụm mật khẩu dài, và thống nhất: mã xác minh thì không bao giờ đưa cho ai.
parents-password-avoid = Đừng trách mắng con: hãy bình tĩnh cùng con đổi mật khẩu, để lần sau con vẫn kể với cha mẹ.

parents-shared-picture-title = Ảnh của con hoặc bạn con bị chia sẻ khi chưa được đồng ý
parents-shared-picture-say = “Cảm ơn con đã kể. Con không có lỗi gì cả. Chia sẻ ảnh khi chưa hỏi là sai, và mình sẽ cùng tìm cách gỡ ảnh xuống.”
parents-shared-picture-do =
    • Không thả cảm xúc, không bình luận, không chuyển tiếp. Chụp lại chỗ ảnh bị đăng, có cả ngày giờ.
    • Báo cáo trong ứng dụng và đề nghị gỡ ảnh.
    • Báo thầy cô chủ nhiệm hoặc thầy cô tư vấn, để nhà trường giúp và hỏi han cả bạn trong ảnh.
    • Nếu đó là ảnh riêng tư, hãy gọi 111 và báo công an để được hướng dẫn.
parents-shared-picture-avoid = Đừng bình luận giận dữ dưới bài đăng hay lớn tiếng với người đăng ảnh trước mặt mọi người: như thế ảnh càng lan rộng.

parents-threat-title = Có người doạ phát tán ảnh nếu con không gửi thêm hoặc không trả tiền
parents-threat-say = “Con không có lỗi gì cả, và bố mẹ không giận con. Con kể với bố mẹ là đúng lắm. Mình sẽ cùng tìm người giúp.”
parents-threat-do =
    • Không trả tiền, không gửi thêm gì, và không trả lời nữa.
    • Lưu bằng chứng: chụp lại tin nhắn, tên tài khoản và mọi lời đòi tiền, rồi mới chặn.
    • Sau đó chặn và báo cáo tài khoản này trong ứng dụng.
    • Gọi 111 để được tư vấn, và báo công an (số 113).
parents-threat-avoid = Đừng trách con hay hỏi vì sao con lại gửi ảnh: điều con cần nhất lúc này là biết bố mẹ luôn đứng về phía con.

parents-rehearse = Tập trả lời thật bình tĩnh

## Tìm người giúp ở đâu
parents-help-title = Tìm người giúp ở đâu
parents-help-111 = Tổng đài quốc gia bảo vệ trẻ em 111: miễn phí, 24 giờ mỗi ngày. Trẻ em có thể gọi, và người lớn đang lo cho một em nhỏ cũng có thể gọi.
parents-help-school = Thầy cô chủ nhiệm hoặc thầy cô tư vấn tâm lý của trường: nhà trường có thể giúp con ở lớp và để ý đến con nhiều hơn.
parents-help-platform = Trong ứng dụng hoặc trò chơi: báo cáo và chặn tài khoản đó. Nhớ chụp màn hình trước và giữ lại làm bằng chứng.
parents-help-police = Nếu con hay một em nhỏ nào đang không an toàn, hoặc bị ai đó đe doạ, hãy báo công an: gọi 113.

parents-back = Quay lại
