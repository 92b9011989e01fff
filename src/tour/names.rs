//! The tour's check that a screen reader can name every button it meets: on every screenshot,
//! each button on screen must have a name in the accessibility tree (AccessKit), the words
//! inside it or the label its screen gave a picture. Run in a real window, this also shows that
//! the names survive Bevy's own naming of buttons.

use bevy::a11y::AccessibilityNode;
use bevy::prelude::*;

use super::Tour;

/// The buttons on screen for this check: their names and accessibility nodes.
type ButtonsSeen<'w, 's> = Query<
    'w,
    's,
    (
        &'static Name,
        &'static InheritedVisibility,
        Option<&'static AccessibilityNode>,
    ),
    With<Button>,
>;

/// Runs before the layout check: if a screenshot was just asked for, names the buttons on
/// screen that a screen reader would announce without a name.
pub(super) fn check_names_of_screenshots(mut tour: ResMut<Tour>, buttons: ButtonsSeen) {
    let Some(shot) = tour.check_layout.as_ref().map(|s| s.name.clone()) else {
        return;
    };
    for (name, visible, node) in &buttons {
        let said = node.and_then(|n| n.label()).unwrap_or_default();
        if visible.get() && said.trim().is_empty() {
            tour.layout_problems.push(format!(
                "{shot}: button {name} has no name for a screen reader"
            ));
        }
    }
}
