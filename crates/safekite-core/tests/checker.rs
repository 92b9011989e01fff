//! The checker finds each kind of problem, at the right file, line and column.

mod common;

use common::{Project, SAMPLE, position};
use safekite_core::check::{CheckOptions, Report, check_project};
use safekite_core::diagnostic::{Diagnostic, Severity};

fn run(p: &Project) -> Report {
    run_with(p, CheckOptions::default())
}

fn run_with(p: &Project, mut opts: CheckOptions) -> Report {
    opts.root = Some(p.root.clone());
    check_project(&[p.path("lessons")], &opts)
}

/// The diagnostics with `code`.
fn with_code<'a>(r: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// Exactly one diagnostic with `code`, in a file ending with `file`.
fn one<'a>(r: &'a Report, code: &str, file: &str) -> &'a Diagnostic {
    let found = with_code(r, code);
    assert_eq!(
        found.len(),
        1,
        "expected one {code}, got {:#?}\nall: {:#?}",
        found,
        r.diagnostics
    );
    assert!(
        found[0].file.ends_with(file),
        "{code} in {} not {file}",
        found[0].file
    );
    found[0]
}

#[test]
fn the_sample_project_is_clean() {
    let p = Project::sample();
    let r = run_with(
        &p,
        CheckOptions {
            require_narration: true,
            ..Default::default()
        },
    );
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
    assert_eq!(r.lessons, 1);
    assert_eq!(r.nodes, 12);
    assert!(r.good_lessons.contains_key("prize-popup"));
}

#[test]
fn a_choice_pointing_at_a_missing_node_is_reported_at_its_token_and_exits_1() {
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "next: \"tell-mum\",\n                ),",
        "next: \"tell-mom\",\n                ),",
    );
    let (line, col) = position(&p.read(SAMPLE), "\"tell-mom\"");
    let (code, stderr) = p.check(&[]);
    assert_eq!(code, 1, "{stderr}");
    let expected = format!(
        "lessons/3-6/prize-popup.lesson.ron:{line}:{col}: error[SK0013]: option 2 of choice `what-now` leads to node `tell-mom`, which does not exist"
    );
    assert!(
        stderr.contains(&expected),
        "wanted {expected}\ngot:\n{stderr}"
    );
    // The excerpt shows the line and a caret under the token.
    assert!(stderr.contains("next: \"tell-mom\""), "{stderr}");
    assert!(stderr.contains("^^^^^^^^^^"), "{stderr}");
    assert!(
        stderr.contains("= hint: the nodes of this lesson are: hello, colouring"),
        "{stderr}"
    );
    assert!(
        stderr.contains("checked 1 lesson(s), 12 node(s)"),
        "{stderr}"
    );
}

#[test]
fn a_clean_project_exits_0_with_a_summary() {
    let p = Project::sample();
    let (code, stderr) = p.check(&["--require-narration"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
}

#[test]
fn ron_syntax_errors_point_at_the_token() {
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "Say(id: \"tummy\", speaker: \"mai\",",
        "Say(id: \"tummy\" speaker: \"mai\",",
    );
    let (line, col) = position(
        &p.read(SAMPLE),
        "speaker: \"mai\", line: \"prize-popup-tummy\"",
    );
    let r = run(&p);
    let d = one(&r, "SK0001", SAMPLE);
    assert_eq!((d.line, d.col), (line, col), "{d}");
}

#[test]
fn unknown_fields_are_schema_errors_at_the_field() {
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "Say(id: \"tummy\", speaker",
        "Say(id: \"tummy\", feeling: \"happy\", speaker",
    );
    // (`mood` is a field since the teen format additions; `feeling` is not.)
    let (line, _) = position(&p.read(SAMPLE), "feeling:");
    let r = run(&p);
    let d = one(&r, "SK0002", SAMPLE);
    assert_eq!(d.line, line, "{d}");
    assert!(d.message.contains("feeling"), "{d}");
}

#[test]
fn duplicate_nodes_missing_start_and_unreachable_nodes() {
    let p = Project::sample();
    p.replace(SAMPLE, "Say(id: \"hands\"", "Say(id: \"tummy\"");
    let r = run(&p);
    let d = one(&r, "SK0011", SAMPLE);
    assert_eq!(
        d.line,
        position(
            &p.read(SAMPLE),
            "Say(id: \"tummy\", speaker: \"mai\", line: \"prize-popup-hands\""
        )
        .0
    );

    let p = Project::sample();
    p.replace(SAMPLE, "start: \"hello\"", "start: \"helo\"");
    let r = run(&p);
    let d = one(&r, "SK0012", SAMPLE);
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"helo\""));

    let p = Project::sample();
    p.replace(SAMPLE, "start: \"hello\"", "start: \"colouring\"");
    let r = run(&p);
    let d = one(&r, "SK0014", SAMPLE);
    assert!(d.message.contains("`hello`"), "{d}");
}

#[test]
fn dead_ends_and_closed_loops_are_found() {
    // A loop that never leaves: oops-back goes to oops, oops goes to oops-back.
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "line: \"prize-popup-oops-back\", next: \"what-now\"",
        "line: \"prize-popup-oops-back\", next: \"oops\"",
    );
    let r = run(&p);
    let stuck: Vec<_> = with_code(&r, "SK0015")
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(stuck.len(), 2, "{stuck:?}");
    assert!(
        stuck.iter().any(|m| m.contains("`oops`"))
            && stuck.iter().any(|m| m.contains("`oops-back`"))
    );
    // The wrong turn no longer comes back to the choice either.
    one(&r, "SK0026", SAMPLE);
}

#[test]
fn choice_option_counts_are_enforced() {
    let p = Project::sample();
    let text = p.read(SAMPLE);
    let start = text
        .find("                Option(\n                    line: \"prize-popup-option-ask\"")
        .unwrap();
    let end = text
        .find("                Option(\n                    line: \"prize-popup-option-hands\"")
        .unwrap();
    let mut one_option = text.clone();
    one_option.replace_range(
        start
            ..text
                .find("            ],\n        ),\n        // The gentle")
                .unwrap(),
        "",
    );
    p.write(SAMPLE, &one_option);
    let r = run(&p);
    one(&r, "SK0016", SAMPLE);

    let p = Project::sample();
    let ask = &text[start..end];
    let five = text.replacen(ask, &ask.repeat(3), 1);
    p.write(SAMPLE, &five);
    let r = run(&p);
    assert!(
        one(&r, "SK0016", SAMPLE)
            .message
            .contains("has 5 option(s)")
    );
}

/// The sample with `discuss` prompts on its choice (`ids`), each defined in both locales.
fn with_discussion(ids: &[&str]) -> Project {
    let p = Project::sample();
    let list: Vec<String> = ids.iter().map(|id| format!("\"{id}\"")).collect();
    p.replace(
        SAMPLE,
        "prompt: \"prize-popup-what-now\",\n",
        &format!(
            "prompt: \"prize-popup-what-now\",\n            discuss: [{}],\n",
            list.join(", ")
        ),
    );
    for (lang, question) in [
        ("en", "What would you do if a prize popped up?"),
        ("vi", "Nếu có quà hiện ra, các con sẽ làm gì?"),
    ] {
        let rel = format!("locales/{lang}/prize-popup.ftl");
        let mut text = p.read(&rel);
        for id in ids {
            text.push_str(&format!("{id} = {question}\n"));
        }
        p.write(&rel, &text);
    }
    p
}

#[test]
fn discussion_prompts_are_teacher_only_and_checked_in_every_locale() {
    // Two prompts in both locales check clean, and need no narration (they are never spoken).
    let p = with_discussion(&["prize-popup-discuss-1", "prize-popup-discuss-2"]);
    let r = run_with(
        &p,
        CheckOptions {
            require_narration: true,
            ..Default::default()
        },
    );
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
    let lesson = safekite_core::load::parse_lesson(&p.read(SAMPLE)).unwrap();
    let uses = lesson.messages();
    let discuss: Vec<_> = uses
        .iter()
        .filter(|m| m.id.as_str().contains("discuss"))
        .collect();
    assert_eq!(discuss.len(), 2);
    assert!(discuss.iter().all(|m| !m.spoken), "{discuss:?}");
    assert_eq!(discuss[1].path, "nodes[4].discuss[1]");

    // A prompt missing from one locale is reported at its use.
    let vi = "locales/vi/prize-popup.ftl";
    let kept: String = p
        .read(vi)
        .lines()
        .filter(|l| !l.starts_with("prize-popup-discuss-2 ="))
        .map(|l| format!("{l}\n"))
        .collect();
    p.write(vi, &kept);
    let r = run(&p);
    let d = one(&r, "SK0020", SAMPLE);
    assert!(
        d.message.contains("`prize-popup-discuss-2`") && d.message.contains("`vi`"),
        "{d}"
    );
    assert_eq!(
        (d.line, d.col),
        position(&p.read(SAMPLE), "\"prize-popup-discuss-2\"")
    );
}

#[test]
fn a_choice_has_at_most_two_discussion_prompts() {
    let p = with_discussion(&["prize-popup-d-1", "prize-popup-d-2", "prize-popup-d-3"]);
    let r = run(&p);
    let d = one(&r, "SK0039", SAMPLE);
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("3 discussion prompts"), "{d}");
    assert!(d.hint.is_some());
    assert_eq!(
        (d.line, d.col),
        position(&p.read(SAMPLE), "[\"prize-popup-d-1\"")
    );
    assert_eq!(r.errors(), 1, "{:#?}", r.diagnostics);
}

#[test]
fn a_lesson_without_a_grown_up_path_or_with_an_unsafe_ending_is_an_error() {
    // Skip the TellAdult node: the safe option goes straight to the end.
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "line: \"prize-popup-hands\", next: \"tell-mum\"",
        "line: \"prize-popup-hands\", next: \"well-done\"",
    );
    p.replace(
        SAMPLE,
        "safety: TellAdult,\n                    next: \"tell-mum\"",
        "safety: TellAdult,\n                    next: \"hands\"",
    );
    let r = run(&p);
    one(&r, "SK0017", SAMPLE);
    assert!(
        !with_code(&r, "SK0014").is_empty(),
        "the TellAdult node is now unreachable"
    );

    // The wrong turn leads to the Good End.
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "line: \"prize-popup-oops-back\", next: \"what-now\"",
        "line: \"prize-popup-oops-back\", next: \"well-done\"",
    );
    let r = run(&p);
    let d = one(&r, "SK0019", SAMPLE);
    assert!(d.message.contains("well-done"));
}

#[test]
fn unknown_topic_cast_and_bad_ids() {
    let p = Project::sample();
    p.replace(SAMPLE, "topic: \"prize-popup\"", "topic: \"prizes\"");
    p.replace(
        SAMPLE,
        "speaker: \"mai\", line: \"prize-popup-hello\"",
        "speaker: \"nam\", line: \"prize-popup-hello\"",
    );
    p.replace(SAMPLE, "picture: \"gift-box\"", "picture: \"Gift Box\"");
    let r = run(&p);
    one(&r, "SK0006", SAMPLE);
    let d = one(&r, "SK0007", SAMPLE);
    assert!(d.message.contains("`nam`"));
    let d = one(&r, "SK0005", SAMPLE);
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"Gift Box\""));
}

#[test]
fn messages_missing_from_a_locale_are_errors_at_the_use() {
    let p = Project::sample();
    let vi = "locales/vi/prize-popup.ftl";
    let text = p.read(vi);
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("prize-popup-tummy ="))
        .map(|l| format!("{l}\n"))
        .collect();
    p.write(vi, &kept);
    let r = run(&p);
    let d = one(&r, "SK0020", SAMPLE);
    assert!(
        d.message.contains("`prize-popup-tummy`") && d.message.contains("`vi`"),
        "{d}"
    );
    assert_eq!(
        (d.line, d.col),
        position(&p.read(SAMPLE), "\"prize-popup-tummy\"")
    );
}

#[test]
fn unused_messages_are_warnings_at_their_definition() {
    let p = Project::sample();
    let en = "locales/en/prize-popup.ftl";
    p.write(
        en,
        &format!("{}prize-popup-spare = Not used anywhere.\n", p.read(en)),
    );
    let r = run(&p);
    let d = one(&r, "SK0021", en);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!((d.line, d.col), position(&p.read(en), "prize-popup-spare"));
    assert_eq!(r.errors(), 0);
}

#[test]
fn fluent_syntax_errors_are_reported_at_their_line_and_column() {
    let p = Project::sample();
    let en = "locales/en/prize-popup.ftl";
    p.replace(en, "prize-popup-oops = Tap!", "prize-popup-oops = Tap { !");
    let r = run(&p);
    let found = with_code(&r, "SK0022");
    assert!(!found.is_empty(), "{:#?}", r.diagnostics);
    let (line, _) = position(&p.read(en), "prize-popup-oops =");
    assert_eq!(found[0].line, line, "{}", found[0]);
    assert!(found[0].col > 1);
    // The broken message is then missing, reported where the lesson uses it.
    assert!(
        with_code(&r, "SK0020")
            .iter()
            .any(|d| d.message.contains("prize-popup-oops"))
    );
}

#[test]
fn fluent_variables_must_match_between_locales() {
    let p = Project::sample();
    p.replace(
        "locales/vi/ui.ftl",
        "Máy này đã có { $count } bạn chơi",
        "Máy này đã có { $number } bạn chơi",
    );
    let r = run(&p);
    let d = one(&r, "SK0023", "locales/vi/ui.ftl");
    assert!(
        d.message.contains("$number") && d.message.contains("$count"),
        "{d}"
    );
}

#[test]
fn missing_pictures_and_narration() {
    let p = Project::sample();
    std::fs::remove_file(p.path("assets/art/icons/tap-button.png")).unwrap();
    std::fs::remove_file(p.path("assets/voice/vi/prize-popup-hello.ogg")).unwrap();
    let r = run(&p);
    let d = one(&r, "SK0030", SAMPLE);
    assert_eq!((d.line, d.col), position(&p.read(SAMPLE), "\"tap-button\""));
    let d = one(&r, "SK0031", SAMPLE);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        (d.line, d.col),
        position(&p.read(SAMPLE), "\"prize-popup-hello\"")
    );
    let r = run_with(
        &p,
        CheckOptions {
            require_narration: true,
            ..Default::default()
        },
    );
    assert_eq!(one(&r, "SK0031", SAMPLE).severity, Severity::Error);
}

#[test]
fn file_names_must_be_lowercase_ascii() {
    let p = Project::sample();
    p.write("assets/art/icons/Tap Button.png", "");
    let r = run(&p);
    one(&r, "SK0032", "assets/art/icons/Tap Button.png");
}

#[test]
fn long_lines_for_little_ones_and_unkind_words() {
    let p = Project::sample();
    let en = "locales/en/prize-popup.ftl";
    p.replace(en, "prize-popup-hello = Hi! I'm Mai. I love colouring on the tablet!", "prize-popup-hello = Hi! I'm Mai and I really love colouring big fish on the family tablet after school!");
    p.replace(
        en,
        "prize-popup-oops = Tap! Now more boxes pop up. They want Mum's money.",
        "prize-popup-oops = Tap! Now scary boxes pop up.",
    );
    let r = run(&p);
    let d = one(&r, "SK0040", en);
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("has 16 words"), "{d}");
    let d = one(&r, "SK0041", en);
    assert!(d.message.contains("\"scary\""), "{d}");
    assert_eq!(d.line, position(&p.read(en), "prize-popup-oops =").0);
}

#[test]
fn duplicate_lesson_ids_and_a_stale_index() {
    let p = Project::sample();
    let text = p.read(SAMPLE);
    p.write(
        "lessons/6-10/prize-popup.lesson.ron",
        &text.replace("band: \"3-6\"", "band: \"6-10\""),
    );
    let r = run(&p);
    one(&r, "SK0010", "lessons/6-10/prize-popup.lesson.ron");
    let d = one(&r, "SK0028", "lessons/index.ron");
    assert!(d.message.contains("6-10/prize-popup.lesson.ron"));
}

#[test]
fn a_lesson_in_the_wrong_band_folder_or_misnamed() {
    let p = Project::sample();
    p.replace(SAMPLE, "band: \"3-6\"", "band: \"11-15\"");
    p.replace(SAMPLE, "id: \"prize-popup\"", "id: \"prize-pop\"");
    let r = run(&p);
    assert_eq!(with_code(&r, "SK0004").len(), 2, "{:#?}", r.diagnostics);
}

#[test]
fn one_broken_lesson_does_not_hide_the_others() {
    let p = Project::sample();
    let text = p.read(SAMPLE);
    // A second, good lesson with its own words, pictures and voice reused from the sample.
    let second = text.replace("id: \"prize-popup\"", "id: \"prize-popup-two\"");
    p.write("lessons/3-6/prize-popup-two.lesson.ron", &second);
    p.write(
        "lessons/3-6/broken.lesson.ron",
        "Lesson(format: 1, id: \"broken\", band: \"3-6\"",
    );
    p.write("lessons/index.ron", "(lessons: [\"3-6/broken.lesson.ron\", \"3-6/prize-popup-two.lesson.ron\", \"3-6/prize-popup.lesson.ron\"])");
    // And a second error in the good lessons' folder: an unreachable node in prize-popup.
    p.replace(SAMPLE, "start: \"hello\"", "start: \"colouring\"");
    let r = run(&p);
    one(&r, "SK0001", "broken.lesson.ron");
    one(&r, "SK0014", SAMPLE);
    assert!(
        r.good_lessons.contains_key("prize-popup-two"),
        "{:?}",
        r.good_lessons.keys()
    );
    assert!(!r.good_lessons.contains_key("prize-popup"));
    assert_eq!(r.lessons, 3);
}

#[test]
fn the_docs_list_every_code() {
    let doc = std::fs::read_to_string(common::repo().join("docs/lesson-format.md")).unwrap();
    let table = safekite_core::codes::markdown_table();
    assert!(
        doc.contains(&table),
        "docs/lesson-format.md must contain the table printed by `safekite-check --codes`"
    );
}

#[test]
fn reassurance_is_not_blame() {
    use safekite_core::check::find_unkind_word;
    assert_eq!(find_unkind_word("en", "It's not your fault."), None);
    assert_eq!(
        find_unkind_word("en", "It was your fault."),
        Some("your fault")
    );
    assert_eq!(find_unkind_word("vi", "Không phải lỗi của con đâu."), None);
    assert_eq!(
        find_unkind_word("vi", "Đó là lỗi của con."),
        Some("lỗi của con")
    );
    assert_eq!(find_unkind_word("en", "A SCARY video!"), Some("scary"));
}

#[test]
fn deny_warnings_fails_on_a_warning() {
    let p = Project::sample();
    let en = "locales/en/prize-popup.ftl";
    p.write(
        en,
        &format!("{}prize-popup-spare = Not used anywhere.\n", p.read(en)),
    );
    assert_eq!(p.check(&[]).0, 0);
    let (code, stderr) = p.check(&["--deny-warnings"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("warning[SK0021]"), "{stderr}");
}

#[test]
fn a_grown_ups_rehearsal_may_have_longer_lines_but_keeps_the_safety_rules() {
    let p = Project::sample();
    let text = p.read(SAMPLE);
    std::fs::remove_file(p.path(SAMPLE)).unwrap();
    p.write(
        "lessons/grown-ups/prize-popup.lesson.ron",
        &text
            .replace("band: \"3-6\"", "band: \"grown-ups\"")
            .replace("topic: \"prize-popup\"", "topic: \"calm-response\""),
    );
    let en = "locales/en/prize-popup.ftl";
    p.replace(
        en,
        "prize-popup-hello = Hi! I'm Mai. I love colouring on the tablet!",
        "prize-popup-hello = Hi! I'm Mai, and after school I really love colouring big orange fish and little blue boats on our family tablet with my grandma.",
    );
    p.replace(
        en,
        "prize-popup-oops = Tap! Now more boxes pop up. They want Mum's money.",
        "prize-popup-oops = Tap! Now scary boxes pop up.",
    );
    // The printed pages' own words are a tool's, not an orphan lesson's.
    p.write("locales/en/print.ftl", "print-the-end = The end\n");
    p.write("locales/vi/print.ftl", "print-the-end = Hết truyện\n");
    let r = run(&p);
    let found: Vec<&Diagnostic> = r
        .diagnostics
        .iter()
        .filter(|d| d.code != "SK0028") // the sample's index still names the 3-6 file
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].code, "SK0041",
        "a 24-word line is fine; `scary` is not"
    );
    assert!(found[0].message.contains("\"scary\""), "{}", found[0]);
}

#[test]
fn a_tool_word_file_needs_the_same_ids_in_every_locale() {
    let p = Project::sample();
    p.write(
        "locales/en/parents.ftl",
        "parents-title = Parents' corner\nparents-back = Back\n",
    );
    p.write("locales/vi/parents.ftl", "parents-title = Góc cha mẹ\n");
    let r = run(&p);
    // No lesson owns it, and nothing uses it: not an orphan, not unused.
    assert!(with_code(&r, "SK0027").is_empty(), "{:#?}", r.diagnostics);
    assert!(with_code(&r, "SK0021").is_empty(), "{:#?}", r.diagnostics);
    let d = one(&r, "SK0020", "locales/vi/parents.ftl");
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("`parents-back`"), "{}", d.message);
    assert!(
        d.message.contains("locales/en/parents.ftl:2"),
        "{}",
        d.message
    );

    // A file missing from a locale altogether lacks all of its ids.
    std::fs::remove_file(p.path("locales/vi/parents.ftl")).unwrap();
    let r = run(&p);
    let found = with_code(&r, "SK0020");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|d| d.file.ends_with("locales/vi/parents.ftl"))
    );

    // And its syntax is checked like any word file's.
    p.write(
        "locales/vi/parents.ftl",
        "parents-title = Góc cha mẹ\nparents-back Quay lại\n",
    );
    let r = run(&p);
    one(&r, "SK0022", "locales/vi/parents.ftl");
}

#[test]
fn repeated_warnings_are_summarised_after_the_errors_unless_all() {
    let p = Project::sample();
    // Every narration file gone: dozens of SK0031 warnings, and one real error buried in them.
    std::fs::remove_dir_all(p.path("assets/voice")).unwrap();
    p.replace(
        SAMPLE,
        "next: \"tell-mum\",\n                ),",
        "next: \"tell-mom\",\n                ),",
    );
    let r = run(&p);
    let warnings = with_code(&r, "SK0031").len();
    assert!(warnings >= 30, "{warnings} narration warnings");
    assert_eq!(r.errors(), 1, "{:#?}", r.diagnostics);

    let (code, stderr) = p.check(&[]);
    assert_eq!(code, 1, "{stderr}");
    let error = stderr.find("error[SK0013]").expect(&stderr);
    let first_warning = stderr.find("warning[SK0031]").expect(&stderr);
    assert!(error < first_warning, "the error comes first:\n{stderr}");
    assert_eq!(stderr.matches("warning[SK0031]").count(), 3, "{stderr}");
    let summary = format!(
        "and {} more SK0031 warnings (a spoken line has no narration file",
        warnings - 3
    );
    assert_eq!(stderr.matches(&summary).count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!("{warnings} warning(s)")),
        "{stderr}"
    );

    // `--all` prints every one, in file order, as before.
    let (code, all) = p.check(&["--all"]);
    assert_eq!(code, 1, "{all}");
    assert_eq!(all.matches("warning[SK0031]").count(), warnings, "{all}");
    assert!(!all.contains("more SK0031 warnings"), "{all}");
}

#[test]
fn a_few_warnings_of_one_kind_are_all_shown_and_errors_are_never_summarised() {
    let p = Project::sample();
    // Five unused messages: at the threshold, every one is shown.
    let en = "locales/en/prize-popup.ftl";
    let spare: String = (1..=5)
        .map(|i| format!("prize-popup-spare-{i} = Not used anywhere.\n"))
        .collect();
    p.write(en, &format!("{}{spare}", p.read(en)));
    // Many errors of one kind: missing messages in Vietnamese.
    let vi = "locales/vi/prize-popup.ftl";
    let kept: String = p
        .read(vi)
        .lines()
        .filter(|l| {
            !["o", "say", "h"]
                .iter()
                .any(|p| l.starts_with(&format!("prize-popup-{p}")))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    p.write(vi, &kept);
    let r = run(&p);
    let missing = with_code(&r, "SK0020").len();
    assert!(missing > 5, "{missing}");
    let (_, stderr) = p.check(&[]);
    assert_eq!(stderr.matches("warning[SK0021]").count(), 5, "{stderr}");
    assert_eq!(stderr.matches("error[SK0020]").count(), missing, "{stderr}");
    assert!(!stderr.contains(" more SK00"), "{stderr}");
}

/// The sample with its pop-up turned into a message with a link (`link` is the button's words).
fn with_link(link_en: &str, link_vi: &str) -> Project {
    let p = Project::sample();
    p.replace(
        SAMPLE,
        "Popup(\n                title: \"prize-popup-screen-title\",\n                body: \"prize-popup-screen-body\",\n                button: \"prize-popup-screen-button\",\n                picture: \"gift-box\",",
        "LinkMessage(\n                from: \"prize-popup-screen-title\",\n                avatar: \"cat\",\n                text: \"prize-popup-screen-body\",\n                link: \"prize-popup-screen-button\",",
    );
    p.write("assets/art/avatars/cat.png", "");
    for (lang, link) in [("en", link_en), ("vi", link_vi)] {
        let rel = format!("locales/{lang}/prize-popup.ftl");
        let text: String = p
            .read(&rel)
            .lines()
            .map(|l| {
                if l.starts_with("prize-popup-screen-button =") {
                    format!("prize-popup-screen-button = {link}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        p.write(&rel, &text);
    }
    p
}

#[test]
fn a_link_with_a_real_looking_domain_is_an_error_at_the_domain() {
    let p = with_link(
        "https://free-gifts.vn/claim",
        "qua-tang-mien-phi.example/nhan",
    );
    let en = "locales/en/prize-popup.ftl";
    let r = run(&p);
    let d = one(&r, "SK0048", en);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!((d.line, d.col), position(&p.read(en), "free-gifts.vn"));
    assert_eq!(d.len, "free-gifts.vn".len());
    assert!(d.message.contains("`free-gifts.vn`"), "{d}");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "use a made-up address such as `free-gifts.example` (endings `.example`, `.test`, `.invalid`, `.localhost`, or `example.com`, `.org`, `.net`, are never anyone's)"
        )
    );
    let (code, stderr) = p.check(&[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("error[SK0048]"), "{stderr}");

    // In a link every domain counts, whatever its ending.
    let p = with_link("gifts.verify-now", "qua-tang.test");
    let r = run(&p);
    let d = one(&r, "SK0048", en);
    assert!(d.message.contains("`gifts.verify-now`"), "{d}");
}

#[test]
fn made_up_domains_and_links_without_a_domain_are_fine() {
    for (en, vi) in [
        ("free-gifts.example", "qua-tang.example"),
        ("https://login.example.com/win", "http://example.org"),
        ("gifts.test/claim", "quà-tặng.invalid"),
        ("Get my prize!", "Nhận quà!"),
    ] {
        let p = with_link(en, vi);
        let r = run(&p);
        assert!(
            with_code(&r, "SK0048").is_empty(),
            "{en} / {vi}: {:#?}",
            r.diagnostics
        );
    }
}

#[test]
fn an_address_in_a_line_the_child_sees_must_be_made_up_but_grown_ups_lines_are_free() {
    let p = Project::sample();
    let vi = "locales/vi/prize-popup.ftl";
    let text = p.read(vi);
    let body = text
        .lines()
        .find(|l| l.starts_with("prize-popup-screen-body ="))
        .unwrap()
        .to_string();
    p.replace(vi, &body, &format!("{body} Vào www.QuaTang.vn nhé!"));
    let tip = text
        .lines()
        .find(|l| l.starts_with("prize-popup-tip ="))
        .unwrap()
        .to_string();
    p.replace(vi, &tip, &format!("{tip} Xem thêm: https://tongdai111.vn"));
    let r = run(&p);
    let d = one(&r, "SK0048", vi);
    assert!(d.message.contains("`www.quatang.vn`"), "{d}");
    assert_eq!((d.line, d.col), position(&p.read(vi), "www.QuaTang.vn"));

    let p = Project::sample();
    p.replace(vi, &body, &format!("{body} Vào quatang.example nhé!"));
    assert!(with_code(&run(&p), "SK0048").is_empty());
}
