# Lesson: bad-secrets (ages 3-6). Happy surprises and secrets we tell.
bad-secrets-title = Surprise or Secret?
bad-secrets-objective = Children learn the difference between a happy surprise, which everyone finds out soon, and a secret that makes them worried, scared or sad, which they always tell a grown-up.
bad-secrets-behaviour = Keep happy surprises for later; tell a grown-up about any secret that makes you worried, especially "don't tell your mum".

bad-secrets-hello = Hi! I'm Mai. Dad and I are making something special!
bad-secrets-card = They make a birthday card for Mum, with a big pink flower.
bad-secrets-surprise = Shh! It's a surprise. We'll give it to Mum on her birthday.
bad-secrets-happy = A surprise! I feel all happy and fizzy.
bad-secrets-surprise-rule = A surprise is a happy secret. Mum will know very soon.
bad-secrets-farm = Later, Mai plays her farm game on the tablet.
bad-secrets-message-appears = Ping! A message pops up in the game.
bad-secrets-contact = Farm Friend
bad-secrets-msg-carrots = Hi Mai! Here are 10 free carrots for you.
bad-secrets-msg-secret = Don't tell your mum. It's our secret!
bad-secrets-tummy = Don't tell Mum? Now I feel worried.
bad-secrets-what-now = Stop, think, tell! What should Mai do with this secret?
bad-secrets-what-now-discuss-1 = How does the birthday card secret make Mai feel? And the secret in the game?
bad-secrets-what-now-discuss-2 = If you were Mai, who would you tell?
bad-secrets-option-keep = Keep the secret
bad-secrets-option-tell = Tell Dad
bad-secrets-option-put-down = Put the tablet down
bad-secrets-oops = Mai keeps the secret. The worried feeling stays and stays.
bad-secrets-oops-back = That's OK! Secrets that worry us are for telling. Let's choose again.
bad-secrets-put-down = I'll put the tablet down and tell Dad.
bad-secrets-tell-prompt = What will Mai say to Dad?
bad-secrets-say-dont-tell = Dad, someone in my game said: don't tell Mum.
bad-secrets-say-tummy = Dad, a secret is making me feel worried.
bad-secrets-dad-answer = Thank you for telling me, Mai. You can always tell us.
bad-secrets-not-in-trouble = You're not in trouble. I'm so glad you told me.
bad-secrets-rule = Happy surprises are for later. Secrets that worry us are for telling.
bad-secrets-block = Let's block that player. Then we'll tell Mum together.
bad-secrets-birthday = On Mum's birthday, Mai gives her the card. Surprise!
bad-secrets-mum-thanks = What a lovely surprise! Thank you, Mai!
bad-secrets-catchphrase = Stop, think, tell!
bad-secrets-well-done = Well done! You kept the happy surprise, and told the worrying secret.
bad-secrets-sticker = Happy Surprise sticker

bad-secrets-tip = Teach the difference between surprises (happy, and soon everyone knows) and secrets that feel uncomfortable. Tell your child that no one should ask them to keep a secret from you, and that they will never be in trouble for telling.
bad-secrets-starter = What surprise could we plan for someone? Has anyone ever asked you to keep a secret from me?

# Check questions (asked before and after the lesson, and in reviews)
bad-secrets-check-1-question = Someone says: "Don't tell your mum." What do you do?
bad-secrets-check-1-keep = Keep the secret.
bad-secrets-check-1-forget = Try to forget about it.
bad-secrets-check-1-tell = Tell Mum straight away.
bad-secrets-check-1-why = A secret that worries you is always okay to tell.
bad-secrets-check-2-question = You hide Dad's birthday present. What is that?
bad-secrets-check-2-surprise = A happy surprise.
bad-secrets-check-2-worry = A secret that makes me worried.
bad-secrets-check-2-why = Happy surprises get told soon, and everyone smiles.
bad-secrets-check-3-question = A secret makes you feel worried. What do you do?
bad-secrets-check-3-alone = Keep it all to myself.
bad-secrets-check-3-grown = Tell a grown-up I trust.
bad-secrets-check-3-wait = Wait for the worry to go.
bad-secrets-check-3-why = Telling makes a worry feel much smaller.
