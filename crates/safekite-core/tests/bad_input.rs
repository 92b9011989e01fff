//! Malformed lesson and locale files: truncated, shuffled and random-byte versions of the samples.
//! The checker never panics, says which file, line and column, and one bad file never hides the
//! others.

mod common;

use common::{Project, SAMPLE};
use safekite_core::check::{CheckOptions, Report, check_lesson, check_project};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sample_text() -> String {
    common::fixture(SAMPLE)
}

fn line_count(text: &str) -> usize {
    text.lines().count().max(1)
}

/// Every error about `text` points inside it.
fn assert_located(name: &str, text: &str, diags: &[safekite_core::diagnostic::Diagnostic]) {
    for d in diags.iter().filter(|d| d.is_error()) {
        assert!(d.line >= 1, "{name}: error without a line: {d}");
        assert!(
            d.line <= line_count(text) + 1,
            "{name}: line {} beyond the file ({} lines): {d}",
            d.line,
            line_count(text)
        );
        assert!(d.col >= 1, "{name}: {d}");
    }
}

#[test]
fn truncated_lessons_give_located_errors() {
    let text = sample_text();
    // Any cut before the closing parenthesis of `Lesson(...)` leaves an incomplete file.
    let end = text.rfind(')').unwrap();
    let mut cut = 0;
    while cut <= end {
        if text.is_char_boundary(cut) {
            let piece = &text[..cut];
            let r = check_lesson("lessons/3-6/prize-popup.lesson.ron", piece);
            assert!(
                r.lesson.is_none(),
                "a lesson cut at byte {cut} must not pass"
            );
            assert!(
                r.diagnostics.iter().any(|d| d.is_error()),
                "cut at {cut}: no error"
            );
            assert_located(&format!("cut at {cut}"), piece, &r.diagnostics);
            // Every rendered diagnostic names the file.
            assert!(
                r.diagnostics[0]
                    .to_string()
                    .starts_with("lessons/3-6/prize-popup.lesson.ron:")
            );
        }
        cut += 3;
    }
}

#[test]
fn shuffled_lessons_give_located_errors() {
    let text = sample_text();
    let mut rng = Rng(0x5afe_c17e);
    for round in 0..300 {
        let mut lines: Vec<&str> = text.lines().collect();
        // Swap a few lines.
        for _ in 0..=(round % 4) {
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
        }
        let shuffled = lines.join("\n");
        let r = check_lesson("lessons/3-6/prize-popup.lesson.ron", &shuffled);
        assert_located(&format!("round {round}"), &shuffled, &r.diagnostics);
        if r.lesson.is_none() {
            assert!(r.diagnostics.iter().any(|d| d.is_error()));
        }
    }
}

#[test]
fn random_bytes_in_lessons_give_located_errors() {
    let text = sample_text();
    let mut rng = Rng(42);
    for round in 0..300 {
        let mut bytes = text.clone().into_bytes();
        for _ in 0..=(round % 8) {
            let i = rng.below(bytes.len());
            bytes[i] = (rng.next() & 0xff) as u8;
        }
        // Through the project checker, so invalid UTF-8 is exercised too.
        let p = Project::sample();
        p.write_bytes(SAMPLE, &bytes);
        let r = check_project(
            &[p.path("lessons")],
            &CheckOptions {
                root: Some(p.root.clone()),
                ..Default::default()
            },
        );
        let shown = String::from_utf8_lossy(&bytes).into_owned();
        let about_lesson: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.file.ends_with(SAMPLE))
            .cloned()
            .collect();
        assert_located(&format!("round {round}"), &shown, &about_lesson);
    }
}

fn check_with_locale(p: &Project) -> Report {
    check_project(
        &[p.path("lessons")],
        &CheckOptions {
            root: Some(p.root.clone()),
            ..Default::default()
        },
    )
}

#[test]
fn damaged_locale_files_give_located_errors_and_the_lesson_still_parses() {
    let file = "locales/vi/prize-popup.ftl";
    let original = common::fixture(file);
    let mut rng = Rng(7);
    for round in 0..120 {
        let damaged: Vec<u8> = match round % 3 {
            0 => {
                let mut cut = rng.below(original.len());
                while !original.is_char_boundary(cut) {
                    cut -= 1;
                }
                original.as_bytes()[..cut].to_vec()
            }
            1 => {
                let mut lines: Vec<&str> = original.lines().collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
                let i = rng.below(lines.len());
                let indented = format!("   {}", lines[i]);
                lines[i] = &indented;
                lines.join("\n").into_bytes()
            }
            _ => {
                let mut bytes = original.clone().into_bytes();
                for _ in 0..4 {
                    let i = rng.below(bytes.len());
                    bytes[i] = (rng.next() & 0xff) as u8;
                }
                bytes
            }
        };
        let p = Project::sample();
        p.write_bytes(file, &damaged);
        let r = check_with_locale(&p);
        let shown = String::from_utf8_lossy(&damaged).into_owned();
        let about: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.file.ends_with(file))
            .cloned()
            .collect();
        assert_located(&format!("round {round}"), &shown, &about);
        // The lesson file itself is fine: it parsed, whatever happened to its words.
        assert!(
            r.parsed_lessons.contains_key("prize-popup"),
            "round {round}"
        );
        // The English words were untouched: nothing is missing from `en`.
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.code == "SK0020" && d.message.contains("locale `en`")),
            "round {round}: {:#?}",
            r.diagnostics
        );
    }
}

#[test]
fn garbage_files_never_panic() {
    let mut rng = Rng(99);
    for round in 0..200 {
        let len = rng.below(400);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let r = check_lesson("x.lesson.ron", &text);
        assert!(r.lesson.is_none(), "round {round}");
        assert_located(&format!("round {round}"), &text, &r.diagnostics);
    }
}
