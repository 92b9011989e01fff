# SafeKite interface, English.
# Interface words. Messages for the player speak to each age: `$band` is `little` (3-6),
# `kid` (6-10) or `teen` (11-15); `little` is the default (the screens before a player is chosen,
# and the narration, are for the youngest).

app-title = SafeKite
app-tagline = Fly high, stay safe.
title-grown-ups = Grown-ups
who-is-playing = Who is playing?
profile-new = New player
profile-choose-avatar = Choose your animal
# The animals a player can be and the badges behind them (for screen readers and grown-ups' lists).
avatar-fox = Fox
avatar-cat = Cat
avatar-rabbit = Rabbit
avatar-bear = Bear
avatar-owl = Owl
avatar-panda = Panda
avatar-turtle = Turtle
avatar-duck = Duck
avatar-penguin = Penguin
avatar-lion = Lion
avatar-elephant = Elephant
avatar-frog = Frog
avatar-monkey = Monkey
avatar-pig = Pig
avatar-giraffe = Giraffe
avatar-whale = Whale
badge-heart = Red heart
badge-square = Blue square
badge-star = Yellow star
badge-circle = Green circle
profile-nickname = Nickname (not your real name)
profile-nickname-hint = You can leave this empty.
profile-choose-band = Which lessons?
profile-create = Let's go!
profile-full = This tablet has { $count } players, the most it can hold. A grown-up can remove one in Settings.
band-3-6 = Ages 3-6
band-6-10 = Ages 6-10
band-11-15 = Ages 11-15
map-title = { $band ->
        [kid] Choose a lesson!
        [teen] Choose a lesson
       *[little] Pick a story!
    }
map-unavailable = Not ready yet
map-stickers = { $band ->
        [kid] Stickers: { $count }
        [teen] Badges: { $count }
       *[little] Stickers: { $count }
    }
map-continue = Carry on
map-index-broken = The list of lessons could not be read. A grown-up can reinstall SafeKite.
back = Back
player-tell-grown-up = { $band ->
        [kid] Tell a grown-up
        [teen] Tell a trusted adult
       *[little] Tell a grown-up
    }
player-replay = Hear it again
player-next = Next
glad-you-asked-mum = I'm so glad you came to me. You can always ask me. Let's carry on.
glad-you-asked-dad = Thank you for coming to me. You can always ask. Let's carry on.
glad-you-asked-grandma = Grandma is so glad you asked. You can always ask me, sweetheart.
glad-you-asked-teacher = I'm really glad you asked me. You can always come to me.
check-before-title = { $band ->
        [teen] What's your take?
       *[other] What do you think?
    }
check-before-thanks = { $band ->
        [teen] Thanks! Let's see how the story goes.
       *[other] Thank you! Let's find out in the story.
    }
check-after-title = { $band ->
        [teen] Looking back
       *[other] Let's think back!
    }
check-review-title = { $band ->
        [teen] Still remember?
       *[other] Do you remember?
    }
check-right = { $band ->
        [teen] Exactly!
       *[other] That's right, well done!
    }
check-not-quite = { $band ->
        [teen] Nearly. Here's the safe answer.
       *[other] Good try! Let's look at the safe answer.
    }
end-sticker-earned = { $band ->
        [grown-up] Practice done. Thank you!
        [kid] You earned a sticker!
        [teen] You earned a badge!
       *[little] You got a sticker!
    }
end-try-again = { $band ->
        [grown-up] Let's practise that once more.
        [kid] Let's try that again together.
        [teen] Let's try that again.
       *[little] Let's try that again together.
    }
glad-you-asked-counsellor = I'm really glad you came to talk to me. You can come back any time.
end-tip-title = Show this to your grown-up
end-starter-title = Talk about it
end-back-to-map = Back to the lessons
end-one-more = One more lesson
end-stop-here = { $band ->
        [grown-up] Stop here
        [teen] Stop here
       *[other] Stop here for now
    }
break-title = { $band ->
        [teen] Time for a break
       *[other] Time for a break!
    }
break-text = { $band ->
        [teen] Stand up, stretch, look at something far away and have some water. The lessons will still be here.
       *[other] Stand up and stretch, look far away, and have a drink of water. Your stickers will wait for you!
    }
break-ok = { $band ->
        [teen] OK
       *[other] OK!
    }
settings-title = Settings
settings-language = Language
settings-voice-volume = Voice
settings-effects-volume = Sounds
settings-captions = Captions
settings-on = On
settings-off = Off
language-vi = Tiếng Việt
language-en = English
device-typing = is typing…
device-video-covered = Covered for you
device-accept = Accept
device-decline = Decline
device-save-evidence = Screenshot
device-block = Block
device-report = Report
device-like = Like
device-share = Share
device-new-post = New post
device-post = Post
device-audience = Who can see this
device-audience-public = Public
device-audience-friends = Friends
device-audience-only-me = Only me
device-location = Share my location
device-privacy = Privacy
device-private-account = Private account
device-messages-from = Who can message me
device-from-everyone = Everyone
device-from-friends = Friends
device-from-no-one = No one
device-report-why = Why are you reporting this?
device-send = Send
cast-narrator = Storyteller
cast-mai = Mai
cast-nam = Nam
cast-mum = Mum
cast-dad = Dad
cast-grandma = Grandma
cast-teacher = Ms Lan
cast-linh = Linh
cast-minh = Minh
cast-vy = Vy
cast-counsellor = School counsellor
# The school counsellor's name and room, used in 11-15 lessons when a teacher has not set them.
counsellor-default-name = Ms Ha
counsellor-default-room = the counselling room on the ground floor
progress-recovered = The saved progress could not be read, so the copy from before the last save is used. The unreadable file is kept for a grown-up to look at.
progress-lost = The saved progress could not be read, so play starts afresh. The unreadable file is kept for a grown-up to look at.
progress-repaired = Some saved progress was not quite right and has been repaired. The original file is kept for a grown-up to look at.
progress-not-saved = Progress cannot be saved on this device right now. Play goes on; a grown-up can check the device's storage.

## The grown-ups' area (behind the gate): not spoken
grown-ups-title = For grown-ups
gate-hold = Press and hold the button for 3 seconds.
gate-hold-button = Hold
gate-number = Type this number in digits: { $words }
gate-pin = Type the grown-ups' PIN.
gate-wrong = That was not it. Hold the button again.
gate-ok = OK
gate-erase = Erase
home-classroom = Classroom
home-records = Records and the yearly report
home-leave = Back to the start screen
settings-pin = Grown-ups' PIN
settings-pin-none = No PIN yet: the gate asks for a number written in words.
settings-pin-is-set = A PIN is set. The gate asks for it.
settings-pin-new = New PIN (4 to 8 digits)
settings-pin-save = Set the PIN
settings-pin-remove = Remove the PIN
settings-pin-bad = A PIN is 4 to 8 digits.
settings-school = School's name
settings-counsellor = School counsellor (11-15 lessons)
settings-counsellor-room = Counsellor's room
classroom-intro = A class has a name and a number of children, never the children's names.
classroom-none = No classes yet. Create the first one below.
classroom-new = New class
class-name = Class name
class-band = Age
class-year = School year
class-size = Number of children
class-create = Create the class
class-name-needed = Write the class's name first.
class-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
class-open = Open
class-start = Start the session
class-pick-lessons = Today's lessons (tick one or more)
class-stickers = The class's sticker board
class-no-stickers = No stickers yet: finish a lesson together.
class-delete-records = Delete this class's records…
class-delete-confirm = Delete them for good
class-deleted = { $count } records deleted.
class-checks = Check questions for this class's children
class-checks-before-and-after = Before and after each lesson
class-checks-after-only = After each lesson only
class-checks-off = Off
class-players = Players on this device in this class:
class-no-players = No players on this device yet.
vote-title = Let's vote
vote-hint = Count the hands for each answer, or tap the class's answer on the screen.
vote-go = Go with the class's choice
vote-tie = It's a tie: tap the answer to take.
teacher-title = For the teacher
teacher-objective = What the class learned
teacher-behaviour = The safe behaviour
teacher-next = Next lesson
teacher-finish = End the session
session-title = The session: who came
session-children = Children present
session-parents = Parents present
session-letters = Letters home handed out
session-notes = Notes for the report
session-save = Save the session
records-count = { $count ->
    [one] 1 record is kept on this device.
   *[other] { $count } records are kept on this device.
}
records-privacy = Records stay on this device. Nothing leaves it unless you export it.
records-year = School year
records-make-report = Make the report
records-export = Export records
records-saved = Saved: { $path }
records-failed = Could not save: { $why }
records-problem = The records need a look: { $why }
records-player = One player's records
records-export-delete = Export, then delete
records-class = Class
records-all-classes = The whole school
records-player-number = Player { $n }
quiz-title = Ring the Golden Bell
quiz-start = Start “Ring the Golden Bell”
quiz-hint = A class quiz on the projector: questions from the lessons ticked above (or the whole age band when none is ticked). Children answer on paper boards; no names are entered.
quiz-mode-elimination = Elimination: a wrong answer sits down
quiz-mode-scoring = Scoring: count the right answers
quiz-question-number = Question { $n } of { $total }
quiz-read-again = Read it again
quiz-reveal = Show the answer
quiz-standing = Children still standing
quiz-right = Children who answered right
quiz-next = Next question
quiz-bell = The golden bell rings!
quiz-bell-standing = { $n } children reached the last question. Well done, everyone!
quiz-bell-scoring = { $right } right answers over { $questions } questions. Well done, everyone!
quiz-finish = Finish the quiz
home-print = Print on paper
print-intro = For classrooms and homes without a device: any lesson as a storybook, choice cards to cut out, the letter home and the family agreement. SafeKite writes a page; open it in a browser and print it (A4, background graphics on).
print-lesson = Lesson
print-storybook = Storybook (A4)
print-booklet = Booklet (A5, folded)
print-cards = Choice cards
print-letter = Letter home
print-agreement = Family agreement
print-class = Class (on the letter)
print-url = Address of the school's web version (the letter's QR code)
print-browser-only = Printing is made by the SafeKite app on a computer. The school's IT person can also print from the SafeKite folder with safekite-print.
settings-narration-speed = Reading speed
settings-reduced-motion = Less movement
settings-break = Break reminder
settings-high-contrast = High contrast
settings-text-size = Text size
settings-minutes = { $minutes } min
settings-scanning = One-switch scanning
settings-scanning-seconds = every { $seconds } s
settings-keyboard-hint = Keyboard: Tab or the arrows move the highlight, Enter or Space presses, R hears the step again. With scanning on, the highlight moves by itself and any key, or a tap beside the buttons, presses it: for a child who uses one switch.

# Trying a lesson as its author writes it (safekite preview, the browser's authors' mode)
preview-title = This lesson cannot play yet
preview-waiting = Choose a lesson file and its two word files (Vietnamese and English).
preview-count = { $errors ->
    [one] One problem to fix first:
   *[other] { $errors } problems to fix first:
}
preview-hint = Hint: { $hint }
preview-more = …and { $count } more. Fix these first: the next ones show after them.
preview-save-again = Fix and save: the lesson is checked again by itself and plays as soon as it is right.
preview-pick-again = Fix and save, then choose the file you changed again.
preview-pick-lesson = Choose the lesson file
preview-pick-words = Choose the words: { $locale }
preview-chosen = Chosen: { $files }
preview-voice-note = Preview: lines without a recorded voice are shown as captions.
preview-ready = This lesson plays. Have a look at its warnings first
preview-ready-clean = This lesson plays: no problems found
preview-warnings = { $warnings ->
    [one] One warning: it does not stop the lesson, but fix it before the lesson goes to children.
   *[other] { $warnings } warnings: they do not stop the lesson, but fix them before the lesson goes to children.
}
preview-play = Play the lesson
preview-ended = Your lesson has stopped
preview-play-again = Play it again
preview-not-drawn = Not drawn yet (a plain card, or the calm face, shows instead): { $pictures }.
