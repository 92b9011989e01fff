# Lesson: scary-content (ages 3-6). A video you don't like: cover it and tell.
scary-content-title = Cover It and Tell
scary-content-objective = Children learn that when a video or picture on a screen upsets them, they cover it or turn the tablet over and tell a grown-up straight away.
scary-content-behaviour = Cover the screen or turn the tablet over, then tell a grown-up what you saw and how it made you feel.

scary-content-hello = Hi! I'm Nam. I'm at Grandma's house today!
scary-content-trains = Nam is watching a cartoon about a little red train.
scary-content-grandma-near = I'm just here folding the washing, Nam.
scary-content-video-appears = Oh! A different video starts all by itself.
scary-content-screen-title = Next video
scary-content-tummy = I don't like this video. I feel scared.
scary-content-body-says = Nam's heart goes thump, thump. His body is saying: stop!
scary-content-what-now = Stop, think, tell! What should Nam do?
scary-content-what-now-discuss-1 = Nam's heart goes thump, thump. What is his body telling him?
scary-content-what-now-discuss-2 = What could Nam do so he doesn't have to see the video?
scary-content-option-watch = Keep watching
scary-content-option-turn-over = Turn the tablet over
scary-content-option-tell = Tell Grandma
scary-content-oops = Nam keeps watching. He feels more and more scared.
scary-content-not-late = If you saw it, it's not your fault. Tell Grandma now.
scary-content-oops-back = That's OK! Nam doesn't have to watch. Let's choose again.
scary-content-turn-over = I'll turn the tablet over. Now I can't see it.
scary-content-call = Grandma! Can you come, please?
scary-content-tell-prompt = What will Nam say to Grandma?
scary-content-say-didnt-like = Grandma, I saw a video I didn't like.
scary-content-say-tummy = Grandma, a video made me feel scared.
scary-content-say-turned = Grandma, I turned the tablet over. Can you help?
scary-content-grandma-answer = Thank you for telling me, Nam. You did just the right thing.
scary-content-not-in-trouble = You're not in trouble. That video came on by itself.
scary-content-hug = Grandma gives Nam a big, warm hug.
scary-content-switch-off = I'll turn it off. Then we'll pick a train video together.
scary-content-rule = If something on a screen upsets you, cover it and tell me.
scary-content-better = The little red train is back. I feel better now.
scary-content-catchphrase = Stop, think, tell!
scary-content-well-done = Well done! You stopped watching, and you told Grandma.
scary-content-sticker = Turn It Over star sticker

scary-content-tip = Videos can start by themselves, and children sometimes see things that upset them. Tell your child they can always cover the screen or turn the tablet over and come to you, and that they will never be in trouble for it. Turning off autoplay and using a children's profile helps too.
scary-content-starter = If something on the tablet made you feel scared or upset, what could you do with the tablet? Who would you tell?

# Check questions (asked before and after the lesson, and in reviews)
scary-content-check-1-question = You see a picture that upsets you. What do you do?
scary-content-check-1-watch = Keep watching to the end.
scary-content-check-1-cover = Cover the screen, tell a grown-up.
scary-content-check-1-quiet = Turn it off and tell nobody.
scary-content-check-1-why = Cover it and tell. A grown-up helps you feel better.
scary-content-check-2-question = What do you tell the grown-up?
scary-content-check-2-feel = What I saw and how I feel.
scary-content-check-2-nothing = Nothing happened.
scary-content-check-2-why = Saying how you feel helps you feel lighter.
scary-content-check-3-question = You saw an upsetting picture by mistake. What will a grown-up do?
scary-content-check-3-cross = Be cross with me.
scary-content-check-3-away = Take the tablet away forever.
scary-content-check-3-hug = Give me a hug and help.
scary-content-check-3-why = It's not your fault. Grown-ups are there to help.
