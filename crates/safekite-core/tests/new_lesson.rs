//! `scripts/new-lesson`: the lesson it writes for each band passes the checker as it is (with
//! narration and pictures, no warnings at all), is listed in the index, and plays to a good end
//! through its wrong turn and its grown-up.

mod common;

use common::Project;
use safekite_core::model::{LessonIndex, Node, Outcome, voice_asset_path};
use safekite_core::runner::LessonRun;
use std::process::Command;
use std::sync::Arc;

/// Runs scripts/new-lesson in `project`; returns (exit code, stdout + stderr).
fn new_lesson(project: &Project, id: &str, band: &str) -> (i32, String) {
    let out = Command::new("python3")
        .arg(common::repo().join("scripts/new-lesson"))
        .args([id, "--band", band, "--root"])
        .arg(&project.root)
        .args(["--checker", env!("CARGO_BIN_EXE_safekite-check")])
        .output()
        .expect("python3 runs scripts/new-lesson");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// The repository's pictures of these kinds, as an author's checkout has them.
fn copy_shipped_pictures(project: &Project) {
    for kind in ["icons", "stickers", "places", "cast"] {
        let from = common::repo().join("assets/art").join(kind);
        for entry in std::fs::read_dir(&from).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            project.write_bytes(
                &format!("assets/art/{kind}/{name}"),
                &std::fs::read(&path).unwrap(),
            );
        }
    }
}

/// What scripts/art and scripts/narrate would add: a file for every picture and spoken line.
fn add_pictures_and_voices(project: &Project, rel: &str) {
    let lesson = safekite_core::load::parse_lesson(&project.read(rel)).unwrap();
    for (kind, name) in lesson.pictures() {
        project.write(&format!("assets/{}", kind.asset_path(name)), "");
    }
    for message in lesson.messages().into_iter().filter(|m| m.spoken) {
        for lang in ["en", "vi"] {
            project.write(
                &format!("assets/{}", voice_asset_path(lang, &message.id)),
                "",
            );
        }
    }
}

/// Plays the lesson: the unsafe option first (the wrong turn must come back to the choice),
/// then telling the grown-up; returns the outcome.
fn play_wrong_turn_then_tell(project: &Project, rel: &str) -> Option<Outcome> {
    let lesson = safekite_core::load::parse_lesson(&project.read(rel)).unwrap();
    let (mut run, _) = LessonRun::start(Arc::new(lesson)).unwrap();
    let mut wrong_turn_taken = false;
    for _ in 0..100 {
        match run.current().clone() {
            Node::End(_) => return run.outcome(),
            Node::Choice(c) => {
                let want = if wrong_turn_taken {
                    "TellAdult"
                } else {
                    "Unsafe"
                };
                let i = c
                    .options
                    .iter()
                    .position(|o| format!("{:?}", o.safety) == want)
                    .unwrap();
                wrong_turn_taken = true;
                run.choose(i).unwrap();
            }
            Node::TellAdult(_) => {
                run.say_to_adult(0).unwrap();
                run.advance().unwrap();
            }
            Node::Say(_) | Node::Device(_) => {
                run.advance().unwrap();
            }
        }
    }
    panic!("{rel}: no end after 100 steps");
}

#[test]
fn new_lesson_checks_clean_and_plays_in_every_band() {
    for band in ["3-6", "6-10", "11-15"] {
        let project = Project::sample();
        copy_shipped_pictures(&project);
        let id = format!("our-new-lesson-{band}");
        let rel = format!("lessons/{band}/{id}.lesson.ron");
        let (code, out) = new_lesson(&project, &id, band);
        assert_eq!(code, 0, "new-lesson {band} failed:\n{out}");
        for file in [
            rel.clone(),
            format!("locales/en/{id}.ftl"),
            format!("locales/vi/{id}.ftl"),
        ] {
            assert!(
                out.contains(&format!("wrote {file}")),
                "{file} not written:\n{out}"
            );
        }
        let index = LessonIndex::parse(&project.read("lessons/index.ron")).unwrap();
        assert!(
            index.lessons.contains(&format!("{band}/{id}.lesson.ron")),
            "{band}: not in the index"
        );

        add_pictures_and_voices(&project, &rel);
        let (code, err) = project.check(&["--require-narration", "--deny-warnings"]);
        assert_eq!(
            code, 0,
            "{band}: the new lesson does not check clean:\n{err}"
        );
        assert_eq!(
            play_wrong_turn_then_tell(&project, &rel),
            Some(Outcome::Good),
            "{band}"
        );
    }
}

#[test]
fn new_lesson_refuses_a_taken_id_and_a_bad_id() {
    let project = Project::sample();
    let before = project.read(common::SAMPLE);
    let (code, out) = new_lesson(&project, "prize-popup", "3-6");
    assert_eq!(code, 1);
    assert!(
        out.contains("lessons/3-6/prize-popup.lesson.ron already exists"),
        "{out}"
    );
    assert_eq!(
        project.read(common::SAMPLE),
        before,
        "the existing lesson was changed"
    );
    let (code, out) = new_lesson(&project, "Bad Id", "3-6");
    assert_eq!(code, 2);
    assert!(out.contains("`Bad Id` is not a lesson id"), "{out}");
}
