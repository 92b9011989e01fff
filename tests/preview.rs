//! `safekite preview`: a lesson with an error shows its problems (code, file:line:col) instead
//! of the game; once the file is fixed and saved, the preview sees the change by itself and the
//! lesson plays. A lesson with warnings shows them once with "Play the lesson"; the same
//! warnings after a change play straight away; the lesson's end comes back to the preview's
//! page with "Play it again", never to the children's title or map.

mod utils;

use safekite::preview::{self, PreviewOutcome, source::PreviewFiles, source::PreviewSource};
use safekite::screens::Screen;
use std::path::{Path, PathBuf};
use utils::*;

const LESSON: &str = "lessons/3-6/private-info.lesson.ron";

/// A copy of a shipped lesson and its two word files in `project`; the lesson file's path.
fn copy_lesson(project: &Path, id: &str) -> PathBuf {
    let lesson = format!("lessons/3-6/{id}.lesson.ron");
    for file in [
        lesson.clone(),
        format!("locales/vi/{id}.ftl"),
        format!("locales/en/{id}.ftl"),
    ] {
        std::fs::create_dir_all(project.join(&file).parent().unwrap()).unwrap();
        std::fs::copy(repo().join(&file), project.join(&file)).unwrap();
    }
    project.join(lesson)
}

/// The preview of `lesson` in English, open in a headless game.
fn preview_of(data: &Path, lesson: PathBuf) -> bevy::app::App {
    let mut app = headless(data);
    app.insert_resource(preview::progress("en"));
    let files = PreviewFiles {
        words: preview::source::words_beside(&lesson),
        lesson,
    };
    preview::open(&mut app, PreviewSource::new(files));
    app
}

#[test]
fn warnings_show_once_with_play_and_the_end_comes_back_to_the_preview() {
    let data = temp_dir("preview-warnings");
    let lesson = copy_lesson(&data.join("project"), "prize-popup");
    let text = std::fs::read_to_string(&lesson).unwrap();
    let with_starter = text.replace("picture: \"gift-star\"", "picture: \"draft-sticker\"");
    assert_ne!(text, with_starter);
    std::fs::write(&lesson, with_starter).unwrap();

    let mut app = preview_of(&data, lesson.clone());
    wait_for(&mut app, Screen::Preview, 2000);
    let shown = texts(&mut app);
    assert!(shown.contains("This lesson plays"), "{shown}");
    assert!(shown.contains("warning[SK0073]"), "{shown}");
    tap(&mut app, "play-preview");
    wait_for(&mut app, Screen::Player, 50);

    // A change with the same warning plays again at once, with the new words.
    let en = lesson
        .parent()
        .unwrap()
        .join("../../locales/en/prize-popup.ftl");
    let words = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, words.replace("I love colouring", "I love drawing")).unwrap();
    update_until(&mut app, "the changed words play", |app| {
        screen(app) == Screen::Player && texts(app).contains("I love drawing")
    });

    play_the_sample_to_its_good_ending(&mut app);
    for _ in 0..20 {
        match screen(&app) {
            Screen::Check => tap_through_the_questions(&mut app),
            Screen::End => press(&mut app, safekite::screens::end::EndAction::StopHere),
            _ => app.update(),
        }
    }
    wait_for(&mut app, Screen::Preview, 200);
    let shown = texts(&mut app);
    assert!(shown.contains("Your lesson has stopped"), "{shown}");
    tap(&mut app, "play-preview");
    wait_for(&mut app, Screen::Player, 50);
}

#[test]
fn a_lesson_with_an_error_shows_its_problems_then_plays_once_fixed() {
    let data = temp_dir("preview");
    let project = data.join("project");
    for file in [
        LESSON,
        "locales/vi/private-info.ftl",
        "locales/en/private-info.ftl",
    ] {
        std::fs::create_dir_all(project.join(file).parent().unwrap()).unwrap();
        std::fs::copy(repo().join(file), project.join(file)).unwrap();
    }
    let lesson = project.join(LESSON);
    let good = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(
        &lesson,
        good.replace("start: \"hello\"", "start: \"hullo\""),
    )
    .unwrap();

    let mut app = headless(&data);
    app.insert_resource(preview::progress("en"));
    let files = PreviewFiles {
        words: preview::source::words_beside(&lesson),
        lesson,
    };
    preview::open(&mut app, PreviewSource::new(files.clone()));
    wait_for(&mut app, Screen::Preview, 2000);
    let shown = texts(&mut app);
    assert!(
        shown.contains("error[SK0012] lessons/3-6/private-info.lesson.ron:16:"),
        "{shown}"
    );
    assert!(shown.contains("This lesson cannot play yet"), "{shown}");

    std::fs::write(&files.lesson, &good).unwrap();
    wait_for(&mut app, Screen::Player, 2000);
    assert!(matches!(
        app.world().resource::<PreviewOutcome>(),
        PreviewOutcome::Ready { lesson, warnings } if lesson.id == "private-info" && warnings.is_empty()
    ));
    let shown = texts(&mut app);
    assert!(shown.contains("without a recorded voice"), "{shown}");
}
