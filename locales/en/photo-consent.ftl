# Lesson: photo-consent (ages 3-6). Ask before taking or sharing a photo of someone.
photo-consent-title = Can I Take Your Photo?
photo-consent-objective = Children learn to ask a person before taking or sharing a photo of them, and to listen when the answer is no.
photo-consent-behaviour = Ask "Can I take your photo?" first; if they say no, no photo; ask again before sharing it.

photo-consent-hello = Hi! I'm Mai. Today we're painting at school!
photo-consent-painting = Nam paints a big blue whale. Oops, blue paint on his nose!
photo-consent-photos = Mai, you can take photos of our paintings with the class tablet.
photo-consent-funny = Nam's blue nose is so funny! I want a photo.
photo-consent-camera-appears = Mai points the tablet at Nam.
photo-consent-screen-title = Camera
photo-consent-screen-body = Tap to take a photo
photo-consent-screen-button = Snap!
photo-consent-what-now = Stop, think, tell! What should Mai do first?
photo-consent-what-now-discuss-1 = How might Nam feel about a photo of his blue nose?
photo-consent-what-now-discuss-2 = How could Mai find out if Nam wants a photo?
photo-consent-option-snap = Snap the photo now
photo-consent-option-ask-nam = Ask Nam first
photo-consent-option-ask-teacher = Ask Ms Lan
photo-consent-oops = Snap! Nam hides his face. He didn't want that photo.
photo-consent-oops-back = That's OK! Let's delete it, say sorry, and choose again.
photo-consent-teacher-says-ask = Good thinking to ask me, Mai. It's Nam's face, so ask Nam.
photo-consent-ask-nam = Nam, can I take a photo of you?
photo-consent-nam-no = No, thank you. Not with paint on my nose!
photo-consent-mai-okay = Okay, Nam. No photo. But I feel a bit sad.
photo-consent-tell-prompt = What will Mai tell Ms Lan?
photo-consent-say-asked = Ms Lan, I asked Nam. He said no photo.
photo-consent-say-sad = Ms Lan, Nam said no. I feel a bit sad.
photo-consent-teacher-answer = Thank you for telling me, Mai. You asked and listened. Well done!
photo-consent-wash = Nam, shall we wash your nose?
photo-consent-nam-yes = Yes! Now you can take my photo, Mai. With my whale!
photo-consent-snap = Snap! Nam and his big blue whale, both smiling.
photo-consent-rule = We ask before we take a photo, and before we share it.
photo-consent-catchphrase = Stop, think, tell!
photo-consent-well-done = Well done! You asked Nam first, and you listened.
photo-consent-sticker = Ask First Camera sticker

photo-consent-tip = Show your child how you ask before taking or posting their photo ("Can I take a picture of you? Can I send it to Grandma?"), and respect a no. Children learn consent from how we treat their pictures.
photo-consent-starter = Who do we ask before we take a photo of them? What do we do if they say no?

# Check questions (asked before and after the lesson, and in reviews)
photo-consent-check-1-question = You want to take a friend's photo. What comes first?
photo-consent-check-1-ask = Ask: "Can I take your photo?"
photo-consent-check-1-snap = Snap it quickly.
photo-consent-check-1-why = Asking first shows you care.
photo-consent-check-2-question = Your friend says: "No photo, please." What do you do?
photo-consent-check-2-snap = Take one anyway.
photo-consent-check-2-stop = Okay, no photo.
photo-consent-check-2-later = Take it when they're not looking.
photo-consent-check-2-why = When a friend says no, it means no.
photo-consent-check-3-question = You want to send a friend's photo. What do you do?
photo-consent-check-3-send = Send it straight away.
photo-consent-check-3-show = Show it to the whole class.
photo-consent-check-3-ask = Ask my friend first.
photo-consent-check-3-why = It's their photo, so they get to choose.
