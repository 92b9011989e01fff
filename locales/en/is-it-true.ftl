# Lesson: is-it-true (ages 6-10). A video says goldfish forget everything after three seconds.
is-it-true-title = The Three-Second Goldfish
is-it-true-objective = Children learn that not everything in a video is true: they check another place, ask a grown-up, and tell a fact from an opinion.
is-it-true-behaviour = Don't believe it straight away; check another place, such as a book or what you have seen yourself; ask a grown-up; tell facts from opinions.

is-it-true-hello = Nam and I are making a pet poster for Ms Lan's class. Our class goldfish, Bubbles, is watching!
is-it-true-video-appears = Nam finds a video about goldfish on the class tablet.
is-it-true-video-title = Amazing fact! Goldfish forget everything after 3 seconds!
is-it-true-nam-wow = Only three seconds! Let's put that on our poster. It's in a video, so it must be true!
is-it-true-mai-hmm = Hmm. But Bubbles always swims to the top when Ms Lan picks up the food tub.
is-it-true-what-now = Pause, check, tell! What should Mai and Nam do?
is-it-true-what-now-discuss-1 = What has Mai seen Bubbles do that makes her wonder?
is-it-true-what-now-discuss-2 = Where else could Mai and Nam check if the video is right?
is-it-true-option-write = Write it on the poster now
is-it-true-option-check = Check in another place
is-it-true-option-ask = Ask Ms Lan

is-it-true-oops = They write it in big letters. Then Bubbles swims up for his food, just like every day.
is-it-true-oops-back = Oops! Bubbles remembers feeding time, so the poster is wrong. Not every video is true. Let's check first.
is-it-true-book = Let's look in the pet book from the class library. Here's the goldfish page!
is-it-true-book-says = It says goldfish can remember things for months! The video and the book say different things.
is-it-true-ask = So which one is right? Let's ask Ms Lan.

is-it-true-tell-prompt = What will Mai and Nam say to Ms Lan?
is-it-true-say-different = Ms Lan, a video and a book say different things about goldfish.
is-it-true-say-how = Ms Lan, how can we tell if a video is true?
is-it-true-teacher-answer = What a great question! Checking before you believe something is what clever thinkers do.
is-it-true-teacher-anyone = Anyone can make a video. Some are wrong, and some say surprising things just to get clicks.
is-it-true-teacher-book = A good book and your own eyes can help. Bubbles remembers feeding time, so the book is right!
is-it-true-more-appears = The video has one more thing to say.
is-it-true-more-title = Goldfish are the most boring pets in the world!
is-it-true-fact-or-opinion = Is that a fact or an opinion?
is-it-true-fact-or-opinion-discuss-1 = Do you think goldfish are boring? Does everyone in the class agree?
is-it-true-fact-or-opinion-discuss-2 = Who can tell us one fact and one opinion about their favourite animal?
is-it-true-option-fact = A fact: it's true for everyone
is-it-true-option-opinion = An opinion: it's what someone thinks
is-it-true-fact-oops = But I love Bubbles! I think goldfish are great. So it isn't true for everyone.
is-it-true-fact-back = Let's think again. Could you check that in a book, like the goldfish fact?
is-it-true-opinion = Yes! A fact can be checked. An opinion is what someone thinks, and people can think differently.
is-it-true-nam-opinion = Here's my opinion: Bubbles is the best pet in the whole school!
is-it-true-poster = They write the true fact on their poster, with a big picture of Bubbles.
is-it-true-teacher-proud = You paused, you checked another place, and you asked. That's how we find out what's true.
is-it-true-catchphrase = Pause, check, tell!
is-it-true-well-done = Well done! You checked before you believed, and you asked Ms Lan. Real fact detectives!
is-it-true-sticker = Fact Detective sticker

is-it-true-tip = Children this age often believe that anything in a video must be true. Practise asking "Where else could we check?" together, look in a book or a site you trust, and spot facts and opinions in everyday talk.
is-it-true-starter = Have you seen a video that said something surprising lately? Shall we check together whether it's true?

# Check questions (asked before and after the lesson, and in reviews)
is-it-true-check-1-question = A video says: "Goldfish only remember for three seconds." What do you do?
is-it-true-check-1-check = Check a book or ask a grown-up.
is-it-true-check-1-share = Share it with the whole class right away.
is-it-true-check-1-believe = Believe it; lots of people watched it.
is-it-true-check-1-why = Lots of views don't make it true. Check another place before you believe it.
is-it-true-check-2-question = Which one is an opinion, not a fact?
is-it-true-check-2-water = Goldfish live in water.
is-it-true-check-2-best = Goldfish are the best pets ever.
is-it-true-check-2-week = A week has seven days.
is-it-true-check-2-why = A fact can be checked. An opinion is what someone thinks.
is-it-true-check-3-question = Where can you check if something is true?
is-it-true-check-3-comments = Read the comments under it.
is-it-true-check-3-channel = Watch more videos by the same person.
is-it-true-check-3-book = A book, a teacher or a grown-up.
is-it-true-check-3-why = Asking somewhere else helps you find out what's true.
