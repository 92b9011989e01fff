# Lesson: meeting-online-friends (ages 6-10). An online friend asks to meet, "just us".
meeting-online-friends-title = See You at the Park?
meeting-online-friends-objective = Children learn never to meet someone they know only online without a parent or trusted grown-up, and to tell a grown-up when someone asks.
meeting-online-friends-behaviour = Never meet someone you only know online; say no and tell a grown-up; block and report together.

meeting-online-friends-hello = Grandma and I are on the train to the seaside! I'm drawing in my art game.
meeting-online-friends-about = My online friend SunnyBunny and I draw together every day. She's so nice!
meeting-online-friends-chat-appears = Ping! SunnyBunny sends Mai a message.
meeting-online-friends-contact = SunnyBunny
meeting-online-friends-msg-drawing = Your cat drawing is sooo good!
meeting-online-friends-msg-thanks = Thanks! I love your rainbow!
meeting-online-friends-msg-nine = I'm 9 too. We're like real best friends!
meeting-online-friends-meet-appears = Then SunnyBunny writes something new.
meeting-online-friends-msg-meet = Let's meet at the big park on Saturday!
meeting-online-friends-msg-just-us = Just us. Don't bring a grown-up, OK?
meeting-online-friends-excited = Meet SunnyBunny for real? That sounds fun… but just us? I feel a bit worried.
meeting-online-friends-what-now = Pause, check, tell! What should Mai do?
meeting-online-friends-what-now-discuss-1 = SunnyBunny says she's nine. How could Mai know who she really is?
meeting-online-friends-what-now-discuss-2 = Which words in the messages make Mai feel worried?
meeting-online-friends-option-go = Say yes and go on her own
meeting-online-friends-option-ignore = Say nothing and keep it to herself
meeting-online-friends-option-no = Write: I won't meet, and I'll tell Grandma
meeting-online-friends-option-tell = Tell Grandma

meeting-online-friends-oops = Online, anyone can use a bunny picture and say they're nine. Mai can't know who would really come.
meeting-online-friends-not-late = If you already said yes, it's not your fault. Tell Grandma now, and she'll help.
meeting-online-friends-oops-back = We never meet an online friend without a grown-up we trust. Let's choose again.
meeting-online-friends-keep-oops = Mai says nothing. But SunnyBunny keeps asking, and Mai feels worried all week.
meeting-online-friends-keep-back = A plan to meet with no grown-ups is something we always tell. Let's choose again.
meeting-online-friends-say-no-appears = Mai writes back.
meeting-online-friends-msg-family = I don't meet people I only know online. I'm going to tell my grandma.
meeting-online-friends-reply-appears = SunnyBunny answers straight away.
meeting-online-friends-msg-no-grown-ups = No!! Don't tell anyone about me.
meeting-online-friends-funnier = And don't tell anyone? Now my heart is thumping. I'm telling Grandma right now.

meeting-online-friends-tell-prompt = What will Mai say to Grandma?
meeting-online-friends-say-meet = Grandma, my online friend wants to meet me at the park, with no grown-ups.
meeting-online-friends-say-tummy = Grandma, something in my game chat made me feel worried.
meeting-online-friends-grandma-answer = Thank you for telling me, darling. You're not in any trouble. You did exactly the right thing.
meeting-online-friends-grandma-online = Drawing with online friends can be fun. But on a screen, we can't see who's really there.
meeting-online-friends-grandma-rule = So we never meet an online friend without Mum, Dad or me. Not ever.
meeting-online-friends-grandma-sign = And if someone says "no grown-ups" or "don't tell", that's a sign to tell straight away.
meeting-online-friends-block-appears = Grandma and Mai block and report SunnyBunny together.
meeting-online-friends-block-title = Block and report SunnyBunny?
meeting-online-friends-block-body = They won't be able to message you or draw with you any more.
meeting-online-friends-block-button = Block and report
meeting-online-friends-grandma-next = We'll show Mum and Dad tonight, too. Now, shall we draw the sea from the window?
meeting-online-friends-proud = You paused, you checked how you felt, and you told me. That was brave.
meeting-online-friends-catchphrase = Pause, check, tell!
meeting-online-friends-well-done = Well done! You didn't go to meet an online friend alone, and you told Grandma.
meeting-online-friends-sticker = Together sticker

meeting-online-friends-tip = After a few weeks of chatting, an online friend can feel like a real best friend. Agree a family rule: we never meet an online friend without a parent, and "no grown-ups" or "don't tell" means tell straight away. Praise your child for telling, even if they had already replied.
meeting-online-friends-starter = Do you have any friends you only know online? What would you do if one of them asked to meet?

# Check questions (asked before and after the lesson, and in reviews)
meeting-online-friends-check-1-question = A friend from an online game says: "Let's meet at the park!" What do you do?
meeting-online-friends-check-1-go = Go; we've played together for ages.
meeting-online-friends-check-1-maybe = Say: maybe another day.
meeting-online-friends-check-1-tell = Say no, and tell a grown-up.
meeting-online-friends-check-1-why = Someone you only know online is still a stranger. Telling lets a grown-up help.
meeting-online-friends-check-2-question = Your online friend says they're 9 too. Can you be sure?
meeting-online-friends-check-2-no = No, anyone can say anything online.
meeting-online-friends-check-2-photo = Yes, they sent a photo.
meeting-online-friends-check-2-nice = Yes, they're really nice to me.
meeting-online-friends-check-2-why = Photos and words online may not be real. A grown-up can help you check.
meeting-online-friends-check-3-question = They say: "Don't tell your parents we're meeting." What does that mean?
meeting-online-friends-check-3-normal = It's normal; friends have secrets.
meeting-online-friends-check-3-sign = It's a sign to tell a grown-up now.
meeting-online-friends-check-3-fun = Keep it secret; it's exciting.
meeting-online-friends-check-3-why = Real friends don't ask you to hide things from your family. Tell a grown-up.
