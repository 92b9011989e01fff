//! Every choice of the shipped children's lessons has questions for the class to talk about
//! before they vote (the `discuss` field, 1 or 2 message ids, shown to the teacher in class
//! mode), and each question is written in every language.

use safekite_core::load::parse_lesson;
use safekite_core::model::{Band, Node};
use safekite_core::words::Words;
use std::path::Path;

#[test]
fn every_choice_of_a_childrens_lesson_has_discussion_questions_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut words = Words::new();
    for locale in ["vi", "en"] {
        for entry in std::fs::read_dir(root.join("locales").join(locale)).unwrap() {
            let path = entry.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            words.add_file(locale, &path.display().to_string(), &source);
        }
    }
    let mut missing = Vec::new();
    let mut choices = 0;
    for band in ["3-6", "6-10", "11-15"] {
        for entry in std::fs::read_dir(root.join("lessons").join(band)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let lesson =
                parse_lesson(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            assert_ne!(lesson.band, Band::GrownUps);
            for node in &lesson.nodes {
                let Node::Choice(choice) = node else { continue };
                choices += 1;
                if !(1..=2).contains(&choice.discuss.len()) {
                    missing.push(format!(
                        "{}: {} has {} questions",
                        lesson.id,
                        choice.id,
                        choice.discuss.len()
                    ));
                }
                for id in &choice.discuss {
                    for locale in ["vi", "en"] {
                        if !words.has(locale, id.as_str()) {
                            missing.push(format!("{}: {id} not in {locale}", lesson.id));
                        }
                    }
                }
            }
        }
    }
    assert!(choices >= 55, "only {choices} choices found");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
