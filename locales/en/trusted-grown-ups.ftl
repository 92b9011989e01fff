# Lesson: trusted-grown-ups (ages 3-6). Who are my trusted grown-ups?
trusted-grown-ups-title = My Helping Hand
trusted-grown-ups-objective = Children name the trusted grown-ups they can go to at home and at school, and practise what to say when something worries them.
trusted-grown-ups-behaviour = Know your trusted grown-ups; tell the one who is nearest: "I feel worried. Can I tell you something?"

trusted-grown-ups-hello = Hi! I'm Nam. Today at school we're drawing our hands!
trusted-grown-ups-ask = Who helps you when you feel worried or sad?
trusted-grown-ups-hand = Draw round your hand. Each finger is a grown-up who helps.
trusted-grown-ups-home-fingers = At home, I have Mum, Dad and Grandma.
trusted-grown-ups-school-finger = At school, I have Ms Lan!
trusted-grown-ups-your-turn = Who is on your hand? Say their names out loud!
trusted-grown-ups-trusted = These are your trusted grown-ups. You can tell them anything.
trusted-grown-ups-words = You can say: “I feel worried. Can I tell you something?”
trusted-grown-ups-reading = Later, Nam plays a reading game on the class tablet.
trusted-grown-ups-message-appears = Ping! A message from someone Nam doesn't know.
trusted-grown-ups-contact = New Player
trusted-grown-ups-msg-friend = Hi Nam! Do you want to be my friend?
trusted-grown-ups-msg-where = Tell me where you live!
trusted-grown-ups-tummy = I don't know them. I feel worried.
trusted-grown-ups-who-to-tell = Stop, think, tell! Who can Nam tell?
trusted-grown-ups-who-to-tell-discuss-1 = Who is on Nam's helping hand? Who is on yours?
trusted-grown-ups-who-to-tell-discuss-2 = What could Nam say to start telling a grown-up?
trusted-grown-ups-option-keep = Keep the worry inside
trusted-grown-ups-option-teacher = Ms Lan, here in class
trusted-grown-ups-option-mum = Mum, after school
trusted-grown-ups-oops = Nam keeps the worry inside. It feels bigger and bigger.
trusted-grown-ups-oops-back = That's OK! Worries get smaller when we share them. Let's choose again.
trusted-grown-ups-mum-later = Mum is on my hand! But Ms Lan is here now.
trusted-grown-ups-tell-prompt = What will Nam say to Ms Lan?
trusted-grown-ups-say-tummy = Ms Lan, a message made me feel worried.
trusted-grown-ups-say-help = Ms Lan, can you help me, please?
trusted-grown-ups-say-show = Ms Lan, can I show you something?
trusted-grown-ups-teacher-answer = Thank you for telling me, Nam. You did just the right thing.
trusted-grown-ups-close = Let's close that message together. Now you can read again.
trusted-grown-ups-home = At home, Nam shows Mum his helping hand.
trusted-grown-ups-mum-happy = Me, Dad, Grandma and Ms Lan! You can tell us anything.
trusted-grown-ups-catchphrase = Stop, think, tell!
trusted-grown-ups-well-done = Well done! You know your trusted grown-ups, and you told Ms Lan.
trusted-grown-ups-sticker = Helping Hand sticker

trusted-grown-ups-tip = Draw round your child's hand together and put a grown-up they trust on each finger, at home and at school. Keep it on the fridge, and practise the words: "I feel worried. Can I tell you something?" Worried, scared, sad, cross or muddled: any of these is a time to tell.
trusted-grown-ups-starter = Who would you go to if something on a screen made you worried? And at school?

# Check questions (asked before and after the lesson, and in reviews)
trusted-grown-ups-check-1-question = Who is a trusted grown-up?
trusted-grown-ups-check-1-friend = A little friend from class.
trusted-grown-ups-check-1-family = Mum, Dad, Grandma or my teacher.
trusted-grown-ups-check-1-why = Trusted grown-ups always want to help you.
trusted-grown-ups-check-2-question = You feel worried. What do you say to a grown-up?
trusted-grown-ups-check-2-fine = I'm fine.
trusted-grown-ups-check-2-later = I'll tell you another day.
trusted-grown-ups-check-2-worry = I feel worried. Can I tell you?
trusted-grown-ups-check-2-why = One little sentence lets a grown-up help you.
trusted-grown-ups-check-3-question = Mum is busy. What do you do?
trusted-grown-ups-check-3-other = Tell another grown-up nearby.
trusted-grown-ups-check-3-give-up = Give up and tell nobody.
trusted-grown-ups-check-3-why = There's always another grown-up who will listen.
