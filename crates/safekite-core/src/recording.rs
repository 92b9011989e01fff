//! The in-app recorder's logic, without sound devices: the spoken lines of a lesson in the order
//! a grown-up records them, with who says each; a take's samples trimmed of silence and brought
//! to the narration loudness of `docs/narration.md` (speech RMS -21 dBFS unless the peak would
//! pass -3 dBFS, 0.15 s of silence before and 0.35 s after); and how many of a lesson's lines
//! have a take that still plays (its words are the line's words now).

use crate::ids::MessageId;
use crate::model::{Lesson, NARRATOR, Node};
use crate::voice_pack::{CurrentWords, Recordings};
use std::collections::HashSet;

/// The speech level a take is brought to, in dBFS (RMS over the windows with speech).
pub const SPEECH_RMS_DBFS: f32 = -21.0;

/// The highest peak a take may reach after the gain, in dBFS.
pub const PEAK_DBFS: f32 = -3.0;

/// A window quieter than this (RMS, dBFS) is silence.
pub const SILENCE_DBFS: f32 = -45.0;

/// The silence kept before and after the speech, in seconds.
pub const PAD_BEFORE: f32 = 0.15;
pub const PAD_AFTER: f32 = 0.35;

/// The sample rate of a kept take, as the generated narration's (speech needs no more).
pub const TAKE_RATE: u32 = 16_000;

/// The length of a window for the levels, in seconds.
const WINDOW: f32 = 0.02;

/// One line to record: its message id, who says it (a cast id, or [`NARRATOR`]) and where the
/// child hears it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineToRecord {
    pub id: String,
    pub speaker: String,
    pub heard: Heard,
}

/// Where the child hears a line (the recorder says so beside its words: "Nhận quà ngay!" is
/// the pretend screen's button, not something the storyteller says).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heard {
    /// Said in the story, by its speaker or the storyteller.
    Story,
    /// The lesson's name: heard on the map by holding the lesson's card.
    Title,
    /// Words on the pretend screen: heard when the child holds them.
    OnScreen,
    /// A choice the child can make (or a thing to say to the grown-up): heard when held.
    Choice,
    /// A question before or after the story, its answers and why.
    Question,
    /// The sticker's name, when the child earns it.
    Sticker,
    /// The game's own words on its screens ("Next", "Tell a grown-up"), in every lesson.
    GameScreens,
}

/// Where a line is heard, from the path of its field in the lesson file.
fn heard_at(path: &str) -> Heard {
    if path == "title" {
        Heard::Title
    } else if path.starts_with("sticker.") {
        Heard::Sticker
    } else if path.starts_with("checks[") {
        Heard::Question
    } else if path.contains(".screen.") {
        Heard::OnScreen
    } else if path.contains(".options[") || path.contains(".child_can_say[") {
        Heard::Choice
    } else {
        Heard::Story
    }
}

/// The game's own spoken words (the interface's, not a lesson's), each read by the storyteller:
/// what a pack keeps under [`crate::voice_pack::SCREENS`].
pub fn screen_lines_to_record() -> Vec<LineToRecord> {
    crate::ui_messages::ALL
        .iter()
        .filter(|m| m.spoken)
        .map(|m| LineToRecord {
            id: m.id.to_string(),
            speaker: NARRATOR.to_string(),
            heard: Heard::GameScreens,
        })
        .collect()
}

/// The spoken lines of `lesson`, each once, in the order of the lesson file (what the checker
/// lists with `--list-spoken`), each with its speaker: a `say` line's speaker, the grown-up's
/// answer of a "tell a grown-up" step, else the narrator.
pub fn lines_to_record(lesson: &Lesson) -> Vec<LineToRecord> {
    let mut seen = HashSet::new();
    lesson
        .messages()
        .into_iter()
        .filter(|m| m.spoken && seen.insert(m.id.clone()))
        .map(|m| LineToRecord {
            speaker: speaker_of(lesson, &m.id),
            heard: heard_at(&m.path),
            id: m.id.into(),
        })
        .collect()
}

/// Who says line `id` in `lesson`.
fn speaker_of(lesson: &Lesson, id: &MessageId) -> String {
    for node in &lesson.nodes {
        match node {
            Node::Say(n) if n.line == *id => return n.speaker.to_string(),
            Node::TellAdult(n) if n.answer == *id => return n.adult.to_string(),
            _ => {}
        }
    }
    NARRATOR.to_string()
}

/// How many of `lines` have a take in `locale` that plays (its words are the line's words now),
/// and how many lines there are: "12 of 31 lines recorded".
pub fn recorded_count(
    lines: &[LineToRecord],
    locale: &str,
    recordings: &Recordings,
    words: &impl CurrentWords,
) -> (usize, usize) {
    let done = lines
        .iter()
        .filter(|l| recordings.playable(locale, &l.id, words).is_some())
        .count();
    (done, lines.len())
}

/// One channel from interleaved samples (the channels' mean).
pub fn to_mono(interleaved: &[f32], channels: usize) -> Vec<f32> {
    if channels <= 1 {
        return interleaved.to_vec();
    }
    interleaved
        .chunks(channels)
        .map(|c| c.iter().sum::<f32>() / c.len() as f32)
        .collect()
}

/// Decibels (full scale) of a linear level; silence is `-inf`.
pub fn dbfs(level: f32) -> f32 {
    20.0 * level.max(0.0).log10()
}

fn linear(db: f32) -> f32 {
    10f32.powf(db / 20.0)
}

/// The RMS of each window of `samples`.
fn window_levels(samples: &[f32], rate: u32) -> Vec<f32> {
    let n = ((rate as f32 * WINDOW) as usize).max(1);
    samples
        .chunks(n)
        .map(|w| (w.iter().map(|s| s * s).sum::<f32>() / w.len() as f32).sqrt())
        .collect()
}

/// `samples` without the silence before and after the speech, with [`PAD_BEFORE`] and
/// [`PAD_AFTER`] of silence instead; empty when nothing was heard.
pub fn trim_silence(samples: &[f32], rate: u32) -> Vec<f32> {
    let n = ((rate as f32 * WINDOW) as usize).max(1);
    let loud = |l: &f32| dbfs(*l) > SILENCE_DBFS;
    let levels = window_levels(samples, rate);
    let (Some(first), Some(last)) = (levels.iter().position(loud), levels.iter().rposition(loud))
    else {
        return Vec::new();
    };
    let speech = &samples[first * n..((last + 1) * n).min(samples.len())];
    let mut out = vec![0.0; (rate as f32 * PAD_BEFORE) as usize];
    out.extend_from_slice(speech);
    out.extend(std::iter::repeat_n(0.0, (rate as f32 * PAD_AFTER) as usize));
    out
}

/// The speech RMS of `samples` (over the windows louder than [`SILENCE_DBFS`]), if any.
pub fn speech_rms(samples: &[f32], rate: u32) -> Option<f32> {
    let loud: Vec<f32> = window_levels(samples, rate)
        .into_iter()
        .filter(|l| dbfs(*l) > SILENCE_DBFS)
        .collect();
    (!loud.is_empty()).then(|| (loud.iter().map(|l| l * l).sum::<f32>() / loud.len() as f32).sqrt())
}

/// Brings the speech of `samples` to [`SPEECH_RMS_DBFS`], or less when the peak would pass
/// [`PEAK_DBFS`]. Silence is left alone.
pub fn normalise(samples: &mut [f32], rate: u32) {
    let Some(rms) = speech_rms(samples, rate) else {
        return;
    };
    let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    let gain = (linear(SPEECH_RMS_DBFS) / rms).min(linear(PEAK_DBFS) / peak);
    for s in samples.iter_mut() {
        *s *= gain;
    }
}

/// `samples` at `to` Hz instead of `from`: each output sample is the mean of the input
/// samples it stands for (a plain low-pass against aliasing), or read between two samples.
pub fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || samples.is_empty() {
        return samples.to_vec();
    }
    let step = from as f64 / to as f64;
    let len = (samples.len() as f64 / step) as usize;
    (0..len)
        .map(|i| {
            let start = i as f64 * step;
            let (a, b) = (start as usize, ((start + step) as usize).min(samples.len()));
            if b > a + 1 {
                samples[a..b].iter().sum::<f32>() / (b - a) as f32
            } else {
                let next = samples.get(a + 1).copied().unwrap_or(samples[a]);
                let t = (start - a as f64) as f32;
                samples[a] * (1.0 - t) + next * t
            }
        })
        .collect()
}

/// A take as the recorder keeps it: mono, at [`TAKE_RATE`], trimmed, at the narration
/// loudness; `None` when nothing louder than silence was heard.
pub fn prepare_take(interleaved: &[f32], channels: usize, rate: u32) -> Option<Vec<f32>> {
    let mono = resample(&to_mono(interleaved, channels), rate, TAKE_RATE);
    let mut take = trim_silence(&mono, TAKE_RATE);
    if take.is_empty() {
        return None;
    }
    normalise(&mut take, TAKE_RATE);
    Some(take)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 16_000;

    /// `secs` of a 220 Hz tone at amplitude `amp`.
    fn tone(secs: f32, amp: f32) -> Vec<f32> {
        (0..(RATE as f32 * secs) as usize)
            .map(|i| amp * (i as f32 * 220.0 * std::f32::consts::TAU / RATE as f32).sin())
            .collect()
    }

    fn silence(secs: f32) -> Vec<f32> {
        vec![0.0; (RATE as f32 * secs) as usize]
    }

    #[test]
    fn each_line_says_where_the_child_hears_it() {
        let lesson: Lesson =
            crate::load::parse_lesson(include_str!("../../../lessons/3-6/prize-popup.lesson.ron"))
                .expect("the sample lesson");
        let lines = lines_to_record(&lesson);
        let heard = |id: &str| lines.iter().find(|l| l.id == id).map(|l| l.heard);
        assert_eq!(heard("prize-popup-title"), Some(Heard::Title));
        assert_eq!(heard("prize-popup-hello"), Some(Heard::Story));
        assert_eq!(heard("prize-popup-screen-button"), Some(Heard::OnScreen));
        assert_eq!(heard("prize-popup-option-ask"), Some(Heard::Choice));
        assert_eq!(heard("prize-popup-sticker"), Some(Heard::Sticker));
        assert_eq!(heard("prize-popup-check-1-tap"), Some(Heard::Question));
        let screens = screen_lines_to_record();
        assert!(screens.iter().all(|l| l.heard == Heard::GameScreens));
        assert_eq!(
            screens.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
            crate::ui_messages::ALL
                .iter()
                .filter(|m| m.spoken)
                .map(|m| m.id)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn silence_around_the_speech_is_cut_to_the_pads() {
        let mut s = silence(1.0);
        s.extend(tone(0.5, 0.3));
        s.extend(silence(2.0));
        let t = trim_silence(&s, RATE);
        let secs = t.len() as f32 / RATE as f32;
        assert!(
            (secs - (0.5 + PAD_BEFORE + PAD_AFTER)).abs() < 0.03,
            "{secs}"
        );
        assert_eq!(t[0], 0.0);
        assert!(t[(RATE as f32 * 0.3) as usize].abs() > 0.0);
    }

    #[test]
    fn a_take_with_nothing_heard_is_refused() {
        let mut quiet = silence(1.0);
        quiet.extend(tone(1.0, 0.001)); // -63 dBFS: room noise
        assert!(trim_silence(&quiet, RATE).is_empty());
        assert_eq!(prepare_take(&quiet, 1, RATE), None);
    }

    #[test]
    fn a_quiet_take_is_brought_to_the_speech_level() {
        let mut s = tone(1.0, 0.02);
        normalise(&mut s, RATE);
        let rms = dbfs(speech_rms(&s, RATE).unwrap());
        assert!((rms - SPEECH_RMS_DBFS).abs() < 0.2, "{rms}");
    }

    #[test]
    fn a_peak_never_passes_the_limit() {
        let mut s = tone(1.0, 0.02);
        s[100] = 0.5; // a click: the gain to -21 dBFS would clip it
        normalise(&mut s, RATE);
        let peak = s.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        assert!(dbfs(peak) <= PEAK_DBFS + 0.01, "{}", dbfs(peak));
    }

    #[test]
    fn a_take_at_48_khz_is_kept_at_16_khz_and_as_long() {
        let s48: Vec<f32> = (0..48_000)
            .map(|i| 0.1 * (i as f32 * 220.0 * std::f32::consts::TAU / 48_000.0).sin())
            .collect();
        let s16 = resample(&s48, 48_000, TAKE_RATE);
        assert_eq!(s16.len(), 16_000);
        let take = prepare_take(&s48, 1, 48_000).unwrap();
        let secs = take.len() as f32 / TAKE_RATE as f32;
        assert!(
            (secs - (1.0 + PAD_BEFORE + PAD_AFTER)).abs() < 0.03,
            "{secs}"
        );
    }

    #[test]
    fn stereo_becomes_mono() {
        assert_eq!(to_mono(&[0.2, 0.4, -1.0, 1.0], 2), vec![0.3, 0.0]);
    }

    #[test]
    fn lines_come_in_order_with_their_speaker() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
        let file = root.join("3-6/prize-popup.lesson.ron");
        let lesson = crate::load::parse_lesson(&std::fs::read_to_string(file).unwrap()).unwrap();
        let lines = lines_to_record(&lesson);
        assert_eq!(lines[0].id, lesson.title.as_str());
        assert_eq!(lines[0].speaker, NARRATOR);
        let ids: HashSet<_> = lines.iter().map(|l| &l.id).collect();
        assert_eq!(ids.len(), lines.len(), "a line twice");
        for node in &lesson.nodes {
            if let Node::Say(s) = node {
                let l = lines.iter().find(|l| l.id == s.line.as_str()).unwrap();
                assert_eq!(l.speaker, s.speaker.as_str());
            }
        }
    }
}
