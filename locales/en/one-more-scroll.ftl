# Lesson: one-more-scroll (ages 11-15). Nearly midnight before a test, and the feed keeps going.
one-more-scroll-title = Just One More
one-more-scroll-objective = Young people understand that feeds are designed to keep them scrolling (no end, autoplay, notifications pulling them back) and know a few ways to set their own stopping point.
one-more-scroll-behaviour = Notice how a feed keeps you scrolling; charge the phone outside the bedroom; switch off autoplay and night notifications; agree screen-free times as a family.

one-more-scroll-late = Twenty to midnight. Linh has a literature test tomorrow. She only meant to scroll for five minutes in bed.
one-more-scroll-feed-appears = Linh's feed, the videos playing one after another.
one-more-scroll-author-dance = dancing cat
one-more-scroll-post-dance = Dance challenge, part 7! Part 8 starts in 3 seconds...
one-more-scroll-author-game = fox plays
one-more-scroll-post-game = You won't believe this play, watch to the end!
one-more-scroll-author-quiz = owl quiz
one-more-scroll-post-quiz = 99% of people can't answer this. Can you?
one-more-scroll-what-time = Just this one. Wait, it's nearly midnight? I only just picked up my phone.
one-more-scroll-how-feeds-work = It's not that Linh has no willpower. The feed is built to have no end: there's always more, videos play by themselves, and notifications pull you back.
one-more-scroll-scroll-choice = What does Linh do?
one-more-scroll-option-charge = Take the phone to charge in the living room
one-more-scroll-option-one-more = Just one more video
one-more-scroll-option-settings = Switch off autoplay and night notifications
one-more-scroll-scroll-choice-discuss-1 = What on this feed keeps pulling Linh into watching just one more?
one-more-scroll-scroll-choice-discuss-2 = What tricks do you use to stop yourself scrolling at night?

one-more-scroll-one-more = One video becomes ten. When Linh looks up, it's nearly one in the morning.
one-more-scroll-one-more-morning = My eyes keep closing this morning. I have to read the test questions three times.
one-more-scroll-one-more-back = Everyone has nights like that. Tonight you can try something different. Let's go back.
one-more-scroll-settings = Autoplay off. Notifications off from ten at night. The feed has stopped playing by itself.
one-more-scroll-charge = Linh takes her phone to charge in the living room. For the alarm, she uses her old clock.
one-more-scroll-morning = A proper night's sleep, and I'm wide awake. The test goes much better too.

one-more-scroll-notification-appears = The next afternoon, Linh is doing homework when a notification pops up.
one-more-scroll-popup-title = Free chest expiring soon!
one-more-scroll-popup-body = Only 10 minutes left. Jump in and claim it before it's gone!
one-more-scroll-popup-button = Play now
one-more-scroll-notify-choice = What does Linh do?
one-more-scroll-option-notifications-off = Turn off the game's notifications
one-more-scroll-option-homework-first = Finish homework first, then play with a timer
one-more-scroll-option-open-game = Jump in now before it's gone
one-more-scroll-notify-choice-discuss-1 = “Only 10 minutes left”: what does the notification want Linh to do, and why the rush?
one-more-scroll-notify-choice-discuss-2 = Which notifications pull you back to your phone the most?
one-more-scroll-opened-game = Ten minutes turns into an hour. The homework is still sitting there. “Expiring soon” notifications are made to pull you away from whatever you're doing.
one-more-scroll-opened-game-back = Everyone gets pulled in like that sometimes. Let's try again.
one-more-scroll-homework-first = Game notifications off, homework done, then play. There's a free chest every week anyway.
one-more-scroll-tell-prompt = What does Linh say to Mum?
one-more-scroll-say-hard = Mum, I find it really hard to stop scrolling at night.
one-more-scroll-say-plan = Mum, could we all agree a time to put our phones away?
one-more-scroll-mum-answer = Thanks for telling me. Same here, honestly. It's not that you're weak, these apps are made to keep us hooked.
one-more-scroll-family-plan = So from ten o'clock, all our phones charge in the living room, mine included. If someone forgets, the others remind them.
one-more-scroll-linh-games = And when I game at weekends, I'll set my own timer. When it goes off, I stop, no reminders needed.

one-more-scroll-helpline = If you find it hard to stop, or you're online a lot because you're feeling low or worried, tell someone: your parents, { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
one-more-scroll-catchphrase = You're not alone: save, block, tell.
one-more-scroll-well-done = Nicely done. You didn't give up your phone, you just decided when to stop.
one-more-scroll-sticker = Good Night badge

one-more-scroll-tip = Feeds, autoplay and notifications are designed to keep everyone hooked, adults included. Instead of banning, make a family plan together: a time phones go away, charging outside bedrooms, night notifications off, and parents follow it too.
one-more-scroll-starter = Which app is hardest for you to put down? What tricks do you think it uses to keep you there?

one-more-scroll-check-1-question = It's nearly midnight, there's a test tomorrow, and the videos keep playing one after another. What helps most?
one-more-scroll-check-1-one-more = Just one more video.
one-more-scroll-check-1-charge = Take the phone to charge in the living room.
one-more-scroll-check-1-pillow = Keep the phone under my pillow and only check messages.
one-more-scroll-check-1-why = Feeds are built to have no end. Keeping the phone away from your bed helps you sleep better.
one-more-scroll-check-2-question = Why is it so hard to stop scrolling?
one-more-scroll-check-2-willpower = Because I have less willpower than other people.
one-more-scroll-check-2-everyone = Because everyone else is still online and I'd miss out.
one-more-scroll-check-2-design = Because the feed never ends and notifications keep pulling me back.
one-more-scroll-check-2-why = It's not that you're weak. Knowing how apps keep you hooked is the first step to choosing when to stop.
one-more-scroll-check-3-question = You're doing homework when a notification says: "Free chest expiring soon! Play now!" What do you do?
one-more-scroll-check-3-homework = Turn off the game's notifications, finish homework, then play with a timer.
one-more-scroll-check-3-jump-in = Jump in now before it's gone.
one-more-scroll-check-3-quick = Just claim the chest, then go straight back to homework.
one-more-scroll-check-3-why = "Expiring soon" alerts are made to pull you away. There's a free chest every week anyway.
