# Lesson: photo-threat (ages 11-15). A threat to share a photo unless money or more is sent.
# Only the pressure, the feeling and the steps; nothing explicit.
photo-threat-title = When a Photo Becomes a Threat
photo-threat-objective = Young people learn that when someone threatens to share a photo, the blame lies entirely with the person threatening, and they know the steps: don't pay, don't send more, save evidence, block, report, tell, call 111.
photo-threat-behaviour = Don't pay; don't send anything more; save the evidence before blocking; report; tell a trusted adult; call 111.

photo-threat-late = Nearly eleven at night. An account Linh chatted with a few weeks ago messages out of nowhere. Back then, she sent them a private photo.
photo-threat-threat-appears = The messages come fast.
photo-threat-contact = unknown account
photo-threat-msg-remember = remember that photo you sent
photo-threat-msg-pay = put 500k on a game card for me. you have 30 minutes
photo-threat-msg-or = or I send it to your class group chat
photo-threat-msg-dont-tell = tell anyone and I send it anyway
photo-threat-panic = My heart is pounding. I just want this to go away, right now.
photo-threat-breathe = Take a breath. Panicking is normal. This is blackmail, and the one in the wrong is the person threatening, not Linh. They want her rushed and frightened, so she doesn't ask anyone.
photo-threat-first-choice = What does Linh do now?
photo-threat-option-pay = Pay so it stops
photo-threat-option-save = Take screenshots first
photo-threat-option-send = Just send them what they want
photo-threat-option-tell = Go and find Mum now
photo-threat-first-choice-discuss-1 = Why does the person give Linh only 30 minutes and say she mustn't tell anyone?
photo-threat-first-choice-discuss-2 = If Linh were your friend, what could you say so she knows it isn't her fault and gets help?

photo-threat-paid = The money has barely gone when the next message arrives: “Not enough. Another million.” Paying almost never makes it stop. They just ask for more.
photo-threat-sent-more = They don't stop. They ask for more, and the threats get bigger. Sending more never ends it.
photo-threat-not-fault = If you've already done that, it's not your fault. Adults can still help, and it's not too late to tell. Let's go back.

photo-threat-saved = Saved: the account name, every message, even the card they want topped up. That's evidence.
photo-threat-block-choice = What does Linh do next?
photo-threat-option-block = Block the account
photo-threat-option-reply = Reply and beg them to stop
photo-threat-option-report = Report the account
photo-threat-block-choice-discuss-1 = Linh has saved the messages. How could that evidence help?
photo-threat-block-choice-discuss-2 = Besides her parents, who else could Linh turn to for help with this?

photo-threat-replied = Every reply tells them Linh is frightened, and they push harder.
photo-threat-replied-back = If you've already replied, that's okay, it's not your fault. You don't owe them another word. Let's choose again.
photo-threat-reported = Linh taps Report, picks “Threats or blackmail”, sends it, and blocks the account too.
photo-threat-blocked = Blocked. But my hands are still shaking. I can't sit alone with this.
photo-threat-find-mum = Linh knocks on Mum's door.

photo-threat-tell-prompt = What does Linh say to Mum?
photo-threat-say-threat = Mum, someone wants money, or they'll send a photo of me to my whole class.
photo-threat-say-scared = Mum, I'm really frightened. I need your help.
photo-threat-say-sorry = I'm sorry, I sent someone a photo.
photo-threat-mum-answer = Come here. You haven't done anything wrong, and I'm so glad you told me. We'll sort this out together.
photo-threat-mum-steps = We don't pay, we don't send anything, we don't reply. We screenshot everything as evidence, then block and report the account to the app. There's also a way to ask for the photo to be taken down.
photo-threat-call-111 = Now let's call 111. They know what to do next, including when to go to the police.
photo-threat-linh-relief = I thought you'd be angry with me.

photo-threat-helpline = 111 is free and open all night. At school, you can also find { $counsellor } in { $counsellor-room }. Nobody has to face this alone.
photo-threat-catchphrase = You're not alone: save, block, tell.
photo-threat-well-done = That took courage. Not paying, saving the evidence and getting help: that's the smartest way through.
photo-threat-sticker = Steady Hand badge

photo-threat-tip = If your child is threatened with a photo being shared, what they need most is to know you're not angry. Stay calm and say it clearly: the blame lies with the person threatening. Don't pay, don't reply; save the evidence, report it to the platform, call 111 for advice and the police where needed.
photo-threat-starter = If a friend was being threatened online, who do you think they should go to first?

photo-threat-check-1-question = An account threatens to send a photo of you to your class unless you pay within 30 minutes. What do you do first?
photo-threat-check-1-pay = Pay quickly, so they delete the photo and it all stops.
photo-threat-check-1-save = Don't pay. Screenshot everything, then go and find an adult.
photo-threat-check-1-beg = Reply, explain I have no money, and beg them to stop.
photo-threat-check-1-why = Paying almost never makes it stop; they just ask for more. You don't have to face this alone.
photo-threat-check-2-question = Before you block an account that is threatening you, what should you do?
photo-threat-check-2-delete = Delete the whole chat so I don't have to see it.
photo-threat-check-2-last = Send one last message telling them to stop.
photo-threat-check-2-save = Screenshot the account name and every message.
photo-threat-check-2-why = Screenshots are evidence that helps adults and 111 act. Then you block and report.
photo-threat-check-3-question = You once sent someone a photo, and now they're threatening you. Who is in the wrong?
photo-threat-check-3-them = The person making threats. I can still tell someone and get help.
photo-threat-check-3-me = Me, because I was the one who sent the photo.
photo-threat-check-3-both = Both of us, so I should sort it out by myself.
photo-threat-check-3-why = Only the person making threats is in the wrong. Parents, teachers and 111 are ready to help you.
