# The printed pages' own words (safekite-print): storybooks, choice cards, the letter home and
# the family agreement. The lessons' words come from their own files.

## Storybook
print-what-would-you-do = What would you do?
print-choice-hint = Point to a picture, or tell a grown-up what you would do. Then turn the page.
print-what-would-you-do-grown-ups = What would you do?
print-choice-hint-grown-ups = Choose a reply, and think about how your child would feel. Then turn the page.
print-telling-a-grown-up = Telling a grown-up
print-the-end = The end
print-for-grown-ups = For the grown-up reading with you
print-telling-a-grown-up-grown-ups = Your child tells you
print-for-grown-ups-grown-ups = For you, after the rehearsal
print-what-we-learnt = What this story practises
print-tip = A tip for you
print-starter = A question to ask together
print-help-heading = If your child tells you something worrying
print-helpline = Child helpline 111: free, 24 hours a day
print-covered-video = This video is covered up.
print-friend-request = Friend request
print-band-3-6 = Ages 3 to 6
print-band-6-10 = Ages 6 to 10
print-band-11-15 = Ages 11 to 15
print-band-grown-ups = For grown-ups

## Choice cards
print-cards-hint = Cut along the dashed lines. Read the story aloud; at each choice, the children hold up the card they would pick, and you talk about why.

## Catchphrases, one per band
print-catchphrase-3-6 = Stop, think, tell!
print-catchphrase-6-10 = Pause, check, tell!
print-catchphrase-11-15 = You're not alone: block, save, tell.
print-catchphrase-grown-ups = Listen, thank, help.

## The letter home
print-letter-title = A letter for your family
print-letter-intro = Dear families of { $class }, today our class played SafeKite together: short stories in which children learn what to do when something online does not feel right, and that they can always tell a grown-up.
print-letter-practised = What we practised today
print-letter-catchphrase = Our catchphrase (ask your child to say it to you)
print-letter-questions = Two questions to ask at home
print-letter-listen = Whatever the answer, listen calmly and thank your child for telling you. Children keep telling us when telling feels safe.
print-letter-question-extra = If something online ever made you feel funny inside, who would you tell?
print-letter-help-more = If your child tells you something worrying, stay calm, keep what you saw, and call for advice. You can always talk to us at school too.
print-letter-qr = Play the same stories at home: scan the code with a phone, or type this address.

## The family agreement
print-agreement-title = Our family agreement
print-agreement-intro = Sit down together and fill this in. There are no wrong answers: it is our family's plan, and we can change it together whenever we need to.
print-agreement-night = At night
print-agreement-night-where = At night, our phones and tablets sleep here:
print-agreement-night-time = We put them to bed at this time:
print-agreement-apps = Apps and games
print-agreement-apps-which = The apps and games we use are:
print-agreement-apps-new = Before we download something new, we ask:
print-agreement-tell = Who to tell
print-agreement-tell-who = If something online makes me feel worried, sad or funny inside, I can tell:
print-agreement-mum = Mum
print-agreement-dad = Dad
print-agreement-grandparents = Grandma or Grandpa
print-agreement-teacher = My teacher
print-agreement-tell-promise = When I tell, nobody will be cross with me, and I can keep my tablet.
print-agreement-grown-ups = What the grown-ups promise
print-agreement-grown-ups-promise = We will listen calmly, thank you for telling us, and help. We will put our own phones away at meals and at bedtime too.
print-agreement-sign-child = Child
print-agreement-sign-grown-up = Grown-up
print-agreement-date = Date
