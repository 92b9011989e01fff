//! The shipped sample lessons parse.
use safekite_core::load::parse_lesson;

#[test]
fn prize_popup_parses() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../lessons/3-6/prize-popup.lesson.ron"
    ))
    .unwrap();
    let lesson = parse_lesson(&src).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(lesson.id, "prize-popup");
    assert_eq!(lesson.nodes.len(), 12);
}
