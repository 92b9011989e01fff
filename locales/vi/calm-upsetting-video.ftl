# Bài tập cho người lớn: calm-upsetting-video.
calm-upsetting-video-title = “Con xem một video làm con sợ”
calm-upsetting-video-objective = Tập trả lời bình tĩnh khi con kể rằng một video đã làm con sợ.
calm-upsetting-video-behaviour = Vỗ về và lắng nghe, cảm ơn con, không cất máy đi, báo cáo video, và tìm người giúp nếu con vẫn còn sợ.

calm-upsetting-video-scene = Đến giờ đi ngủ. Mai không ngủ được, chạy ra tìm bạn.
calm-upsetting-video-comes = Mẹ ơi, con xem một video làm con sợ lắm. Nhắm mắt lại con vẫn thấy nó.
calm-upsetting-video-first = Mai đang nắm tay bạn. Bạn sẽ nói gì trước tiên?
calm-upsetting-video-option-angry = “Đấy, ai bảo xem linh tinh mà không hỏi bố mẹ!”
calm-upsetting-video-option-brush = “Có phải thật đâu mà sợ. Đi ngủ đi con.”
calm-upsetting-video-option-listen = Ngồi xuống giường, ôm con và nói: “Có mẹ đây rồi. Con kể mẹ nghe.”
calm-upsetting-video-angry = Con xin lỗi mẹ… con đi ngủ đây ạ.
calm-upsetting-video-angry-back = Mai quay về giường một mình, hình ảnh đó vẫn còn trong đầu con. Mình thử lại nhé.
calm-upsetting-video-brush = Mai nằm trằn trọc. Cảm giác ấy đâu có hết chỉ vì ai đó bảo là không có gì.
calm-upsetting-video-brush-back = Khi có người lắng nghe, nỗi sợ sẽ nhỏ lại. Mình quay lại nhé.

calm-upsetting-video-listen = Lại đây với mẹ nào. Cảm ơn con đã kể. Có mẹ ở đây, con sẽ thấy nhẹ hơn.
calm-upsetting-video-tell-prompt = Mai rúc vào lòng bạn. Con kể gì với bạn?
calm-upsetting-video-say-what = Lúc đầu là phim hoạt hình, rồi tự nhiên nó khác đi. Có người hét lên, trông như thật ấy.
calm-upsetting-video-say-feel = Video sau tự chạy mẹ ạ. Con không chọn nó đâu.
calm-upsetting-video-answer = Có những video làm giống phim hoạt hình để trẻ con bấm vào. Con không có lỗi gì cả. Ở đây với mẹ, con an toàn rồi.
calm-upsetting-video-next = Mai đã bình tĩnh hơn. Bạn làm gì tiếp theo?
calm-upsetting-video-option-take = Cấm xem video, cất luôn máy tính bảng
calm-upsetting-video-option-evidence = Sáng mai, cùng con báo cáo video đó và tắt chế độ tự phát
calm-upsetting-video-option-help = Nếu vài hôm nữa con vẫn còn sợ, trao đổi với nhà trường hoặc gọi 111
calm-upsetting-video-take = Mai hiểu là: kể với mẹ thì hết được xem hoạt hình. Lần sau, có thể con sẽ giấu.
calm-upsetting-video-take-back = Lúc này Mai cần mẹ ở bên, chứ không phải mất máy. Mình chọn lại nhé.
calm-upsetting-video-evidence = Sáng mai mẹ con mình báo cáo video đó, và tắt tự phát để video sau không tự chạy nữa.
calm-upsetting-video-help = Nếu hình ảnh đó cứ quay lại, mẹ con mình sẽ nói với cô giáo, hoặc cùng gọi 111.
calm-upsetting-video-catchphrase = Lắng nghe, cảm ơn, giúp con.
calm-upsetting-video-well-done = Bạn làm tốt lắm. Bạn đã bình tĩnh, nên Mai biết con luôn có thể tìm đến bạn.
calm-upsetting-video-sticker = Nhãn dán Vầng trăng ngủ ngon

calm-upsetting-video-tip = Trong bài “Úp máy xuống và kể ngay”, con đã tập úp màn hình xuống và kể với bố mẹ. Hãy vỗ về con trước, hỏi han để sau. Báo cáo video, tắt tự phát, và nếu con ngủ không ngon hay buồn bã nhiều ngày, hãy trao đổi với nhà trường hoặc gọi 111.
calm-upsetting-video-starter = Hỏi con: “Nếu có video nào làm con thấy khó chịu, con có thể làm gì?”
