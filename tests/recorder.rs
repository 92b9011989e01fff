//! The grown-ups' recorder, natively, with a WAV file as the microphone: the first lines of a
//! 3-6 lesson recorded through the page's actions, kept as a voice pack in the data folder,
//! spoken in the lesson instead of the generated voice, and not any more once a line's words
//! change.

mod utils;

use bevy::prelude::*;
use safekite::grown_ups::{RecorderAction, RecorderPage, RecorderPhase};
use safekite::lesson_player::PlayerAction;
use safekite::narration::{NarrationLog, RecordingsUsed};
use safekite::recorder::capture::{NoCapture, WavFile};
use safekite::recorder::{Microphone, RECORDINGS_FILE, RecordedVoices};
use safekite::screens::Screen;
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
    press(&mut app, RecorderAction::Next);
    press(&mut app, RecorderAction::Record);
    press(&mut app, RecorderAction::Stop);
    press(&mut app, RecorderAction::Redo);
    press(&mut app, RecorderAction::Stop);
    press(&mut app, RecorderAction::Keep);
    assert_eq!(recorded(&app, "prize-popup"), (2, total));

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
        used(&app).contains(&"prize-popup-hello".to_string()),
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
    assert_eq!(log[heard..], ["prize-popup-hello".to_string()], "replayed");
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
