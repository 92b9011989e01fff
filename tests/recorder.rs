//! The grown-ups' recorder, natively, with a WAV file as the microphone: the first lines of a
//! 3-6 lesson recorded through the page's actions, kept as a voice pack in the data folder,
//! spoken in the lesson instead of the generated voice, and not any more once a line's words
//! change. Voice packs: a lesson's takes exported to the export folder and brought in on another
//! device, a broken or out-of-date pack refused or left out, a lesson's takes removed after a
//! second press.

mod utils;

use bevy::prelude::*;
use safekite::grown_ups::{RecorderAction, RecorderPage, RecorderPhase, Removal};
use safekite::lesson_player::PlayerAction;
use safekite::narration::{NarrationLog, RecordingsUsed};
use safekite::recorder::capture::{NoCapture, WavFile};
use safekite::recorder::{Microphone, RECORDINGS_FILE, RecordedVoices};
use safekite::screens::Screen;
use safekite_core::ids::MessageId;
use safekite_core::recording::{lines_to_record, recorded_count};
use std::path::Path;
use utils::*;

/// Half a second of silence, a second of a 44.1 kHz stereo "voice" (two tones, quiet), half a
/// second of silence.
fn write_take(path: &Path) {
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate: 44_100,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    for i in 0..88_200u32 {
        let t = i as f32 / 44_100.0;
        let voice = (0.5..1.5).contains(&t) as u8 as f32
            * 0.05
            * ((t * 180.0 * std::f32::consts::TAU).sin()
                + (t * 410.0 * std::f32::consts::TAU).sin());
        let s = (voice * i16::MAX as f32) as i16;
        w.write_sample(s).unwrap();
        w.write_sample(s).unwrap();
    }
    w.finalize().unwrap();
}

fn recorded(app: &App, lesson: &str) -> (usize, usize) {
    let library = app.world().resource::<safekite::content::Library>();
    let lines = lines_to_record(library.lesson(lesson).unwrap());
    let voices = app.world().resource::<RecordedVoices>();
    let words = &app.world().resource::<safekite::content::WordsRes>().words;
    recorded_count(&lines, "vi", &voices.recordings, words)
}

fn notice(app: &App) -> Option<String> {
    let page = app.world().resource::<RecorderPage>();
    page.notice.as_ref().map(|(id, _)| id.clone())
}

#[test]
fn lines_recorded_in_the_app_are_heard_in_the_lesson_until_their_words_change() {
    let data = temp_dir("recorder");
    let wav = data.join("take.wav");
    write_take(&wav);
    let mut app = app(None, &data);
    wait_for_screen(&mut app, Screen::Title);

    // No microphone: the page says so, nothing breaks.
    app.insert_resource(Microphone(Box::new(NoCapture)));
    press(&mut app, RecorderAction::Lesson("prize-popup".into()));
    press(&mut app, RecorderAction::Language("vi".into()));
    press(&mut app, RecorderAction::Record);
    assert_eq!(notice(&app).as_deref(), Some("recorder-no-microphone"));

    // With the WAV as the microphone: record, stop, keep; next; record, stop, redo, stop, keep.
    app.insert_resource(Microphone(Box::new(WavFile(wav))));
    let total = recorded(&app, "prize-popup").1;
    assert!(total > 10, "{total} lines");
    press(&mut app, RecorderAction::Record);
    press(&mut app, RecorderAction::Stop);
    let phase = app.world().resource::<RecorderPage>().phase.clone();
    let RecorderPhase::Review(ogg) = phase else {
        panic!("no take to review: {phase:?} {:?}", notice(&app));
    };
    assert!(ogg.starts_with(b"OggS"));
    // About 1.5 s (1 s of voice and the pads) at 16 kHz, quality 0.1.
    assert!(
        ogg.len() > 3_000 && ogg.len() < 20_000,
        "{} bytes",
        ogg.len()
    );
    eprintln!("a take of 1.5 s: {} bytes", ogg.len());
    press(&mut app, RecorderAction::Keep);
    assert_eq!(notice(&app).as_deref(), Some("recorder-kept"));
    assert_eq!(recorded(&app, "prize-popup"), (1, total));
    // Keep moves on to the next line still to record.
    assert_eq!(app.world().resource::<RecorderPage>().index, 1);
    press(&mut app, RecorderAction::Record);
    press(&mut app, RecorderAction::Stop);
    press(&mut app, RecorderAction::Redo);
    press(&mut app, RecorderAction::Stop);
    press(&mut app, RecorderAction::Keep);
    assert_eq!(recorded(&app, "prize-popup"), (2, total));
    // Choosing the lesson again opens it where the work was left: its first line not recorded.
    press(&mut app, RecorderAction::Lesson("prize-popup".into()));
    assert_eq!(app.world().resource::<RecorderPage>().index, 2);

    // Kept as a voice pack in the data folder: the takes, their words, the lesson.
    let pack = std::fs::read(data.join(RECORDINGS_FILE)).unwrap();
    let pack = safekite_core::voice_pack::read(&pack).unwrap();
    let ids: Vec<&str> = pack.takes.iter().map(|t| t.id.as_str()).collect();
    assert!(ids.contains(&"prize-popup-hello"), "{ids:?}");
    let hello = pack
        .takes
        .iter()
        .find(|t| t.id == "prize-popup-hello")
        .unwrap();
    assert_eq!(hello.words, word(&app, "vi", "prize-popup-hello"));
    assert_eq!(hello.lesson, "prize-popup");

    // Playing the lesson: its first line is the recording.
    little_player_on_the_map(&mut app);
    open_lesson_first_time(&mut app, "prize-popup");
    let used = |app: &App| app.world().resource::<RecordingsUsed>().0.clone();
    assert!(
        used(&app).contains(&"prize-popup-hello".into()),
        "{:?}",
        used(&app)
    );
    let before = used(&app).len();

    // The line's words change: the take is stale, the generated voice speaks it.
    app.world_mut()
        .resource_mut::<safekite::content::WordsRes>()
        .words
        .add_file(
            "vi",
            "changed.ftl",
            "prize-popup-hello = Chào bạn! Tớ là Mai, tớ năm tuổi.",
        );
    let heard = app.world().resource::<NarrationLog>().0.len();
    press(&mut app, PlayerAction::Replay);
    let log = app.world().resource::<NarrationLog>().0.clone();
    assert_eq!(
        log[heard..],
        [MessageId::from("prize-popup-hello")],
        "replayed"
    );
    assert_eq!(used(&app).len(), before, "a stale take was played");
    assert_eq!(recorded(&app, "prize-popup"), (1, total));
}

/// The size of a take per second, measured on 10 s of two tones under noise (harder to encode
/// than speech, so an upper bound), and of the headers alone (a take of silence).
#[test]
fn a_take_costs_a_few_kilobytes_a_second() {
    use safekite::recorder::encode::encode_ogg;
    let rate = safekite_core::recording::TAKE_RATE as f32;
    let mut rng = fastrand::Rng::with_seed(7);
    let signal: Vec<f32> = (0..(10.0 * rate) as usize)
        .map(|i| {
            let t = i as f32 / rate;
            let tones = (t * 180.0 * std::f32::consts::TAU).sin()
                + (t * 410.0 * std::f32::consts::TAU).sin();
            0.05 * tones + 0.01 * (rng.f32() - 0.5)
        })
        .collect();
    let ten = encode_ogg(&signal, Some("Bà Hoa")).unwrap().len();
    let headers = encode_ogg(&[0.0; 16], None).unwrap().len();
    let per_second = (ten - headers) as f32 / 10.0;
    eprintln!("headers {headers} bytes, then {per_second:.0} bytes a second");
    assert!(per_second < 6_000.0, "{per_second}");
}

/// Records the first `n` lines of `lesson` in Vietnamese, with the WAV as the microphone.
fn record_first_lines(app: &mut App, wav: &Path, lesson: &str, n: usize) {
    app.insert_resource(Microphone(Box::new(WavFile(wav.to_path_buf()))));
    press(app, RecorderAction::Lesson(lesson.into()));
    press(app, RecorderAction::Language("vi".into()));
    for _ in 0..n {
        press(app, RecorderAction::Record);
        press(app, RecorderAction::Stop);
        press(app, RecorderAction::Keep);
        assert_eq!(notice(app).as_deref(), Some("recorder-kept"));
    }
}

#[test]
fn the_games_own_words_are_recorded_and_kept_apart_from_the_lessons() {
    let (mut app, data) = device("recorder-screens");
    let wav = data.join("take.wav");
    write_take(&wav);
    record_first_lines(&mut app, &wav, safekite_core::voice_pack::SCREENS, 2);
    let first: Vec<String> = safekite_core::recording::screen_lines_to_record()
        .into_iter()
        .take(2)
        .map(|l| l.id)
        .collect();
    let takes = saved_takes(&data);
    let kept: Vec<(&str, &str)> = takes
        .iter()
        .map(|t| (t.lesson.as_str(), t.id.as_str()))
        .collect();
    assert_eq!(kept, [("", first[0].as_str()), ("", first[1].as_str())]);
    let voices = app.world().resource::<RecordedVoices>();
    let words = app.world().resource::<safekite::content::WordsRes>();
    assert!(voices.playable("vi", &first[0], words).is_some());
}

/// The ids of the voice pack notices on the page, and their arguments.
fn pack_notices(app: &App) -> Vec<(String, Vec<(&'static str, String)>)> {
    let page = app.world().resource::<RecorderPage>();
    page.pack_notice
        .iter()
        .map(|n| (n.id.clone(), n.args.clone()))
        .collect()
}

fn pack_notice_arg(app: &App, id: &str, arg: &str) -> String {
    let notices = pack_notices(app);
    let (_, args) = notices
        .iter()
        .find(|(i, _)| i == id)
        .unwrap_or_else(|| panic!("no {id}: {notices:?}"));
    args.iter().find(|(k, _)| *k == arg).unwrap().1.clone()
}

/// The recordings saved in the data folder `data`.
fn saved_takes(data: &Path) -> Vec<safekite_core::voice_pack::Take> {
    let bytes = std::fs::read(data.join(RECORDINGS_FILE)).unwrap();
    safekite_core::voice_pack::read(&bytes).unwrap().takes
}

/// A fresh device (data folder) with the lessons loaded.
fn device(tag: &str) -> (App, std::path::PathBuf) {
    let data = temp_dir(tag);
    let mut app = app(None, &data);
    wait_for_screen(&mut app, Screen::Title);
    (app, data)
}

#[test]
fn a_lessons_recordings_exported_are_brought_in_and_heard_on_another_device() {
    let (mut app, data) = device("vp-export");
    let wav = data.join("take.wav");
    write_take(&wav);
    record_first_lines(&mut app, &wav, "prize-popup", 2);
    let total = recorded(&app, "prize-popup").1;
    press(&mut app, RecorderAction::RecordedBy("Cô Lan".into()));
    press(&mut app, RecorderAction::ExportLesson);

    // In the export folder, named like the records' exports, with the name typed.
    let path = std::path::PathBuf::from(pack_notice_arg(&app, "recorder-exported", "path"));
    assert_eq!(path.parent(), Some(data.join("exports").as_path()));
    let name = path.file_name().unwrap().to_str().unwrap().to_string();
    assert!(name.starts_with("safekite-voices-prize-popup-20"), "{name}");
    assert!(
        name.ends_with(".zip") && name.len() == "safekite-voices-prize-popup-2026-12-06.zip".len()
    );
    let pack = safekite_core::voice_pack::read(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(pack.takes.len(), 2);
    assert!(
        pack.takes
            .iter()
            .all(|t| t.recorded_by.as_deref() == Some("Cô Lan"))
    );

    // Another device: the pack put in its export folder is listed, then brought in.
    let (mut other, other_data) = device("vp-other");
    std::fs::create_dir_all(other_data.join("exports")).unwrap();
    std::fs::copy(&path, other_data.join("exports").join(&name)).unwrap();
    assert_eq!(recorded(&other, "prize-popup"), (0, total));
    press(&mut other, RecorderAction::LookForPacks);
    let packs = other.world().resource::<RecorderPage>().packs.clone();
    assert_eq!(packs.len(), 1, "{packs:?}");
    assert_eq!(
        (packs[0].name.as_str(), packs[0].takes()),
        (name.as_str(), 2)
    );
    let list = packs[0].contents.clone().unwrap();
    assert_eq!(
        list.into_iter().collect::<Vec<_>>(),
        [(("prize-popup".into(), "vi".into()), 2)]
    );
    press(&mut other, RecorderAction::BringIn(name.clone()));
    assert_eq!(pack_notices(&other).len(), 1, "{:?}", pack_notices(&other));
    assert_eq!(pack_notice_arg(&other, "recorder-brought-in", "count"), "2");

    // Narration plays them: each take is playable for its line, and they are saved.
    assert_eq!(recorded(&other, "prize-popup"), (2, total));
    let voices = other.world().resource::<RecordedVoices>();
    let words = other.world().resource::<safekite::content::WordsRes>();
    for t in &pack.takes {
        let take = voices.playable("vi", &t.id, words).expect("playable");
        assert_eq!(take.ogg, t.ogg);
    }
    assert_eq!(saved_takes(&other_data).len(), 2);

    // What the pack brought is removed after "Yes, remove".
    press(&mut other, RecorderAction::RemovePack(name));
    let asked = other.world().resource::<RecorderPage>().confirm.clone();
    assert!(
        matches!(asked, Some(Removal::Pack { takes: 2, .. })),
        "{asked:?}"
    );
    press(&mut other, RecorderAction::ConfirmRemove);
    assert_eq!(recorded(&other, "prize-popup"), (0, total));
    assert!(saved_takes(&other_data).is_empty());
}

#[test]
fn a_broken_pack_is_refused_and_changes_nothing() {
    let (mut app, data) = device("vp-broken");
    let wav = data.join("take.wav");
    write_take(&wav);
    record_first_lines(&mut app, &wav, "prize-popup", 1);
    let saved = std::fs::read(data.join(RECORDINGS_FILE)).unwrap();
    let exports = data.join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    let mut broken = saved.clone();
    broken.truncate(saved.len() / 2);
    std::fs::write(exports.join("broken.zip"), &broken).unwrap();

    press(&mut app, RecorderAction::LookForPacks);
    let packs = app.world().resource::<RecorderPage>().packs.clone();
    assert!(packs[0].contents.is_err(), "{packs:?}");
    press(&mut app, RecorderAction::BringIn("broken.zip".into()));
    let why = pack_notice_arg(&app, "recorder-pack-unreadable", "why");
    assert!(!why.is_empty());
    assert_eq!(
        pack_notice_arg(&app, "recorder-pack-unreadable", "file"),
        "broken.zip"
    );
    assert_eq!(app.world().resource::<RecordedVoices>().recordings.len(), 1);
    assert_eq!(std::fs::read(data.join(RECORDINGS_FILE)).unwrap(), saved);
}

#[test]
fn takes_of_changed_or_unknown_lines_are_left_out_and_counted() {
    let (mut app, data) = device("vp-stale");
    let wav = data.join("take.wav");
    write_take(&wav);
    record_first_lines(&mut app, &wav, "prize-popup", 2);
    let mut takes = saved_takes(&data);
    takes[0].words = "Lời cũ của câu này.".into();
    let mut unknown = takes[1].clone();
    unknown.id = "prize-popup-no-such-line".into();
    takes.push(unknown);
    let pack = safekite_core::voice_pack::build(&takes).unwrap();
    std::fs::create_dir_all(data.join("exports")).unwrap();
    std::fs::write(data.join("exports").join("old.zip"), pack).unwrap();
    press(&mut app, RecorderAction::BringIn("old.zip".into()));
    assert_eq!(pack_notice_arg(&app, "recorder-brought-in", "count"), "1");
    assert_eq!(
        pack_notice_arg(&app, "recorder-left-out-changed", "count"),
        "1"
    );
    assert_eq!(
        pack_notice_arg(&app, "recorder-left-out-unknown", "count"),
        "1"
    );
    // The good take of the changed line was not replaced by the old one.
    let (total, first) = (recorded(&app, "prize-popup").1, &takes[0].id);
    assert_eq!(recorded(&app, "prize-popup"), (2, total));
    let voices = app.world().resource::<RecordedVoices>();
    assert_ne!(
        voices.recordings.get("vi", first).unwrap().words,
        takes[0].words
    );
}

#[test]
fn removing_a_lessons_recordings_asks_first_and_removes_only_them() {
    let (mut app, data) = device("vp-remove");
    let wav = data.join("take.wav");
    write_take(&wav);
    record_first_lines(&mut app, &wav, "mean-in-game", 1);
    record_first_lines(&mut app, &wav, "prize-popup", 2);
    let count = |app: &App| app.world().resource::<RecordedVoices>().recordings.len();
    assert_eq!(count(&app), 3);

    // Asked, then cancelled: nothing goes.
    press(&mut app, RecorderAction::RemoveLesson);
    let asked = app.world().resource::<RecorderPage>().confirm.clone();
    let lesson = "prize-popup".to_string();
    assert_eq!(asked, Some(Removal::Lesson { lesson, takes: 2 }));
    assert_eq!(count(&app), 3);
    press(&mut app, RecorderAction::CancelRemove);
    assert_eq!(app.world().resource::<RecorderPage>().confirm, None);
    press(&mut app, RecorderAction::ConfirmRemove);
    assert_eq!(count(&app), 3, "removed without being asked");

    // Asked and confirmed: this lesson's takes go, and the file is saved without them.
    press(&mut app, RecorderAction::RemoveLesson);
    press(&mut app, RecorderAction::ConfirmRemove);
    assert_eq!(pack_notice_arg(&app, "recorder-removed", "count"), "2");
    assert_eq!(count(&app), 1);
    let saved = saved_takes(&data);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].lesson, "mean-in-game");
}
