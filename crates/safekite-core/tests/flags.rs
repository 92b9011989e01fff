//! Saying what the author means: lesson flags and line variants (the checker's SK0065-SK0067
//! and the runner's choice of line), a speaking Device, `place` on TellAdult, and stickers that
//! belong to one lesson (SK0068).

mod common;

use common::{Project, SAMPLE, position};
use safekite_core::check::{CheckOptions, Report, check_project};
use safekite_core::diagnostic::{Diagnostic, Severity};
use safekite_core::ids::MessageId;
use safekite_core::model::Lesson;
use safekite_core::runner::{LessonRun, RunEvent};
use std::sync::Arc;

/// The tap option of the sample's choice, as the fixture writes it.
const TAP: &str = "safety: Unsafe,\n                    next: \"oops\",";
/// The sample's good ending.
const END: &str = "End(id: \"well-done\", outcome: Good, line: \"prize-popup-well-done\")";
/// The sample's first line.
const HELLO: &str =
    "Say(id: \"hello\", speaker: \"mai\", line: \"prize-popup-hello\", next: \"colouring\")";

fn run(p: &Project) -> Report {
    let opts = CheckOptions {
        root: Some(p.root.clone()),
        require_narration: true,
    };
    check_project(&[p.path("lessons")], &opts)
}

fn with_code<'a>(r: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// The only diagnostic of the report, which has `code`.
fn only<'a>(r: &'a Report, code: &str) -> &'a Diagnostic {
    assert_eq!(r.diagnostics.len(), 1, "{:#?}", r.diagnostics);
    assert_eq!(r.diagnostics[0].code, code, "{:#?}", r.diagnostics);
    &r.diagnostics[0]
}

/// The sample with the tap option setting `flags` (a RON list's insides).
fn tap_sets(p: &Project, flags: &str) {
    p.replace(
        SAMPLE,
        TAP,
        &format!("{TAP}\n                    sets: [{flags}],"),
    );
}

/// The sample's End with a variant testing `cond` (`when: ["tapped"]`); its line is another
/// line of the sample, so it has words and narration.
fn end_variant(p: &Project, cond: &str) {
    let with = END.replace(
        ")",
        &format!(", variants: [Variant({cond}, line: \"prize-popup-oops-back\")])"),
    );
    p.replace(SAMPLE, END, &with);
}

#[test]
fn a_flag_set_and_tested_after_it_checks_clean() {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    end_variant(&p, "when: [\"tapped\"]");
    let r = run(&p);
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}

#[test]
fn a_flag_tested_but_never_set_is_an_error_at_the_test() {
    let p = Project::sample();
    end_variant(&p, "when: [\"taped\"]");
    let r = run(&p);
    let d = only(&r, "SK0065");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"taped\""));
    assert!(
        d.message.contains("End `well-done` tests flag `taped`"),
        "{}",
        d.message
    );
    assert!(
        d.hint.as_deref().unwrap().contains("sets: ["),
        "{:?}",
        d.hint
    );
    // With a flag set elsewhere, the hint lists the flags there are.
    tap_sets(&p, "\"tapped\"");
    let r = run(&p);
    let d = &with_code(&r, "SK0065")[0];
    assert!(
        d.hint.as_deref().unwrap().contains("tapped"),
        "{:?}",
        d.hint
    );
}

#[test]
fn a_flag_tested_where_no_path_can_have_set_it_is_an_error() {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    end_variant(&p, "when: [\"tapped\"]");
    // The first line comes before any choice: no child can have tapped yet.
    p.replace(
        SAMPLE,
        HELLO,
        &HELLO.replace(
            ", next:",
            ", variants: [Variant(unless: [\"tapped\"], line: \"prize-popup-tummy\")], next:",
        ),
    );
    let r = run(&p);
    let d = only(&r, "SK0066");
    let text = p.read(SAMPLE);
    let at = text.find("unless: [\"tapped\"]").unwrap() + "unless: [".len();
    let (line, col) = position(&text[..], &text[at..at + 8]);
    assert_eq!((d.line, d.col), (line, col));
    assert!(
        d.message.contains("Say `hello` tests flag `tapped`"),
        "{}",
        d.message
    );
    let hint = d.hint.as_deref().unwrap();
    assert!(hint.contains("option 1 of choice `what-now`"), "{hint}");
}

#[test]
fn a_flag_set_but_never_tested_is_a_warning_at_the_set() {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    let r = run(&p);
    let d = only(&r, "SK0067");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"tapped\""));
    assert!(
        d.message
            .contains("option 1 of choice `what-now` sets flag `tapped`")
    );
}

#[test]
fn a_flag_name_must_be_an_id() {
    let p = Project::sample();
    tap_sets(&p, "\"Tapped\"");
    end_variant(&p, "when: [\"Tapped\"]");
    let r = run(&p);
    let d = only(&r, "SK0005");
    assert!(d.message.contains("flag `Tapped`"), "{}", d.message);
}

#[test]
fn a_variant_line_needs_words_and_narration_like_any_line() {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    p.replace(
        SAMPLE,
        END,
        &END.replace(
            ")",
            ", variants: [Variant(when: [\"tapped\"], line: \"prize-popup-told\")])",
        ),
    );
    let r = run(&p);
    assert_eq!(with_code(&r, "SK0020").len(), 2, "{:#?}", r.diagnostics);
    assert_eq!(with_code(&r, "SK0031").len(), 2, "{:#?}", r.diagnostics);
}

#[test]
fn a_speaking_device_needs_a_speaker_of_the_lesson() {
    let p = Project::sample();
    let device = "id: \"popup\",";
    p.replace(SAMPLE, device, &format!("{device} speaker: \"mum\","));
    assert!(run(&p).diagnostics.is_empty());
    p.replace(SAMPLE, "speaker: \"mum\",", "speaker: \"dad\",");
    let r = run(&p);
    let d = only(&r, "SK0007");
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"dad\""));
}

#[test]
fn a_grown_up_scene_place_is_a_picture_that_must_exist() {
    let p = Project::sample();
    let tell = "id: \"tell-mum\",";
    p.replace(SAMPLE, tell, &format!("{tell} place: \"kitchen\","));
    let r = run(&p);
    let d = only(&r, "SK0030");
    assert!(d.message.contains("kitchen"), "{}", d.message);
    p.write("assets/art/places/kitchen.png", "");
    assert!(run(&p).diagnostics.is_empty());
}

/// The sample copied as lesson `id` in `band`'s folder, with the index listing both.
fn second_lesson(p: &Project, id: &str, band: &str) -> String {
    let text = p
        .read(SAMPLE)
        .replace("id: \"prize-popup\"", &format!("id: \"{id}\""))
        .replace("band: \"3-6\"", &format!("band: \"{band}\""));
    let rel = format!("lessons/{band}/{id}.lesson.ron");
    p.write(&rel, &text);
    let mut index = [
        format!("{band}/{id}.lesson.ron"),
        "3-6/prize-popup.lesson.ron".to_string(),
    ];
    index.sort();
    p.write(
        "lessons/index.ron",
        &format!("(lessons: [\"{}\", \"{}\"])", index[0], index[1]),
    );
    rel
}

#[test]
fn two_childrens_lessons_may_not_share_a_sticker() {
    let p = Project::sample();
    let rel = second_lesson(&p, "prize-popup-zz", "6-10");
    let r = run(&p);
    let found = with_code(&r, "SK0068");
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    let d = found[0];
    assert!(d.file.ends_with(&rel), "{}", d.file);
    assert_eq!((d.line, d.col), position(&p.read(&rel), "\"gift-star\""));
    let (line, col) = position(&p.read(SAMPLE), "\"gift-star\"");
    let first = "children's lesson `prize-popup` (";
    let place = format!("{SAMPLE}:{line}:{col})");
    assert!(d.message.contains(first), "{}", d.message);
    assert!(d.message.contains(&place), "{}", d.message);
    // With a sticker of its own, it is fine.
    p.replace(&rel, "picture: \"gift-star\"", "picture: \"gift-moon\"");
    p.write("assets/art/stickers/gift-moon.png", "");
    assert!(with_code(&run(&p), "SK0068").is_empty());
}

#[test]
fn a_grown_ups_rehearsal_may_borrow_a_childrens_sticker_but_not_share_one() {
    let p = Project::sample();
    second_lesson(&p, "calm-prize", "grown-ups");
    assert!(with_code(&run(&p), "SK0068").is_empty());
    let text = p.read("lessons/grown-ups/calm-prize.lesson.ron");
    let other = text.replace("id: \"calm-prize\"", "id: \"calm-prize-two\"");
    p.write("lessons/grown-ups/calm-prize-two.lesson.ron", &other);
    p.write(
        "lessons/index.ron",
        "(lessons: [\"3-6/prize-popup.lesson.ron\", \"grown-ups/calm-prize-two.lesson.ron\", \"grown-ups/calm-prize.lesson.ron\"])",
    );
    let r = run(&p);
    let found = with_code(&r, "SK0068");
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    assert!(found[0].message.contains("rehearsal `calm-prize-two`"));
}

#[test]
fn the_starter_sticker_belongs_to_no_lesson_and_each_lesson_with_it_is_reminded() {
    let p = Project::sample();
    let rel = second_lesson(&p, "prize-popup-zz", "6-10");
    for file in [SAMPLE, rel.as_str()] {
        p.replace(file, "picture: \"gift-star\"", "picture: \"draft-sticker\"");
    }
    p.write("assets/art/stickers/draft-sticker.png", "");
    let r = run(&p);
    assert!(with_code(&r, "SK0068").is_empty(), "{:#?}", r.diagnostics);
    let found = with_code(&r, "SK0073");
    assert_eq!(found.len(), 2, "{:#?}", r.diagnostics);
    for (d, file) in found.iter().zip([SAMPLE, rel.as_str()]) {
        assert!(d.file.ends_with(file), "{}", d.file);
        assert_eq!(d.severity, Severity::Warning);
        assert_eq!(
            (d.line, d.col),
            position(&p.read(file), "\"draft-sticker\"")
        );
    }
    assert_eq!(r.errors(), 0, "{:#?}", r.diagnostics);
}

// The runner: which line plays is the runner's choice, from the flags of this run.

/// The sample with the tap setting `tapped`, Mum's answer and the ending changed by it, the
/// pop-up spoken by Mum and the grown-up scene in the kitchen.
fn flagged_sample() -> Arc<Lesson> {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    end_variant(&p, "when: [\"tapped\"]");
    p.replace(
        SAMPLE,
        "answer: \"prize-popup-mum-answer\",",
        "answer: \"prize-popup-mum-answer\",\n            variants: [Variant(when: [\"tapped\"], line: \"prize-popup-say-tummy\")],\n            place: \"kitchen\",",
    );
    p.replace(SAMPLE, "id: \"popup\",", "id: \"popup\", speaker: \"mum\",");
    Arc::new(safekite_core::load::parse_lesson(&p.read(SAMPLE)).unwrap())
}

/// The line of the last `Finished` and of the last `GrownUpAnswers` in `events`.
fn said(events: &[RunEvent]) -> (Option<MessageId>, Option<MessageId>) {
    let mut out = (None, None);
    for e in events {
        match e {
            RunEvent::Finished { line, .. } => out.0 = Some(line.clone()),
            RunEvent::GrownUpAnswers { line, .. } => out.1 = Some(line.clone()),
            _ => {}
        }
    }
    out
}

/// Plays from the start to the choice (hello, colouring, the pop-up, tummy).
fn to_the_choice(run: &mut LessonRun) -> Vec<RunEvent> {
    let mut events = Vec::new();
    for _ in 0..4 {
        events.extend(run.advance().unwrap());
    }
    events
}

/// From the grown-up scene: says the first thing, then plays to the end.
fn tell_and_finish(run: &mut LessonRun) -> Vec<RunEvent> {
    let mut events = run.say_to_adult(0).unwrap();
    while run.outcome().is_none() {
        events.extend(run.advance().unwrap());
    }
    events
}

#[test]
fn the_path_that_tapped_hears_its_own_answer_and_ending() {
    let (mut run, _) = LessonRun::start(flagged_sample()).unwrap();
    to_the_choice(&mut run);
    assert!(run.flags().is_empty());
    run.choose(0).unwrap(); // tap: sets `tapped`
    assert_eq!(run.flags().into_iter().collect::<Vec<_>>(), ["tapped"]);
    run.advance().unwrap(); // oops-back
    run.advance().unwrap(); // back at the choice: the flag stays
    run.choose(1).unwrap(); // ask Mum
    let events = tell_and_finish(&mut run);
    let (end, answer) = said(&events);
    assert_eq!(answer, Some(MessageId::from("prize-popup-say-tummy")));
    assert_eq!(end, Some(MessageId::from("prize-popup-oops-back")));
    // The narration plays what was shown.
    assert!(events.contains(&RunEvent::PlayNarration {
        id: "prize-popup-oops-back".into()
    }));
    assert!(!events.contains(&RunEvent::PlayNarration {
        id: "prize-popup-well-done".into()
    }));
}

#[test]
fn the_path_that_did_not_tap_hears_the_lines_as_written() {
    let (mut run, _) = LessonRun::start(flagged_sample()).unwrap();
    to_the_choice(&mut run);
    run.choose(2).unwrap(); // hands in lap
    run.advance().unwrap(); // to Mum
    let events = tell_and_finish(&mut run);
    assert!(run.flags().is_empty());
    let (end, answer) = said(&events);
    assert_eq!(answer, Some(MessageId::from("prize-popup-mum-answer")));
    assert_eq!(end, Some(MessageId::from("prize-popup-well-done")));
}

#[test]
fn a_resumed_run_keeps_its_flags_without_saving_them() {
    let lesson = flagged_sample();
    let (mut run, _) = LessonRun::start(lesson.clone()).unwrap();
    to_the_choice(&mut run);
    run.choose(0).unwrap();
    let saved = ron::to_string(run.state()).unwrap();
    assert!(!saved.contains("tapped"), "{saved}");
    let state = ron::from_str(&saved).unwrap();
    let (mut run, _) = LessonRun::resume(lesson, state).unwrap();
    assert!(run.flags().contains("tapped"));
    run.advance().unwrap();
    run.advance().unwrap();
    run.choose(1).unwrap();
    let (end, _) = said(&tell_and_finish(&mut run));
    assert_eq!(end, Some(MessageId::from("prize-popup-oops-back")));
    // A new run starts with no flags.
    let (run, _) = LessonRun::start(run.lesson().clone()).unwrap();
    assert!(run.flags().is_empty());
}

#[test]
fn a_speaking_device_shows_its_speaker_and_the_grown_up_scene_its_place() {
    let (mut run, _) = LessonRun::start(flagged_sample()).unwrap();
    run.advance().unwrap(); // colouring
    let events = run.advance().unwrap(); // the pop-up, spoken by Mum
    assert!(
        events.contains(&RunEvent::ShowLine {
            speaker: "mum".into(),
            line: "prize-popup-appears".into(),
            picture: None
        }),
        "{events:#?}"
    );
    assert!(events.contains(&RunEvent::PlayNarration {
        id: "prize-popup-appears".into()
    }));
    run.advance().unwrap();
    let events = run.advance().unwrap(); // the choice
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, RunEvent::Background { .. }))
    );
    let events = run.choose(1).unwrap(); // to Mum, in the kitchen
    let background = events
        .iter()
        .position(|e| matches!(e, RunEvent::Background { place } if place == "kitchen"));
    let scene = events
        .iter()
        .position(|e| matches!(e, RunEvent::GrownUpScene { .. }));
    assert!(background.is_some() && background < scene, "{events:#?}");
    assert_eq!(run.state().place, "kitchen");
}

#[test]
fn silent_text_needs_words_but_never_narration_and_is_never_played() {
    let p = Project::sample();
    let popup = "screen: Popup(\n                title: \"prize-popup-screen-title\",\n                body: \"prize-popup-screen-body\",\n                button: \"prize-popup-screen-button\",\n                picture: \"gift-box\",\n            ),";
    // A text message with a code, spoken by Mum: the code (the button's words, here) has words
    // in every locale and no voice file.
    p.replace(
        SAMPLE,
        popup,
        "speaker: \"mum\",\n            screen: CodeMessage(from: \"prize-popup-screen-title\", text: \"prize-popup-screen-body\", code: \"prize-popup-screen-button\"),",
    );
    for lang in ["en", "vi"] {
        let voice =
            safekite_core::model::voice_asset_path(lang, &"prize-popup-screen-button".into());
        std::fs::remove_file(p.path(&format!("assets/{voice}"))).unwrap();
    }
    let r = run(&p);
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
    let spoken = safekite_core::check::spoken_lines(&r);
    assert!(
        !spoken
            .iter()
            .any(|(_, id, _)| id == "prize-popup-screen-button")
    );
    // Played to the end, the code is shown and never played.
    let lesson = Arc::new(safekite_core::load::parse_lesson(&p.read(SAMPLE)).unwrap());
    let (mut run, mut events) = LessonRun::start(lesson).unwrap();
    events.extend(to_the_choice(&mut run));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, RunEvent::ShowDevice { .. }))
    );
    assert!(events.contains(&RunEvent::ShowLine {
        speaker: "mum".into(),
        line: "prize-popup-appears".into(),
        picture: None
    }));
    events.extend(run.choose(1).unwrap());
    events.extend(tell_and_finish(&mut run));
    assert!(
        !events.iter().any(
            |e| matches!(e, RunEvent::PlayNarration { id } if id == "prize-popup-screen-button")
        )
    );
}

#[test]
fn a_node_no_path_reaches_is_reported_once_not_for_its_flags_too() {
    let p = Project::sample();
    tap_sets(&p, "\"tapped\"");
    end_variant(&p, "when: [\"tapped\"]");
    let lost = "Say(id: \"lost\", speaker: \"mai\", line: \"prize-popup-hello\", variants: [Variant(when: [\"tapped\"], line: \"prize-popup-tummy\")], next: \"well-done\"),\n        ";
    p.replace(
        SAMPLE,
        "End(id: \"well-done\"",
        &format!("{lost}End(id: \"well-done\""),
    );
    let r = run(&p);
    only(&r, "SK0014");
}
