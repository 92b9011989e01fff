//! Headless app tests: the game's logic plugins without a window, driven by simulated taps from
//! the title screen to the sticker, over the repository's sample lesson.

mod utils;

use bevy::prelude::{Alpha, App, Children, Color, Entity, Name};
use safekite::art::{ArtPicture, PictureTint};
use safekite::lesson_player::{ActiveRun, RunLog};
use safekite::narration::NarrationLog;
use safekite::screens::Screen;
use safekite_core::model::{ArtKind, Outcome, Safety};
use safekite_core::progress::{self, FileStore};
use safekite_core::runner::RunEvent;
use utils::*;

fn step(app: &bevy::prelude::App) -> String {
    app.world()
        .get_resource::<ActiveRun>()
        .map(|r| r.0.current().id().to_string())
        .unwrap_or_default()
}

/// The sticker picture on a lesson card of the map, and its tint (none: full colour).
fn card_picture(app: &mut App, card: &str) -> (String, Option<Color>) {
    let world = app.world_mut();
    let card = world
        .query::<(Entity, &Name)>()
        .iter(world)
        .find(|(_, n)| n.as_str() == card)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no card {card}"));
    let children: Vec<Entity> = world
        .get::<Children>(card)
        .map(|c| c.iter().copied().collect())
        .unwrap_or_default();
    for child in children {
        if let Some(picture) = world.get::<ArtPicture>(child) {
            assert_eq!(picture.kind, ArtKind::Sticker);
            let tint = world.get::<PictureTint>(child).map(|t| t.0);
            return (picture.name.clone(), tint);
        }
    }
    panic!("card {card} has no picture");
}

/// Makes a player of the band behind `band_button` from the title screen, up to the lesson map.
fn new_player_on_the_map(app: &mut App, band_button: &str) {
    wait_for(app, Screen::Title, 2000);
    tap(app, "new-profile");
    tap(app, band_button);
    tap(app, "create-profile");
    assert_eq!(screen(app), Screen::Map);
}

/// Makes a 3-6 player from the title screen and opens the sample lesson.
fn new_player_opens_sample(app: &mut bevy::prelude::App) {
    wait_for(app, Screen::Title, 2000);
    tap(app, "new-profile");
    assert_eq!(screen(app), Screen::NewProfile);
    tap(app, "avatar-owl");
    tap(app, "band-3-6");
    tap(app, "create-profile");
    assert_eq!(screen(app), Screen::Map);
    tap(app, "lesson-prize-popup");
    // The first time, one question before the story.
    assert_eq!(screen(app), Screen::Check);
    tap_through_the_questions(app);
    assert_eq!(screen(app), Screen::Player);
}

#[test]
fn plays_the_sample_from_title_to_sticker_with_a_wrong_turn_and_a_grown_up() {
    let data = temp_dir("sample");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    assert_eq!(step(&app), "hello");
    let b = buttons(&mut app);
    for always in ["tell-grown-up", "replay", "back-to-map", "next"] {
        assert!(b.contains(&always.to_string()), "{always} missing in {b:?}");
    }

    tap(&mut app, "next");
    assert_eq!(step(&app), "colouring");
    tap(&mut app, "next");
    assert_eq!(step(&app), "popup");
    assert_eq!(
        text_under(&mut app, "device-Popup"),
        [
            "prize-popup-screen-title",
            "prize-popup-screen-body",
            "prize-popup-screen-button"
        ]
        .map(|id| word(&app, "vi", id))
        .join("\n")
    );

    // "Tell a grown-up" where the story did not ask for it: Mum is glad, nothing is lost.
    tap(&mut app, "tell-grown-up");
    assert_eq!(step(&app), "popup");
    assert!(
        app.world()
            .resource::<RunLog>()
            .0
            .iter()
            .any(|e| matches!(e, RunEvent::GrownUpReassures { adult, .. } if adult == "mum"))
    );
    assert_eq!(
        text_under(&mut app, "Reassurance"),
        format!(
            "{}\n{}",
            word(&app, "vi", "glad-you-asked-mum"),
            word(&app, "vi", "player-next")
        )
    );
    tap(&mut app, "next"); // closes the grown-up's card
    assert_eq!(step(&app), "popup");
    assert!(!has_node(&mut app, "Reassurance"));
    tap(&mut app, "next");
    assert_eq!(step(&app), "tummy");
    tap(&mut app, "next");
    assert_eq!(step(&app), "what-now");
    assert_eq!(
        buttons(&mut app)
            .iter()
            .filter(|b| b.starts_with("option-"))
            .count(),
        3
    );

    // Pressed and held, an option is read aloud and not chosen.
    press_and_hold(&mut app, "option-1", 0.8);
    assert_eq!(step(&app), "what-now");
    assert_eq!(
        app.world().resource::<NarrationLog>().0.last().unwrap(),
        "prize-popup-option-ask"
    );

    // The wrong turn: its gentle consequence, then the choice again.
    tap(&mut app, "option-0");
    assert_eq!(step(&app), "oops");
    tap(&mut app, "next");
    assert_eq!(step(&app), "oops-back");
    tap(&mut app, "next");
    assert_eq!(step(&app), "what-now");

    // Ask a grown-up: the grown-up scene.
    tap(&mut app, "option-1");
    assert_eq!(step(&app), "tell-mum");
    assert!(buttons(&mut app).iter().any(|b| b == "say-0"));
    tap(&mut app, "say-1");
    // What the child said, in quotes, then Mum's answer for a child who tapped first.
    assert_eq!(
        text_under(&mut app, "Grown-up scene"),
        format!(
            "“{}”\n{}: {}",
            word(&app, "vi", "prize-popup-say-tummy"),
            word(&app, "vi", "cast-mum"),
            word(&app, "vi", "prize-popup-mum-answer-tapped")
        )
    );
    tap(&mut app, "next");
    assert_eq!(step(&app), "close-together");
    // The closing lines, however many the authors write, the two questions after, then the end.
    for _ in 0..10 {
        if screen(&app) != Screen::Player {
            break;
        }
        tap(&mut app, "next");
    }
    assert_eq!(screen(&app), Screen::Check);
    tap_through_the_questions(&mut app);
    assert_eq!(screen(&app), Screen::End);
    assert!(buttons(&mut app).contains(&"back-to-map".to_string()));

    // The events, in order where it matters.
    let log = &app.world().resource::<RunLog>().0;
    let chose: Vec<Safety> = log
        .iter()
        .filter_map(|e| match e {
            RunEvent::Chose { safety, .. } => Some(*safety),
            _ => None,
        })
        .collect();
    assert_eq!(chose, vec![Safety::Unsafe, Safety::TellAdult]);
    assert!(
        log.iter()
            .any(|e| matches!(e, RunEvent::ChildSays { line } if line == "prize-popup-say-tummy"))
    );
    assert!(
        log.iter()
            .any(|e| matches!(e, RunEvent::GrownUpAnswers { .. }))
    );
    assert!(log.iter().any(|e| matches!(
        e,
        RunEvent::Finished {
            outcome: Outcome::Good,
            ..
        }
    )));
    // Every line shown was also narrated.
    let narrated = &app.world().resource::<NarrationLog>().0;
    for e in log {
        if let RunEvent::ShowLine { line, .. } = e {
            assert!(narrated.contains(line), "{line} was not narrated");
        }
    }

    tap(&mut app, "back-to-map");
    assert_eq!(screen(&app), Screen::Map);
    assert!(buttons(&mut app).contains(&"lesson-prize-popup-done".to_string()));
    // Every card shows its lesson's sticker: in full colour once earned, faded before.
    let (picture, tint) = card_picture(&mut app, "lesson-prize-popup-done");
    assert_eq!(picture, "gift-star");
    assert_eq!(tint, None, "an earned sticker is shown in full colour");
    let (picture, tint) = card_picture(&mut app, "lesson-bad-secrets");
    assert_eq!(picture, "smiling-present");
    assert!(
        tint.is_some_and(|t| t.alpha() < 1.0),
        "a sticker still to earn is faded"
    );

    // The saved progress: the lesson, its sticker, no resume point left.
    drop(app);
    let mut store = FileStore::new(&data);
    let saved = progress::load(&mut store).progress();
    let p = &saved.profiles[0];
    assert_eq!(p.avatar, "owl");
    assert!(p.lessons_done.contains("prize-popup"));
    assert_eq!(
        p.stickers.get("prize-popup").map(String::as_str),
        Some("gift-star")
    );
    assert!(!p.resume.contains_key("prize-popup"));
    assert!(store.backup_path().exists(), "the last good copy is kept");
}

#[test]
fn an_existing_player_reaches_a_lesson_in_two_taps_and_resumes_where_they_stopped() {
    let data = temp_dir("resume");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    tap(&mut app, "next");
    tap(&mut app, "next");
    assert_eq!(step(&app), "popup");
    tap(&mut app, "back-to-map");
    assert_eq!(screen(&app), Screen::Map);
    // Every 3-6 lesson of the index has its card, the one started marked "carry on".
    let mut cards: Vec<String> = buttons(&mut app)
        .into_iter()
        .filter(|b| b.starts_with("lesson-"))
        .collect();
    cards.sort();
    let index = std::fs::read_to_string(repo().join("lessons/index.ron")).unwrap();
    let mut little: Vec<String> = index
        .split('"')
        .filter_map(|entry| entry.strip_prefix("3-6/"))
        .map(|file| format!("lesson-{}", file.trim_end_matches(".lesson.ron")))
        .collect();
    little.sort();
    assert_eq!(cards, little);
    assert_eq!(
        text_under(&mut app, "lesson-prize-popup"),
        format!(
            "{}\n{}",
            word(&app, "vi", "prize-popup-title"),
            word(&app, "vi", "map-continue")
        )
    );
    drop(app);

    // Launch again: two taps to the lesson, on the step where the child stopped.
    let mut app = utils::headless(&data);
    wait_for(&mut app, Screen::Title, 2000);
    tap(&mut app, "profile-");
    assert_eq!(screen(&app), Screen::Map);
    tap(&mut app, "lesson-prize-popup");
    assert_eq!(screen(&app), Screen::Player);
    assert_eq!(step(&app), "popup");
}

#[test]
fn switching_the_language_changes_the_caption_at_once() {
    let data = temp_dir("language");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    let vi = text_under(&mut app, "Caption");
    assert_eq!(
        vi,
        format!(
            "{}: {}",
            word(&app, "vi", "cast-mai"),
            word(&app, "vi", "prize-popup-hello")
        )
    );
    {
        let mut p = app
            .world_mut()
            .resource_mut::<safekite::progress::ProgressRes>();
        p.progress.settings.locale = "en".to_string();
    }
    app.update();
    app.update();
    let en = text_under(&mut app, "Caption");
    assert_eq!(
        en,
        format!(
            "{}: {}",
            word(&app, "en", "cast-mai"),
            word(&app, "en", "prize-popup-hello")
        )
    );
    assert_ne!(vi, en);
    // The next line is shown in English.
    tap(&mut app, "next");
    // (The narrator's lines show without a name.)
    assert_eq!(
        text_under(&mut app, "Caption"),
        word(&app, "en", "prize-popup-colouring")
    );
}

#[test]
fn captions_can_be_turned_off() {
    let data = temp_dir("captions");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    assert!(has_node(&mut app, "Caption"));
    app.world_mut()
        .resource_mut::<safekite::progress::ProgressRes>()
        .progress
        .settings
        .captions = false;
    tap(&mut app, "next");
    assert!(!has_node(&mut app, "Caption"));
    // The line is still spoken.
    assert_eq!(
        app.world().resource::<NarrationLog>().0.last().unwrap(),
        "prize-popup-colouring"
    );
}

#[test]
fn a_classroom_tablet_with_forty_players_pages_through_them() {
    let data = temp_dir("forty");
    {
        let mut store = FileStore::new(&data);
        let mut p = progress::Progress::default();
        for i in 0..progress::MAX_PROFILES {
            p.add_profile(
                ["fox", "owl", "cat", "duck"][i % 4],
                &format!("p{i}"),
                safekite_core::model::Band::Kids,
            )
            .unwrap();
        }
        progress::save(&mut store, &p).unwrap();
    }
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2000);
    let players = |app: &mut bevy::prelude::App| {
        buttons(app)
            .into_iter()
            .filter(|b| b.starts_with("profile-"))
            .collect::<Vec<_>>()
    };
    let first = players(&mut app);
    assert_eq!(first.len(), safekite::screens::title::PLAYERS_PER_PAGE);
    let b = buttons(&mut app);
    assert!(
        !b.contains(&"new-profile".to_string()),
        "the device is full"
    );
    // ...and the grown-up is told why.
    let shown = texts(&mut app);
    assert!(
        shown.contains(
            "Máy này đã có 40 bạn chơi, là số tối đa. Người lớn có thể xóa bớt trong Cài đặt."
        ),
        "{shown}"
    );
    assert!(b.contains(&"players-next".to_string()));
    tap(&mut app, "players-next");
    let second = players(&mut app);
    assert_eq!(second.len(), safekite::screens::title::PLAYERS_PER_PAGE);
    assert!(first.iter().all(|p| !second.contains(p)));
    tap(&mut app, "players-previous");
    assert_eq!(players(&mut app), first);
    // Still one tap from the map.
    tap(&mut app, &first[3]);
    assert_eq!(screen(&app), Screen::Map);
}

/// The smallest height any button on screen is given, in logical px, and its name.
fn smallest_button(app: &mut bevy::prelude::App) -> (f32, String) {
    use bevy::prelude::*;
    let mut q = app
        .world_mut()
        .query_filtered::<(&Name, &Node), With<Button>>();
    q.iter(app.world())
        .map(|(n, node)| {
            let px = |v: Val| if let Val::Px(p) = v { p } else { 0.0 };
            (
                px(node.min_height).max(px(node.height)),
                n.as_str().to_string(),
            )
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap()
}

#[test]
fn little_ones_get_buttons_of_at_least_96_px_on_the_map_and_in_the_player() {
    let data = temp_dir("sizes");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    // Every step to the choice, and the choice.
    loop {
        let (size, name) = smallest_button(&mut app);
        assert!(size >= 96.0, "{name} is {size} px in step {}", step(&app));
        if step(&app) == "what-now" {
            break;
        }
        tap(&mut app, "next");
    }
    // At the choice, the big button picks the grown-up: the grown-up scene.
    tap(&mut app, "tell-grown-up");
    assert_eq!(step(&app), "tell-mum");
    let (size, name) = smallest_button(&mut app);
    assert!(size >= 96.0, "{name} is {size} px");
    tap(&mut app, "back-to-map");
    let (size, name) = smallest_button(&mut app);
    assert!(size >= 96.0, "{name} is {size} px on the map");
}

/// The sizes, in logical px, of the choice pictures (icons) on screen.
fn choice_picture_sizes(app: &mut bevy::prelude::App) -> Vec<f32> {
    use bevy::prelude::*;
    use safekite::art::ArtPicture;
    use safekite_core::model::ArtKind;
    let mut q = app.world_mut().query::<(&ArtPicture, &Node)>();
    q.iter(app.world())
        .filter(|(p, _)| p.kind == ArtKind::Icon)
        .map(|(_, node)| match node.width {
            Val::Px(p) => p,
            _ => 0.0,
        })
        .collect()
}

#[test]
fn little_ones_choose_by_pictures_of_at_least_128_px() {
    let data = temp_dir("choice-pictures");
    let mut app = headless(&data);
    new_player_opens_sample(&mut app);
    while step(&app) != "what-now" {
        tap(&mut app, "next");
    }
    let sizes = choice_picture_sizes(&mut app);
    assert!(
        sizes.len() >= 2,
        "the choice shows {} pictures",
        sizes.len()
    );
    for size in sizes {
        assert!(size >= 128.0, "a choice picture is {size} px");
    }
}

#[test]
fn little_ones_hear_a_lessons_name_by_holding_its_card_and_open_it_with_a_tap() {
    let data = temp_dir("hold-card");
    let mut app = headless(&data);
    new_player_on_the_map(&mut app, "band-3-6");

    // Held: the lesson's name is read aloud, and letting go does not open it.
    press_and_hold(&mut app, "lesson-prize-popup", 0.8);
    assert_eq!(screen(&app), Screen::Map);
    let narrated = &app.world().resource::<NarrationLog>().0;
    assert!(
        narrated.iter().any(|id| id == "prize-popup-title"),
        "{narrated:?}"
    );
    // Tapped: it opens (the first time, on its question before the story).
    tap(&mut app, "lesson-prize-popup");
    assert_eq!(screen(&app), Screen::Check);
    drop(app);
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn older_children_open_a_lesson_the_moment_they_press_it() {
    let data = temp_dir("press-card");
    let mut app = headless(&data);
    new_player_on_the_map(&mut app, "band-6-10");
    // Pressed (not yet let go): already opening.
    let card = {
        let world = app.world_mut();
        world
            .query::<(Entity, &Name)>()
            .iter(world)
            .find(|(_, n)| n.as_str() == "lesson-password-sharing")
            .map(|(e, _)| e)
            .expect("the 6-10 map has password-sharing")
    };
    app.world_mut()
        .entity_mut(card)
        .insert(bevy::prelude::Interaction::Pressed);
    app.update();
    app.update();
    // Opening: the first time, the question before the story comes first.
    assert_eq!(screen(&app), Screen::Check);
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_speaking_device_shows_its_speaker_beside_the_screen_and_plays_their_line() {
    // The sample, with Mum saying the pop-up's line while the tablet shows it.
    let data = temp_dir("speaking-device");
    let lessons = data.join("content/lessons");
    std::fs::create_dir_all(lessons.join("3-6")).unwrap();
    let text = std::fs::read_to_string(repo().join("lessons/3-6/prize-popup.lesson.ron")).unwrap();
    let from = "id: \"popup\",";
    assert!(text.contains(from));
    std::fs::write(
        lessons.join("3-6/prize-popup.lesson.ron"),
        text.replacen(from, "id: \"popup\",\n            speaker: \"mum\",", 1),
    )
    .unwrap();
    std::fs::write(
        lessons.join("index.ron"),
        "(lessons: [\"3-6/prize-popup.lesson.ron\"])",
    )
    .unwrap();
    let mut app = headless_with(&data, &lessons, &repo().join("locales"));
    new_player_opens_sample(&mut app);
    tap(&mut app, "next");
    tap(&mut app, "next");
    assert_eq!(step(&app), "popup");
    // Mum stands beside the pretend tablet, the caption names her, and her line is played.
    assert!(has_node(&mut app, "figure-mum"));
    assert!(has_node(&mut app, "device-Popup"));
    assert_eq!(
        text_under(&mut app, "Caption"),
        format!(
            "{}: {}",
            word(&app, "vi", "cast-mum"),
            word(&app, "vi", "prize-popup-appears")
        )
    );
    assert_eq!(
        app.world().resource::<NarrationLog>().0.last().unwrap(),
        "prize-popup-appears"
    );
    // The next line is Mai's: Mum steps off the stage.
    tap(&mut app, "next");
    assert_eq!(step(&app), "tummy");
    assert!(!has_node(&mut app, "figure-mum"));
}
