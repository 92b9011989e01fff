//! Buttons' looks: each button has a [`ButtonRole`], and its colours (at rest, hovered, pressed,
//! its label and its border) follow from the role through an [`InteractionPalette`], never from
//! comparing colours. [`card_button`] is the one widget for the big picture cards (players,
//! animals, lessons, a lesson's options, "Tell a grown-up"); `screens::button` builds the
//! labelled ones on it.

use bevy::prelude::*;

use super::palette;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, style_buttons);
}

/// What a button is for; its colours follow from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ButtonRole {
    /// The way on (orange): "next", "new player", "create", "back to the map" at the end.
    Main,
    /// A quiet cream button or card: back, replay, settings, a player, an animal, a lesson.
    Quiet,
    /// A lesson's option (warm white), picture over words.
    Option,
    /// What the child says to the grown-up (blue).
    Say,
    /// "Tell a grown-up" (green), always in the same place.
    Tell,
    /// A lesson already done (leaf green) on the map.
    Done,
}

/// A button's colours, InteractionPalette-style: its background at rest, hovered and pressed,
/// its label, and its border at rest and when selected.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct InteractionPalette {
    pub none: Color,
    pub hovered: Color,
    pub pressed: Color,
    pub label: Color,
    pub border: Color,
    pub selected_border: Color,
}

impl InteractionPalette {
    /// The palette of a light surface of its own colour `base` that can be tapped (an element of
    /// the pretend phone): lighter when hovered, darker when pressed, a soft navy outline.
    pub(crate) fn around(base: Color) -> Self {
        InteractionPalette {
            none: base,
            hovered: base.lighter(0.06),
            pressed: base.darker(0.12),
            label: palette::NAVY,
            border: palette::NAVY.with_alpha(0.35),
            selected_border: palette::NAVY,
        }
    }
}

impl ButtonRole {
    /// The background at rest.
    fn base(self) -> Color {
        match self {
            ButtonRole::Main => palette::ORANGE,
            ButtonRole::Quiet => palette::CREAM,
            ButtonRole::Option => palette::WARM_WHITE,
            ButtonRole::Say => palette::DEEP_BLUE,
            ButtonRole::Tell => palette::DEEP_GREEN,
            ButtonRole::Done => palette::LEAF,
        }
    }

    /// Light buttons (navy labels) get a soft navy outline, so they stand out on light pictures
    /// too; coloured ones (warm white labels) need none.
    fn light(self) -> bool {
        matches!(self, ButtonRole::Quiet | ButtonRole::Option)
    }

    pub(crate) fn palette(self) -> InteractionPalette {
        let base = self.base();
        InteractionPalette {
            none: base,
            hovered: base.lighter(0.06),
            pressed: base.darker(0.12),
            // Navy on orange (5.6:1); warm white on orange would be 2.4:1.
            label: match self {
                ButtonRole::Quiet | ButtonRole::Option | ButtonRole::Done | ButtonRole::Main => {
                    palette::NAVY
                }
                ButtonRole::Say | ButtonRole::Tell => palette::WARM_WHITE,
            },
            border: if self.light() {
                palette::NAVY.with_alpha(0.35)
            } else {
                palette::NAVY.with_alpha(0.0)
            },
            selected_border: palette::NAVY,
        }
    }
}

/// A button's look: its palette, and whether it is selected (a thick navy border), e.g. the
/// chosen animal.
#[derive(Component, Clone, Copy, Debug)]
pub(crate) struct ButtonLook {
    pub palette: InteractionPalette,
    pub selected: bool,
}

impl ButtonLook {
    pub fn new(role: ButtonRole) -> Self {
        ButtonLook {
            palette: role.palette(),
            selected: false,
        }
    }

    /// The same look, selected or not.
    pub(crate) fn selected(self, selected: bool) -> Self {
        ButtonLook { selected, ..self }
    }
}

impl From<ButtonRole> for ButtonLook {
    fn from(role: ButtonRole) -> Self {
        ButtonLook::new(role)
    }
}

/// A tappable card named `name` (its test-hook name), laid out by `node` (size, direction,
/// padding, border width and radius), coloured by its role (a [`ButtonRole`], or a
/// [`ButtonLook`] to start selected). Its children (a picture, words) and what it does (a
/// screen's verb) are added by the caller.
pub(crate) fn card_button(
    name: impl Into<String>,
    look: impl Into<ButtonLook>,
    node: Node,
) -> impl Bundle {
    let look = look.into();
    (
        Name::new(name.into()),
        Button,
        node,
        BackgroundColor(look.palette.none),
        BorderColor::all(look.palette.border),
        look,
    )
}

/// Lightens a hovered button and darkens a pressed one; selected ones get a thick border.
fn style_buttons(
    mut buttons: Query<
        (
            &Interaction,
            &ButtonLook,
            &mut BackgroundColor,
            &mut BorderColor,
        ),
        Or<(Changed<Interaction>, Changed<ButtonLook>)>,
    >,
) {
    for (interaction, look, mut bg, mut border) in &mut buttons {
        let p = look.palette;
        bg.0 = match interaction {
            Interaction::Pressed => p.pressed,
            Interaction::Hovered => p.hovered,
            Interaction::None => p.none,
        };
        *border = BorderColor::all(if look.selected {
            p.selected_border
        } else {
            p.border
        });
    }
}
