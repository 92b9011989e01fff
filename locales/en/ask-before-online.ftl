# Lesson: ask-before-online (ages 3-6). Ask first, and use only the apps a grown-up chose.
ask-before-online-title = Ask Before You Play
ask-before-online-objective = Children learn to ask a grown-up before going online, and to use only the apps a grown-up chose with them.
ask-before-online-behaviour = Ask a grown-up first; play only the apps a grown-up chose; a new game or app is for asking about.

ask-before-online-hello = Hi! I'm Nam. I love playing on our tablet!
ask-before-online-dad-rule = Ask me first, Nam. Then play the apps we chose.
ask-before-online-apps = Nam has three apps: whales, paints and trains.
ask-before-online-cooking = You can play now. I'm cooking in the kitchen.
ask-before-online-new-game-appears = A new game pops up. Nam doesn't know it.
ask-before-online-screen-title = New game!
ask-before-online-screen-body = Play online with everyone, right now!
ask-before-online-screen-button = Play
ask-before-online-wonder = A new game! But Dad didn't choose this one.
ask-before-online-what-now = Stop, think, tell! What should Nam do?
ask-before-online-option-ask = Ask Dad first
ask-before-online-option-open = Open the new game
ask-before-online-option-own-app = Play the whale app
ask-before-online-oops = The new game opens. Lots of boxes pop up!
ask-before-online-oops-back = That's OK! New games are for asking about. Let's choose again.
ask-before-online-own-app = I'll play my whale app. And I'll tell Dad.
ask-before-online-tell-prompt = What will Nam say to Dad?
ask-before-online-say-can-i = Dad, can I play this new game?
ask-before-online-say-new = Dad, there's a game I don't know.
ask-before-online-dad-answer = Thank you for asking me first, Nam. Let's look together.
ask-before-online-look-together = Let's see. In this game, people we don't know can message you.
ask-before-online-not-yet = It's not for you yet. Let's close it.
ask-before-online-train = OK! I'll play my train app instead.
ask-before-online-every-time = Good choice! Ask me every time something is new.
ask-before-online-catchphrase = Stop, think, tell!
ask-before-online-well-done = Well done! You asked first, and played the apps Dad chose.
ask-before-online-sticker = Star Tablet sticker

ask-before-online-tip = Choose your child's apps and games together, put them where they can find them, and agree a simple rule: "Ask before you go online, and before anything new." Thank them every time they ask.
ask-before-online-starter = Which apps did we choose for you? What will you do if you see a game you don't know?
