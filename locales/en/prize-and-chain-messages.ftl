# Lesson: prize-and-chain-messages (ages 6-10). A prize link, a file "from your cousin", a chain message.
prize-and-chain-messages-title = The Chain Message
prize-and-chain-messages-objective = Children learn that a chain message ("send this to 10 friends or…") is made up, so they don't send it on, and they check with a grown-up.
prize-and-chain-messages-behaviour = Don't send chain messages on; check with a grown-up; tell your friend it's made up.

prize-and-chain-messages-hello = Homework's done! Mum's cooking dinner, and I'm checking messages on the family tablet.


prize-and-chain-messages-tell-prompt = What will Nam say to Mum?
prize-and-chain-messages-mum-answer = Thank you for showing me before sending it on, Nam. That was really smart.

prize-and-chain-messages-chain-appears = Ping! Bin from Nam's class sends him a message.
prize-and-chain-messages-chain-contact = Bin
prize-and-chain-messages-msg-quick = Nam, quick, read this!!
prize-and-chain-messages-msg-chain = Send this to 10 friends in 10 minutes, or your game pets will run away!!!
prize-and-chain-messages-msg-everyone = I sent it to everyone. Just in case!
prize-and-chain-messages-chain-think = My game pets might run away? I don't want that! But can a message really do that?
prize-and-chain-messages-chain-choice = Pause, check, tell! What should Nam do with Bin's message?
prize-and-chain-messages-chain-choice-discuss-1 = Can a message really make game pets run away? How do you know?
prize-and-chain-messages-chain-choice-discuss-2 = Bin sent it to everyone. How do you think Bin feels?
prize-and-chain-messages-option-forward = Send it to 10 friends
prize-and-chain-messages-option-stop = Don't send it on, and tell Bin it's made up
prize-and-chain-messages-option-ask = Ask Mum
prize-and-chain-messages-chain-oops = Nam sends it on. Now ten friends feel worried too, and they send it to even more people.
prize-and-chain-messages-not-late = If you already sent it, it's not your fault. Tell Mum, and tell your friends it's made up.
prize-and-chain-messages-chain-back = Chain messages are made up. Nothing happens if you don't send them on. Let's choose again.
prize-and-chain-messages-ask-mum = Mum, Bin sent me this. Will my game pets really run away?
prize-and-chain-messages-say-worried = Mum, Bin sent me a chain message. I'm worried about my pets.
prize-and-chain-messages-mum-chain = No, love. That's a chain message. It's made up to worry people, so they send it on.
prize-and-chain-messages-reply-appears = Nam writes back to Bin.
prize-and-chain-messages-msg-dont-worry = Don't worry, Bin! Chain messages are made up. Your pets will be fine.
prize-and-chain-messages-msg-stop-here = Let's not send it to anyone else.
prize-and-chain-messages-bin-thanks-appears = Bin answers.
prize-and-chain-messages-msg-phew = Phew! Thanks, Nam. I'll tell the others.
prize-and-chain-messages-show-mum = There. I'll still show Mum, so she knows.
prize-and-chain-messages-mum-proud = You paused, you didn't send it on, and you told me. I'm so proud of you.
prize-and-chain-messages-catchphrase = Pause, check, tell!
prize-and-chain-messages-well-done = Well done! You didn't send on the chain message, and you told Mum!
prize-and-chain-messages-sticker = Sharp-Eyed Envelope sticker

prize-and-chain-messages-tip = Chain messages threaten that something bad will happen unless you pass them on, so children worry and spread them. Tell your child these messages are always made up, nothing happens if they stop, and they can always show you first.
prize-and-chain-messages-starter = Have you ever had a message that said "send this to everyone"? How did it make you feel?

# Check questions (asked before and after the lesson, and in reviews)
prize-and-chain-messages-check-1-question = A message says: "Send this to ten friends or bad luck will come." What do you do?
prize-and-chain-messages-check-1-stop = Don't send it; check with a grown-up.
prize-and-chain-messages-check-1-ten = Send it to ten friends, just in case.
prize-and-chain-messages-check-1-few = Send it to just a few friends.
prize-and-chain-messages-check-1-why = Chain messages are made up. Nothing happens if you don't send them.
prize-and-chain-messages-check-2-question = A message says you won a phone; tap the link to get it. What do you do?
prize-and-chain-messages-check-2-tap = Tap the link to get it.
prize-and-chain-messages-check-2-show = Don't tap; show a grown-up.
prize-and-chain-messages-check-2-forward = Send it to a friend so we both win.
prize-and-chain-messages-check-2-why = Surprise prizes are usually tricks. A grown-up helps you check.
prize-and-chain-messages-check-3-question = A friend got a chain message and feels worried. What do you say?
prize-and-chain-messages-check-3-send = Send it on, just to be sure.
prize-and-chain-messages-check-3-nothing = Say nothing.
prize-and-chain-messages-check-3-calm = It's made up. Nothing bad will happen.
prize-and-chain-messages-check-3-why = A true, kind word helps your friend stop worrying.
