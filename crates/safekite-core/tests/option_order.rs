//! The checker warns when a band's unsafe options keep to one position of their choices.

mod common;

use common::{Project, SAMPLE};
use safekite_core::check::{CheckOptions, Report, check_project};
use safekite_core::codes::UNSAFE_OPTION_POSITION;

fn run(p: &Project) -> Report {
    let opts = CheckOptions {
        root: Some(p.root.clone()),
        ..Default::default()
    };
    check_project(&[p.path("lessons")], &opts)
}

/// The sample lesson's single choice, with its three options (unsafe first).
const UNSAFE_FIRST: &str = "Option(
                    line: \"prize-popup-option-tap\",";

/// Adds copies of the sample lesson as lessons `copy-1` .. `copy-n` of the same band; `rotate`
/// says, per copy, whether its unsafe option is moved from first to last place.
fn with_copies(p: &Project, rotate: &[bool]) {
    let sample = p.read(SAMPLE);
    let start = sample
        .find(UNSAFE_FIRST)
        .expect("the sample's unsafe option");
    let end = sample[start..]
        .find("Option(\n                    line: \"prize-popup-option-ask\"")
        .unwrap()
        + start;
    let unsafe_option = &sample[start..end];
    let rest_end = sample[end..].find("\n            ],").unwrap() + end;
    let others = &sample[end..rest_end];
    for (i, moved) in rotate.iter().enumerate() {
        let id = format!("copy-{}", i + 1);
        let mut text = sample.replacen("id: \"prize-popup\"", &format!("id: \"{id}\""), 1);
        if *moved {
            let reordered = format!(
                "{}\n                {}",
                others.trim_end(),
                unsafe_option.trim_end()
            );
            text = text.replacen(&sample[start..rest_end], &reordered, 1);
        }
        p.write(&format!("lessons/3-6/{id}.lesson.ron"), &text);
    }
}

#[test]
fn a_band_with_its_unsafe_options_always_first_is_warned_at_an_option() {
    let p = Project::sample();
    with_copies(&p, &[false, false, false]);
    let r = run(&p);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == UNSAFE_OPTION_POSITION)
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    let d = found[0];
    assert!(!d.is_error(), "a warning, not an error");
    assert!(d.message.contains("4 of the 4"), "{}", d.message);
    assert!(d.message.contains("option 1"), "{}", d.message);
    assert!(d.message.contains("3-6"), "{}", d.message);
    // Placed at the `safety` of an unsafe option in position 1.
    let source = p.read(&d.file.replace('\\', "/"));
    let line = source.lines().nth(d.line - 1).unwrap();
    assert!(
        line.contains("safety: Unsafe"),
        "{}:{} is {line:?}",
        d.file,
        d.line
    );
}

#[test]
fn unsafe_options_that_move_around_are_not_warned() {
    let p = Project::sample();
    // Two of four first, two last: not more than half in one place.
    with_copies(&p, &[true, false, true]);
    let r = run(&p);
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != UNSAFE_OPTION_POSITION),
        "{:#?}",
        r.diagnostics
    );
}

#[test]
fn a_band_with_few_unsafe_options_is_not_judged() {
    let p = Project::sample();
    with_copies(&p, &[false, false]);
    let r = run(&p);
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != UNSAFE_OPTION_POSITION),
        "{:#?}",
        r.diagnostics
    );
}
