# Lesson: one-time-code (ages 11-15). A friend's hacked account asks for a six-digit code.
one-time-code-title = Six Little Numbers
one-time-code-objective = Young people learn that a one-time code is the key to their own account and is never given to anyone, even a best friend, and how to protect an account with a long passphrase and two-step login.
one-time-code-behaviour = Never give anyone a one-time code; check with the friend another way; use a long passphrase and two-step login; report a hacked account; tell an adult.

one-time-code-homework = Tuesday evening. Minh is doing homework when Khoa messages.
one-time-code-khoa-asks-appears = A message from Khoa.
one-time-code-name-khoa = Khoa
one-time-code-msg-oops = hey Minh, I typed your number by mistake logging into the game
one-time-code-msg-send-code = you'll get a text with a 6-digit code, can you send it to me
one-time-code-msg-quick = quick, it runs out soon
one-time-code-code-appears = Sure enough, a code has just arrived.
one-time-code-sender = Dragon Isle
one-time-code-sms-text = Your Dragon Isle login code. Never share this code with anyone, including our staff.
one-time-code-sms-code = 482 915
one-time-code-minh-thinks = I trust Khoa. But why does it say it's for my account?
one-time-code-code-choice = What does Minh do?
one-time-code-option-call = Call Khoa and ask him
one-time-code-option-tell = Ask Dad first
one-time-code-option-send = Send the code, he's my mate
one-time-code-code-choice-discuss-1 = Read the code message carefully. What shows that “Khoa's” request isn't right?
one-time-code-code-choice-discuss-2 = How could Minh check that it's really Khoa asking?

one-time-code-sent-code = A few seconds later, Minh's game account logs itself out. That code was the key to Minh's own account, and now someone else is holding it.
one-time-code-sent-code-back = Anyone can fall for this, because the message comes from a name you trust. It's not your fault. The account can still be recovered by telling an adult and reporting it to the game straight away. Let's rewind.

one-time-code-call-khoa = Minh calls Khoa. Khoa picks up, half asleep.
one-time-code-khoa-hacked = Khoa says he hasn't sent anything. His account was taken over this afternoon, and someone is using it to ask the whole class for codes.
one-time-code-report-khoa = Minh posts in the class chat: “Khoa's account's been hacked, don't send anyone a code.” Then he reports the account to the game.
one-time-code-find-dad = Minh goes to tell Dad in the living room.

one-time-code-tell-prompt = What does Minh say to Dad?
one-time-code-say-code = Dad, someone using Khoa's account asked me for the code on my phone.
one-time-code-say-hacked = Dad, my friend's account got hacked. Should I do anything about mine?
one-time-code-dad-answer = That was exactly right: you checked another way and didn't send the code. Let's lock your account down properly now.
one-time-code-say-asking = Dad, Khoa wants the code that just came to my phone. Is it okay to send it?
one-time-code-dad-answer-now = Good thing you asked first. That code never goes to anyone. Let's ring Khoa and check.
one-time-code-call-together = Dad sits with Minh while he calls Khoa. Khoa hasn't sent anything: his account was taken over this afternoon. Minh warns the class not to send anyone a code, and reports the account to the game.
one-time-code-lock-choice = How does Minh protect his account?
one-time-code-option-passphrase = A long passphrase only I'd remember
one-time-code-option-easy = My name and birth year, easy to remember
one-time-code-option-two-step = Turn on two-step login
one-time-code-lock-choice-discuss-1 = What makes a password easy for you to remember but hard for anyone else to guess?
one-time-code-lock-choice-discuss-2 = If someone already knew your password, how would two-step login help?
one-time-code-easy = Anyone who knows you could guess your name and birth year, and a computer would guess it even faster.
one-time-code-easy-back = Let's pick another way.
one-time-code-passphrase = A passphrase like “three cats eating noodles at midnight” is long and hard to guess, but you'll remember it. A different one for each account.
one-time-code-two-step = And turn on two-step login: even if someone knows your password, they still need the code sent to your phone. That's why the code never goes to anyone.
one-time-code-never-share = The code is mine. Whoever asks, even my best mate, doesn't get it.

one-time-code-helpline = If an account gets taken over, or someone threatens you over it, you can find { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
one-time-code-catchphrase = You're not alone: save, block, tell.
one-time-code-well-done = Nicely done. You checked before trusting, kept the key to your account, and warned the whole class.
one-time-code-sticker = Code Keeper badge

one-time-code-tip = A code sent by text message is the key to an account: nobody has a good reason to ask for it, not friends, not staff. Set up a long passphrase for each account with your teen and turn on two-step login. If they have sent a code, thank them for telling you and recover the account together straight away.
one-time-code-starter = If a friend messaged asking for a code on your phone, how would you check it was really them?

one-time-code-check-1-question = A friend messages: "I typed your number by mistake. Send me the 6-digit code you just got." What do you do?
one-time-code-check-1-send = Send it; we're mates.
one-time-code-check-1-delete = Send it, but ask them to delete it afterwards.
one-time-code-check-1-call = Don't send it. Call them and ask.
one-time-code-check-1-why = That code is the key to your own account. Your friend's account may have been taken over.
one-time-code-check-2-question = Who is allowed to have the login code sent to your phone?
one-time-code-check-2-staff = The game's staff, if they ask.
one-time-code-check-2-nobody = Nobody, not even my best friend.
one-time-code-check-2-best-friend = My best friend, if it's urgent.
one-time-code-check-2-why = The code message says never to share it, even with staff. Anyone asking for it is a warning sign.
one-time-code-check-3-question = What protects your game account best?
one-time-code-check-3-two-step = A long passphrase, with two-step login turned on.
one-time-code-check-3-birthday = My name and birth year, so it's easy to remember.
one-time-code-check-3-same = One password for all my accounts.
one-time-code-check-3-why = A long passphrase is hard to guess but easy to remember. Two-step login keeps your account safe even if the password leaks.
