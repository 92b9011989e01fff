//! Names for screen readers (Bevy's AccessKit integration): every button of the children's
//! screens is announced by what it says. A button with words is named by all of them, however
//! deep they sit in the button (Bevy names a button only by the texts directly inside it); a
//! button that is only a picture (an animal, a badge, a speaker) carries an [`AccessibleLabel`]
//! the screen gave it from the words files, and that name is kept (Bevy clears the name of a
//! button with no text inside when the button is added).

use bevy::a11y::{AccessibilityNode, AccessibilitySystems};
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use crate::art::Placeholder;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        name_buttons
            .after(bevy::ui::UiSystems::PostLayout)
            .before(AccessibilitySystems::Update),
    );
}

type ButtonToName<'a> = (
    Entity,
    Option<&'a AccessibleLabel>,
    Option<&'a mut AccessibilityNode>,
);

/// What a button holds: its texts, and the placeholders of pictures not drawn yet.
#[derive(SystemParam)]
struct Inside<'w, 's> {
    children: Query<'w, 's, &'static Children>,
    texts: Query<'w, 's, &'static Text>,
    spans: Query<'w, 's, &'static TextSpan>,
    placeholders: Query<'w, 's, (), With<Placeholder>>,
}

/// Gives every button its name: the screen's label if it set one, else the words inside it.
fn name_buttons(
    mut commands: Commands,
    mut buttons: Query<ButtonToName, With<Button>>,
    inside: Inside,
) {
    for (entity, label, node) in &mut buttons {
        let name = match label {
            Some(label) => label.0.clone(),
            None => words_inside(entity, &inside),
        };
        match node {
            Some(mut node) if node.label() != Some(name.as_str()) => node.set_label(name),
            Some(_) => {}
            None => {
                let mut node = AccessibilityNode::default();
                node.set_label(name);
                commands.entity(entity).try_insert(node);
            }
        }
    }
}

/// The words of every text inside `entity`, in the order they are drawn, joined by spaces. A
/// missing picture's placeholder card is left out: it names a file, not what the button does.
fn words_inside(entity: Entity, inside: &Inside) -> String {
    let mut words = Vec::new();
    let mut stack = vec![entity];
    while let Some(e) = stack.pop() {
        if inside.placeholders.contains(e) {
            continue;
        }
        let text = inside.texts.get(e).map(|t| t.0.as_str());
        if let Ok(w) = text.or_else(|_| inside.spans.get(e).map(|s| s.0.as_str()))
            && !w.trim().is_empty()
        {
            words.push(w.trim());
        }
        if let Ok(children) = inside.children.get(e) {
            stack.extend(children.iter().rev());
        }
    }
    words.join(" ")
}
