# SafeKite interface, English.
# Interface words. Messages for the player speak to each age: `$band` is `little` (3-6),
# `kid` (6-10) or `teen` (11-15); `little` is the default (the screens before a player is chosen,
# and the narration, are for the youngest).

app-title = SafeKite
app-tagline = Fly high, stay safe.
title-settings = Settings
who-is-playing = Who is playing?
profile-new = New player
profile-choose-avatar = Choose your animal
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
end-sticker-earned = { $band ->
        [kid] You earned a sticker!
        [teen] You earned a badge!
       *[little] You got a sticker!
    }
end-try-again = { $band ->
        [kid] Let's try that again together.
        [teen] Let's try that again.
       *[little] Let's try that again together.
    }
glad-you-asked-counsellor = I'm really glad you came to talk to me. You can come back any time.
end-tip-title = Show this to your grown-up
end-starter-title = Talk about it
end-back-to-map = Back to the lessons
settings-title = Settings
settings-language = Language
settings-voice-volume = Voice
settings-music-volume = Music
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
