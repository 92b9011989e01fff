# Lesson: prize-and-chain-messages (ages 6-10). A prize link, a file "from your cousin", a chain message.
prize-and-chain-messages-title = Three Tricky Messages
prize-and-chain-messages-objective = Children learn that prize messages, chain messages and files "from someone you know" can be tricks: they don't tap or forward, and they check with a grown-up.
prize-and-chain-messages-behaviour = Don't tap prize links or open unexpected files; don't send chain messages on; check another way; tell a grown-up.

prize-and-chain-messages-hello = Homework's done! Mum's cooking dinner, and I'm checking messages on the family tablet.
prize-and-chain-messages-prize-appears = A message pops in, with a shiny link.
prize-and-chain-messages-prize-from = Lucky Prize Club
prize-and-chain-messages-prize-text = Congratulations, Nam! You've won a brand-new tablet! Tap the link within 5 minutes to get it!
prize-and-chain-messages-prize-link = lucky-prize-club/new-tablet/nam
prize-and-chain-messages-cousin-appears = Then another message arrives, from a number Nam doesn't know.
prize-and-chain-messages-cousin-from = Hoa (new number)
prize-and-chain-messages-cousin-text = Hi Nam, it's your cousin Hoa! Look at these funny photos of you, haha!
prize-and-chain-messages-cousin-link = Open file: funny-photos-nam
prize-and-chain-messages-think = A new tablet! And funny photos of me! But why the hurry? And why a new number?
prize-and-chain-messages-what-now = What should Nam do?
prize-and-chain-messages-option-prize = Tap the prize link
prize-and-chain-messages-option-photos = Open Hoa's photos
prize-and-chain-messages-option-leave = Don't tap anything
prize-and-chain-messages-option-show = Show Mum

prize-and-chain-messages-prize-oops = Nam taps. The page asks for his full name, his address and Mum's phone number. No tablet comes.
prize-and-chain-messages-prize-back = Nobody gives prizes for things you never entered. That message was a trick. Let's choose again.
prize-and-chain-messages-photos-oops = Nam taps. There are no photos. Instead, the tablet goes slow and fills up with adverts.
prize-and-chain-messages-photos-back = Even a message with a name you know can be a trick. Let's choose again.
prize-and-chain-messages-leave = I won't tap anything. I'll show Mum first. She'll know what to do.

prize-and-chain-messages-tell-prompt = What will Nam say to Mum?
prize-and-chain-messages-say-prize = Mum, a message says I won a new tablet!
prize-and-chain-messages-say-cousin = Mum, a message says it's from Hoa, but it's a new number.
prize-and-chain-messages-mum-answer = Thank you for showing me before tapping anything, Nam. That was really smart.
prize-and-chain-messages-mum-prize = Nobody gives tablets away to children they don't know. And the hurry is part of the trick.
prize-and-chain-messages-mum-check = This one uses Hoa's name. Let's check another way. I'll ring Aunt Thu on her usual number.
prize-and-chain-messages-mum-aunt = Aunt Thu says Hoa didn't send anything. Someone just used her name. Let's delete both messages.
prize-and-chain-messages-delete-appears = Mum shows Nam how to report and delete the messages.
prize-and-chain-messages-delete-title = Report and delete?
prize-and-chain-messages-delete-body = This message will be deleted, and the app will know it's a trick.
prize-and-chain-messages-delete-button = Report and delete

prize-and-chain-messages-chain-appears = After dinner, Bin from Nam's class sends him a message.
prize-and-chain-messages-chain-contact = Bin
prize-and-chain-messages-msg-quick = Nam, quick, read this!!
prize-and-chain-messages-msg-chain = Send this to 10 friends in 10 minutes, or your game pets will run away!!!
prize-and-chain-messages-msg-everyone = I sent it to everyone. Just in case!
prize-and-chain-messages-chain-think = My game pets might run away? I don't want that! But can a message really do that?
prize-and-chain-messages-chain-choice = What should Nam do with Bin's message?
prize-and-chain-messages-option-forward = Send it to 10 friends
prize-and-chain-messages-option-stop = Don't send it on, and tell Bin it's made up
prize-and-chain-messages-option-ask = Ask Mum
prize-and-chain-messages-chain-oops = Nam sends it on. Now ten friends feel worried too, and they send it to even more people.
prize-and-chain-messages-chain-back = Chain messages are made up. Nothing happens if you don't send them on. Let's choose again.
prize-and-chain-messages-ask-mum = Mum, Bin sent me this. Will my game pets really run away?
prize-and-chain-messages-mum-chain = No, love. That's a chain message. It's made up to worry people, so they send it on.
prize-and-chain-messages-reply-appears = Nam writes back to Bin.
prize-and-chain-messages-msg-dont-worry = Don't worry, Bin! Chain messages are made up. Your pets will be fine.
prize-and-chain-messages-msg-stop-here = Let's not send it to anyone else.
prize-and-chain-messages-bin-thanks-appears = Bin answers.
prize-and-chain-messages-msg-phew = Phew! Thanks, Nam. I'll tell the others.
prize-and-chain-messages-mum-proud = You paused, you checked with me, and you helped Bin too. I'm so proud of you.
prize-and-chain-messages-catchphrase = Pause, check, tell!
prize-and-chain-messages-well-done = Well done! You didn't tap the tricky links or send on the chain message. You checked with Mum!
prize-and-chain-messages-sticker = Sharp-Eyed Envelope sticker

prize-and-chain-messages-tip = Children start to get "you've won" messages, chain messages and files "from family". Teach three signs: a prize for something you never entered, a rush to act now, and a new number using a name you know. Check another way, such as ringing the usual number, and don't blame your child if they tapped.
prize-and-chain-messages-starter = Have you ever had a message saying "send this to 10 friends" or "you've won"? What did you do?
