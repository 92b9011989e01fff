//! The printed pages hold what they promise: a storybook every step of the lesson's safe path
//! and a "What would you do?" page per choice on it; an unknown lesson is a clear error; the
//! letter home carries the QR code's SVG and the helpline.

use safekite_core::ids::MessageId;
use safekite_core::model::{Node, Safety};
use safekite_core::runner::LessonRun;
use safekite_print::PrintError;
use safekite_print::html::{Paper, booklet_order, escape};
use safekite_print::letter::{LetterRequest, letter};
use safekite_print::source::Project;
use safekite_print::storybook::storybook;

fn project() -> Project {
    Project::at(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).expect("the repository")
}

/// The message ids shown along the safe path, walked here independently of the printer.
fn safe_path_messages(project: &Project, id: &str) -> (Vec<MessageId>, usize) {
    let lesson = project.lesson(id).unwrap();
    let (mut run, _) = LessonRun::start(lesson).unwrap();
    let (mut ids, mut choices) = (Vec::new(), 0);
    loop {
        let node = run.current().clone();
        match &node {
            Node::Say(n) => ids.push(n.line.clone()),
            Node::Device(n) => ids.push(n.line.clone()),
            Node::Choice(c) => {
                choices += 1;
                ids.push(c.prompt.clone());
                ids.extend(c.options.iter().map(|o| o.line.clone()));
            }
            Node::TellAdult(t) => ids.extend([
                t.prompt.clone(),
                t.child_can_say[0].clone(),
                t.answer.clone(),
            ]),
            Node::End(e) => {
                ids.push(e.line.clone());
                return (ids, choices);
            }
        }
        match &node {
            Node::Choice(c) => {
                let i = c
                    .options
                    .iter()
                    .position(|o| o.safety == Safety::TellAdult)
                    .or_else(|| c.options.iter().position(|o| o.safety == Safety::Safe))
                    .unwrap();
                run.choose(i).unwrap();
            }
            Node::TellAdult(_) => {
                run.say_to_adult(0).unwrap();
                run.advance().unwrap();
            }
            _ => {
                run.advance().unwrap();
            }
        }
    }
}

#[test]
fn a_storybook_prints_every_step_of_the_safe_path_and_each_choice() {
    let project = project();
    for (id, lang) in [
        ("prize-popup", "en"),
        ("prize-popup", "vi"),
        ("meeting-online-friends", "vi"),
    ] {
        let html = storybook(&project, id, lang, Paper::A4).unwrap().html();
        let words = project.words(lang, &[id]).unwrap();
        let (ids, choices) = safe_path_messages(&project, id);
        assert!(ids.len() > 8, "{id}: a real path, {ids:?}");
        for mid in &ids {
            let text = words
                .get(lang, mid.as_str())
                .unwrap_or_else(|| panic!("{mid}"));
            assert!(
                html.contains(&escape(&text)),
                "{id} ({lang}): `{mid}` is not printed"
            );
        }
        let heading = words
            .get(lang, "print-what-would-you-do")
            .expect("print.ftl has it");
        assert_eq!(
            html.matches(&escape(&heading)).count(),
            choices,
            "{id}: choice pages"
        );
        let lesson = project.lesson(id).unwrap();
        for mid in [&lesson.parent_tip, &lesson.conversation_starter] {
            assert!(
                html.contains(&escape(&words.text(lang, mid.as_str()))),
                "{id}: {mid}"
            );
        }
        assert!(
            !html.contains("[print-"),
            "{id} ({lang}): a page word is missing"
        );
    }
}

#[test]
fn prize_popup_is_told_in_the_order_of_its_safe_path() {
    let project = project();
    let html = storybook(&project, "prize-popup", "en", Paper::A4)
        .unwrap()
        .html();
    let order = [
        "Hi! I&#39;m Mai.",
        "What would you do?",
        "Ask Mum",
        "Thank you for showing me, Mai!",
        "Stop, think, tell!",
        "The end",
        "Has a box ever popped up",
    ];
    let mut from = 0;
    for text in order {
        let at = html[from..]
            .find(text)
            .unwrap_or_else(|| panic!("`{text}` missing or out of order"));
        from += at + text.len();
    }
    assert!(
        html.contains("art/pictures/gift-box.png"),
        "the device's picture"
    );
    assert!(
        html.contains("art/icons/ask-grown-up.png"),
        "the options' pictures"
    );
}

#[test]
fn an_unknown_lesson_is_a_clear_error() {
    let project = project();
    let err = storybook(&project, "no-such-lesson", "vi", Paper::A4).unwrap_err();
    assert!(matches!(err, PrintError::UnknownLesson { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("`no-such-lesson`"), "{text}");
    assert!(text.contains("prize-popup"), "lists the lessons: {text}");
    let args = safekite_print::cli::parse(
        ["cards", "nope", "--lang", "vi", "--out", "/tmp/x"].map(String::from),
    )
    .unwrap();
    let mut args = args;
    args.root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..").into();
    let err = safekite_print::cli::run(&args).unwrap_err();
    assert!(
        err.to_string().contains("no lesson has the id `nope`"),
        "{err}"
    );
}

#[test]
fn the_letter_carries_the_qr_code_and_the_helpline() {
    let project = project();
    for lang in ["vi", "en"] {
        let req = LetterRequest {
            lessons: vec!["prize-popup".into(), "private-info".into()],
            lang: lang.into(),
            class: "Lớp 2A".into(),
            url: "https://school.example/safekite".into(),
        };
        let html = letter(&project, &req).unwrap().html();
        assert!(html.contains("<svg"), "the QR code is inline SVG");
        assert!(
            html.matches("<rect").count() > 1 || html.contains("<path"),
            "QR modules"
        );
        assert!(html.contains("111"), "the helpline");
        assert!(html.contains("24"), "24 hours");
        assert!(html.contains("Lớp 2A"));
        assert!(html.contains("https://school.example/safekite"));
        let words = project
            .words(lang, &["prize-popup", "private-info"])
            .unwrap();
        for starter in ["prize-popup-starter", "private-info-starter"] {
            let q = escape(&words.text(lang, starter));
            assert!(html.contains(&q), "{lang}: question {starter}");
        }
        assert!(!html.contains("[print-"), "{lang}: a page word is missing");
    }
}

#[test]
fn the_agreement_has_its_three_parts_in_both_languages() {
    let project = project();
    for lang in ["vi", "en"] {
        let html = safekite_print::agreement::agreement(&project, lang)
            .unwrap()
            .html();
        assert!(!html.contains("[print-"), "{lang}: a page word is missing");
        assert!(
            html.matches("class=\"fill\"").count() >= 5,
            "{lang}: lines to fill in"
        );
        assert!(html.contains("111"));
    }
}

#[test]
fn booklet_pages_are_in_folding_order() {
    assert_eq!(booklet_order(4), vec![(3, 0), (1, 2)]);
    assert_eq!(booklet_order(8), vec![(7, 0), (1, 6), (5, 2), (3, 4)]);
}

#[test]
fn every_shipped_lesson_prints_in_both_languages_and_rehearsals_ask_the_grown_up() {
    let project = project();
    let root = project.root().join("lessons");
    let mut ids = Vec::new();
    for band in std::fs::read_dir(&root).unwrap() {
        let band = band.unwrap().path();
        if band.is_dir() {
            for f in std::fs::read_dir(&band).unwrap() {
                let name = f.unwrap().file_name().into_string().unwrap();
                if let Some(id) = name.strip_suffix(".lesson.ron") {
                    ids.push(id.to_string());
                }
            }
        }
    }
    assert!(ids.len() >= 20, "{ids:?}");
    for id in &ids {
        for lang in ["vi", "en"] {
            let html = storybook(&project, id, lang, Paper::A5Booklet)
                .unwrap()
                .html();
            assert!(
                !html.contains("[print-"),
                "{id} ({lang}): a page word is missing"
            );
            assert!(
                !html.contains(&format!("[{id}-")),
                "{id} ({lang}): a lesson word is missing"
            );
            let lesson = project.lesson(id).unwrap();
            let words = project.words(lang, &[id]).unwrap();
            let grown_ups = lesson.band == safekite_core::model::Band::GrownUps;
            let asks_grown_up = escape(&words.text(lang, "print-choice-hint-grown-ups"));
            assert_eq!(html.contains(&asks_grown_up), grown_ups, "{id} ({lang})");
        }
    }
}
