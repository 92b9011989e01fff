# Bài học: downloading-games (6-10 tuổi). Quảng cáo mở trang cửa hàng của một trò chơi 16+.
downloading-games-title = Trò chơi của anh chị lớn
downloading-games-objective = Trẻ biết hỏi người lớn trước khi tải trò chơi và xem nhãn độ tuổi của trò chơi trước.
downloading-games-behaviour = Không tải trò chơi từ quảng cáo; xem nhãn độ tuổi; hỏi người lớn trước và cùng nhau chọn trò chơi hợp với tuổi mình.

downloading-games-hello = Tớ đi khám răng với mẹ. Chờ lâu quá! Mẹ cho tớ chơi trên điện thoại của mẹ.
downloading-games-advert-appears = Mai đang chơi trò xếp hoa quả thì một video quảng cáo hiện lên.
downloading-games-advert-title = Đại chiến Vương quốc Mây: chơi miễn phí ngay!
downloading-games-wow = Tàu bay với lâu đài! Mấy anh chị lớp lớn hay kể về trò kiểu này lắm.
downloading-games-shop-appears = Quảng cáo vừa hết, một trang cửa hàng mở ra với một nút thật to.
downloading-games-shop-item = Đại chiến Vương quốc Mây · Từ 16 tuổi
downloading-games-shop-price = Miễn phí · có bán đồ trong trò chơi
downloading-games-shop-button = Cài đặt
downloading-games-think = Miễn phí, lại chỉ cần bấm một cái. Nhưng khoan… trò này có dành cho tớ không nhỉ?
downloading-games-what-now = Khoan đã, kiểm tra, kể ngay! Mai nên làm gì?
downloading-games-what-now-discuss-1 = Trên trang cửa hàng, chỗ nào cho Mai biết trò này dành cho ai?
downloading-games-what-now-discuss-2 = Trang ghi “miễn phí”, nhưng còn ghi gì nữa?
downloading-games-option-install = Bấm Cài đặt
downloading-games-option-label = Xem nhãn độ tuổi
downloading-games-option-ask = Hỏi mẹ trước

downloading-games-oops = Trò chơi đòi xem ảnh và danh bạ của mẹ. Rồi những người chơi Mai không quen bắt đầu nhắn tin cho Mai.
downloading-games-not-late = Lỡ cài rồi thì không phải lỗi của Mai. Kể mẹ ngay, mẹ sẽ giúp gỡ.
downloading-games-oops-back = Trò đó dành cho các anh chị tuổi teen, chưa hợp với Mai đâu. Mình quay lại chọn lại nhé.
downloading-games-label = Nhãn ghi 16+. Tức là từ mười sáu tuổi trở lên, mà tớ mới tám tuổi thôi!
downloading-games-label-ask = Trò này chưa dành cho tớ. Tớ sẽ cho mẹ xem, và nhờ mẹ tìm trò khác.

downloading-games-tell-prompt = Mai sẽ nói gì với mẹ?
downloading-games-say-download = Mẹ ơi, con tải trò này được không ạ? Nó ghi 16+.
downloading-games-say-advert = Mẹ ơi, xem quảng cáo xong con thích trò mới này quá.
downloading-games-mum-answer = Cảm ơn con đã hỏi mẹ trước! Nhà mình luôn hỏi nhau trước khi tải bất cứ thứ gì.
downloading-games-mum-label = Con thấy con số này không? Nó cho biết trò chơi dành cho ai. 16+ là cho anh chị lớn và người lớn.
downloading-games-mum-free = Còn trò "miễn phí" thường hay rủ mua đồ, hoặc có rất nhiều quảng cáo. Mình cùng tìm nhé.
downloading-games-which = Mẹ tìm được hai trò. Trò nào hợp với Mai?
downloading-games-which-discuss-1 = Mai tám tuổi. Nhãn nào hợp với tuổi của Mai?
downloading-games-which-discuss-2 = Ngoài độ tuổi, mình còn xem gì để chọn trò chơi?
downloading-games-option-battle = Đại chiến Vương quốc Mây, từ 16 tuổi
downloading-games-option-ocean = Bạn Bè Đại Dương, từ 7 tuổi
downloading-games-too-big = Chưa được đâu con! Mười sáu lớn hơn tám nhiều lắm. Mình xem lại nhãn nhé.
downloading-games-ocean-appears = Mai xem trang của trò Bạn Bè Đại Dương.
downloading-games-ocean-item = Bạn Bè Đại Dương · Từ 7 tuổi
downloading-games-ocean-price = Không quảng cáo · không phải mua gì
downloading-games-ocean-button = Cài đặt
downloading-games-mai-right = Từ 7 tuổi, không quảng cáo, không phải mua gì. Trò này hợp với tớ quá!
downloading-games-approve-appears = Mai bấm Cài đặt, và điện thoại của mẹ hỏi ý người lớn.
downloading-games-approve-title = Hỏi người lớn
downloading-games-approve-body = Người lớn cần đồng ý thì trò chơi này mới được tải về.
downloading-games-approve-button = Bố mẹ đồng ý
downloading-games-mum-lock = Mẹ đã cài khóa đó trên điện thoại. Trò chơi mới luôn cần người lớn đồng ý.
downloading-games-playing = Tớ đang giúp bạn bạch tuộc giải đố! Ơ, đến lượt tớ khám răng rồi.
downloading-games-mum-proud = Con đã dừng lại, xem nhãn, rồi hỏi mẹ trước. Mẹ tự hào về con lắm.
downloading-games-catchphrase = Khoan đã, kiểm tra, kể ngay!
downloading-games-well-done = Giỏi lắm! Bạn đã xem nhãn độ tuổi và hỏi mẹ trước khi tải trò chơi.
downloading-games-sticker = Hình dán Bạch tuộc kiểm tra

downloading-games-tip = Quảng cáo trong trò chơi của trẻ thường dẫn thẳng tới những trò dành cho người lớn hơn. Hãy bật chế độ cần phụ huynh đồng ý khi tải ứng dụng, cùng con xem nhãn độ tuổi, và khen con mỗi lần con hỏi trước.
downloading-games-starter = Con thích có trò chơi nào nhất? Mình cùng xem nhãn độ tuổi của nó nhé?

# Câu hỏi kiểm tra (hỏi trước và sau bài, và khi ôn lại)
downloading-games-check-1-question = Quảng cáo hiện lên: "Tải trò chơi mới miễn phí!". Em làm gì?
downloading-games-check-1-ask = Không bấm, hỏi người lớn trước.
downloading-games-check-1-tap = Bấm tải ngay vì miễn phí.
downloading-games-check-1-friend = Hỏi bạn xem trò đó có hay không.
downloading-games-check-1-why = Tải từ quảng cáo có thể mang thứ lạ vào máy. Người lớn giúp em chọn.
downloading-games-check-2-question = Nhãn của trò chơi ghi: từ mười sáu tuổi. Em tám tuổi. Trò này có hợp với em không?
downloading-games-check-2-yes = Có, em chơi được hết.
downloading-games-check-2-secret = Có, nếu không ai biết.
downloading-games-check-2-no = Chưa, trò này dành cho anh chị lớn.
downloading-games-check-2-why = Nhãn tuổi cho biết trò chơi hợp với ai. Trò hợp tuổi em sẽ vui hơn nhiều.
downloading-games-check-3-question = Em muốn có một trò chơi mới. Cách nào tốt nhất?
downloading-games-check-3-search = Tự tìm trên mạng rồi tải về.
downloading-games-check-3-together = Cùng người lớn chọn trò hợp tuổi.
downloading-games-check-3-link = Tải qua đường dẫn bạn gửi.
downloading-games-check-3-why = Chọn cùng nhau vừa vui vừa yên tâm.
