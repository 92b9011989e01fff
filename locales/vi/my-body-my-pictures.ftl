# Bài học: my-body-my-pictures (3-6 tuổi). Cơ thể mình, ảnh của mình là của mình: nói không, rồi kể.
my-body-my-pictures-title = Cơ thể của tớ, ảnh của tớ
my-body-my-pictures-objective = Trẻ biết cơ thể mình là của mình, ảnh chụp mình cũng vậy: nếu có ai xin ảnh con mặc đồ ngủ hay đang tắm, con nói “không” và kể với người lớn.
my-body-my-pictures-behaviour = Nói “không” với bất kỳ ai xin ảnh con mặc đồ ngủ hay lúc tắm, và kể với người lớn. Đó không bao giờ là lỗi của con.

my-body-my-pictures-hello = Chào bạn! Tớ là Nam. Tớ tắm xong rồi, mặc đồ ngủ rồi!
my-body-my-pictures-body-rule = Cơ thể con là của con, Nam ạ. Của riêng con thôi.
my-body-my-pictures-private = Chỗ bộ đồ ngủ che đi là chỗ riêng tư của con.
my-body-my-pictures-game = Trước khi đi ngủ, Nam chơi trò cún con một lúc.
my-body-my-pictures-message-appears = Ting! Tin nhắn của một người chơi trong trò chơi.
my-body-my-pictures-contact = Người chơi Cún Con
my-body-my-pictures-msg-pyjamas = Chào Nam! Cậu đang mặc đồ ngủ à?
my-body-my-pictures-msg-photo = Chụp ảnh gửi tớ đi! Hay ảnh lúc tắm cũng được!
my-body-my-pictures-dont-like = Ảnh tớ mặc đồ ngủ á? Tớ không thích đâu.
my-body-my-pictures-what-now = Dừng lại, suy nghĩ, kể ngay! Nam nên làm gì?
my-body-my-pictures-option-no = Nói “không”
my-body-my-pictures-option-send = Gửi ảnh
my-body-my-pictures-option-tell = Kể với bố
my-body-my-pictures-oops = Nam gửi ảnh đi. Giờ người khác đã có ảnh ấy rồi.
my-body-my-pictures-not-your-fault = Lỡ gửi rồi cũng không phải lỗi của Nam. Kể ngay với bố, bố sẽ giúp.
my-body-my-pictures-oops-back = Mình quay lại chọn lại nhé.
my-body-my-pictures-say-no = Không! Ảnh của tớ là của tớ. Tớ đi kể với bố đây.
my-body-my-pictures-tell-prompt = Nam sẽ nói gì với bố?
my-body-my-pictures-say-photo = Bố ơi, có người xin ảnh con mặc đồ ngủ.
my-body-my-pictures-say-dont-like = Bố ơi, có tin nhắn làm con thấy lo lo.
my-body-my-pictures-dad-answer = Cảm ơn con đã kể với bố. Con làm đúng lắm.
my-body-my-pictures-hug = Con không có lỗi gì cả. Bố rất vui vì con đã kể.
my-body-my-pictures-never-ask = Không ai được xin con những ảnh như thế. Không bao giờ.
my-body-my-pictures-block = Bố sẽ chặn người chơi đó, và báo cho trò chơi biết.
my-body-my-pictures-rule = Cơ thể tớ là của tớ. Ảnh của tớ cũng thế!
my-body-my-pictures-catchphrase = Dừng lại, suy nghĩ, kể ngay!
my-body-my-pictures-well-done = Giỏi quá! Bé đã nói “không”, và kể với bố.
my-body-my-pictures-sticker = Hình dán Trái tim của tớ

my-body-my-pictures-tip = Hãy gọi đúng tên các bộ phận cơ thể và dạy con rằng chỗ đồ ngủ hay đồ bơi che đi là chỗ riêng tư. Nói với con: không ai, trên mạng hay ngoài đời, được xin ảnh con lúc tắm hay mặc đồ ngủ; con luôn được nói “không”, và kể với bố mẹ không bao giờ là sai, kể cả khi lỡ gửi ảnh rồi. Nếu chuyện đó xảy ra, hãy giữ lại tin nhắn, chặn và báo cáo tài khoản, rồi tìm người giúp.
my-body-my-pictures-starter = Cơ thể con là của ai? Nếu có người xin ảnh con mặc đồ ngủ, con sẽ nói gì?
