# Lesson: screen-time-sleep (ages 6-10). Videos at bedtime, and a game ping during homework.
screen-time-sleep-title = Goodnight, Tablet
screen-time-sleep-objective = Children learn to stop screens at an agreed time, keep screens out of bed, make a screen plan with a grown-up, and do one thing at a time.
screen-time-sleep-behaviour = Stop at the agreed time; no screens in bed; ask a grown-up for help stopping; one thing at a time.

screen-time-sleep-hello = Homework's done! Mum says I can watch videos until eight o'clock.
screen-time-sleep-video-appears = Mai watches a cat chasing bubbles. It's very silly.
screen-time-sleep-video-title = Cat vs the Bubble Machine
screen-time-sleep-up-next-appears = As the video ends, the next one gets ready to start by itself.
screen-time-sleep-up-next-title = Up next
screen-time-sleep-up-next-body = Next video starts in 5…
screen-time-sleep-up-next-button = Play now
screen-time-sleep-yawn = It's eight o'clock, and my eyes feel heavy. But the next one looks so funny!
screen-time-sleep-bedtime = Pause, check, tell! What should Mai do?
screen-time-sleep-bedtime-discuss-1 = Mai's eyes feel heavy. What is her body telling her?
screen-time-sleep-bedtime-discuss-2 = The next video starts by itself. Why is it hard to stop?
screen-time-sleep-option-bed = Take the tablet to bed and keep watching
screen-time-sleep-option-goodnight = Stop and say goodnight to the tablet
screen-time-sleep-option-ask = Ask Mum to help me stop

screen-time-sleep-late = One video turns into ten. The bright screen keeps Mai wide awake until very late.
screen-time-sleep-morning = At school the next day, Mai yawns and yawns. Even easy sums feel hard.
screen-time-sleep-late-back = Sleep helps our brains grow. Let's go back to eight o'clock and choose again.

screen-time-sleep-switch-off = Goodnight, tablet! Bye-bye, funny cat. See you tomorrow.
screen-time-sleep-charger = Mai puts the tablet on its charger in the kitchen, where it sleeps at night. Mum is there.

screen-time-sleep-tell-prompt = What will Mai say to Mum?
screen-time-sleep-say-hard = Mum, it's hard to stop when the next video starts by itself.
screen-time-sleep-say-tired = Mum, my eyes are tired, but I still want to keep watching.
screen-time-sleep-mum-answer = Thank you for telling me, Mai. Those videos are made to keep us watching. Let's make a plan.
screen-time-sleep-plan = Here's our screen plan: screens off at eight, and the tablet sleeps in the kitchen.
screen-time-sleep-autoplay-off = And let's turn off the setting that starts the next video by itself.

screen-time-sleep-next-day = The next afternoon, Mai sits at the kitchen table with her reading book.
screen-time-sleep-ping-appears = Ping! A game message pops up on the tablet.
screen-time-sleep-ping-title = Your farm misses you!
screen-time-sleep-ping-body = Come back and pick your carrots!
screen-time-sleep-ping-button = Play now
screen-time-sleep-one-thing = What should Mai do?
screen-time-sleep-one-thing-discuss-1 = The game says the farm misses Mai. Does it really? Why does it say that?
screen-time-sleep-one-thing-discuss-2 = What happens when you read and play at the same time?
screen-time-sleep-option-both = Read and play at the same time
screen-time-sleep-option-reading-first = Reading first, then game time
screen-time-sleep-muddle = Mai reads, taps a carrot, reads again… Soon the story and the game are both muddled.
screen-time-sleep-muddle-back = Doing two things at once makes both harder. Let's choose again.
screen-time-sleep-reading-first = One thing at a time. Book first, then carrots!
screen-time-sleep-proud = Reading done, and now you can enjoy your game. I'm proud of you, Mai.
screen-time-sleep-catchphrase = Pause, check, tell!
screen-time-sleep-well-done = Well done! You said goodnight to the screen, talked to Mum, and did one thing at a time.
screen-time-sleep-sticker = Sleepy Tablet sticker

screen-time-sleep-tip = Videos that play the next one by themselves, and games that send "come back" messages, are built to keep children watching. Agree a stopping time and a place where devices sleep at night (not the bedroom), turn off autoplay and game notifications together, and praise your child when they stop.
screen-time-sleep-starter = What makes it hard to stop watching or playing? What could help you stop?

# Check questions (asked before and after the lesson, and in reviews)
screen-time-sleep-check-1-question = It's the time you agreed to stop the tablet. What do you do?
screen-time-sleep-check-1-episode = Watch one more episode.
screen-time-sleep-check-1-bed = Take it to bed and keep watching.
screen-time-sleep-check-1-stop = Turn it off and put it on the shelf.
screen-time-sleep-check-1-why = Stopping on time helps you sleep well and wake up fresh.
screen-time-sleep-check-2-question = Stopping feels really hard. What can you do?
screen-time-sleep-check-2-help = Ask a grown-up to help me stop.
screen-time-sleep-check-2-blanket = Play under the blanket.
screen-time-sleep-check-2-round = Finish this round first.
screen-time-sleep-check-2-why = Games are made to be hard to stop. Asking for help is smart.
screen-time-sleep-check-3-question = Homework and a video at the same time: how does it go?
screen-time-sleep-check-3-both = Faster, because I do two things at once.
screen-time-sleep-check-3-one = One thing at a time works better.
screen-time-sleep-check-3-why = One thing at a time helps your brain focus and finish sooner.
