//! `safekite preview`: a lesson with an error shows its problems (code, file:line:col) instead
//! of the game; once the file is fixed and saved, the preview sees the change by itself and the
//! lesson plays.

mod utils;

use safekite::preview::{self, PreviewOutcome, source::PreviewFiles, source::PreviewSource};
use safekite::screens::Screen;
use utils::*;

const LESSON: &str = "lessons/3-6/private-info.lesson.ron";

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
        PreviewOutcome::Ready(l) if l.id == "private-info"
    ));
    let shown = texts(&mut app);
    assert!(shown.contains("without a recorded voice"), "{shown}");
}
