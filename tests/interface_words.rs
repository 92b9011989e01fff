//! Every interface message (`safekite_core::ui_messages::ALL`) is used: by its constant in the
//! game or the core, or, for the cast's names, through `cast::name_message`. A message nothing
//! shows is removed (from `ui_messages.rs`, both `ui.ftl` files and its narration), not kept.

use safekite_core::cast::{CAST, name_message};
use safekite_core::model::NARRATOR;
use safekite_core::ui_messages::ALL;
use std::path::Path;

/// Messages nothing uses yet, each with why it stays. Every one must still be unused (the test
/// fails once it is used, so the list cannot go stale).
const NOT_YET_USED: &[(&str, &str)] = &[(
    "device-typing",
    "the chat's typing dots have no words yet; src/device is being split into one file per screen",
)];

/// Every `.rs` file under `dir`, concatenated.
fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.ends_with("src/ui_messages.rs")
        {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The constant's name of a message id, as `ui_messages!` declares it (`map-title`:
/// `MAP_TITLE`), read from the declaration itself.
fn constant_of(id: &str, declarations: &str) -> String {
    declarations
        .lines()
        .find(|l| l.contains(&format!("= \"{id}\",")))
        .and_then(|l| l.split('=').next())
        .map(|name| name.trim().to_string())
        .unwrap_or_else(|| panic!("no constant declares {id}"))
}

fn is_used(id: &str, code: &str, declarations: &str) -> bool {
    let constant = constant_of(id, declarations);
    let by_constant = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == constant);
    // The glad-you-asked lines are picked inside ui_messages.rs itself.
    let after_declarations = declarations
        .split_once("ui_messages! {")
        .and_then(|(_, rest)| rest.split_once("\n}\n"))
        .map_or("", |(_, functions)| functions);
    let in_a_function = after_declarations
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == constant);
    let a_cast_name = CAST
        .iter()
        .map(|m| m.id)
        .chain([NARRATOR])
        .any(|who| name_message(&who.into()) == id);
    by_constant || in_a_function || a_cast_name
}

#[test]
fn every_interface_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources(&root.join("src"), &mut code);
    sources(&root.join("crates/safekite-core/src"), &mut code);
    let declarations =
        std::fs::read_to_string(root.join("crates/safekite-core/src/ui_messages.rs")).unwrap();
    let unused: Vec<&str> = ALL
        .iter()
        .map(|m| m.id)
        .filter(|id| !is_used(id, &code, &declarations))
        .filter(|id| !NOT_YET_USED.iter().any(|(known, _)| known == id))
        .collect();
    assert!(
        unused.is_empty(),
        "interface messages nothing uses: {unused:?}"
    );
    for (id, why) in NOT_YET_USED {
        assert!(
            !is_used(id, &code, &declarations),
            "{id} is used now: take it off NOT_YET_USED ({why})"
        );
    }
}

#[test]
fn a_message_nothing_uses_is_found() {
    let declarations = "ui_messages! {
    MAP_TITLE = \"map-title\", false;
    OLD = \"old\", false;
    PICKED = \"picked\", false;
}

pub fn pick() -> &'static str {
    PICKED
}
";
    let code = "fn f() { t(ui::MAP_TITLE); }";
    assert!(is_used("map-title", code, declarations));
    assert!(!is_used("old", code, declarations));
    // Picked by a function of ui_messages.rs itself (as the glad-you-asked lines are).
    assert!(is_used("picked", code, declarations));
    // A word that only contains the constant's name is not a use.
    assert!(!is_used("old", "let bold = 1; // OLDER", declarations));
}
