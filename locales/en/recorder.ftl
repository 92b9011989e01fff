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
recorder-kept = Kept. This line now plays in your voice.
recorder-nothing-heard = Nothing was heard. Move closer to the microphone and try again.
recorder-no-microphone = No microphone was found on this device. Plug one in (or allow SafeKite to use it), then come back to this page.
recorder-failed = The recording did not work: { $why }
