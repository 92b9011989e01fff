# Lesson: forwarding-photos (ages 6-10). An embarrassing photo of a classmate arrives.
forwarding-photos-title = The Puddle Photo
forwarding-photos-objective = Children learn not to forward a funny or unkind photo of someone, to think how that person would feel, and to tell a grown-up.
forwarding-photos-behaviour = Don't pass on a photo of someone that could upset them; say something kind; tell a grown-up.

forwarding-photos-hello = It's Saturday! Mum says I can chat with my class on her tablet.
forwarding-photos-chat-appears = Ping! A new message in the class chat.
forwarding-photos-contact = Class 3B
forwarding-photos-msg-look = LOOK at Khoa at break time!! hahaha
forwarding-photos-msg-send-it = Send it to everyone!
forwarding-photos-photo = It's a photo of Khoa. He slipped into a muddy puddle, and his face is bright red.
forwarding-photos-laugh = Ha! It is a bit funny.
forwarding-photos-tummy = But Khoa looks upset. If that were me, I'd want to hide. I feel sad for him.
forwarding-photos-what-now = Pause, check, tell! What should Nam do with the photo?
forwarding-photos-what-now-discuss-1 = How would Khoa feel if this photo went round the whole school?
forwarding-photos-what-now-discuss-2 = If it were a photo of you, what would you want your friends to do?
forwarding-photos-option-forward = Send it to more friends
forwarding-photos-option-keep = Don't send it on
forwarding-photos-option-tell = Show Mum

forwarding-photos-oops = Whoosh! The photo goes to one friend, then five, then the whole school.
forwarding-photos-oops-khoa = The next day, lots of children laugh at Khoa. He sits on his own and feels very sad.
forwarding-photos-not-late = If you already sent it, it's not your fault. Tell Mum now, and she'll help.
forwarding-photos-oops-back = Once a photo is sent, you can't get it back. Let's choose again.

forwarding-photos-dont-send = I won't send it on. I wouldn't want a photo like that of me going round.
forwarding-photos-more-appears = But the class chat keeps going.
forwarding-photos-msg-haha = hahaha so funny
forwarding-photos-msg-why-not = Nam, why aren't you laughing?
forwarding-photos-and-now = Nam didn't send it. What else could he do?
forwarding-photos-and-now-discuss-1 = The class asks Nam why he isn't laughing. Why is it hard not to join in?
forwarding-photos-and-now-discuss-2 = What kind words could Nam write to the class?
forwarding-photos-option-laugh = Write “hahaha” to fit in
forwarding-photos-option-kind = Write something kind
forwarding-photos-laugh-oops = Khoa will see one more laugh and feel even sadder.
forwarding-photos-laugh-not-late = If you already wrote it, it's not your fault. Telling Mum still helps. Let's choose again.
forwarding-photos-kind-appears = Nam types a message to the class.
forwarding-photos-msg-kind = It's not funny. Khoa is our friend. Please delete it.
forwarding-photos-kind-then = There. Now I'll show Mum.

forwarding-photos-tell-prompt = What will Nam say to Mum?
forwarding-photos-say-photo = Mum, someone sent a photo of Khoa, and everyone is laughing at him.
forwarding-photos-say-tummy = Mum, a photo in my class chat made me feel sad.
forwarding-photos-mum-answer = Thank you for showing me, Nam. You didn't send it on. That was kind and brave.
forwarding-photos-mum-teacher = Let's tell Ms Lan. She can ask the class to delete it, and check Khoa is okay.
forwarding-photos-mum-question = Before we share a photo of someone, we ask: would they want this? How would they feel?
forwarding-photos-nam-khoa = On Monday, I'll ask Khoa to play football with me.
forwarding-photos-catchphrase = Pause, check, tell!
forwarding-photos-well-done = Well done! You didn't pass the photo on, and you told Mum. Khoa is lucky to have you.
forwarding-photos-sticker = Heart Plane sticker

forwarding-photos-tip = Children often forward a "funny" photo without thinking about the person in it. Practise the question "Would they want this shared?", and agree that a photo that could embarrass someone stops with them and goes to you.
forwarding-photos-starter = Has anyone ever shared a photo of you that you didn't like? How did it feel?

# Check questions (asked before and after the lesson, and in reviews)
forwarding-photos-check-1-question = Someone sends a photo of a classmate falling in a puddle. What do you do?
forwarding-photos-check-1-forward = Send it on to the group; it's funny.
forwarding-photos-check-1-emoji = Just reply with a laughing face.
forwarding-photos-check-1-stop = Don't send it on; say something kind.
forwarding-photos-check-1-why = Think how they would feel. When it stops with you, you're helping them.
forwarding-photos-check-2-question = Before you send a photo of someone, what do you ask yourself?
forwarding-photos-check-2-feel = Would they be happy to see this?
forwarding-photos-check-2-funny = Is it funny enough?
forwarding-photos-check-2-first = Who will see it first?
forwarding-photos-check-2-why = A sent photo is hard to get back. Thinking first keeps friends from getting hurt.
forwarding-photos-check-3-question = The photo has already gone round the class. What can you do?
forwarding-photos-check-3-nothing = Nothing, it's too late.
forwarding-photos-check-3-tell = Tell my teacher or a grown-up.
forwarding-photos-check-3-too = Send it too; everyone else has.
forwarding-photos-check-3-why = It's never too late to tell. A grown-up can help take it down.
