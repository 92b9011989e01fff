# Lesson: private-info (ages 3-6). Name and home are private.
private-info-title = Just for Us
private-info-objective = Children learn that their full name, their address and their school are private, so they don't type them into a game or app, and they ask a grown-up instead.
private-info-behaviour = When a game or app asks for your full name, where you live or your school, don't type it; ask a grown-up.

private-info-hello = Hi! I'm Mai. We're waiting to see the doctor.
private-info-phone = You can play the puppy game on my phone while we wait.
private-info-puppy = Mai gives the little puppy a bath. Splish, splash!
private-info-question-appears = Oh! The game asks Mai a question.
private-info-screen-title = Hello, new friend!
private-info-screen-body = What's your full name? Where do you live?
private-info-screen-button = Type it here
private-info-tummy = My full name and where I live? I feel worried.
private-info-what-now = Stop, think, tell! What should Mai do?
private-info-what-now-discuss-1 = Why does the game's question make Mai feel worried?
private-info-what-now-discuss-2 = What things about us are private, just for our family?
private-info-option-type = Type my full name and address
private-info-option-ask = Ask Mum
private-info-option-hands = Hands in my lap
private-info-oops = Mai types it in. Now people she doesn't know can see it.
private-info-not-late = If you typed it, it's not your fault. Tell Mum now.
private-info-oops-back = That's OK! Let's go back. We keep it just for us.
private-info-hands = I won't type anything. I'll show Mum.
private-info-tell-prompt = What will Mai say to Mum?
private-info-say-wants = Mum, the game wants my full name and where I live.
private-info-say-tummy = Mum, this question makes me feel worried.
private-info-mum-answer = Thank you for asking me, Mai! You did the right thing.
private-info-private = Your full name, where we live and your school are private.
private-info-dont-type = We don't type them into games. Games don't need them.
private-info-close-together = Let's close the question together. There, all gone!
private-info-puppy-again = Splish, splash! The puppy is all clean now.
private-info-doctor = Then it's Mai's turn to see the doctor.
private-info-catchphrase = Stop, think, tell!
private-info-well-done = Well done! You kept your details private, and asked Mum.
private-info-sticker = Heart Lock House sticker

private-info-tip = Games and apps sometimes ask for a full name, an address, a school or a photo. A first name or nickname is fine; the rest is private, so teach your child to always ask you first. Where you can, set up games so they don't ask for personal details.
private-info-starter = What are some things about us that are private? What would you do if a game asked where you live?

# Check questions (asked before and after the lesson, and in reviews)
private-info-check-1-question = A game asks for your full name. What do you do?
private-info-check-1-type = Type it in.
private-info-check-1-friend = Type a friend's name.
private-info-check-1-ask = Don't type it, ask a grown-up.
private-info-check-1-why = Your name, home and school are just for your family.
private-info-check-2-question = Someone online asks where you live. What do you do?
private-info-check-2-street = Tell them my street.
private-info-check-2-lock = Keep it private, tell a grown-up.
private-info-check-2-hint = Give a little hint.
private-info-check-2-why = Where you live is private. A grown-up will help.
private-info-check-3-question = Which one is private?
private-info-check-3-school = The name of my school.
private-info-check-3-colour = My favourite colour.
private-info-check-3-why = Your school is private. Your favourite colour is fine to share.
