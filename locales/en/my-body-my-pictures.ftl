# Lesson: my-body-my-pictures (ages 3-6). My body and my pictures are mine: say no, tell.
my-body-my-pictures-title = My Body, My Pictures
my-body-my-pictures-objective = Children learn that their body belongs to them, and so do pictures of it: if anyone asks for a photo in pyjamas or in the bath, they say no and tell a grown-up.
my-body-my-pictures-behaviour = Say no to anyone who asks for a photo of you in pyjamas or in the bath, and tell a grown-up. It is never your fault.

my-body-my-pictures-hello = Hi! I'm Nam. Bath time is over. I'm in my pyjamas!
my-body-my-pictures-body-rule = Your body belongs to you, Nam. All of it.
my-body-my-pictures-private = What your pyjamas cover is private. Just for you.
my-body-my-pictures-game = Before bed, Nam plays his puppy game for a little while.
my-body-my-pictures-message-appears = Ping! A message from a player in the game.
my-body-my-pictures-contact = Puppy Player
my-body-my-pictures-msg-pyjamas = Hi Nam! Are you in your pyjamas?
my-body-my-pictures-msg-photo = Send me a photo! Or one in the bath!
my-body-my-pictures-dont-like = A photo in my pyjamas? I don't like that.
my-body-my-pictures-what-now = Stop, think, tell! What should Nam do?
my-body-my-pictures-option-no = Say no
my-body-my-pictures-option-send = Send a photo
my-body-my-pictures-option-tell = Tell Dad
my-body-my-pictures-oops = Nam sends a photo. Now someone else has it.
my-body-my-pictures-not-your-fault = If it's sent, it's not Nam's fault. Telling Dad now still helps.
my-body-my-pictures-oops-back = Let's go back and choose again.
my-body-my-pictures-say-no = No! My pictures are mine. I'm going to tell Dad.
my-body-my-pictures-tell-prompt = What will Nam say to Dad?
my-body-my-pictures-say-photo = Dad, someone asked for a photo of me in pyjamas.
my-body-my-pictures-say-dont-like = Dad, a message made me feel worried.
my-body-my-pictures-dad-answer = Thank you for telling me, Nam. You did the right thing.
my-body-my-pictures-hug = You're not in trouble at all. I'm so glad you told me.
my-body-my-pictures-never-ask = Nobody should ask you for photos like that. Not ever.
my-body-my-pictures-block = I'll block that player. And I'll tell the game about them.
my-body-my-pictures-rule = My body is mine. My pictures are mine too!
my-body-my-pictures-catchphrase = Stop, think, tell!
my-body-my-pictures-well-done = Well done! You said no, and you told Dad.
my-body-my-pictures-sticker = My Heart sticker

my-body-my-pictures-tip = Use the real names for body parts and teach that the parts covered by pyjamas or a swimsuit are private. Tell your child that no one, online or off, should ask for photos of them in the bath or in pyjamas, that they can always say no, and that telling you is never wrong, even after a photo was sent. If it happens, keep the messages, block and report the account, and ask for help.
my-body-my-pictures-starter = Whose body is it? What could you say if someone asked for a photo of you in your pyjamas?
