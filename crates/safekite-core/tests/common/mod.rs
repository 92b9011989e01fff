//! A throwaway SafeKite project on disk, built from the repository's sample lesson, for tests.
#![allow(dead_code)]

use safekite_core::ids::MessageId;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// A temporary project folder, removed when dropped.
pub struct Project {
    pub root: PathBuf,
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub const SAMPLE: &str = "lessons/3-6/prize-popup.lesson.ron";

/// The text of a sample file as the tests know it: the sample lesson and its words are frozen
/// copies in `tests/fixtures/` (authors keep improving the shipped lesson; the tests' line and
/// column expectations must not move with it). Other files come from the repository.
pub fn fixture(rel: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let path = match rel {
        SAMPLE => dir.join("prize-popup.lesson.ron"),
        "locales/en/prize-popup.ftl" => dir.join("prize-popup.en.ftl"),
        "locales/vi/prize-popup.ftl" => dir.join("prize-popup.vi.ftl"),
        _ => repo().join(rel),
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

impl Project {
    /// A project with the sample lesson, both locales' words, every picture and narration file
    /// (empty placeholders), and an up-to-date index: it checks clean.
    pub fn sample() -> Project {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("safekite-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let p = Project { root };
        p.write(SAMPLE, &fixture(SAMPLE));
        for lang in ["en", "vi"] {
            for f in ["ui.ftl", "prize-popup.ftl"] {
                let rel = format!("locales/{lang}/{f}");
                p.write(&rel, &fixture(&rel));
            }
        }
        p.write(
            "lessons/index.ron",
            "(lessons: [\"3-6/prize-popup.lesson.ron\"])",
        );
        let lesson = safekite_core::load::parse_lesson(&p.read(SAMPLE)).unwrap();
        for (kind, name) in lesson.pictures() {
            p.write(&format!("assets/{}", kind.asset_path(name)), "");
        }
        let mut spoken: Vec<MessageId> = lesson
            .messages()
            .into_iter()
            .filter(|m| m.spoken)
            .map(|m| m.id)
            .collect();
        spoken.extend(
            safekite_core::ui_messages::ALL
                .iter()
                .filter(|m| m.spoken)
                .map(|m| MessageId::from(m.id)),
        );
        for lang in ["en", "vi"] {
            for id in &spoken {
                p.write(
                    &format!(
                        "assets/{}",
                        safekite_core::model::voice_asset_path(lang, id)
                    ),
                    "",
                );
            }
        }
        p
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root.join(rel)).unwrap()
    }

    /// Replaces the first occurrence of `from` in file `rel` (which must contain it).
    pub fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Runs the checker on the project's lessons: (exit code, stderr).
    pub fn check(&self, extra: &[&str]) -> (i32, String) {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_safekite-check"))
            .current_dir(&self.root)
            .args(extra)
            .arg("lessons")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

/// The 1-based line and column where `needle` first occurs in `text`.
pub fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}
