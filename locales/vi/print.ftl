# Lời riêng của các trang in (safekite-print): truyện tranh, thẻ lựa chọn, thư gửi gia đình và
# bản thoả thuận gia đình. Lời của từng bài học nằm trong tệp của bài đó.

## Truyện tranh
print-what-would-you-do = Nếu là con, con sẽ làm gì?
print-choice-hint = Con hãy chỉ vào một bức tranh, hoặc nói cho bố mẹ nghe con sẽ làm gì. Rồi lật sang trang.
print-what-would-you-do-grown-ups = Bạn sẽ làm gì?
print-choice-hint-grown-ups = Chọn một cách trả lời, và nghĩ xem con sẽ cảm thấy thế nào. Rồi lật sang trang.
print-telling-a-grown-up = Kể với người lớn
print-the-end = Hết truyện
print-for-grown-ups = Dành cho bố mẹ đọc cùng con
print-telling-a-grown-up-grown-ups = Con kể với bạn
print-for-grown-ups-grown-ups = Dành cho bạn, sau bài tập
print-what-we-learnt = Câu chuyện này giúp con tập điều gì
print-tip = Gợi ý cho bố mẹ
print-starter = Một câu hỏi để cùng trò chuyện
print-help-heading = Nếu con kể với bố mẹ một chuyện đáng lo
print-helpline = Tổng đài bảo vệ trẻ em 111: miễn phí, 24 giờ mỗi ngày
print-covered-video = Video này đã được che lại.
print-friend-request = Lời mời kết bạn
print-band-3-6 = Từ 3 đến 6 tuổi
print-band-6-10 = Từ 6 đến 10 tuổi
print-band-11-15 = Từ 11 đến 15 tuổi
print-band-grown-ups = Dành cho người lớn

## Thẻ lựa chọn
print-cards-hint = Cắt theo đường nét đứt. Cô đọc to câu chuyện; đến mỗi lựa chọn, các con giơ tấm thẻ mình chọn, rồi cả lớp cùng nói vì sao.

## Câu khẩu hiệu của từng lứa tuổi
print-catchphrase-3-6 = Dừng lại, suy nghĩ, kể ngay!
print-catchphrase-6-10 = Khoan đã, kiểm tra, kể ngay!
print-catchphrase-11-15 = Bạn không một mình: chặn, lưu, kể.
print-catchphrase-grown-ups = Lắng nghe, cảm ơn, giúp con.

## Thư gửi gia đình
print-letter-title = Thư gửi gia đình
print-letter-intro = Kính gửi các gia đình { $class }, hôm nay lớp mình đã cùng chơi SafeKite: những câu chuyện ngắn giúp các con biết làm gì khi thấy điều gì đó trên mạng không ổn, và biết rằng con luôn có thể kể với người lớn.
print-letter-practised = Hôm nay các con đã tập
print-letter-catchphrase = Câu khẩu hiệu của lớp (bố mẹ hãy nhờ con đọc cho nghe)
print-letter-questions = Hai câu hỏi để hỏi con ở nhà
print-letter-listen = Con trả lời thế nào, bố mẹ cũng hãy bình tĩnh lắng nghe và cảm ơn con đã kể. Khi thấy kể với bố mẹ là an toàn, con sẽ còn kể nữa.
print-letter-question-extra = Nếu có điều gì trên mạng làm con thấy lo hay khó chịu, con sẽ kể với ai?
print-letter-help-more = Nếu con kể một chuyện đáng lo, bố mẹ hãy giữ bình tĩnh, lưu lại những gì đã thấy và gọi để được tư vấn. Bố mẹ cũng luôn có thể trao đổi với nhà trường.
print-letter-qr = Chơi lại các câu chuyện này ở nhà: quét mã bằng điện thoại, hoặc gõ địa chỉ này.

## Bản thoả thuận gia đình
print-agreement-title = Thoả thuận của gia đình mình
print-agreement-intro = Cả nhà cùng ngồi lại và điền vào nhé. Không có câu trả lời nào sai: đây là kế hoạch của gia đình mình, và mình có thể cùng nhau sửa lại bất cứ lúc nào.
print-agreement-night = Buổi tối
print-agreement-night-where = Buổi tối, điện thoại và máy tính bảng nhà mình "đi ngủ" ở:
print-agreement-night-time = Mình cất máy đi lúc:
print-agreement-apps = Ứng dụng và trò chơi
print-agreement-apps-which = Những ứng dụng và trò chơi nhà mình dùng:
print-agreement-apps-new = Trước khi tải thứ gì mới, con hỏi:
print-agreement-tell = Kể với ai
print-agreement-tell-who = Nếu có điều gì trên mạng làm con thấy lo, buồn hay khó chịu, con có thể kể với:
print-agreement-mum = Mẹ
print-agreement-dad = Bố
print-agreement-grandparents = Ông hoặc bà
print-agreement-teacher = Cô giáo, thầy giáo
print-agreement-tell-promise = Khi con kể, sẽ không ai mắng con, và con vẫn được giữ máy tính bảng.
print-agreement-grown-ups = Bố mẹ hứa
print-agreement-grown-ups-promise = Bố mẹ sẽ bình tĩnh lắng nghe, cảm ơn con đã kể, và giúp con. Bố mẹ cũng sẽ cất điện thoại của mình trong bữa ăn và lúc đi ngủ.
print-agreement-sign-child = Con
print-agreement-sign-grown-up = Bố mẹ
print-agreement-date = Ngày
