# Lesson: downloading-games (ages 6-10). An advert opens a shop page for a game rated 16+.
downloading-games-title = The Game for Big Kids
downloading-games-objective = Children learn to ask a grown-up before downloading a game and to look at its age label first.
downloading-games-behaviour = Don't download from an advert; look at the age label; ask a grown-up first and choose a game for your age together.

downloading-games-hello = I'm at the dentist with Mum. The wait is so long! Mum lets me play on her phone.
downloading-games-advert-appears = In the middle of Mai's fruit game, an advert video starts.
downloading-games-advert-title = Sky Kingdom Battle: play free now!
downloading-games-wow = Flying ships and castles! The big kids at school talk about games like this.
downloading-games-shop-appears = When the advert ends, a shop page opens with a big button.
downloading-games-shop-item = Sky Kingdom Battle · Ages 16+
downloading-games-shop-price = Free · things to buy inside
downloading-games-shop-button = Install
downloading-games-think = It says free, and it's just one tap. But wait… is this game for me?
downloading-games-what-now = Pause, check, tell! What should Mai do?
downloading-games-what-now-discuss-1 = What on the shop page tells Mai who this game is made for?
downloading-games-what-now-discuss-2 = The page says “free”. What else does it say?
downloading-games-option-install = Tap Install
downloading-games-option-label = Look at the age label
downloading-games-option-ask = Ask Mum first

downloading-games-oops = The game asks to see Mum's photos and contacts. Then players Mai doesn't know start chatting to her.
downloading-games-not-late = If you installed it, it's not your fault. Tell Mum now, and she'll help remove it.
downloading-games-oops-back = That game is made for teenagers, not for Mai yet. Let's go back and choose again.
downloading-games-label = The label says 16+. That means sixteen and older, and I'm only eight!
downloading-games-label-ask = This game isn't made for me. I'll show Mum and ask her to help me find one.

downloading-games-tell-prompt = What will Mai say to Mum?
downloading-games-say-download = Mum, can I download this game? It says 16+.
downloading-games-say-advert = Mum, an advert made me really want a new game.
downloading-games-mum-answer = Thank you for asking me first, Mai! That's just what we do before downloading anything.
downloading-games-mum-label = See this number? It tells us who the game is made for. 16+ means big teenagers and grown-ups.
downloading-games-mum-free = And "free" games often ask you to buy things, or show lots of adverts. Let's look together.
downloading-games-which = Mum finds two games. Which one is right for Mai?
downloading-games-which-discuss-1 = Mai is eight. Which label fits her age?
downloading-games-which-discuss-2 = Apart from the age, what else helps us choose a game?
downloading-games-option-battle = Sky Kingdom Battle, ages 16+
downloading-games-option-ocean = Ocean Puzzle Friends, ages 7+
downloading-games-too-big = Not yet, love! Sixteen is a lot bigger than eight. Let's look at the labels again.
downloading-games-ocean-appears = Mai looks at the page for Ocean Puzzle Friends.
downloading-games-ocean-item = Ocean Puzzle Friends · Ages 7+
downloading-games-ocean-price = No adverts · nothing to buy
downloading-games-ocean-button = Install
downloading-games-mai-right = Ages 7+, no adverts, and nothing to buy. That one's just right for me!
downloading-games-approve-appears = Mai taps Install, and Mum's phone asks for a grown-up.
downloading-games-approve-title = Ask a grown-up
downloading-games-approve-body = A grown-up needs to say yes before this game downloads.
downloading-games-approve-button = Grown-up: allow
downloading-games-mum-lock = I set up that lock on my phone. New games always need a grown-up's yes.
downloading-games-playing = I'm helping an octopus solve puzzles! Oh, and the dentist is ready for me now.
downloading-games-mum-proud = You paused, you checked the label, and you asked me first. I'm so proud of you.
downloading-games-catchphrase = Pause, check, tell!
downloading-games-well-done = Well done! You checked the age label and asked Mum before downloading a game.
downloading-games-sticker = Octopus Check sticker

downloading-games-tip = Adverts inside children's games often lead straight to games made for older players. Turn on "ask a parent before downloading" on your devices, look at age labels together, and praise your child each time they ask first.
downloading-games-starter = Which game would you most like to have? Shall we look at its age label together?

# Check questions (asked before and after the lesson, and in reviews)
downloading-games-check-1-question = An advert pops up: "Download this new game for free!" What do you do?
downloading-games-check-1-ask = Don't tap it; ask a grown-up first.
downloading-games-check-1-tap = Tap download, it's free.
downloading-games-check-1-friend = Ask a friend if it's any good.
downloading-games-check-1-why = Downloads from adverts can bring unwanted things. A grown-up helps you choose.
downloading-games-check-2-question = A game's label says it's for ages 16 and up. You are 8. Is it for you?
downloading-games-check-2-yes = Yes, I can play anything.
downloading-games-check-2-secret = Yes, if nobody finds out.
downloading-games-check-2-no = Not yet; it's made for older teens.
downloading-games-check-2-why = Age labels show who a game is made for. Games for your age are more fun.
downloading-games-check-3-question = You'd like a new game. What is the best way?
downloading-games-check-3-search = Search online and download it myself.
downloading-games-check-3-together = Choose a game for my age with a grown-up.
downloading-games-check-3-link = Download it from a link a friend sent.
downloading-games-check-3-why = Choosing together is fun, and you both feel sure.
