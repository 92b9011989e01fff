# Lesson: screen-goodbye (ages 3-6). Saying goodbye to the screen.
screen-goodbye-title = Bye-Bye, Tablet!
screen-goodbye-objective = Children learn to finish screen time calmly when time is up, and to ask a grown-up for help when stopping is hard.
screen-goodbye-behaviour = When time is up, say bye-bye and turn it off, or ask a grown-up for help.

screen-goodbye-hello = Hi! I'm Mai. Today I'm at Grandma's house!
screen-goodbye-rule = Tablet time is here on the sofa, where I can see you.
screen-goodbye-watching = Mai watches a cartoon about a little yellow duck.
screen-goodbye-timer = Five more minutes, Mai. Then it's bath time.
screen-goodbye-up-next-appears = Time is up! But another cartoon wants to start.
screen-goodbye-screen-title = Up next
screen-goodbye-screen-body = The next cartoon starts in 5… 4… 3…
screen-goodbye-screen-button = Watch now
screen-goodbye-cross = But I want one more! I feel a bit cross.
screen-goodbye-what-now = Time is up. Stop, think, tell! What should Mai do?
screen-goodbye-what-now-discuss-1 = Mai feels a bit cross. Why is it hard to stop?
screen-goodbye-what-now-discuss-2 = When stopping is hard, who could help Mai?
screen-goodbye-option-one-more = Watch one more cartoon
screen-goodbye-option-bye = Say bye-bye and turn it off
screen-goodbye-option-ask = Ask Grandma for help
screen-goodbye-oops = One more, then one more… Now Mai is tired and grumpy.
screen-goodbye-oops-back = That's OK! Cartoons keep going all by themselves. Let's choose again.
screen-goodbye-tell-prompt = What will Mai say to Grandma?
screen-goodbye-say-one-more = Grandma, I want one more cartoon.
screen-goodbye-say-hard = Grandma, it's hard to stop. Can you help me?
screen-goodbye-grandma-answer = I know, sweetheart. Stopping is hard. Let's do it together.
screen-goodbye-bye-duck = Bye-bye, little duck! See you another day.
screen-goodbye-proud = You stopped so calmly, Mai. Grandma is proud of you.
screen-goodbye-catchphrase = Stop, think, tell!
screen-goodbye-well-done = Well done! You said bye-bye to the screen, nice and calmly.
screen-goodbye-sticker = Sleepy Moon sticker

screen-goodbye-tip = Give a five-minute warning before screen time ends, and switch off autoplay. When your child manages to stop, praise them straight away.
screen-goodbye-starter = What helps you stop when screen time is up? Shall we make up a goodbye to say to the screen?

# Check questions (asked before and after the lesson, and in reviews)
screen-goodbye-check-1-question = Tablet time is up. What do you do?
screen-goodbye-check-1-bye = Say bye-bye and turn it off.
screen-goodbye-check-1-more = Watch just one more.
screen-goodbye-check-1-bed = Take it to bed.
screen-goodbye-check-1-why = Saying bye-bye lets your eyes and body rest.
screen-goodbye-check-2-question = Stopping feels hard. What can you do?
screen-goodbye-check-2-keep = Just keep playing.
screen-goodbye-check-2-quiet = Play a little more in secret.
screen-goodbye-check-2-help = Ask a grown-up to help.
screen-goodbye-check-2-why = Stopping can feel hard. A grown-up can help.
screen-goodbye-check-3-question = The tablet is off. What now?
screen-goodbye-check-3-wait = Sit and wait for next time.
screen-goodbye-check-3-play = Play something else together.
screen-goodbye-check-3-why = So many fun things are waiting for you!
