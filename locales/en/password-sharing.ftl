# Lesson: password-sharing (ages 6-10). A best friend asks for a game password.
password-sharing-title = The Dragon Password
password-sharing-objective = Children learn that passwords are private and are shared only with their parents or carers, even when a best friend asks.
password-sharing-behaviour = Keep your password to yourself; say no to friends kindly; tell a grown-up; make the password stronger together.

password-sharing-hello = I'm at the park with Dad. While he reads, I look after my baby dragon in my game!
password-sharing-chat-appears = Ping! A message from Bin, Nam's best friend in class.
password-sharing-contact = Bin
password-sharing-msg-grow = Nam! I can make your dragon grow really big, really fast.
password-sharing-msg-password = Just tell me your password. I'll play for you tonight!
password-sharing-wow = Bin is my best friend. And a giant dragon would be so cool!
password-sharing-more-appears = Then Bin writes again.
password-sharing-msg-share = Best friends share everything, right? Pleeease?
password-sharing-tummy = But my password is just for me… Now I'm not sure what to do.
password-sharing-what-now = Pause, check, tell! What should Nam do?
password-sharing-what-now-discuss-1 = Bin is Nam's best friend. Why does Nam still feel unsure?
password-sharing-what-now-discuss-2 = Who can know your passwords?
password-sharing-option-send = Send Bin the password
password-sharing-option-no = Say no, kindly
password-sharing-option-tell = Ask Dad

password-sharing-oops = Nam sends it. Bin shows his cousin, and then someone swaps Nam's dragon for a grey rock.
password-sharing-not-late = If you already sent it, it's not your fault. Tell Dad now, and change it together.
password-sharing-oops-back = A password is like a house key: we don't lend it, even to best friends. Let's choose again.
password-sharing-how-no = How will Nam say no?
password-sharing-how-no-discuss-1 = How can Nam say no and still stay good friends with Bin?
password-sharing-how-no-discuss-2 = How would Bin feel reading each answer?
password-sharing-option-mean = No way! Stop asking me!
password-sharing-option-kind = Sorry! My password is just for me and my mum and dad.
password-sharing-mean-oops = Bin reads it and feels hurt. He only wanted to help.
password-sharing-mean-not-late = If you already sent it, that's OK: saying sorry helps.
password-sharing-mean-back = You can say no and still be kind. Let's try again.
password-sharing-kind-appears = Nam writes back to Bin.
password-sharing-msg-sorry = Sorry, Bin! My password is only for me and my mum and dad.
password-sharing-msg-play = But let's play together at break tomorrow!
password-sharing-bin-ok-appears = Bin answers straight away.
password-sharing-msg-ok = OK! See you at break!
password-sharing-still-tell = Phew, Bin's fine! I'll still tell Dad, so he knows what happened.

password-sharing-tell-prompt = What will Nam say to Dad?
password-sharing-say-asked = Dad, Bin asked me for my game password.
password-sharing-say-tummy = Dad, my friend wanted my password, and I didn't know what to do.
password-sharing-dad-answer = Thanks for telling me, Nam. You did just the right thing, and nobody's in trouble.
password-sharing-dad-who = Passwords are only shared with Mum and me. Not with friends, not even the very best ones.
password-sharing-dad-why = With your password, someone could play as you, spend your coins, or send messages in your name.
password-sharing-dad-mistake = And if you ever share it by mistake, just tell me. We'll fix it together.
password-sharing-change-appears = Dad and Nam make Nam's password even stronger, together.
password-sharing-change-title = Make a new password
password-sharing-change-body = Use three words you'll remember but friends can't guess. Not your name or birthday!
password-sharing-change-button = Save new password
password-sharing-dad-proud = You paused, you checked how you felt, and you told me. I'm proud of you.
password-sharing-catchphrase = Pause, check, tell!
password-sharing-well-done = Well done! You kept your password private, you were kind to Bin, and you told Dad.
password-sharing-sticker = Dragon Key sticker

password-sharing-tip = Children often share passwords to show friendship. Explain that passwords are shared only with you, set them up together, and if one has been shared, change it with your child calmly and without blame.
password-sharing-starter = Who knows your passwords? What would you say if a friend asked you for one?

# Check questions (asked before and after the lesson, and in reviews)
password-sharing-check-1-question = Your best friend asks for your game password. What do you do?
password-sharing-check-1-give = Give it; they're my best friend.
password-sharing-check-1-no = Say no kindly; passwords are private.
password-sharing-check-1-half = Give just half of it.
password-sharing-check-1-why = Passwords keep your account safe, even from best friends.
password-sharing-check-2-question = Which password is strongest?
password-sharing-check-2-numbers = One two three four five six.
password-sharing-check-2-name = My name.
password-sharing-check-2-sentence = A long, funny sentence only I remember.
password-sharing-check-2-why = Long sentences are hard to guess. A grown-up can help you make one.
password-sharing-check-3-question = You already told a friend your password. What do you do?
password-sharing-check-3-change = Tell a grown-up and change it together.
password-sharing-check-3-leave = Leave it; it's probably fine.
password-sharing-check-3-forget = Ask my friend to forget it.
password-sharing-check-3-why = Changing it fixes it. Telling a grown-up is the smart move.
