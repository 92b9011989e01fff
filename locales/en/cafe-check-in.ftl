# Lesson: cafe-check-in (ages 11-15). A café photo after school, nearly posted publicly with the
# location on.
cafe-check-in-title = Check-in at the Café
cafe-check-in-objective = Young people learn that a post can show where they are and which school they go to, and how to switch location off, choose the audience, post later and keep an account private.
cafe-check-in-behaviour = Location off; friends only; post once you're home rather than live; keep the account private; think about who will see a post before posting.

cafe-check-in-after-school = Friday, after school. Linh and Vy head to their usual café round the corner from school.
cafe-check-in-drinks = Drinks this cute have to go online.
cafe-check-in-compose-appears = Linh takes a photo and opens a new post.
cafe-check-in-post-text = Friday vibes with my bestie, here every week!
cafe-check-in-vy-notices = Wait, my school badge is right there on my bag. And you've got location on, and it's public.
cafe-check-in-post-choice = What does Linh do with the post?
cafe-check-in-option-location = Switch location off
cafe-check-in-option-friends = Friends only
cafe-check-in-option-post = Just post it, everyone does
cafe-check-in-post-choice-discuss-1 = Looking at this post, what could a stranger find out about Linh and Vy?
cafe-check-in-post-choice-discuss-2 = Do you usually post a photo straight away, or wait until you're home? Why?

cafe-check-in-posted = The post shows the café's name on a map, for anyone to see. The photo has the school badge, and the caption says every week. A few minutes later, an account Linh doesn't know comments.
cafe-check-in-posted-comment = “That's near your school, right? Every Friday?” Hang on, I don't know this person.
cafe-check-in-posted-back = You can delete a post, but someone may already have seen it or screenshotted it. If you've ever posted like that, it's not your fault, and telling an adult now still helps. Let's rewind.

cafe-check-in-location-off = Location off. And friends only, to be safe.
cafe-check-in-friends-only = Friends only. And location off, too.
cafe-check-in-tidy-up = Linh switches location off, picks Friends, and crops out the school badge. The “every week” goes too.
cafe-check-in-post-later = Or post it tonight from home? Then nobody knows where we are right now.

cafe-check-in-home = Back home, Linh posts the photo for her friends. Twenty likes, all from people she knows.
cafe-check-in-evening-appears = That evening, Linh opens her privacy settings. Her account has been public since the day she made it.
cafe-check-in-settings-choice = What does Linh change first?
cafe-check-in-option-anyone = Let anyone message me, the more the merrier
cafe-check-in-option-private = Make the account private
cafe-check-in-option-ask-mum = Ask Mum what to set
cafe-check-in-settings-choice-discuss-1 = What's good about a public account that anyone can message, and what could go wrong?
cafe-check-in-settings-choice-discuss-2 = If you checked your own privacy settings tonight, what would you look at first?

cafe-check-in-anyone = Message requests pile up from people Linh doesn't know. One asks what year she's in.
cafe-check-in-anyone-back = Settings can always be changed back. Let's choose again.
cafe-check-in-private-appears = Private account, location off, only friends can message. Done.
cafe-check-in-show-mum = I'm showing Mum this.

cafe-check-in-tell-prompt = What does Linh say to Mum?
cafe-check-in-say-nearly = Mum, this afternoon I almost posted a public photo with the café's location on it.
cafe-check-in-say-check = Can you check if my settings look okay?
cafe-check-in-mum-answer = Thanks for telling me. You stopped and thought before you hit post, and that's exactly it.
cafe-check-in-footprint = Posts can stay around for a long time. Before you post, ask yourself: could a stranger work out where I am, or which school I go to?
cafe-check-in-mum-too = I forget to switch my location off all the time. Will you check my phone too?

cafe-check-in-helpline = If anyone ever uses what you post to bother you, you can find { $counsellor } in { $counsellor-room }, or call 111, the free child helpline, open day and night.
cafe-check-in-catchphrase = You're not alone: save, block, tell.
cafe-check-in-well-done = Nicely done. You still posted with your friends, just your way: the right people, at the right time.
cafe-check-in-sticker = Smart Location badge

cafe-check-in-tip = An ordinary photo can show where your teen is, which school they go to and where they usually are at what time. Go through the settings together: location off, account private, who can send messages. Suggest posting once they're home rather than live.
cafe-check-in-starter = If a stranger scrolled through everything you posted this month, what could they guess about you?

cafe-check-in-check-1-question = You're about to post a photo at your usual café, with location on and your school badge showing. What do you do?
cafe-check-in-check-1-tidy = Switch location off, crop out the badge, friends only.
cafe-check-in-check-1-post = Post it; everyone does.
cafe-check-in-check-1-delete = Post it publicly and delete it in a few minutes.
cafe-check-in-check-1-why = A photo can tell a stranger where you are and which school you go to. A few seconds of checking is enough.
cafe-check-in-check-2-question = You want to share a photo of where you are. When is it safer to post it?
cafe-check-in-check-2-now = Right now, so friends can come along.
cafe-check-in-check-2-any = Any time, as long as the photo looks good.
cafe-check-in-check-2-home = Once I'm home, for friends only.
cafe-check-in-check-2-why = Posting later means nobody knows where you are right now. You still get to share the photo.
cafe-check-in-check-3-question = Your account has been public since the day you made it. What should you change first?
cafe-check-in-check-3-public = Keep it public to get more followers.
cafe-check-in-check-3-private = Make it private, so only friends can message me.
cafe-check-in-check-3-ignore = Leave it and just ignore messages from strangers.
cafe-check-in-check-3-why = A private account lets you choose who sees your posts. Not sure how? Ask a parent to set it up with you.
