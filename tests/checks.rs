//! Learning that shows, played headless: the first time a child opens a lesson, one check
//! question before the story (thanked, never marked), the same question and one more after the
//! good ending (the safe answer shown, gently), all recorded as xAPI `answered` statements with
//! their phase; nothing asked again on a replay; "Do you remember?" on the map days later, which
//! takes nothing away; and the class's choice turning the questions off or to after only.

mod utils;

use safekite::checks::CheckAction;
use safekite::progress::ProgressRes;
use safekite::records::ClassBookRes;
use safekite::screens::Screen;
use safekite::screens::end::EndAction;
use safekite::screens::map::MapAction;
use safekite::screens::title::TitleAction;
use safekite::sounds::{Effect, EffectsLog};
use safekite_core::learning::{CheckMode, date_text, parse_date};
use safekite_records::classes::Class;
use serde_json::Value;
use utils::*;

const PHASE: &str = "https://safekite.example/xapi/extensions/phase";

/// A new 3-6 player on the map.
fn player_on_the_map(data: &std::path::Path) -> (bevy::app::App, u32) {
    let mut app = app(None, data);
    wait_for_screen(&mut app, Screen::Title);
    let id = little_player_on_the_map(&mut app);
    (app, id)
}

/// The check answers recorded: (phase, right), in order.
fn answers(data: &std::path::Path) -> Vec<(String, bool)> {
    let log = std::fs::read_to_string(data.join("records.jsonl")).unwrap_or_default();
    log.lines()
        .skip(1)
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|s| s["verb"]["id"].as_str().unwrap().ends_with("/answered"))
        .filter_map(|s| {
            let phase = s["context"]["extensions"][PHASE].as_str()?.to_string();
            Some((phase, s["result"]["success"].as_bool().unwrap()))
        })
        .collect()
}

fn checks_of(app: &bevy::app::App, lesson: &str) -> safekite_core::learning::LessonChecks {
    let progress = app.world().resource::<ProgressRes>();
    progress.player().unwrap().checks[lesson].clone()
}

#[test]
fn a_first_play_asks_before_and_after_and_a_replay_asks_nothing() {
    let data = temp_dir("checks-first");
    let (mut app, _) = player_on_the_map(&data);

    // Before the story: the question and its answers, read aloud; the answer is thanked only.
    press(&mut app, MapAction::OpenLesson("prize-popup".into()));
    wait_for_screen(&mut app, Screen::Check);
    let shown = texts(&mut app);
    assert!(
        shown.contains(&word(&app, "vi", "prize-popup-check-1-question")),
        "{shown}"
    );
    assert!(shown.contains("Con nghĩ thế nào?"), "{shown}");
    press(&mut app, CheckAction::Next);
    assert_eq!(screen(&app), Screen::Check, "no way on before an answer");
    press(&mut app, CheckAction::Pick(0));
    let shown = texts(&mut app);
    assert!(shown.contains("Cảm ơn con!"), "{shown}");
    assert!(
        !shown.contains(&word(&app, "vi", "prize-popup-check-1-why")),
        "no right or wrong before the story: {shown}"
    );
    press(&mut app, CheckAction::Next);
    wait_for_screen(&mut app, Screen::Player);

    // After the good ending: the same question, then one more, with the safe answer and why.
    play_the_sample_to_its_good_ending(&mut app);
    wait_for_screen(&mut app, Screen::Check);
    assert!(texts(&mut app).contains(&word(&app, "vi", "prize-popup-check-1-question")));
    press(&mut app, CheckAction::Pick(1));
    let shown = texts(&mut app);
    assert!(shown.contains("Đúng rồi"), "{shown}");
    let heard = |app: &bevy::app::App| app.world().resource::<EffectsLog>().0.clone();
    assert_eq!(
        heard(&app),
        [Effect::Chime],
        "a chime when right, none before the story"
    );
    assert!(
        shown.contains(&word(&app, "vi", "prize-popup-check-1-why")),
        "{shown}"
    );
    press(&mut app, CheckAction::Pick(0));
    press(&mut app, CheckAction::Next);
    assert!(texts(&mut app).contains(&word(&app, "vi", "prize-popup-check-2-question")));
    press(&mut app, CheckAction::Pick(1));
    let shown = texts(&mut app);
    assert!(shown.contains("Con đã cố gắng rồi!"), "gently: {shown}");
    assert_eq!(heard(&app), [Effect::Chime], "no sound for a wrong answer");
    assert!(
        shown.contains(&word(&app, "vi", "prize-popup-check-2-why")),
        "{shown}"
    );
    press(&mut app, CheckAction::Next);
    wait_for_screen(&mut app, Screen::End);

    // Recorded with their phase; a second tap on an answered question changed nothing.
    let expected = [("before", false), ("after", true), ("after", false)];
    let expected: Vec<(String, bool)> = expected.iter().map(|(p, r)| (p.to_string(), *r)).collect();
    assert_eq!(answers(&data), expected);
    let asked = checks_of(&app, "prize-popup");
    assert!(asked.asked_before && asked.asked_after, "{asked:?}");
    assert_eq!(asked.finished_on, Some(date_text(today())));

    // Played again: straight into the story, and from the ending straight to the sticker.
    press(&mut app, EndAction::BackToMap);
    wait_for_screen(&mut app, Screen::Map);
    press(&mut app, MapAction::OpenLesson("prize-popup".into()));
    wait_for_screen(&mut app, Screen::Player);
    play_the_sample_to_its_good_ending(&mut app);
    wait_for_screen(&mut app, Screen::End);
    assert_eq!(answers(&data).len(), 3, "nothing asked again");
    let _ = std::fs::remove_dir_all(data);
}

fn today() -> time::Date {
    parse_date(&chrono::Local::now().format("%Y-%m-%d").to_string()).unwrap()
}

/// A player who finished prize-popup `days` ago (sticker earned, questions asked).
fn finished_days_ago(app: &mut bevy::app::App, days: i64) {
    let mut progress = app.world_mut().resource_mut::<ProgressRes>();
    let player = progress.player_mut().unwrap();
    player.finish_lesson("prize-popup", Some("gift-star"));
    let asked = player.checks.entry("prize-popup".into()).or_default();
    asked.asked_after = true;
    asked.finished_on = Some(date_text(today() - time::Duration::days(days)));
}

#[test]
fn do_you_remember_comes_days_later_and_takes_nothing_away() {
    let data = temp_dir("checks-review");
    let (mut app, id) = player_on_the_map(&data);
    finished_days_ago(&mut app, 2);
    press(&mut app, MapAction::BackToTitle);
    press(&mut app, TitleAction::PickProfile(id));
    wait_for_screen(&mut app, Screen::Map);
    assert!(
        !buttons(&mut app).contains(&"review-prize-popup".to_string()),
        "two days: not yet"
    );

    finished_days_ago(&mut app, 4);
    press(&mut app, MapAction::BackToTitle);
    press(&mut app, TitleAction::PickProfile(id));
    wait_for_screen(&mut app, Screen::Map);
    assert!(buttons(&mut app).contains(&"review-prize-popup".to_string()));
    tap(&mut app, "review-prize-popup");
    wait_for_screen(&mut app, Screen::Check);
    let shown = texts(&mut app);
    assert!(shown.contains("Con còn nhớ không?"), "{shown}");
    // The third question: one the child was not asked after the story.
    assert!(
        shown.contains(&word(&app, "vi", "prize-popup-check-3-question")),
        "{shown}"
    );
    press(&mut app, CheckAction::Pick(0));
    press(&mut app, CheckAction::Next);
    wait_for_screen(&mut app, Screen::Map);

    assert_eq!(answers(&data), [("review".to_string(), false)]);
    let progress = app.world().resource::<ProgressRes>();
    let player = progress.player().unwrap();
    assert_eq!(
        player.stickers["prize-popup"], "gift-star",
        "the sticker stays"
    );
    assert_eq!(player.checks["prize-popup"].reviews.len(), 1);
    assert!(
        !buttons(&mut app).contains(&"review-prize-popup".to_string()),
        "answered today: the card is gone until the next spacing"
    );
    let _ = std::fs::remove_dir_all(data);
}

/// Puts the player in a new class whose children are asked `mode`.
fn in_a_class(app: &mut bevy::app::App, mode: CheckMode) {
    let class = Class {
        id: uuid::Uuid::new_v4(),
        name: "Lớp 1A".into(),
        band: "3-6".into(),
        school_year: "2026-2027".into(),
        child_count: 30,
        checks: mode,
    };
    let mut progress = app.world_mut().resource_mut::<ProgressRes>();
    progress.player_mut().unwrap().class = Some(class.id.to_string());
    let mut book = app.world_mut().resource_mut::<ClassBookRes>();
    book.book.classes.push(class);
}

#[test]
fn the_class_choice_turns_questions_off_or_to_after_only() {
    let data = temp_dir("checks-off");
    let (mut app, _) = player_on_the_map(&data);
    in_a_class(&mut app, CheckMode::Off);
    press(&mut app, MapAction::OpenLesson("prize-popup".into()));
    wait_for_screen(&mut app, Screen::Player);
    play_the_sample_to_its_good_ending(&mut app);
    wait_for_screen(&mut app, Screen::End);
    assert!(answers(&data).is_empty());
    let _ = std::fs::remove_dir_all(data);

    let data = temp_dir("checks-after-only");
    let (mut app, _) = player_on_the_map(&data);
    in_a_class(&mut app, CheckMode::AfterOnly);
    press(&mut app, MapAction::OpenLesson("prize-popup".into()));
    wait_for_screen(&mut app, Screen::Player);
    play_the_sample_to_its_good_ending(&mut app);
    wait_for_screen(&mut app, Screen::Check);
    for _ in 0..2 {
        press(&mut app, CheckAction::Pick(1));
        press(&mut app, CheckAction::Next);
    }
    wait_for_screen(&mut app, Screen::End);
    let phases: Vec<String> = answers(&data).into_iter().map(|(p, _)| p).collect();
    assert_eq!(phases, ["after", "after"]);
    let _ = std::fs::remove_dir_all(data);
}
