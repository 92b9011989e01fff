# Lesson: fake-login-page (ages 11-15). A message threatens to lock an account and links to a
# fake login page.
fake-login-page-title = The Look-Alike Login
fake-login-page-objective = Young people learn that a fake website can look exactly like the real one, to check the address, and never to log in from a link in a message.
fake-login-page-behaviour = Check the address; never log in from a link; open the app yourself or type the address; report the scam message; tell an adult; if you did log in, change the password straight away.

fake-login-page-sunday = Sunday afternoon. Vy is lying on her bed reading when her phone pings.
fake-login-page-warning-appears = A message from “support”.
fake-login-page-sender = BlueNet Support
fake-login-page-warning-text = Your account has been reported and will be LOCKED in 24 hours. Log in now to verify:
fake-login-page-fake-address = bluenet-verify.example
fake-login-page-real-address = bluenet.example
fake-login-page-vy-worried = Locked? So I'd lose all my photos and messages?
fake-login-page-fake-page-appears = Vy taps the link. The page looks exactly like BlueNet: the same logo, the same colours.
fake-login-page-site-name = BlueNet
fake-login-page-field-user = Username
fake-login-page-field-password = Password
fake-login-page-button = Log in
fake-login-page-page-choice = What does Vy do?
fake-login-page-option-address = Look closely at the address
fake-login-page-option-log-in = Log in quickly
fake-login-page-option-app = Close it and open the app myself
fake-login-page-page-choice-discuss-1 = What signs, in the message and on this page, suggest it could be a fake?
fake-login-page-page-choice-discuss-2 = Why do scam messages so often threaten to lock your account and tell you to hurry?

fake-login-page-logged-in = The page spins, then shows an error. That evening, Vy's friends get strange messages from her account. Her password has gone to someone else.
fake-login-page-logged-in-back = Fake pages are made to fool adults too, so logging in by mistake isn't your fault. Change the password straight away and tell an adult, and it can be fixed. Let's go back.
fake-login-page-address = bluenet-verify dot example? The real one is bluenet dot example. One extra word, and it's a completely different site.
fake-login-page-own-app-appears = Vy closes the page and opens the BlueNet app herself.
fake-login-page-all-fine = My account's fine. No warning anywhere. That message was fake.
fake-login-page-spot = The usual signs: a threat to lock your account, a rush, and a link whose address is almost the real one.
fake-login-page-message-choice = And what about that message?
fake-login-page-option-forward = Send the link to the group to warn them
fake-login-page-option-report = Report it as a scam, then delete it
fake-login-page-option-tell = Tell Mum
fake-login-page-message-choice-discuss-1 = You want to warn your friends about this message. What's a safe way to do it?
fake-login-page-message-choice-discuss-2 = If a friend had already logged in on the fake page, what would you tell them to do first?

fake-login-page-forwarded = In the group, someone taps the link before reading the warning.
fake-login-page-forwarded-back = To warn friends, tell them in words, without the link. If you've already sent it, tell the group not to tap it, and telling an adult still helps. Let's choose again.
fake-login-page-reported = Vy reports the message as a scam, deletes it, and tells her group: “There's a fake message about locked accounts going round, don't tap the link.”
fake-login-page-find-mum = Vy goes to tell Mum.

fake-login-page-tell-prompt = What does Vy say to Mum?
fake-login-page-say-nearly = Mum, I nearly logged into a fake site.
fake-login-page-say-address = Mum, this page looked exactly like the real one. Only the address was different.
fake-login-page-mum-answer = Brilliant, you didn't log in from the link, you checked for yourself. I've nearly fallen for one of these myself.
fake-login-page-mum-rule = Let's keep one rule in this house: no logging in from a link in a message. If you want to check, open the app yourself, or type the address.

fake-login-page-helpline = If an account is taken over and someone uses it to bother you, find { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
fake-login-page-catchphrase = You're not alone: save, block, tell.
fake-login-page-well-done = Well done. You didn't let the threat rush you, and you spotted what plenty of adults miss.
fake-login-page-sticker = Address Checker badge

fake-login-page-tip = Scam messages often threaten to lock an account or announce a prize, rush you, and lead to a login page that looks just like the real one. Keep one rule for the whole family: never log in from a link; open the app yourself. If your teen has logged in, don't blame them: change the password together straight away.
fake-login-page-starter = Can you show me where a website's address is on a phone?

fake-login-page-check-1-question = A message says your account will be locked in 24 hours unless you log in through its link. What do you do?
fake-login-page-check-1-log-in = Tap the link and log in before it's too late.
fake-login-page-check-1-own-app = Close the message and open the app myself to check.
fake-login-page-check-1-reply = Reply and ask if it's real.
fake-login-page-check-1-why = Messages that threaten to lock your account want you to rush. Opening the app yourself is a safe way to check.
fake-login-page-check-2-question = A login page looks exactly like the real one. What gives a fake away?
fake-login-page-check-2-address = The address, even if only one word is different.
fake-login-page-check-2-logo = The logo and the colours.
fake-login-page-check-2-fields = It has boxes for a username and password.
fake-login-page-check-2-why = Fake pages can copy the logo and colours exactly, but they can't use the real address.
fake-login-page-check-3-question = You want to warn your friends about a fake message. How?
fake-login-page-check-3-forward = Send the link to the group so everyone can see it.
fake-login-page-check-3-quiet = Say nothing; everyone can look after themselves.
fake-login-page-check-3-report = Report it as a scam, then warn the group in words, without the link.
fake-login-page-check-3-why = If the link is there, someone will tap it by mistake. A warning in words is enough; tell an adult too.
