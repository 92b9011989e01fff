# Lesson: stranger-friend-requests (ages 11-15). A flattering stranger's friend request that
# soon wants to move to a private app.
stranger-friend-requests-title = The Perfect Stranger
stranger-friend-requests-objective = Young people learn to spot a fake or stranger's profile (flattery, no friends in common, a push to go private) and know several good ways to respond.
stranger-friend-requests-behaviour = Accept only people you know; don't move to a private chat; screenshot, block and report; tell a trusted adult or call 111.

stranger-friend-requests-evening = Saturday evening. Linh has just posted her new drawing: a ginger cat asleep on a pile of books.
stranger-friend-requests-likes = Twenty-three likes already. Okay, I'm actually a bit proud of this one.
stranger-friend-requests-request-appears = Then a friend request arrives, with a note: “Your cat drawing is amazing! We'd be perfect friends.”
stranger-friend-requests-profile-name = sunny.sketches
stranger-friend-requests-profile-detail = 0 friends in common
stranger-friend-requests-profile = “Fourteen. Loves drawing and cats.” Gorgeous photos. But we don't have a single friend in common.
stranger-friend-requests-request-choice = What does Linh do with the request?
stranger-friend-requests-option-accept = Accept. She likes my art.
stranger-friend-requests-option-look = Look more closely at the profile
stranger-friend-requests-option-decline = Decline. I don't know her.
stranger-friend-requests-request-choice-discuss-1 = What about this friend request makes you want to look more closely?
stranger-friend-requests-request-choice-discuss-2 = How do you usually decide whether to accept a friend request?
stranger-friend-requests-look-closer = Account made two weeks ago. And the same “amazing!” comment under loads of strangers' posts. Hmm.

stranger-friend-requests-accepted = Linh taps Accept. Plenty of people would, and it isn't her fault. If anything feels wrong, it's never too late to tell. Within minutes, a message arrives.
stranger-friend-requests-chat-accepted-appears = The new friend writes straight away.
stranger-friend-requests-msg-thanks = hiii!! thanks for adding me
stranger-friend-requests-msg-talented = honestly you're way more talented than anyone our age
stranger-friend-requests-msg-reply = haha thank you!
stranger-friend-requests-msg-move = this app is so public tho. let's talk on another app, it's private and the chats disappear

stranger-friend-requests-declined = Linh taps Decline. A minute later, a message request pops up from the same account.
stranger-friend-requests-chat-declined-appears = The account writes anyway.
stranger-friend-requests-msg-by-accident = hey, did you decline me by accident??
stranger-friend-requests-msg-just-friends = your drawings are seriously amazing, I just want to be friends
stranger-friend-requests-msg-move-instead = let's talk on another app instead. it's private and the chats disappear

stranger-friend-requests-gut = So many compliments, so fast. And now she wants us somewhere private? Something feels off.
stranger-friend-requests-signs = Linh has spotted the pattern: lots of flattery, no friends in common, and a push to go private.
stranger-friend-requests-what-now = Remember: you're not alone. Save, block, tell. What could Linh do now?
stranger-friend-requests-option-move = Move to the other app. It's only chatting.
stranger-friend-requests-option-screenshot = Take screenshots first
stranger-friend-requests-option-block = Block and report the account
stranger-friend-requests-option-tell = Show Dad
stranger-friend-requests-what-now-discuss-1 = Why does this account keep asking Linh to move to another app?
stranger-friend-requests-what-now-discuss-2 = If a close friend told you something like this had happened to them, what would you say?

stranger-friend-requests-other-app-appears = On the other app, it's just the two of them.
stranger-friend-requests-msg-just-us = finally, just us :)
stranger-friend-requests-msg-school = which school do you go to? send me a selfie, not a drawing this time
stranger-friend-requests-msg-secret = and let's keep our chats secret ok? people wouldn't get it
stranger-friend-requests-other-app-notice = Here the messages vanish, nobody else can see, and the questions get personal. That's why the account wanted to move.
stranger-friend-requests-other-app-back = Let's rewind. And if you had already moved, that's not your fault: stopping and telling someone now still helps.

stranger-friend-requests-save-first = Good call. One tip first: screenshot the chat and the profile, because they may disappear once you block.
stranger-friend-requests-screenshot = Profile: saved. Chat: saved. Now I have proof if I need it.
stranger-friend-requests-block-report = Next, Linh opens the account's menu. She taps Block, then Report, and picks “Fake account”.
stranger-friend-requests-blocked = Blocked and reported. That feels better. But I still want to tell someone.
stranger-friend-requests-find-dad = Linh finds Dad in the living room and shows him her phone.

stranger-friend-requests-tell-prompt = What does Linh say to Dad?
stranger-friend-requests-say-flattering = Dad, an account I don't know kept flattering me, then wanted to move to a private app.
stranger-friend-requests-say-blocked = Dad, something online felt off. I've blocked it, but can I show you?
stranger-friend-requests-say-embarrassed = This is a bit awkward, but something happened online and I want to tell you.
stranger-friend-requests-say-private-app = Dad, someone I don't know wants me to chat with them on a private app.
stranger-friend-requests-dad-answer = Thank you for showing me. Screenshots, block, report: you did all the right things. I'm proud of you.
stranger-friend-requests-dad-answer-now = Thank you for coming to me straight away. You noticed the signs, and that's a real skill.
stranger-friend-requests-together = Let's do it together now: screenshots first, then we block the account and report it as fake.

stranger-friend-requests-fake-profiles = Profiles can be made up. Whoever runs that account may not be fourteen, or a girl, at all.
stranger-friend-requests-private-account = A good rule: accept people you know offline, and keep your account private. Shall we set that up now?
stranger-friend-requests-private-account-yes = Yes. I'll keep posting my drawings, just for people I actually know.
stranger-friend-requests-nothing-wrong = And whatever happens online, even if you accepted or replied, you haven't done anything wrong. You can always come to me.
stranger-friend-requests-helpline = If talking at home ever feels hard, try a teacher you trust, or call 111: Vietnam's free child helpline, open day and night.
stranger-friend-requests-catchphrase = You're not alone: save, block, tell.
stranger-friend-requests-well-done = Well done. You listened to your gut, saved the evidence, and didn't deal with it alone.
stranger-friend-requests-sticker = Sharp Eye badge

stranger-friend-requests-tip = Fake profiles often flatter, have no friends in common, and push to move to a private or disappearing-message app. Help your teen set their account to private, and show them how to screenshot, block and report. Make it clear they won't lose their phone for telling you: that fear is what keeps many young people quiet.
stranger-friend-requests-starter = Have you ever had a friend request from someone you didn't know? How could you tell whether a profile was real?

# Check questions (asked before and after the lesson, and in reviews)
stranger-friend-requests-check-1-question = A friend request arrives from someone you don't know, with no mutual friends. What do you do?
stranger-friend-requests-check-1-accept = Accept; their profile picture looks fine.
stranger-friend-requests-check-1-decline = Decline. I only add people I know in real life.
stranger-friend-requests-check-1-ask = Message them first to ask who they are.
stranger-friend-requests-check-1-why = Online profiles can be made up. Only add people you really know.
stranger-friend-requests-check-2-question = A new online contact says: "Let's move to another app to talk privately." What do you do?
stranger-friend-requests-check-2-move = Move; they seem really nice.
stranger-friend-requests-check-2-later = Say: maybe later tonight.
stranger-friend-requests-check-2-stop = Don't move. Screenshot, block, report and tell a trusted adult.
stranger-friend-requests-check-2-why = Asking to go somewhere private is a warning sign. You're not alone: block, save, tell.
stranger-friend-requests-check-3-question = You've already been chatting and now something feels off. What can you do?
stranger-friend-requests-check-3-tell = Tell a trusted adult, or call 111.
stranger-friend-requests-check-3-delete = Delete everything and try to forget it.
stranger-friend-requests-check-3-alone = Handle it alone, because telling will get me in trouble.
stranger-friend-requests-check-3-why = It's never too late to tell, and it's not your fault. 111 is Vietnam's free child helpline.
