# Lesson: bystander-bullying (ages 6-10). Watching a friend being picked on in a game.
bystander-bullying-title = Team Island
bystander-bullying-objective = Children learn what to do when they see someone being bullied online: don't join in, be kind to the person, save a screenshot, block, report and tell a grown-up.
bystander-bullying-behaviour = Don't laugh along; support the person; take a screenshot, block and report; tell a grown-up.

bystander-bullying-hello = I'm playing an island game with kids from my class. My friend Vy is on my team!
bystander-bullying-chat-appears = The team chat fills up with messages.
bystander-bullying-team-contact = Team chat
bystander-bullying-msg-slow = Rocket: Vy is so slow. Nobody wants her on the team.
bystander-bullying-msg-go-away = Rocket: Go away, Vy!
bystander-bullying-msg-vy = Vy: Why are you being mean?
bystander-bullying-msg-bye = Pebble: hahaha bye bye Vy
bystander-bullying-sad = That made me sad. Vy is my friend, and she isn't slow at all.
bystander-bullying-bullying = Being unkind to someone again and again is called bullying. People who see it can help.
bystander-bullying-what-now = Pause, check, tell! What should Mai do?
bystander-bullying-what-now-discuss-1 = How do you think Vy feels reading these messages?
bystander-bullying-what-now-discuss-2 = Mai isn't the one being unkind. How could she still help Vy?
bystander-bullying-option-laugh = Laugh along with the others
bystander-bullying-option-kind = Send Vy a kind message
bystander-bullying-option-tell = Tell Dad

bystander-bullying-oops = Mai writes “hahaha”. Vy sees her friend laughing too, and leaves the game feeling all alone.
bystander-bullying-not-late = If you already did, it's not your fault. You can still say sorry to Vy and tell Dad.
bystander-bullying-oops-back = Laughing along makes bullying bigger. Let's choose again.

bystander-bullying-kind-appears = Mai sends Vy a message of her own.
bystander-bullying-vy-contact = Vy
bystander-bullying-msg-like-you = Vy, I love playing with you. You're not slow!
bystander-bullying-msg-build = Want to build a bridge with me on my island?
bystander-bullying-msg-thanks = Thanks, Mai. That made me feel better.
bystander-bullying-still-appears = But in the team chat, the unkind messages keep coming.
bystander-bullying-msg-bridge = Rocket: Vy can't even build a bridge lol
bystander-bullying-msg-everyone = Pebble: everyone block Vy!
bystander-bullying-and-now = The unkind messages keep coming. What can Mai do now?
bystander-bullying-and-now-discuss-1 = The unkind messages keep coming. Why might a grown-up need to see them?
bystander-bullying-and-now-discuss-2 = What could Mai do so the chat doesn't get even meaner?
bystander-bullying-option-mean-back = Write something mean back
bystander-bullying-option-screenshot = Take a screenshot, then block and report
bystander-bullying-mean-back = Mean words back make the chat even meaner, and now Mai is upset too.
bystander-bullying-mean-not-late = If you already sent them, it's not your fault. Telling Dad still helps. Let's choose again.
bystander-bullying-screenshot = First, a screenshot: a picture of the screen. Now grown-ups can see what was written.
bystander-bullying-block = Then Mai blocks Rocket and Pebble, and reports them to the game for being unkind.
bystander-bullying-then = Done! Now I'll tell Dad.

bystander-bullying-tell-prompt = What will Mai say to Dad?
bystander-bullying-say-mean = Dad, some players keep being mean to Vy in my game.
bystander-bullying-say-sad = Dad, I saw something in my game that made me sad.
bystander-bullying-dad-answer = Thank you for telling me, Mai. Telling a grown-up really helps Vy. I'm proud of you.
bystander-bullying-dad-teacher = Let's show Ms Lan what happened. She can help everyone in your class be kind.
bystander-bullying-dad-helper = When someone is picked on, you can be a helper: be kind, don't join in, and tell.
bystander-bullying-sit-with-vy = Tomorrow I'll sit with Vy at lunch.
bystander-bullying-catchphrase = Pause, check, tell!
bystander-bullying-well-done = Well done! You stood up for Vy, and you told Dad. That's what a good friend does.
bystander-bullying-sticker = Helper Shield sticker

bystander-bullying-tip = Most children who see bullying online say nothing, because they don't know what to do. Teach the helper steps: don't join in, send the person a kind word, take a screenshot, block and report, and tell a grown-up. Praise telling, and follow it up with the school.
bystander-bullying-starter = Have you ever seen someone being left out or teased in a game or chat? What could a helper do?

# Check questions (asked before and after the lesson, and in reviews)
bystander-bullying-check-1-question = Someone posts a joke picture of a classmate in the class group. Everyone laughs. What do you do?
bystander-bullying-check-1-laugh = Send a laughing face, just for fun.
bystander-bullying-check-1-kind = Don't laugh along; send the classmate a kind message.
bystander-bullying-check-1-quiet = Stay quiet and pretend I didn't see.
bystander-bullying-check-1-why = One kind word helps them feel less alone. You can tell a grown-up too.
bystander-bullying-check-2-question = The unkind messages keep coming. What can you do first?
bystander-bullying-check-2-save = Take a screenshot and tell a grown-up.
bystander-bullying-check-2-delete = Delete them all so I can't see them.
bystander-bullying-check-2-reply = Send a sharp reply.
bystander-bullying-check-2-why = A screenshot helps a grown-up understand. Then you block and report together.
bystander-bullying-check-3-question = Is telling a grown-up the same as telling tales?
bystander-bullying-check-3-yes = Yes, so I should keep quiet.
bystander-bullying-check-3-only = Only if someone gets hurt.
bystander-bullying-check-3-no = No, telling is helping someone.
bystander-bullying-check-3-why = Telling tales gets someone in trouble. Telling a grown-up helps someone feel safe.
