# The parents' corner: a grown-ups' screen behind the parental gate, read by a parent.
# Its advice agrees with the six rehearsals for grown-ups (calm-*.ftl) and the 11-15 lessons.
# Not spoken, so no narration. The Vietnamese file has the same ids.

parents-title = Parents' corner
parents-intro = Children often keep a worry to themselves because they are afraid of how we will react: that they will lose the tablet, or be told off. The most important thing you can do is stay calm and thank them for telling you. A child who feels safe telling you once will tell you again.

## What your child has done
parents-lessons-title = What your child has done
parents-lessons-none = Your child has not finished a lesson yet. Why not play the first one together?
parents-tip-label = Tip
parents-starter-label = Talk about it

## If your child tells you something
parents-tells-title = If your child tells you something

parents-stranger-title = Someone they met online wants to be friends, to meet up, or to keep a secret
parents-stranger-say = “Thank you for telling me. You're not in trouble. A real friend never asks you to keep secrets from us.”
parents-stranger-do =
    • Don't reply to the person. Save the messages and the name on their profile.
    • Block and report them in the app or game.
    • If they asked to meet, or sent gifts, call 111 and the police for advice the same day.
    • Agree a family rule together: we never meet an online friend without a parent.
parents-stranger-avoid = Don't take the device away as a punishment: next time, your child may hide the message instead.

parents-photo-title = Someone asks them for a photo or a video
parents-photo-say = “I'm really glad you told me. You're not in trouble. We'll sort this out together.”
parents-photo-do =
    • Screenshot the chat and the person's profile before you block them.
    • Block and report them in the app or game.
    • Call 111 for advice. If they are asking for private photos, contact the police too.
    • If a photo has already been sent, tell your child it is not their fault, and that telling you still helps.
parents-photo-avoid = Don't delete the chat in a hurry or ask “Why were you talking to them?”: keep the messages, and keep your child close.

parents-mean-title = Someone is mean to them online, or bullies them
parents-mean-say = “Thank you for telling me. Nobody should be treated like that, and it's not your fault. I'm on your side.”
parents-mean-do =
    • Save the messages, with their dates, before anything is deleted.
    • Help your child block and report the accounts, without replying to them.
    • Show your child's teacher. If it happens every day or your child is very low, call 111.
parents-mean-avoid = Don't ask what your child did first, and don't confront the other child or their family angrily, in the group chat or in public.

parents-scary-title = They saw a video or a picture that upset them
parents-scary-say = “Come here. Thank you for telling me. It's not your fault, and you're safe here with me.”
parents-scary-do =
    • Comfort first; questions can wait.
    • The next day, report the video together and switch off autoplay.
    • If your child's sleep or mood stays upset for more than a few days, talk to the school or call 111.
parents-scary-avoid = Don't brush it off as silly or ban videos: feelings get smaller when someone listens.

parents-prize-title = A “You won!” message asked for their address, a phone number or money
parents-prize-say = “Thank you for telling me. Those messages are made to trick everyone, even grown-ups. It's not your fault, and we'll sort it out together.”
parents-prize-do =
    • Take a screenshot of the page, then close it.
    • If money or card details were given, call your bank straight away.
    • Watch for odd calls, messages or post, and don't answer them.
    • Ask the school or 111 for advice.
parents-prize-avoid = Don't tell your child off for tapping: next time, they may keep it to themselves.

parents-spending-title = They spent money in a game or an app without asking
parents-spending-say = “Thank you for coming straight to me. That was honest. Games make buying very easy, even for grown-ups. Let's look together.”
parents-spending-do =
    • Screenshot the receipt, and ask the app store for a refund.
    • Call your bank about the payment.
    • Turn on a password or parental controls for buying.
    • Make a family plan for games together.
parents-spending-avoid = Don't take the tablet away until the money is paid back: your child learns that owning up costs them.

parents-password-title = They shared a password or a one-time code
parents-password-say = “Thank you for telling me. Lots of people get tricked into this. Let's make your account safe again together.”
parents-password-do =
    • Change the password now, and on any other account that uses the same one.
    • Turn on two-step login, and sign out any devices you don't know.
    • If the account has been taken over, or the code was for a bank or e-wallet, contact the app's help or your bank straight away.
    • Set up a long passphrase together, and agree: a one-time code is never given to anyone.
parents-password-avoid = Don't scold your child: change the password calmly together, so they will tell you again next time.

parents-shared-picture-title = A picture of them or a friend was shared without agreement
parents-shared-picture-say = “Thank you for telling me. It's not your fault. Sharing it without asking was wrong, and we'll work together to get it taken down.”
parents-shared-picture-do =
    • Don't like, comment on or forward it. Screenshot where it was posted, with the date.
    • Report it in the app and ask for it to be removed.
    • Tell the homeroom teacher or the school counsellor, so the school can help and check on the friend in the picture too.
    • If it is a private picture, call 111 and the police for advice.
parents-shared-picture-avoid = Don't comment angrily under the post or confront the person who shared it in front of others: that spreads the picture further.

parents-threat-title = Someone threatens to share a picture unless they send more or pay
parents-threat-say = “It's not your fault, and I'm not angry with you. Telling me was exactly right. We'll get help together.”
parents-threat-do =
    • Don't pay, and don't send anything more. Stop replying.
    • Keep the evidence: screenshot the messages, the account name and any request for money, before blocking.
    • Then block and report the account in the app.
    • Call 111 for advice, and report it to the police (113).
parents-threat-avoid = Don't blame your child or ask why they sent a picture: what they need most now is to know you are on their side.

parents-rehearse = Practise answering calmly

## Where to get help
parents-help-title = Where to get help
parents-help-111 = 111, Vietnam's national child protection hotline: free, 24 hours a day. Children can call, and so can any grown-up who is worried about a child.
parents-help-school = Your child's homeroom teacher or the school counsellor: they can help at school and keep an eye out for your child.
parents-help-platform = In the app or game: report and block the account. Take screenshots first and keep them as evidence.
parents-help-police = If your child or any child is not safe right now, or someone is threatening them, contact the police: call 113.

parents-back = Back
