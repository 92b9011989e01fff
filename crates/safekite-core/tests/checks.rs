//! Check questions (`checks`): the checker finds every way one can be wrong, at file:line:col,
//! and their words, icons and narration are part of the lesson's.

mod common;

use common::{Project, SAMPLE};
use safekite_core::check::{CheckOptions, Report, check_project, spoken_lines};
use safekite_core::codes;
use safekite_core::diagnostic::Diagnostic;

// `..Default::default()` keeps this test building when CheckOptions gains a field.
#[allow(clippy::needless_update)]
fn run(p: &Project, require_narration: bool) -> Report {
    let opts = CheckOptions {
        root: Some(p.root.clone()),
        require_narration,
        ..Default::default()
    };
    check_project(&[p.path("lessons")], &opts)
}

/// One answer: (word, icon, right).
type Answer<'a> = (&'a str, Option<&'a str>, bool);

/// The RON of one check `prize-popup-check-<n>` with these answers.
fn check_ron(n: usize, answers: &[Answer]) -> String {
    let mut s = format!(
        "        Check(\n            id: \"prize-popup-check-{n}\",\n            question: \"prize-popup-check-{n}-question\",\n            options: [\n"
    );
    for (word, icon, right) in answers {
        s.push_str(&format!(
            "                Option(line: \"prize-popup-check-{n}-{word}\""
        ));
        if let Some(i) = icon {
            s.push_str(&format!(", icon: \"{i}\""));
        }
        if *right {
            s.push_str(", right: true");
        }
        s.push_str("),\n");
    }
    s.push_str(&format!(
        "            ],\n            why: \"prize-popup-check-{n}-why\",\n        ),\n"
    ));
    s
}

/// Adds checks to the sample lesson, with their words in both locales, their icons and their
/// narration, so that only what a test breaks is wrong.
fn with_checks(p: &Project, lesson: &str, checks: &[Vec<Answer>]) {
    let mut ron = String::from("    checks: [\n");
    let mut words = String::new();
    for (i, answers) in checks.iter().enumerate() {
        let n = i + 1;
        ron.push_str(&check_ron(n, answers));
        let mut ids = vec![
            format!("prize-popup-check-{n}-question"),
            format!("prize-popup-check-{n}-why"),
        ];
        for (word, icon, _) in answers {
            ids.push(format!("prize-popup-check-{n}-{word}"));
            if let Some(i) = icon {
                p.write(&format!("assets/art/icons/{i}.png"), "");
            }
        }
        for id in ids {
            words.push_str(&format!("{id} = Words for {id}.\n"));
            for lang in ["en", "vi"] {
                p.write(&format!("assets/voice/{lang}/{id}.ogg"), "");
            }
        }
    }
    ron.push_str("    ],\n");
    let sticker = "    sticker: Sticker(picture: \"gift-star\", name: \"prize-popup-sticker\"),\n";
    let text = p.read(lesson);
    assert!(text.contains(sticker));
    p.write(
        lesson,
        &text.replacen(sticker, &format!("{sticker}{ron}"), 1),
    );
    for lang in ["en", "vi"] {
        let rel = format!("locales/{lang}/prize-popup.ftl");
        let old = p.read(&rel);
        p.write(&rel, &format!("{old}\n{words}"));
    }
}

const TAP: Answer = ("tap", Some("tap-button"), false);
const ASK: Answer = ("ask", Some("ask-grown-up"), true);
const CLOSE: Answer = ("close", Some("close-x"), false);

fn with_code<'a>(r: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// The one diagnostic with `code`, which must sit where `needle` first occurs after `after`.
fn one_at(p: &Project, r: &Report, code: &str, after: &str, needle: &str) -> Diagnostic {
    let found = with_code(r, code);
    assert_eq!(found.len(), 1, "{code}: {:#?}", r.diagnostics);
    let d = found[0].clone();
    let text = p.read(&d.file.replace('\\', "/"));
    let start = text.find(after).expect(after);
    let at = start + text[start..].find(needle).expect(needle);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!(
        (d.line, d.col),
        (line, col),
        "{d:?} should point at {needle:?}"
    );
    d
}

#[test]
fn good_checks_are_clean_spoken_and_their_icons_are_needed() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ASK], vec![ASK, CLOSE, TAP]]);
    let r = run(&p, true);
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
    let lesson = &r.good_lessons["prize-popup"];
    assert_eq!(lesson.checks.len(), 2);
    assert!(lesson.checks[0].options[1].right);
    let spoken = spoken_lines(&r);
    for id in [
        "prize-popup-check-1-question",
        "prize-popup-check-1-tap",
        "prize-popup-check-2-why",
    ] {
        for lang in ["en", "vi"] {
            assert!(
                spoken.iter().any(|(l, i, _)| l == lang && i == id),
                "{lang} {id} is not listed as spoken"
            );
        }
    }
    let icons: Vec<String> = lesson
        .pictures()
        .iter()
        .map(|(k, n)| k.asset_path(n))
        .collect();
    assert!(icons.contains(&"art/icons/close-x.png".to_string()));
    // What `--list-assets` prints: the browser build caches the checks' icons and voices too.
    let assets = safekite_core::cli::lesson_assets(&r);
    for path in [
        "assets/art/icons/close-x.png",
        "assets/voice/vi/prize-popup-check-2-why.ogg",
        "assets/voice/en/prize-popup-check-1-ask.ogg",
    ] {
        assert!(
            assets
                .iter()
                .any(|(id, p)| id == "prize-popup" && p == path),
            "{path} is not listed as an asset of the lesson"
        );
    }
}

#[test]
fn a_check_with_one_answer_or_five_is_an_error_at_its_options() {
    for answers in [vec![ASK], vec![ASK, TAP, CLOSE, TAP, CLOSE]] {
        let p = Project::sample();
        let n = answers.len();
        with_checks(&p, SAMPLE, &[answers]);
        let r = run(&p, false);
        let d = one_at(
            &p,
            &r,
            codes::CHECK_OPTION_COUNT,
            "checks:",
            "[\n                Option",
        );
        assert!(d.is_error());
        assert!(d.message.contains(&format!("{n} answer")), "{}", d.message);
    }
}

#[test]
fn a_check_needs_exactly_one_right_answer() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, CLOSE]]);
    let r = run(&p, false);
    let d = one_at(
        &p,
        &r,
        codes::CHECK_RIGHT_ANSWER,
        "checks:",
        "[\n                Option",
    );
    assert!(d.message.contains("no right answer"), "{}", d.message);

    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![ASK, TAP, ASK]]);
    let r = run(&p, false);
    let d = one_at(&p, &r, codes::CHECK_RIGHT_ANSWER, "check-1-tap", "true");
    assert!(d.message.contains("2 right answers"), "{}", d.message);
}

#[test]
fn an_answer_without_an_icon_is_an_error_for_3_to_6_only() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ("ask", None, true)]]);
    let r = run(&p, false);
    let d = one_at(
        &p,
        &r,
        codes::CHECK_ICON,
        "checks:",
        "\"prize-popup-check-1-ask\"",
    );
    assert!(d.message.contains("answer 2"), "{}", d.message);

    // The same lesson for 6-10 needs no icons.
    let p = Project::sample();
    let text = p
        .read(SAMPLE)
        .replacen("band: \"3-6\"", "band: \"6-10\"", 1);
    std::fs::remove_file(p.path(SAMPLE)).unwrap();
    let moved = "lessons/6-10/prize-popup.lesson.ron";
    p.write(moved, &text);
    p.write(
        "lessons/index.ron",
        "(lessons: [\"6-10/prize-popup.lesson.ron\"])",
    );
    with_checks(&p, moved, &[vec![TAP, ("ask", None, true)]]);
    let r = run(&p, false);
    assert!(
        with_code(&r, codes::CHECK_ICON).is_empty(),
        "{:#?}",
        r.diagnostics
    );
    assert!(
        r.good_lessons.contains_key("prize-popup"),
        "{:#?}",
        r.diagnostics
    );
}

#[test]
fn check_ids_are_unique_and_start_with_the_lesson_id() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ASK], vec![ASK, TAP]]);
    p.replace(
        SAMPLE,
        "id: \"prize-popup-check-2\"",
        "id: \"prize-popup-check-1\"",
    );
    let r = run(&p, false);
    let d = one_at(
        &p,
        &r,
        codes::DUPLICATE_CHECK,
        "check-1-why",
        "\"prize-popup-check-1\"",
    );
    assert!(d.message.contains("used twice"), "{}", d.message);

    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ASK]]);
    p.replace(
        SAMPLE,
        "id: \"prize-popup-check-1\"",
        "id: \"popup-check-1\"",
    );
    let r = run(&p, false);
    let d = one_at(
        &p,
        &r,
        codes::DUPLICATE_CHECK,
        "checks:",
        "\"popup-check-1\"",
    );
    assert!(d.message.contains("does not start"), "{}", d.message);
}

#[test]
fn check_words_must_exist_in_every_locale_and_be_narrated() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ASK]]);
    let rel = "locales/vi/prize-popup.ftl";
    let words = p.read(rel);
    let missing = "prize-popup-check-1-why = Words for prize-popup-check-1-why.\n";
    p.write(rel, &words.replacen(missing, "", 1));
    std::fs::remove_file(p.path("assets/voice/en/prize-popup-check-1-question.ogg")).unwrap();
    let r = run(&p, true);
    let d = one_at(
        &p,
        &r,
        codes::MISSING_MESSAGE,
        "checks:",
        "\"prize-popup-check-1-why\"",
    );
    assert!(d.message.contains("`vi`"), "{}", d.message);
    let d = one_at(
        &p,
        &r,
        codes::MISSING_NARRATION,
        "checks:",
        "\"prize-popup-check-1-question\"",
    );
    assert!(d.is_error(), "an error with --require-narration");
}

#[test]
fn a_long_check_line_is_warned_for_its_band() {
    let p = Project::sample();
    with_checks(&p, SAMPLE, &[vec![TAP, ASK]]);
    p.replace(
        "locales/en/prize-popup.ftl",
        "prize-popup-check-1-question = Words for prize-popup-check-1-question.",
        "prize-popup-check-1-question = What would you do if a big shiny window popped up and said you won a prize today?",
    );
    let r = run(&p, false);
    let found = with_code(&r, codes::LINE_TOO_LONG);
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    assert!(found[0].file.ends_with("en/prize-popup.ftl"));
    assert!(found[0].message.contains("prize-popup-check-1-question"));
}

#[test]
fn right_answers_all_in_one_place_are_warned_and_moved_ones_are_not() {
    let p = Project::sample();
    with_checks(
        &p,
        SAMPLE,
        &[vec![TAP, ASK], vec![CLOSE, ASK, TAP], vec![TAP, ASK]],
    );
    let r = run(&p, false);
    let d = one_at(&p, &r, codes::RIGHT_ANSWER_POSITION, "check-1-tap", "true");
    assert!(!d.is_error(), "a warning");
    assert!(d.message.contains("all 3 checks"), "{}", d.message);
    assert!(d.message.contains("answer 2"), "{}", d.message);

    let p = Project::sample();
    with_checks(
        &p,
        SAMPLE,
        &[vec![TAP, ASK], vec![ASK, CLOSE, TAP], vec![TAP, ASK]],
    );
    let r = run(&p, false);
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}
