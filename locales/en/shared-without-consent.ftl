# Lesson: shared-without-consent (ages 11-15). A photo of Vy, taken without asking, is posted
# in the class group chat with a mocking caption.
shared-without-consent-title = The Photo Nobody Asked About
shared-without-consent-objective = Young people learn not to share a photo of someone without their consent, and to report it, save evidence, check on the person in it and tell a member of staff.
shared-without-consent-behaviour = Don't react or forward; save and report; message the person in the photo; tell the school counsellor.

shared-without-consent-bus-home = On the bus home, Minh's phone keeps buzzing. The class group chat is going wild.
shared-without-consent-group-appears = Someone has just posted a photo to the class chat.
shared-without-consent-group-name = 7A (no teachers)
shared-without-consent-name-tuan = Tuan
shared-without-consent-name-ha = Ha
shared-without-consent-name-khoa = Khoa
shared-without-consent-name-vy = Vy
shared-without-consent-msg-photo = sent a photo: Vy asleep on the bus, mouth wide open
shared-without-consent-msg-caption = our class beauty queen lol
shared-without-consent-msg-laugh = LMAOOO I can't
shared-without-consent-msg-forward = send it to the year group chat
shared-without-consent-minh-sees = Vy didn't even know she was being photographed. If that was me, I'd want to disappear.
shared-without-consent-react-choice = What does Minh do?
shared-without-consent-option-report = Report the photo
shared-without-consent-option-laugh = Add a laughing face so I don't stand out
shared-without-consent-option-save = Save it as evidence
shared-without-consent-react-choice-discuss-1 = If you were Vy and saw this photo in the class chat, how would you feel?
shared-without-consent-react-choice-discuss-2 = What does one laughing emoji under the photo say to the person who posted it, and to Vy?

shared-without-consent-laughed = Minh's laughing face appears under the photo. A few more follow, and the photo gets sent on to another chat. Once it's on other people's phones, a reaction can't be unseen.
shared-without-consent-laughed-back = Everyone goes along with the crowd sometimes. Take the reaction back, and reporting it and telling a teacher can still help Vy. Let's choose again.
shared-without-consent-report-first = Good. But save it first: if the photo gets deleted, the school can still see what happened.
shared-without-consent-saved = Saved: the photo, the caption, who posted it and who wanted it forwarded.
shared-without-consent-reported-appears = Minh reports the photo in the chat.
shared-without-consent-reason-without-consent = Shared without consent
shared-without-consent-reason-bullying = Bullying or mocking
shared-without-consent-reason-spam = Spam
shared-without-consent-report-confirmation = Thank you. Your report has been sent, and the person who posted won't know who reported it.

shared-without-consent-vy-choice = And what about Vy?
shared-without-consent-option-message-vy = Message Vy privately
shared-without-consent-option-counsellor = Tell { $counsellor }
shared-without-consent-option-stay-out = Stay out of it, not my business
shared-without-consent-vy-choice-discuss-1 = If you were Minh, what would you message Vy?
shared-without-consent-vy-choice-discuss-2 = When a whole group sees something, why does everyone expect someone else to speak up?
shared-without-consent-stay-out = In the chat, nobody says a thing. Everyone assumes someone else will.
shared-without-consent-stay-out-back = It doesn't have to be anything big. One message, or telling someone, is enough. Let's choose again.
shared-without-consent-message-vy-appears = Minh messages Vy privately.
shared-without-consent-msg-to-vy = I saw the photo. I didn't react, I reported it. are you ok?
shared-without-consent-msg-vy-reply = not really. thanks
shared-without-consent-msg-go-together = want to go and see the counsellor together tomorrow?
shared-without-consent-next-day = At break the next day, Minh goes to { $counsellor-room }.

shared-without-consent-tell-prompt = What does Minh say?
shared-without-consent-say-photo = Someone posted a photo they secretly took of Vy in the class chat, to make fun of her.
shared-without-consent-say-not-ok = I saved it and reported it, but it still doesn't feel okay.
shared-without-consent-counsellor-answer = Thank you for coming to tell me. Saving it and reporting it was exactly right. And none of this is Vy's doing.
shared-without-consent-counsellor-steps = The school will talk to the students involved and have the photo deleted. Taking or posting photos of someone without asking isn't okay, and with private photos, it's against the law.
shared-without-consent-vy-thanks = The photo's gone. Thanks, Minh. I'm really glad you were there.

shared-without-consent-helpline = You can always find { $counsellor } in { $counsellor-room }, or call 111, the free child helpline, open day and night.
shared-without-consent-catchphrase = You're not alone: save, block, tell.
shared-without-consent-well-done = Well done. You didn't join in, you reported it, and you stood by your friend.
shared-without-consent-sticker = Good Friend badge

shared-without-consent-tip = Asking before taking or posting a photo of someone is basic respect; sharing a private image without consent is also against the law. Let your teen know what helps: don't react, don't forward, save and report, check on the person, tell a teacher.
shared-without-consent-starter = If you saw a friend's photo posted to make fun of them, what could you do that wouldn't feel awkward?

shared-without-consent-check-1-question = A classmate's photo, taken without asking, is posted in the class chat to make fun of them. What do you do?
shared-without-consent-check-1-laugh = Add a laughing face so I don't stand out.
shared-without-consent-check-1-report = Don't react or forward it. Save it, then report it.
shared-without-consent-check-1-forward = Forward it to another chat to see what people think.
shared-without-consent-check-1-why = Every reaction or forward spreads the photo further. The person who posted won't know who reported it.
shared-without-consent-check-2-question = What can you do for the person in the photo?
shared-without-consent-check-2-message = Message them privately, and offer to see the counsellor together.
shared-without-consent-check-2-stay-out = Stay out of it; it's not my business.
shared-without-consent-check-2-advice = Tell them not to fall asleep on the bus next time.
shared-without-consent-check-2-why = One small message helps them feel less alone. None of this is their doing.
shared-without-consent-check-3-question = Who should you tell about a photo posted to make fun of a classmate?
shared-without-consent-check-3-best-friend = Only my best friend, so nobody gets in trouble.
shared-without-consent-check-3-no-one = No one; the photo will scroll away soon.
shared-without-consent-check-3-counsellor = The school counsellor or a teacher I trust, or 111.
shared-without-consent-check-3-why = The school can get the photo deleted and talk to those involved. Telling is the right thing to do.
