//! A lesson file with errors never stops the game: it shows as not ready on the map (with its
//! first error in a development build) and the other lessons play.

mod utils;

use bevy::prelude::*;
use safekite::screens::Screen;
use utils::*;

#[test]
fn a_broken_lesson_leaves_the_game_running_and_the_others_playable() {
    let data = temp_dir("broken");
    let content = data.join("content");
    let lessons = content.join("lessons");
    std::fs::create_dir_all(lessons.join("3-6")).unwrap();
    std::fs::copy(
        repo().join("lessons/3-6/prize-popup.lesson.ron"),
        lessons.join("3-6/prize-popup.lesson.ron"),
    )
    .unwrap();
    // Cut off in the middle of a node.
    std::fs::write(
        lessons.join("3-6/half-written.lesson.ron"),
        "Lesson(\n    format: 1,\n    id: \"half-written\",\n    nodes: [\n        Say(id: \"a\", speaker: ",
    )
    .unwrap();
    std::fs::write(
        lessons.join("index.ron"),
        "(lessons: [\"3-6/half-written.lesson.ron\", \"3-6/prize-popup.lesson.ron\"])",
    )
    .unwrap();

    let mut app = headless_with(&data, &lessons, &repo().join("locales"));
    wait_for(&mut app, Screen::Title, 2000);
    tap(&mut app, "new-profile");
    tap(&mut app, "create-profile");
    assert_eq!(screen(&app), Screen::Map);

    // The broken lesson is on the map, not tappable, with its first error (debug build).
    let mut cards = app.world_mut().query::<(&Name, Has<Button>)>();
    let broken: Vec<bool> = cards
        .iter(app.world())
        .filter(|(n, _)| n.as_str() == "lesson-half-written")
        .map(|(_, b)| b)
        .collect();
    assert_eq!(broken, vec![false], "one card, not a button");
    let card = text_under(&mut app, "lesson-half-written");
    let words = &app.world().resource::<safekite::content::WordsRes>().words;
    assert!(
        card.contains(&words.text("vi", safekite_core::ui_messages::MAP_UNAVAILABLE)),
        "{card}"
    );
    assert!(card.contains("half-written.lesson.ron:"), "{card}");
    assert!(card.contains("error[SK"), "{card}");

    // The other lesson plays (after its question before the story, answered any way).
    tap(&mut app, "lesson-prize-popup");
    assert_eq!(screen(&app), Screen::Check);
    tap(&mut app, "check-option-0");
    tap(&mut app, "next");
    assert_eq!(screen(&app), Screen::Player);
    tap(&mut app, "next");
    assert_eq!(screen(&app), Screen::Player);
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_broken_lesson_index_says_why_on_the_map() {
    let data = temp_dir("broken-index");
    let lessons = data.join("content/lessons");
    std::fs::create_dir_all(&lessons).unwrap();
    std::fs::write(lessons.join("index.ron"), "(lessons: [\"3-6/a.lesson.ron\"").unwrap();

    let mut app = headless_with(&data, &lessons, &repo().join("locales"));
    wait_for(&mut app, Screen::Title, 2000);
    tap(&mut app, "new-profile");
    tap(&mut app, "create-profile");
    assert_eq!(screen(&app), Screen::Map);

    // Not an empty map: the grown-up is told the list could not be read.
    assert_eq!(
        text_under(&mut app, "Index broken"),
        "Không đọc được danh sách bài học. Người lớn có thể cài lại SafeKite."
    );
    let error = app
        .world()
        .resource::<safekite::content::Library>()
        .index_error
        .clone()
        .expect("the index's error is kept");
    // A development build shows the error itself too.
    assert!(texts(&mut app).contains(&error), "{error}");
    let _ = std::fs::remove_dir_all(&data);
}
