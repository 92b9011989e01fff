# Lesson: too-good-friend (ages 11-15). A game "teammate" gives gifts and flattery, moves to a
# private app, asks for a photo and for secrecy. Nothing explicit is shown.
too-good-friend-title = A Friend Who's Too Good to Be True
too-good-friend-objective = Young people recognise the steps of online grooming (gifts, flattery, turning them against their parents, a private app, asking for photos, asking for secrecy) and know it is never their fault.
too-good-friend-behaviour = Don't send photos; save the messages, block, report; tell a trusted adult; 111 is there too.

too-good-friend-weeks = For a few weeks, Minh has been gaming with someone called Shooting Star. He says he's fifteen, he's brilliant at the game, and he's given Minh two outfits in it.
too-good-friend-minh-likes = It's great having someone to play with who gets it. Last week he asked me to chat on another app, somewhere more private.
too-good-friend-chat-appears = Tonight, on the other app, Shooting Star won't stop messaging.
too-good-friend-contact = Shooting Star
too-good-friend-msg-best = nobody on the whole server gets me like you do
too-good-friend-msg-parents = your parents making you log off again? so strict, they don't get it
too-good-friend-msg-reply = yeah, I've got a test tomorrow
too-good-friend-msg-photo = send me a photo of you, a private one, just for me
too-good-friend-msg-secret = and don't tell anyone about us ok? it's our secret
too-good-friend-feeling = I do like him. But “don't tell anyone”... my heart's pounding.
too-good-friend-signs = Gifts, compliments, putting his parents down, a private app, a photo, and then a secret. Minh's feeling that something's off is right.
too-good-friend-photo-choice = What does Minh do?
too-good-friend-option-save = Send nothing. Save the chat
too-good-friend-option-send = Send one photo to keep him happy
too-good-friend-option-tell = Show Dad right now
too-good-friend-photo-choice-discuss-1 = Which of Shooting Star's messages make you feel something isn't right?
too-good-friend-photo-choice-discuss-2 = When should you tell a secret to an adult you trust, even if you promised to keep it?

too-good-friend-sent = Shooting Star gushes, then asks for more, more private this time. And again: “remember, it's our secret”. A photo that's been sent can't be taken back.
too-good-friend-sent-not-fault = But listen: it's not your fault. The one in the wrong is whoever asks for photos and demands secrets. Even after sending, telling an adult now still helps a lot. Let's go back.

too-good-friend-saved = Got it all: the account name, the message asking for a photo, and the one about the secret.
too-good-friend-block-choice = What does Minh do next?
too-good-friend-option-promise = Promise to keep the secret so he's not upset
too-good-friend-option-block = Block the account
too-good-friend-option-report = Report the account
too-good-friend-block-choice-discuss-1 = Why might Minh find it hard to block someone who gave him gifts and compliments?
too-good-friend-block-choice-discuss-2 = If Minh felt too awkward to tell his dad, who else could he go to?

too-good-friend-promise = A promise to keep it secret would make it harder for Minh to tell anyone. That's exactly what the account wants.
too-good-friend-promise-back = A secret that weighs on you isn't one you have to keep. Let's choose again.
too-good-friend-reported = Minh taps Report, picks “Asking for private photos”, sends it, and blocks the account too.
too-good-friend-blocked = Blocked. That's a weight off. But I don't want to keep this to myself.
too-good-friend-find-dad = Minh takes his phone to the living room, where Dad is reading.

too-good-friend-tell-prompt = What does Minh say to Dad?
too-good-friend-say-photo = Dad, someone from a game keeps asking me for a private photo.
too-good-friend-say-secret = Dad, someone told me to keep a secret, but it doesn't feel right.
too-good-friend-say-gifts = This is awkward, because I took gifts in the game from him.
too-good-friend-dad-answer = Thank you for telling me. I'm not angry with you. You did the right thing.
too-good-friend-not-your-doing = You haven't done anything wrong, not by taking gifts, not by replying. Anyone who asks someone your age for private photos and secrets is the one in the wrong. He may not be fifteen at all.
too-good-friend-together = Let's finish this together: screenshots if we haven't got them, report it to the game, then block. And I'll ask 111 whether we should report it anywhere else.
too-good-friend-minh-game = I can still play, right?
too-good-friend-dad-game = Of course. Play with friends you know, and whenever something feels odd, tell me.

too-good-friend-helpline = If it's hard to talk at home, you can find { $counsellor } in { $counsellor-room }, or call 111, free, day and night. No secret that weighs on you is yours to keep.
too-good-friend-catchphrase = You're not alone: save, block, tell.
too-good-friend-well-done = Well done. You trusted your gut, saved the evidence, and didn't carry a secret alone.
too-good-friend-sticker = True Teammate badge

too-good-friend-tip = Online groomers often go step by step: gifts, flattery, running down the parents, a private app, a request for photos, then secrecy. If your child tells you, stay calm, thank them, don't take the phone away, and save the evidence before blocking. 111 gives free advice.
too-good-friend-starter = In a game, how can you tell whether a new friend is really who they say they are?

too-good-friend-check-1-question = A gaming friend of a few weeks asks for "a private photo" and says to keep it secret. What do you do?
too-good-friend-check-1-send = Send one so they're not upset.
too-good-friend-check-1-promise = Promise to keep the secret, but send nothing.
too-good-friend-check-1-save = Send nothing. Save the chat, block, report and tell an adult.
too-good-friend-check-1-why = Whoever asks for private photos and secrecy is the one in the wrong. That secret isn't yours to keep.
too-good-friend-check-2-question = Which of these is a warning sign in an online friendship?
too-good-friend-check-2-signs = Gifts, lots of praise, moving to a private app, and "don't tell anyone".
too-good-friend-check-2-good = They're good at the game and often team up with you.
too-good-friend-check-2-band = They like the same band as you.
too-good-friend-check-2-why = Any one of these can be normal. When they come together, tell an adult you trust.
too-good-friend-check-3-question = You took gifts from them in the game, so telling feels awkward. What's true?
too-good-friend-check-3-alone = I took the gifts, so I have to sort it out alone.
too-good-friend-check-3-tell = It's not my fault. I can tell a trusted adult or call 111.
too-good-friend-check-3-delete = Deleting all the messages makes it go away.
too-good-friend-check-3-why = Taking gifts or replying doesn't put you in the wrong. An adult will be glad you told them.
