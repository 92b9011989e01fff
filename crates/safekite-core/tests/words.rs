//! Words through Fluent: the locale fallback chain, variables, and syntax errors.

use safekite_core::words::Words;

#[test]
fn words_fall_back_to_english_and_never_go_blank() {
    let mut w = Words::new();
    assert!(
        w.add_file(
            "en",
            "en/ui.ftl",
            "hello = Hello!\nonly-en = Only in English\n"
        )
        .is_empty()
    );
    assert!(
        w.add_file("vi", "vi/ui.ftl", "hello = Xin chào!\n")
            .is_empty()
    );
    assert_eq!(w.get("vi", "hello").as_deref(), Some("Xin chào!"));
    assert_eq!(w.get("vi", "only-en").as_deref(), Some("Only in English"));
    assert!(!w.has("vi", "only-en"));
    assert_eq!(w.get("vi", "nowhere"), None);
    assert_eq!(w.text("vi", "nowhere"), "[nowhere]");
}

#[test]
fn variables_are_filled_without_isolation_marks() {
    let mut w = Words::new();
    w.add_file("vi", "vi/ui.ftl", "stickers = Nhãn dán: { $count }\n");
    let text = w
        .get_with("vi", "stickers", &[("count", 3.into())])
        .unwrap();
    assert_eq!(text, "Nhãn dán: 3");
}

#[test]
fn syntax_errors_have_their_line_and_column_and_the_rest_still_loads() {
    let mut w = Words::new();
    let errors = w.add_file(
        "en",
        "en/x.ftl",
        "good = Fine\nbroken = { oops\nalso-good = Also fine\n",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].col > 1);
    assert_eq!(w.get("en", "also-good").as_deref(), Some("Also fine"));
}

#[test]
fn a_reloaded_file_replaces_its_words() {
    let mut w = Words::new();
    w.add_file("en", "en/ui.ftl", "title = Old\n");
    w.add_file("en", "en/ui.ftl", "title = New\n");
    assert_eq!(w.get("en", "title").as_deref(), Some("New"));
}

#[test]
fn every_message_gets_the_counsellor_with_defaults_from_the_interface_words() {
    let mut w = Words::new();
    w.add_file(
        "vi",
        "vi/ui.ftl",
        "counsellor-default-name = cô Hà\ncounsellor-default-room = phòng tư vấn\n",
    );
    w.add_file(
        "en",
        "en/ui.ftl",
        "counsellor-default-name = Ms Ha\ncounsellor-default-room = the counselling room\n",
    );
    w.add_file(
        "vi",
        "vi/lesson.ftl",
        "where = Gặp { $counsellor } ở { $counsellor-room } nhé.\n",
    );
    w.add_file(
        "en",
        "en/lesson.ftl",
        "where = Find { $counsellor } in { $counsellor-room }.\n",
    );
    assert_eq!(w.text("vi", "where"), "Gặp cô Hà ở phòng tư vấn nhé.");
    assert_eq!(w.text("en", "where"), "Find Ms Ha in the counselling room.");
    w.set_counsellor(Some(("thầy Tuấn".into(), "phòng 204".into())));
    assert_eq!(w.text("vi", "where"), "Gặp thầy Tuấn ở phòng 204 nhé.");
    w.set_counsellor(None);
    assert_eq!(w.text("en", "where"), "Find Ms Ha in the counselling room.");
}
