# Lesson: prize-popup (ages 3-6). "You won!" pop-ups.
prize-popup-title = The Surprise Prize Box
prize-popup-objective = Children learn that a "You won!" box on a screen is a trick, and that they ask a grown-up instead of tapping it.
prize-popup-behaviour = Don't tap a prize pop-up; stop and ask a grown-up.

prize-popup-hello = Hi! I'm Mai. I love colouring on the tablet!
prize-popup-colouring = Mai is colouring a big orange fish.
prize-popup-appears = Oh! A big box pops up on the screen.
prize-popup-screen-title = You won!
prize-popup-screen-body = Tap now to get your big prize!
prize-popup-screen-button = Get my prize!
prize-popup-tummy = Ooh, a prize! But wait… why a prize? I feel worried.
prize-popup-what-now = Stop, think, tell! What should Mai do?
prize-popup-what-now-discuss-1 = How do you think Mai feels when the box pops up? Why?
prize-popup-what-now-discuss-2 = Who is near Mai that she could ask?
prize-popup-option-tap = Tap the prize button
prize-popup-option-ask = Ask Mum
prize-popup-option-hands = Hands in my lap
prize-popup-oops = Tap! More boxes pop up. And there's no prize at all.
prize-popup-oops-back = That box was a trick, not Mai's fault. Tell Mum. Choose again!
prize-popup-hands = I won't tap it. I'll show Mum.
prize-popup-tell-prompt = What will Mai say to Mum?
prize-popup-say-won = Mum, a box says I won a prize!
prize-popup-say-tummy = Mum, this box makes me feel worried.
prize-popup-mum-answer = Thank you for showing me, Mai! Boxes like that are tricks.
prize-popup-mum-answer-tapped = You told me, Mai. Thank you! That trick wasn't your fault.
prize-popup-close-together = See the little X? That's how we close it. Back to colouring!
prize-popup-you-did-it = You stopped, you thought, and you told me!
prize-popup-catchphrase = Stop, think, tell!
prize-popup-well-done = Well done! You didn't tap. You asked Mum first!
prize-popup-well-done-told = Well done! You told Mum, even after tapping. That's brave!
prize-popup-sticker = Gift Star sticker

prize-popup-tip = Pop-ups that say "You won!" are made to be tapped. Show your child where the real close button is, and praise them every time they ask you first.
prize-popup-starter = Has a box ever popped up when you were playing? What did you do?

# Check questions (asked before and after the lesson, and in reviews)
prize-popup-check-1-question = A box pops up: "You won a prize!" What do you do?
prize-popup-check-1-tap = Tap it to get the prize.
prize-popup-check-1-ask = Stop and ask a grown-up.
prize-popup-check-1-friend = Ask a friend to tap it.
prize-popup-check-1-why = Pop-up prizes are often tricks. A grown-up can help.
prize-popup-check-2-question = The prize button keeps flashing. What do you do?
prize-popup-check-2-hands = Hands in my lap, call a grown-up.
prize-popup-check-2-once = Tap it just once.
prize-popup-check-2-wait = Wait and watch what happens.
prize-popup-check-2-why = Flashing buttons want a tap. Stopping is clever!
prize-popup-check-3-question = A strange box pops up. Who helps you?
prize-popup-check-3-self = I just tap it myself.
prize-popup-check-3-friend = A friend in the game.
prize-popup-check-3-mum = Mum, Dad or a grown-up at home.
prize-popup-check-3-why = Grown-ups are always glad when you ask.
