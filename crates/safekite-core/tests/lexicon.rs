//! The checker knows the narration's pronunciation lexicons (`scripts/narrate.d/lexicon.<locale>.tsv`):
//! a malformed entry is an error where it is, and a spoken line with a word the voice would spell
//! out (an abbreviation), a link, or (in Vietnamese) a foreign word, with no lexicon entry, is a
//! warning at the line's message.

mod common;

use common::{Project, position};
use safekite_core::check::{CheckOptions, Report, check_project};
use safekite_core::codes::{LEXICON, UNSPEAKABLE_WORD};
use safekite_core::diagnostic::Diagnostic;

const VI: &str = "locales/vi/prize-popup.ftl";
const LEXICON_VI: &str = "scripts/narrate.d/lexicon.vi.tsv";

fn run(p: &Project) -> Report {
    let opts = CheckOptions {
        root: Some(p.root.clone()),
        ..Default::default()
    };
    check_project(&[p.path("lessons")], &opts)
}

fn with_code<'a>(r: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// The game's name, spoken on the title screen (the interface's words are the shipped ones).
const NAME: &str = "SafeKite\tXêy Cai\n";

/// The sample project with lexicons (the game's name, then `lexicon_vi`) and the spoken hello
/// line saying `hello`.
fn project(hello: &str, lexicon_vi: &str) -> Project {
    let p = Project::sample();
    p.write(LEXICON_VI, &format!("{NAME}{lexicon_vi}"));
    p.write("scripts/narrate.d/lexicon.en.tsv", "# none\n");
    let text = p.read(VI);
    let old = text
        .lines()
        .find(|l| l.starts_with("prize-popup-hello = "))
        .unwrap()
        .to_string();
    p.replace(VI, &old, &format!("prize-popup-hello = {hello}"));
    p
}

#[test]
fn an_abbreviation_the_voice_would_spell_is_warned_at_its_message() {
    let p = project("Chào bạn! Tớ ở CLB vẽ.", "# empty\n");
    let r = run(&p);
    let found = with_code(&r, UNSPEAKABLE_WORD);
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    let d = found[0];
    assert!(d.file.ends_with(VI), "{}", d.file);
    assert!(d.message.contains("`CLB`"), "{}", d.message);
    assert!(!d.is_error());
    assert_eq!(
        (d.line, d.col),
        position(&p.read(VI), "prize-popup-hello =")
    );
}

#[test]
fn a_lexicon_entry_says_how_to_speak_it() {
    let p = project("Chào bạn! Tớ ở CLB vẽ.", "CLB\tcâu lạc bộ\n");
    let r = run(&p);
    assert!(
        with_code(&r, UNSPEAKABLE_WORD).is_empty(),
        "{:#?}",
        r.diagnostics
    );
    assert!(with_code(&r, LEXICON).is_empty(), "{:#?}", r.diagnostics);
}

#[test]
fn links_and_foreign_words_are_warned() {
    let p = project("Xem clb-qua/nam với Rocket nhé.", "# empty\n");
    let r = run(&p);
    let found = with_code(&r, UNSPEAKABLE_WORD);
    assert_eq!(found.len(), 2, "{:#?}", r.diagnostics);
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("`clb-qua/nam`") && d.message.contains("link"))
    );
    assert!(found.iter().any(|d| d.message.contains("`Rocket`")));
}

#[test]
fn a_malformed_lexicon_line_is_an_error_where_it_is() {
    let p = project("Chào bạn!", "# comment\n111\tmột một một\nCLB câu lạc bộ\n");
    let r = run(&p);
    let found = with_code(&r, LEXICON);
    assert_eq!(found.len(), 1, "{:#?}", r.diagnostics);
    let d = found[0];
    assert!(d.is_error());
    assert!(d.file.ends_with(LEXICON_VI), "{}", d.file);
    assert_eq!((d.line, d.col), (4, 1));
}

#[test]
fn a_project_without_lexicons_is_not_judged() {
    let p = Project::sample();
    let text = p.read(VI);
    let old = text
        .lines()
        .find(|l| l.starts_with("prize-popup-hello = "))
        .unwrap()
        .to_string();
    p.replace(VI, &old, "prize-popup-hello = Chào bạn! Tớ ở CLB vẽ.");
    let r = run(&p);
    assert!(
        with_code(&r, UNSPEAKABLE_WORD).is_empty(),
        "{:#?}",
        r.diagnostics
    );
}
