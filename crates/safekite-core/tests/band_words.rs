//! Interface words for each age: the shipped `ui.ftl` speaks to a four-year-old, a child and a
//! teenager differently when the game passes the player's band.

mod common;

use safekite_core::model::Band;
use safekite_core::words::Words;

fn shipped_ui() -> Words {
    let mut words = Words::new();
    for locale in ["vi", "en"] {
        let rel = format!("locales/{locale}/ui.ftl");
        let errors = words.add_file(locale, &rel, &common::fixture(&rel));
        assert!(errors.is_empty(), "{rel}: {errors:?}");
    }
    words
}

#[test]
fn the_sticker_message_speaks_to_each_age() {
    let w = shipped_ui();
    let said = |locale, band| w.text_for_band(locale, "end-sticker-earned", band);
    assert_eq!(said("vi", Band::Little), "Bé được một hình dán!");
    assert!(
        said("vi", Band::Kids).starts_with("Bạn"),
        "{}",
        said("vi", Band::Kids)
    );
    assert!(
        said("vi", Band::Teens).contains("huy hiệu"),
        "{}",
        said("vi", Band::Teens)
    );
    assert!(
        said("en", Band::Teens).contains("badge"),
        "{}",
        said("en", Band::Teens)
    );
    // Children say "hình dán"; "nhãn dán" is the messaging-app word.
    for band in Band::ALL {
        assert!(
            !said("vi", band).contains("nhãn dán"),
            "{}",
            said("vi", band)
        );
    }
}

#[test]
fn without_a_band_the_youngest_players_words_are_used() {
    // The screens before a player is chosen, and the narration, are for the youngest.
    let w = shipped_ui();
    assert_eq!(
        w.text("vi", "end-sticker-earned"),
        w.text_for_band("vi", "end-sticker-earned", Band::Little)
    );
    assert_eq!(
        w.text("en", "map-title"),
        w.text_for_band("en", "map-title", Band::Little)
    );
    assert_ne!(
        w.text_for_band("en", "map-title", Band::Teens),
        w.text_for_band("en", "map-title", Band::Little)
    );
}
