# The grown-ups' recorder: record the spoken lines in your own voice.
# Not read aloud, so no narration files. The Vietnamese file has the same ids.
recorder-title = Record the voices
recorder-intro = Choose a lesson and a language, then read each line aloud. Your recording is played instead of the computer voice. If a line's words change later, the computer voice comes back until you record it again.
recorder-lesson = Lesson
recorder-language = Language
recorder-choose-lesson = Choose a lesson to start.
recorder-progress = { $done } of { $total } lines recorded
recorder-line-number = Line { $n } of { $total }
recorder-speaker = Said by: { $who }
recorder-narrator = the storyteller
recorder-recorded = Recorded
recorder-not-recorded = Not recorded yet
recorder-recorded-by = Your name (optional, kept with the recordings)
recorder-record = Record
recorder-stop = Stop
recorder-listen = Listen
recorder-keep = Keep
recorder-redo = Record again
recorder-previous = Previous line
recorder-next = Next line
recorder-recording = Recording… read the line, then press Stop.
recorder-review = Listen to your recording, then keep it or record it again.
recorder-kept = Kept: that line now plays in your voice. Here is the next line still to record.
recorder-nothing-heard = Nothing was heard. Move closer to the microphone and try again.
recorder-no-microphone = No microphone was found on this device. Plug one in (or allow SafeKite to use it), then come back to this page.
recorder-failed = The recording did not work: { $why }
# Voice packs: the recordings as one file, to take to another computer.
recorder-packs-title = Take the recordings to another computer
recorder-export-lesson = Export this lesson's recordings
recorder-export-all = Export all recordings
recorder-exported = Saved as { $path }. Copy this file to a USB stick to take your recordings to another computer.
recorder-nothing-to-export = There are no recordings to export yet.
recorder-export-failed = The recordings could not be exported: { $why }
recorder-packs-folder = To bring recordings in, put their voice pack file (a .zip file) in this folder: { $path }
recorder-look-again = Look in the folder again
recorder-pack-holds = { $count ->
        [one] 1 recording
       *[other] { $count } recordings
    }: { $list }
recorder-pack-screens = the game's screens
recorder-bring-in = Bring in
recorder-brought-in = { $count ->
        [one] 1 recording brought in
       *[other] { $count } recordings brought in
    } from { $file }.
recorder-left-out-changed = { $count ->
        [one] 1 recording was left out: its line has changed since it was recorded. Record it again.
       *[other] { $count } recordings were left out: their lines have changed since they were recorded. Record them again.
    }
recorder-left-out-unknown = { $count ->
        [one] 1 recording was left out: these lessons do not have its line.
       *[other] { $count } recordings were left out: these lessons do not have their lines.
    }
recorder-pack-unreadable = { $file } cannot be read, so nothing was changed: { $why }
recorder-pack-cannot-read = This file cannot be read: { $why }
recorder-bring-in-failed = The recordings of { $file } could not be saved, so nothing was changed: { $why }
recorder-remove-lesson = Remove this lesson's recordings
recorder-remove-pack = Remove what it brought
recorder-remove-lesson-ask = { $count ->
        [0] This lesson has no recordings.
        [one] Remove this lesson's recording (in every language)? This cannot be undone.
       *[other] Remove this lesson's { $count } recordings (in every language)? This cannot be undone.
    }
recorder-remove-pack-ask = { $count ->
        [0] Nothing that { $file } brought is here any more.
        [one] Remove the recording that { $file } brought? This cannot be undone.
       *[other] Remove the { $count } recordings that { $file } brought? This cannot be undone.
    }
recorder-remove-yes = { $count ->
        [one] Yes, remove 1 recording
       *[other] Yes, remove { $count } recordings
    }
recorder-remove-cancel = Cancel
recorder-removed = { $count ->
        [one] 1 recording removed.
       *[other] { $count } recordings removed.
    }
recorder-remove-failed = The recordings could not be removed: { $why }
# In the browser.
recorder-not-allowed = The browser was not allowed to use the microphone. Allow it (the microphone sign in the address bar), then press Record again.
recorder-still-asking = The browser is still asking whether SafeKite may use the microphone. Answer it, then press Record again.
recorder-needs-secure-page = This browser lets a page use the microphone only at an address starting with https (or on this computer). Open SafeKite at its https address, or record in the SafeKite app.
recorder-downloaded = Downloaded as { $path }, into your Downloads folder. Open it in SafeKite on another computer or browser to bring your recordings in.
recorder-packs-choose-intro = To bring recordings in, choose their voice pack file (a .zip file).
recorder-choose-pack = Choose a voice pack file
# Where the child hears a line, and the game's own words.
recorder-screens-entry = The game's own words (in every lesson)
recorder-heard-title = The lesson's name: the child hears it by holding the lesson's card on the map.
recorder-heard-on-screen = Words on the pretend screen: the child hears them by holding them.
recorder-heard-choice = A choice the child can make: heard when the child holds it.
recorder-heard-question = A question before or after the story, or one of its answers.
recorder-heard-sticker = The sticker's name, heard when the child earns it.
recorder-heard-game-screens = The game's own words, heard in every lesson.
recorder-listen-kept = Listen to the kept recording
recorder-kept-all = Kept. Every line of this lesson is now recorded in this language.
recorder-level = Microphone
