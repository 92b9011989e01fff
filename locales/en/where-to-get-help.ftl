# Lesson: where-to-get-help (ages 11-15). An anonymous account has been unkind to Vy all week and
# she doesn't want her parents to know. The report flow, block, a friend, the counsellor, 111.
where-to-get-help-title = You Don't Have to Handle It Alone
where-to-get-help-objective = Young people learn where to get help when something goes wrong online: save, report and block, a friend, the school counsellor, their parents and the 111 helpline.
where-to-get-help-behaviour = Save evidence; report with the right reason; block; don't hit back; talk to a friend, the school counsellor or call 111; don't keep it to yourself.

where-to-get-help-all-week = All week, an anonymous account has been messaging Vy and commenting on every post she makes.
where-to-get-help-comments-appear = Tonight there's another message.
where-to-get-help-anon = anonymous user
where-to-get-help-msg-photo = posting photos again? nobody even looks
where-to-get-help-msg-annoying = the whole class thinks you're annoying
where-to-get-help-msg-leave = just leave the class chat and do everyone a favour
where-to-get-help-vy-alone = I don't want to tell Mum and Dad. They'd take my phone. And I don't know who else to tell.
where-to-get-help-more-options = Vy has more options than she thinks.
where-to-get-help-first-choice = What does Vy do first?
where-to-get-help-option-hit-back = Message back and let them have it
where-to-get-help-option-save = Save everything as evidence
where-to-get-help-option-delete = Delete the app and try to forget
where-to-get-help-first-choice-discuss-1 = How might these messages make Vy feel?
where-to-get-help-first-choice-discuss-2 = Vy worries that telling her parents means losing her phone. What do you think about that worry?

where-to-get-help-hit-back = The account screenshots Vy's reply, crops it, and shows it around. Hitting back just gives them more to work with. Being angry makes sense, and if you've already hit back, it's not your fault. But you don't have to reply again, and telling someone still helps. Let's choose again.
where-to-get-help-keep-inside = Vy deletes the app, but the words keep going round her head, even at bedtime. Keeping it to yourself usually makes it heavier. Let's choose again.

where-to-get-help-saved = Saved: every message, the account name, the dates and times. Now the Report button.
where-to-get-help-report-appears = Vy opens the report menu for the account.
where-to-get-help-reason-spam = Spam
where-to-get-help-reason-bullying = Bullying or harassment
where-to-get-help-reason-fake = Fake account
where-to-get-help-report-confirmation = Thanks for reporting. We'll review it, and the account you reported won't know who you are.
where-to-get-help-reason-choice = Which reason does Vy pick?
where-to-get-help-option-pointless = Never mind, reporting won't do anything
where-to-get-help-option-bullying = Bullying or harassment
where-to-get-help-reason-choice-discuss-1 = Lots of people think reporting is pointless. What do you think?
where-to-get-help-reason-choice-discuss-2 = Why might it matter which reason you choose when you report?
where-to-get-help-pointless = Picking the right reason helps the app act faster, and every report is kept on record. It takes seconds. Let's choose again.
where-to-get-help-reported = Report sent. Then Vy taps Block. The account can't message her any more.
where-to-get-help-still-heavy = It's blocked, but I still feel awful. I need to talk to someone.
where-to-get-help-who-choice = Who does Vy go to?
where-to-get-help-option-linh = Tell Linh
where-to-get-help-option-111 = Call 111
where-to-get-help-option-counsellor = Go and see { $counsellor }
where-to-get-help-who-choice-discuss-1 = At our school, who could you go to if something like this happened to you?
where-to-get-help-who-choice-discuss-2 = Telling a friend, seeing the counsellor, calling 111: how could each one help Vy?

where-to-get-help-linh = Oh no, you've had this on your own all week? I'll come with you to the counsellor tomorrow. You don't have to go on your own.
where-to-get-help-call-111 = Vy calls 111. Someone answers in a kind voice and doesn't ask her name if she'd rather not say. They listen, then suggest she talks to the counsellor at school too.

where-to-get-help-next-day = At break the next day, Vy knocks on the door of { $counsellor-room }.
where-to-get-help-tell-prompt = What does Vy say?
where-to-get-help-say-anon = An anonymous account has been saying mean things to me all week.
where-to-get-help-say-parents = I don't want my parents to know yet. I'm worried they'll take my phone.
where-to-get-help-counsellor-answer = Thank you for coming in. This is not your fault. Saving it, reporting it, blocking it: you did exactly the right things.
where-to-get-help-parents = As for your parents, we can work out together how to tell them gently. Most parents just want to help, and the school can be there for that talk too.
where-to-get-help-door-open = Any break time, just come to { $counsellor-room }. No appointment needed.
where-to-get-help-vy-lighter = Saying it out loud feels so much lighter. Turns out loads of people are ready to help.
where-to-get-help-recap = Now Vy knows she has plenty of backup: save, report and block; a friend; { $counsellor } in { $counsellor-room }; her parents; and 111, free, open day and night.
where-to-get-help-catchphrase = You're not alone: save, block, tell.
where-to-get-help-well-done = Well done. Getting help isn't weak. It's the strongest move there is.
where-to-get-help-sticker = Open Door badge

where-to-get-help-tip = Many young people don't report online bullying because they're afraid of losing their phone. Tell your teen in advance that you won't do that, and explore the report and block buttons in the apps they use together. Make sure they know the school counsellor's name and the 111 helpline.
where-to-get-help-starter = If something online was hard to talk about, who would you tell first? Is there anything that would make it hard to tell us?

where-to-get-help-check-1-question = All week, an anonymous account has been sending you unkind messages and comments. What do you do first?
where-to-get-help-check-1-hit-back = Message back and let them have it.
where-to-get-help-check-1-delete = Delete the app and try to forget.
where-to-get-help-check-1-save = Save every message as evidence, then report and block.
where-to-get-help-check-1-why = Hitting back only gives them more to work with. Evidence helps the app and the school act.
where-to-get-help-check-2-question = You feel awful and don't want your parents to know yet. Who can you talk to?
where-to-get-help-check-2-friend = A friend, the school counsellor, or 111.
where-to-get-help-check-2-no-one = No one; I can handle it alone.
where-to-get-help-check-2-strangers = Only strangers online, so it's less awkward.
where-to-get-help-check-2-why = You have more backup than you think. 111 is free and open day and night.
where-to-get-help-check-3-question = Is it worth reporting an anonymous account that is harassing you?
where-to-get-help-check-3-pointless = No, reporting never does anything.
where-to-get-help-check-3-reason = Yes. Pick the right reason, like "Bullying or harassment".
where-to-get-help-check-3-only-if = Only if I know who is behind it.
where-to-get-help-check-3-why = The right reason helps the app act faster, and the account won't know who reported it.
