//! `scripts/new-lesson`: the lesson it writes for each band passes the checker as it is (with
//! narration and pictures, its one warning the starter sticker's reminder), beside every shipped
//! lesson too; it is listed in the index as the checker would list it, and plays to a good end
//! through its wrong turn and its grown-up. Nothing is built: the script is Python alone.

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
        .output()
        .expect("python3 runs scripts/new-lesson");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// The repository's pictures of these kinds, as an author's checkout has them.
fn copy_shipped_pictures(project: &Project) {
    for kind in ["icons", "stickers", "places", "cast"] {
        copy_folder(project, &format!("assets/art/{kind}"));
    }
}

/// The repository's files directly in folder `rel`, copied into the project.
fn copy_folder(project: &Project, rel: &str) {
    for entry in std::fs::read_dir(common::repo().join(rel)).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            project.write_bytes(&format!("{rel}/{name}"), &std::fs::read(&path).unwrap());
        }
    }
}

/// The checker's warnings in `stderr`, as their codes.
fn warning_codes(stderr: &str) -> Vec<&str> {
    stderr
        .match_indices("warning[")
        .map(|(at, _)| &stderr[at + 8..at + 14])
        .collect()
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
        let (code, err) = project.check(&["--require-narration", "--all"]);
        assert_eq!(code, 0, "{band}: the new lesson has errors:\n{err}");
        assert_eq!(warning_codes(&err), ["SK0073"], "{band}:\n{err}");
        assert_eq!(
            play_wrong_turn_then_tell(&project, &rel),
            Some(Outcome::Good),
            "{band}"
        );
    }
}

#[test]
fn a_new_lesson_beside_every_shipped_lesson_has_no_errors() {
    let project = Project::sample();
    copy_shipped_pictures(&project);
    for band in ["3-6", "6-10", "11-15", "grown-ups"] {
        copy_folder(&project, &format!("lessons/{band}"));
    }
    copy_folder(&project, "lessons");
    for locale in safekite_core::words::LOCALES {
        copy_folder(&project, &format!("locales/{locale}"));
    }
    copy_folder(&project, "assets/art/pictures");
    copy_folder(&project, "assets/art/avatars");
    let (code, out) = new_lesson(&project, "our-new-lesson", "3-6");
    assert_eq!(code, 0, "{out}");
    let (code, err) = project.check(&[]);
    assert_eq!(code, 0, "errors beside the shipped lessons:\n{err}");
    assert!(!err.contains("error["), "{err}");
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
