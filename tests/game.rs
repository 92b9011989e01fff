//! Headless tests of the game: a child plays the 3-6 sample from the title screen to the sticker
//! (with the check questions before and after, a wrong turn and "Tell a grown-up"), a broken
//! lesson leaves the others playable, and switching the language changes the caption.

mod utils;

use bevy::prelude::*;
use safekite::checks::CheckAction;
use safekite::content::{LessonStatus, Library};
use safekite::lesson_player::{ActiveRun, PlayerAction, PlayerView};
use safekite::narration::NarrationLog;
use safekite::progress::ProgressRes;
use safekite::screens::Screen;
use safekite::screens::end::EndAction;
use safekite::screens::map::MapAction;
use safekite::screens::new_profile::NewProfileAction;
use safekite::screens::title::TitleAction;
use safekite_core::ids::MessageId;
use safekite_core::model::Band;
use safekite_core::progress::{FileStore, Loaded, load};
use utils::*;

#[test]
fn a_child_plays_the_sample_from_the_title_to_the_sticker() {
    let data = temp_dir("game");
    let mut app = app(None, &data);
    wait_for_screen(&mut app, Screen::Title);

    // A new player: an animal, the 3-6 lessons, no name needed.
    press(&mut app, TitleAction::NewProfile);
    wait_for_screen(&mut app, Screen::NewProfile);
    press(&mut app, NewProfileAction::PickAvatar("owl".into()));
    press(&mut app, NewProfileAction::PickBand(Band::Little));
    press(&mut app, NewProfileAction::CreateProfile);
    wait_for_screen(&mut app, Screen::Map);
    assert!(
        texts(&mut app).contains("Hộp quà bất ngờ"),
        "the map lists the sample in Vietnamese: {}",
        texts(&mut app)
    );

    // The first time, one question before the story (tests/checks.rs follows them closely).
    press(&mut app, MapAction::OpenLesson("prize-popup".into()));
    wait_for_screen(&mut app, Screen::Check);
    press(&mut app, CheckAction::Pick(1));
    press(&mut app, CheckAction::Next);
    wait_for_screen(&mut app, Screen::Player);
    let node = |app: &App| {
        app.world()
            .resource::<ActiveRun>()
            .0
            .current()
            .id()
            .to_string()
    };
    assert_eq!(node(&app), "hello");
    assert!(
        texts(&mut app).contains("Chào bạn! Tớ là Mai."),
        "{}",
        texts(&mut app)
    );

    // Pressing "Tell a grown-up" where the story did not ask: the grown-up is glad, nothing lost.
    press(&mut app, PlayerAction::TellGrownUp);
    assert!(app.world().resource::<PlayerView>().reassure.is_some());
    assert!(
        texts(&mut app).contains("Mẹ rất vui"),
        "{}",
        texts(&mut app)
    );
    press(&mut app, PlayerAction::Next); // closes the grown-up's card
    assert_eq!(node(&app), "hello");

    for _ in 0..4 {
        press(&mut app, PlayerAction::Next);
    }
    assert_eq!(node(&app), "what-now");
    assert_eq!(
        app.world()
            .resource::<PlayerView>()
            .choice
            .as_ref()
            .map(Vec::len),
        Some(3)
    );
    assert!(
        app.world().resource::<PlayerView>().device.is_some(),
        "the pop-up is on the pretend tablet"
    );

    // The wrong turn: a gentle consequence, then back to the choice.
    press(&mut app, PlayerAction::Choose(0));
    assert_eq!(node(&app), "oops");
    press(&mut app, PlayerAction::Next);
    press(&mut app, PlayerAction::Next);
    assert_eq!(node(&app), "what-now");

    // Mid-lesson, the step is saved: a child could stop here and carry on later.
    let saved = match load(&mut FileStore::new(&data)) {
        Loaded::Main(p) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        saved.profiles[0]
            .resume
            .get("prize-popup")
            .map(|s| s.node.as_str()),
        Some("what-now")
    );

    // The big button at the choice picks the grown-up option. Mai tapped first (the lesson's
    // `tapped` flag), so Mum's answer is the one for that path: not her fault.
    press(&mut app, PlayerAction::TellGrownUp);
    assert_eq!(node(&app), "tell-mum");
    press(&mut app, PlayerAction::Say(1));
    let view = app.world().resource::<PlayerView>().clone();
    assert_eq!(
        view.grown_up.as_ref().and_then(|g| g.answer.clone()),
        Some(MessageId::from("prize-popup-mum-answer-tapped"))
    );
    // The closing lines, however many the authors write, then the end.
    for _ in 0..10 {
        if screen(&app) != Screen::Player {
            break;
        }
        press(&mut app, PlayerAction::Next);
    }
    // After the first good ending, two check questions, then the sticker.
    wait_for_screen(&mut app, Screen::Check);
    for _ in 0..2 {
        press(&mut app, CheckAction::Pick(1));
        press(&mut app, CheckAction::Next);
    }
    wait_for_screen(&mut app, Screen::End);
    let end = texts(&mut app);
    assert!(end.contains("Bé được một hình dán!"), "{end}");
    assert!(end.contains("Đưa cho bố mẹ xem nhé"), "the tip card: {end}");

    // Every line was narrated, in order, in Vietnamese ids.
    let log = app.world().resource::<NarrationLog>().0.clone();
    for id in [
        "prize-popup-hello",
        "glad-you-asked-mum",
        "prize-popup-oops",
        "prize-popup-say-tummy",
        "prize-popup-mum-answer-tapped",
        "prize-popup-well-done-told",
    ] {
        assert!(log.contains(&id.into()), "{id} not narrated: {log:?}");
    }
    // The lines for a child who never tapped are not said on this path.
    for id in ["prize-popup-mum-answer", "prize-popup-well-done"] {
        assert!(!log.contains(&id.into()), "{id} narrated: {log:?}");
    }

    // Saved: the lesson done, the sticker earned, no resume point left.
    press(&mut app, EndAction::BackToMap);
    wait_for_screen(&mut app, Screen::Map);
    let saved = match load(&mut FileStore::new(&data)) {
        Loaded::Main(p) => p,
        other => panic!("{other:?}"),
    };
    let player = &saved.profiles[0];
    assert_eq!(player.avatar, "owl");
    assert!(player.lessons_done.contains("prize-popup"));
    assert_eq!(
        player.stickers.get("prize-popup").map(String::as_str),
        Some("gift-star")
    );
    assert!(player.resume.is_empty());

    // The play is recorded, under the player's pseudonymous id, in order.
    let log = std::fs::read_to_string(data.join("records.jsonl")).expect("the record log");
    let statements: Vec<serde_json::Value> = log
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let verb = |s: &serde_json::Value| {
        let id = s["verb"]["id"].as_str().unwrap();
        id.rsplit('/').next().unwrap().to_string()
    };
    let verbs: Vec<String> = statements.iter().map(verb).collect();
    assert_eq!(
        verbs,
        [
            "answered",
            "launched",
            "asked",
            "answered",
            "experienced",
            "asked",
            "answered",
            "completed",
            "answered",
            "answered"
        ],
        "{log}"
    );
    assert!(!player.record_id.is_empty() && !player.record_id.contains("owl"));
    for s in &statements {
        assert_eq!(s["actor"]["account"]["name"], player.record_id.as_str());
    }
    assert_eq!(
        statements[3]["result"]["success"], false,
        "the wrong turn's answer"
    );
    assert_eq!(
        statements[6]["result"]["success"], true,
        "telling a grown-up"
    );
    assert_eq!(statements[7]["result"]["success"], true, "a good ending");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_broken_lesson_leaves_the_game_running_and_the_others_playable() {
    let data = temp_dir("broken-data");
    let lessons = temp_dir("broken-lessons");
    std::fs::create_dir_all(lessons.join("3-6")).unwrap();
    std::fs::copy(
        repo().join("lessons/3-6/prize-popup.lesson.ron"),
        lessons.join("3-6/prize-popup.lesson.ron"),
    )
    .unwrap();
    // Broken: a choice points at a node that does not exist.
    let broken = std::fs::read_to_string(repo().join("lessons/3-6/prize-popup.lesson.ron"))
        .unwrap()
        .replace("id: \"prize-popup\"", "id: \"broken\"")
        .replace("id: \"prize-popup-check-", "id: \"broken-check-")
        .replacen("next: \"tell-mum\"", "next: \"nowhere\"", 1);
    std::fs::write(lessons.join("3-6/broken.lesson.ron"), broken).unwrap();
    std::fs::write(
        lessons.join("3-6/garbage.lesson.ron"),
        "Lesson(format: 1, id: ",
    )
    .unwrap();
    std::fs::write(
        lessons.join("index.ron"),
        "(lessons: [\"3-6/broken.lesson.ron\", \"3-6/garbage.lesson.ron\", \"3-6/prize-popup.lesson.ron\", \"3-6/missing.lesson.ron\"])",
    )
    .unwrap();
    let mut app = app(Some(&lessons), &data);
    wait_for_screen(&mut app, Screen::Title);
    let library = app.world().resource::<Library>();
    let status = |id: &str| {
        library
            .lessons
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.status.clone())
            .unwrap()
    };
    match status("broken") {
        LessonStatus::Broken { first_error, .. } => {
            // Where exactly: the line and column of the target that does not exist.
            let text = std::fs::read_to_string(lessons.join("3-6/broken.lesson.ron")).unwrap();
            let (line, col) = text
                .lines()
                .enumerate()
                .find_map(|(i, l)| l.find("\"nowhere\"").map(|c| (i + 1, c + 1)))
                .unwrap();
            let at = format!("lessons/3-6/broken.lesson.ron:{line}:{col}: error[SK0013]: ");
            assert!(first_error.contains(&at), "{first_error} (expected {at})");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(status("garbage"), LessonStatus::Broken { .. }));
    assert!(matches!(status("missing"), LessonStatus::Broken { .. }));
    assert!(matches!(status("prize-popup"), LessonStatus::Ready(_)));

    // The good one plays.
    let mut progress = app.world_mut().resource_mut::<ProgressRes>();
    let id = progress
        .progress
        .add_profile("cat", "", Band::Little)
        .unwrap();
    progress.current = Some(id);
    press(&mut app, TitleAction::PickProfile(id));
    wait_for_screen(&mut app, Screen::Map);
    let map = texts(&mut app);
    assert!(
        map.contains("Chưa sẵn sàng"),
        "broken lessons show as not ready: {map}"
    );
    open_lesson_first_time(&mut app, "prize-popup");
    press(&mut app, PlayerAction::Next);
    assert_eq!(
        app.world().resource::<ActiveRun>().0.current().id(),
        "colouring"
    );
    let _ = std::fs::remove_dir_all(data);
    let _ = std::fs::remove_dir_all(lessons);
}

#[test]
fn switching_the_language_changes_the_caption_at_once() {
    let data = temp_dir("lang");
    let mut app = app(None, &data);
    wait_for_screen(&mut app, Screen::Title);
    let mut progress = app.world_mut().resource_mut::<ProgressRes>();
    let id = progress
        .progress
        .add_profile("duck", "", Band::Little)
        .unwrap();
    press(&mut app, TitleAction::PickProfile(id));
    open_lesson_first_time(&mut app, "prize-popup");
    assert!(texts(&mut app).contains("Chào bạn! Tớ là Mai."));
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .locale = "en".into();
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(
        shown.contains("Hi! I'm Mai. I love colouring on the tablet!"),
        "{shown}"
    );
    assert!(!shown.contains("Chào bạn"), "{shown}");
    assert!(shown.contains("Tell a grown-up"), "{shown}");
    let _ = std::fs::remove_dir_all(data);
}
