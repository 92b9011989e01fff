//! The teen additions to the lesson format: acting on the pretend device (`on_device`,
//! `element`), the new screens, moods, the texts that are shown but never spoken, and the
//! Fluent variables lesson lines may use. Each check is found at its file, line and column.

mod common;

use common::{Project, SAMPLE, position};
use safekite_core::check::{CheckOptions, Report, check_project};
use safekite_core::diagnostic::{Diagnostic, Severity};
use safekite_core::ids::{MessageId, NodeId};
use safekite_core::load::parse_lesson;
use safekite_core::model::{Mood, Node, Screen};
use safekite_core::runner::{LessonRun, RunEvent};
use std::sync::Arc;

fn run(p: &Project) -> Report {
    let opts = CheckOptions {
        root: Some(p.root.clone()),
        ..Default::default()
    };
    check_project(&[p.path("lessons")], &opts)
}

fn with_code<'a>(r: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// The position of the value written right after `key` (such as `on_device: `) in the sample.
fn value_at(p: &Project, key: &str) -> (usize, usize) {
    let (line, col) = position(&p.read(SAMPLE), key);
    (line, col + key.chars().count())
}

/// The sample's pop-up screen, whole.
const POPUP: &str = "screen: Popup(\n                title: \"prize-popup-screen-title\",\n                body: \"prize-popup-screen-body\",\n                button: \"prize-popup-screen-button\",\n                picture: \"gift-box\",\n            ),";

const CHOICE: &str = "prompt: \"prize-popup-what-now\",";

#[test]
fn on_device_must_name_a_device_node() {
    let p = Project::sample();
    p.replace(SAMPLE, CHOICE, &format!("{CHOICE} on_device: \"tummy\","));
    let r = run(&p);
    let found = with_code(&r, "SK0034");
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    assert_eq!((found[0].line, found[0].col), value_at(&p, "on_device: "));
    assert!(
        found[0].message.contains("Say node"),
        "{}",
        found[0].message
    );
    assert!(found[0].hint.as_deref().unwrap().contains("popup"));

    // Naming the Device node is clean.
    p.replace(SAMPLE, "on_device: \"tummy\"", "on_device: \"popup\"");
    let r = run(&p);
    assert!(with_code(&r, "SK0034").is_empty(), "{:#?}", r.diagnostics);
    assert_eq!(r.errors(), 0, "{:#?}", r.diagnostics);
}

#[test]
fn elements_must_be_on_the_screen_once_and_need_on_device() {
    let p = Project::sample();
    // An element without on_device.
    p.replace(
        SAMPLE,
        "next: \"oops\",",
        "next: \"oops\", element: \"button\",",
    );
    let r = run(&p);
    let found = with_code(&r, "SK0035");
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    assert_eq!((found[0].line, found[0].col), value_at(&p, "element: "));
    assert!(found[0].message.contains("no `on_device`"));

    // With on_device: `button` is the pop-up's; `log-in` is not on a pop-up; a shared element.
    p.replace(SAMPLE, CHOICE, &format!("{CHOICE} on_device: \"popup\","));
    assert!(with_code(&run(&p), "SK0035").is_empty());
    p.replace(
        SAMPLE,
        "next: \"tell-mum\",\n",
        "next: \"tell-mum\", element: \"log-in\",\n",
    );
    p.replace(
        SAMPLE,
        "next: \"hands\",",
        "next: \"hands\", element: \"button\",",
    );
    let r = run(&p);
    let found = with_code(&r, "SK0035");
    assert_eq!(found.len(), 2, "{:#?}", r.diagnostics);
    assert!(
        found[0]
            .message
            .contains("`log-in` is not an element of the Popup screen")
    );
    assert_eq!(
        found[0].hint.as_deref(),
        Some("the Popup screen's elements are: button")
    );
    assert_eq!(
        (found[0].line, found[0].col),
        value_at(&p, "\"tell-mum\", element: ")
    );
    assert!(
        found[1]
            .message
            .contains("options 1 and 3 both name the element `button`")
    );
    assert_eq!(
        (found[1].line, found[1].col),
        value_at(&p, "\"hands\", element: ")
    );
}

#[test]
fn the_game_keeps_the_device_on_stage_for_an_on_device_choice() {
    let p = Project::sample();
    // The pop-up is put away by a change of place before the choice...
    p.replace(
        SAMPLE,
        "Say(id: \"tummy\", speaker: \"mai\",",
        "Say(id: \"tummy\", speaker: \"mai\", place: \"bedroom\",",
    );
    p.replace(SAMPLE, CHOICE, &format!("{CHOICE} on_device: \"popup\","));
    p.replace(
        SAMPLE,
        "next: \"oops\",",
        "next: \"oops\", element: \"button\",",
    );
    let lesson = Arc::new(parse_lesson(&p.read(SAMPLE)).unwrap());
    let (mut run, _) = LessonRun::start(lesson).unwrap();
    run.advance().unwrap(); // colouring
    run.advance().unwrap(); // the pop-up
    let events = run.advance().unwrap(); // tummy, in the bedroom
    assert!(events.contains(&RunEvent::HideDevice));
    // ...and the choice brings it back, with the option linked to its button.
    let events = run.advance().unwrap();
    assert!(
        matches!(
            &events[0],
            RunEvent::ShowDevice {
                screen: Screen::Popup { .. },
                ..
            }
        ),
        "{events:#?}"
    );
    let RunEvent::OfferChoice { options, .. } = &events[1] else {
        panic!("{events:#?}")
    };
    assert_eq!(options[0].element.as_deref(), Some("button"));
    assert_eq!(run.state().device_node, Some(NodeId::from("popup")));
    // Already on stage: coming back to the choice does not show it twice.
    run.choose(0).unwrap();
    run.advance().unwrap();
    let events = run.advance().unwrap();
    assert_eq!(run.current().id(), "what-now");
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, RunEvent::ShowDevice { .. }))
    );
}

#[test]
fn moods_are_events_and_a_missing_mood_picture_is_a_warning() {
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "Say(id: \"tummy\", speaker: \"mai\",",
        "Say(id: \"tummy\", speaker: \"mai\", mood: Worried,",
    );
    p.replace(
        SAMPLE,
        "answer: \"prize-popup-mum-answer\",",
        "answer: \"prize-popup-mum-answer\", mood: Relieved,",
    );
    let r = run(&p);
    let found = with_code(&r, "SK0036");
    assert_eq!(found.len(), 2, "{:#?}", r.diagnostics);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!((found[0].line, found[0].col), value_at(&p, "mood: "));
    assert!(found[0].message.contains("assets/art/cast/mai-worried.png"));
    assert!(found[1].message.contains("mum-relieved.png"));
    assert_eq!(r.errors(), 0, "{:#?}", r.diagnostics);
    p.write("assets/art/cast/mai-worried.png", "");
    p.write("assets/art/cast/mum-relieved.png", "");
    assert!(with_code(&run(&p), "SK0036").is_empty());

    let lesson = Arc::new(parse_lesson(&p.read(SAMPLE)).unwrap());
    assert!(
        matches!(lesson.node(&NodeId::from("tummy")), Some(Node::Say(s)) if s.mood == Mood::Worried)
    );
    let (mut run, _) = LessonRun::start(lesson).unwrap();
    run.advance().unwrap();
    run.advance().unwrap();
    let events = run.advance().unwrap();
    assert!(events.contains(&RunEvent::Mood {
        speaker: "mai".into(),
        mood: Mood::Worried
    }));
    run.advance().unwrap(); // the choice
    run.tell_grown_up();
    let events = run.say_to_adult(0).unwrap();
    let at = events
        .iter()
        .position(|e| matches!(e, RunEvent::GrownUpAnswers { .. }))
        .unwrap();
    assert_eq!(
        events[at + 1],
        RunEvent::Mood {
            speaker: "mum".into(),
            mood: Mood::Relieved
        }
    );
    // A calm face sends no event: the stage starts calm at every line.
    let (mut plain, _) =
        LessonRun::start(Arc::new(parse_lesson(&common::fixture(SAMPLE)).unwrap())).unwrap();
    for _ in 0..3 {
        let e = plain.advance().unwrap();
        assert!(!e.iter().any(|e| matches!(e, RunEvent::Mood { .. })));
    }
}

#[test]
fn lesson_lines_may_use_only_the_counsellor_variables() {
    let p = Project::sample();
    for lang in ["en", "vi"] {
        p.replace(
            &format!("locales/{lang}/prize-popup.ftl"),
            "prize-popup-hello = ",
            "prize-popup-hello = { $counsellor } { $counsellor-room } ",
        );
    }
    let r = run(&p);
    assert!(with_code(&r, "SK0037").is_empty(), "{:#?}", r.diagnostics);
    assert_eq!(r.errors(), 0, "{:#?}", r.diagnostics);
    for lang in ["en", "vi"] {
        p.replace(
            &format!("locales/{lang}/prize-popup.ftl"),
            "{ $counsellor-room }",
            "{ $counselor }",
        );
    }
    let r = run(&p);
    let found = with_code(&r, "SK0037");
    assert_eq!(found.len(), 2, "{:#?}", r.diagnostics);
    assert!(found[0].file.ends_with("locales/en/prize-popup.ftl"));
    assert!(found[0].message.contains("$counselor"));
    let (line, col) = position(&p.read("locales/en/prize-popup.ftl"), "prize-popup-hello");
    assert_eq!((found[0].line, found[0].col), (line, col));
}

#[test]
fn screens_show_a_sensible_number_of_items() {
    let p = Project::sample();
    p.replace(SAMPLE, POPUP, "screen: Report(reasons: [\"prize-popup-screen-body\"], confirmation: \"prize-popup-screen-button\"),");
    let r = run(&p);
    let found = with_code(&r, "SK0038");
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    assert!(found[0].message.contains("has 1 reasons; it shows 2 to 5"));
    assert_eq!((found[0].line, found[0].col), value_at(&p, "reasons: "));
}

/// Every new screen, as an author writes it.
const TEEN_SCREENS: &str = r#"[
    WebPage(address: "a-address", title: "a-title", fields: ["a-user", "a-pass"], button: "a-log-in", fake: true, picture: "logo"),
    Feed(posts: [Post(author: "a-author", avatar: "fox", text: "a-post", picture: "cat"), Post(author: "b-author", avatar: "owl", text: "b-post")]),
    Composer(text: "a-post", audience: Friends, location: true),
    GroupChat(name: "a-group", messages: [GroupMessage(from: "a-author", avatar: "fox", text: "a-msg"), GroupMessage(text: "b-msg")], actions: true),
    Chat(contact: "a-author", avatar: "fox", messages: [], actions: true),
    PrivacySettings(private_account: true, messages_from: NoOne),
    CodeMessage(from: "a-bank", text: "a-text", code: "a-code"),
    Report(reasons: ["a-r1", "a-r2"], confirmation: "a-thanks"),
]"#;

fn teen_screens() -> Vec<Screen> {
    safekite_core::load::ron_options()
        .from_str(TEEN_SCREENS)
        .unwrap()
}

#[test]
fn the_new_screens_parse_with_their_elements() {
    let screens = teen_screens();
    let elements: Vec<Vec<String>> = screens.iter().map(Screen::elements).collect();
    assert_eq!(elements[0], ["address", "log-in"]);
    assert_eq!(
        elements[1],
        [
            "like-1", "share-1", "report-1", "like-2", "share-2", "report-2"
        ]
    );
    assert_eq!(elements[2], ["audience", "location", "post"]);
    assert_eq!(elements[3], ["save-evidence", "block", "report"]);
    assert_eq!(elements[4], ["save-evidence", "block", "report"]);
    assert_eq!(
        elements[5],
        ["private-account", "location", "messages-from"]
    );
    assert!(elements[6].is_empty());
    assert_eq!(elements[7], ["reason-1", "reason-2", "send"]);
    // A chat without `actions` has no toolbar (old lessons read as before).
    let old: Screen = safekite_core::load::ron_options()
        .from_str(r#"Chat(contact: "a", avatar: "b", messages: [])"#)
        .unwrap();
    assert!(old.elements().is_empty());
}

#[test]
fn addresses_codes_and_links_are_shown_but_never_spoken() {
    let p = Project::sample();
    for (i, screen) in teen_screens().into_iter().enumerate() {
        let lesson = {
            let mut l = parse_lesson(&common::fixture(SAMPLE)).unwrap();
            let Some(Node::Device(d)) = l.nodes.iter_mut().find(|n| n.id() == "popup") else {
                panic!()
            };
            d.screen = screen;
            l
        };
        let silent: Vec<MessageId> = lesson
            .messages()
            .into_iter()
            .filter(|m| m.path.starts_with("nodes[2].screen") && !m.spoken)
            .map(|m| m.id)
            .collect();
        let expected: &[&str] = match i {
            0 => &["a-address"],
            6 => &["a-code"],
            _ => &[],
        };
        assert_eq!(silent, expected, "screen {i}");
        let pictures: Vec<&str> = lesson.pictures().into_iter().map(|(_, n)| n).collect();
        if i == 1 {
            assert!(
                pictures.contains(&"fox") && pictures.contains(&"owl") && pictures.contains(&"cat")
            );
        }
    }
    // A link is silent too: `--list-spoken` leaves it out.
    let text = p.read(SAMPLE).replace(
        POPUP,
        "screen: LinkMessage(from: \"prize-popup-screen-title\", avatar: \"gift-box\", text: \"prize-popup-screen-body\", link: \"prize-popup-screen-button\"),",
    );
    let lesson = parse_lesson(&text).unwrap();
    let link = lesson
        .messages()
        .into_iter()
        .find(|m| m.id == "prize-popup-screen-button")
        .unwrap();
    assert!(!link.spoken);
    p.write(SAMPLE, &text);
    let r = run(&p);
    let spoken = safekite_core::check::spoken_lines(&r);
    assert!(
        spoken
            .iter()
            .any(|(_, id, _)| id == "prize-popup-screen-body")
    );
    assert!(
        !spoken
            .iter()
            .any(|(_, id, _)| id == "prize-popup-screen-button")
    );
}
