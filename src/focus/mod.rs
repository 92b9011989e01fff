//! Keyboard and switch access for the children's screens (the grown-ups' egui pages have their
//! own): a visible focus ring on the focused button, Tab / Shift-Tab and the arrow keys to move
//! it (in reading order: rows top to bottom, left to right), Enter or Space to press it (held,
//! a button that reads itself aloud is heard, as a finger's long press), and R to hear the step
//! again (the screen's "replay" button).
//!
//! One-switch scanning (a grown-up sets its speed): the focus steps through the buttons by
//! itself, and any key, or a tap away from the buttons, presses the focused one.
//!
//! A press is the button's [`Interaction`] going to `Pressed` and back, as a finger makes it, so
//! every screen's own buttons work unchanged. The focus is Bevy's [`InputFocus`], which the
//! accessibility tree (AccessKit) follows too.

use bevy::input::keyboard::KeyCode;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;

mod names;

use crate::progress::ProgressRes;
use crate::theme::palette;

pub(super) fn plugin(app: &mut App) {
    names::plugin(app);
    app.init_resource::<InputFocus>()
        .init_resource::<Scanning>()
        .init_resource::<KeyPress>()
        .add_systems(
            PreUpdate,
            (move_focus, scan, press_focused)
                .chain()
                .in_set(FocusSystems)
                .after(bevy::ui::UiSystems::Focus),
        )
        .add_systems(PostUpdate, draw_focus_ring);
}

/// Keyboard and switch presses; the screens' button systems run after it, so a press is
/// handled in the frame its key went down.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct FocusSystems;

/// The keys that press the focused button.
const PRESS_KEYS: [KeyCode; 3] = [KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space];

/// The scanning clock: seconds since the focus last moved by itself.
#[derive(Resource, Default, Debug)]
pub struct Scanning {
    pub seconds: f32,
}

/// The button a key (or the switch) is holding down, until it is let go.
#[derive(Resource, Default, Debug)]
struct KeyPress(Option<Entity>);

/// The buttons that can be focused (every button: the game hides none), in reading order: top
/// to bottom, left to right (by their place on screen, rounded to rows; in spawn order when
/// nothing is laid out).
fn reading_order(
    buttons: &Query<(Entity, Option<&UiGlobalTransform>), With<Button>>,
) -> Vec<Entity> {
    let mut found: Vec<(i64, i64, Entity)> = buttons
        .iter()
        .map(|(e, t)| {
            let at = t.map_or(Vec2::ZERO, |t| t.translation);
            ((at.y / 24.0).round() as i64, at.x.round() as i64, e)
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, e)| e).collect()
}

/// The button after (`step` 1) or before (-1) the focused one, wrapping around; the first (or
/// last) when nothing on screen is focused.
fn step_focus(order: &[Entity], focus: Option<Entity>, step: i32) -> Option<Entity> {
    if order.is_empty() {
        return None;
    }
    let n = order.len() as i32;
    let next = match focus.and_then(|f| order.iter().position(|e| *e == f)) {
        Some(i) => (i as i32 + step).rem_euclid(n),
        None if step > 0 => 0,
        None => n - 1,
    };
    Some(order[next as usize])
}

fn move_focus(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    buttons: Query<(Entity, Option<&UiGlobalTransform>), With<Button>>,
    mut focus: ResMut<InputFocus>,
    mut scanning: ResMut<Scanning>,
) {
    let Some(keys) = keys else { return };
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    let step = if keys.just_pressed(KeyCode::Tab) {
        if shift { -1 } else { 1 }
    } else if keys.any_just_pressed([KeyCode::ArrowRight, KeyCode::ArrowDown]) {
        1
    } else if keys.any_just_pressed([KeyCode::ArrowLeft, KeyCode::ArrowUp]) {
        -1
    } else {
        return;
    };
    let order = reading_order(&buttons);
    if let Some(next) = step_focus(&order, focus.get(), step) {
        focus.set(next, FocusCause::Navigated);
        scanning.seconds = 0.0;
    }
}

/// Switch scanning: the focus steps on by itself at the speed the grown-up set.
fn scan(
    progress: Res<ProgressRes>,
    time: Res<Time>,
    buttons: Query<(Entity, Option<&UiGlobalTransform>), With<Button>>,
    mut focus: ResMut<InputFocus>,
    mut scanning: ResMut<Scanning>,
    held: Res<KeyPress>,
) {
    let every = progress.progress.settings.scan_seconds;
    if every <= 0.0 || held.0.is_some() {
        return;
    }
    // The focus is lost when its button went (a new screen): scanning starts again at once.
    let lost = focus.get().is_none_or(|f| !buttons.contains(f));
    scanning.seconds += time.delta_secs();
    if lost || scanning.seconds >= every {
        scanning.seconds = 0.0;
        let order = reading_order(&buttons);
        match step_focus(&order, focus.get().filter(|_| !lost), 1) {
            Some(next) => focus.set(next, FocusCause::Navigated),
            None => focus.clear(),
        }
    }
}

/// Enter or Space (with scanning: any key, or a tap away from the buttons) presses the focused
/// button; letting go releases it. R presses the screen's "replay" button.
#[allow(clippy::too_many_arguments)]
fn press_focused(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mouse: Option<Res<ButtonInput<MouseButton>>>,
    progress: Res<ProgressRes>,
    focus: Res<InputFocus>,
    mut held: ResMut<KeyPress>,
    mut interactions: Query<(Entity, &mut Interaction, Option<&Name>), With<Button>>,
) {
    let scanning = progress.progress.settings.scan_seconds > 0.0;
    let keys_down = keys.as_ref().is_some_and(|k| {
        if scanning {
            k.get_just_pressed().next().is_some()
        } else {
            k.any_just_pressed(PRESS_KEYS)
        }
    });
    let tapped_beside = scanning
        && mouse
            .as_ref()
            .is_some_and(|m| m.just_pressed(MouseButton::Left))
        && !interactions
            .iter()
            .any(|(_, i, _)| *i == Interaction::Pressed);
    let replay = !scanning && keys.as_ref().is_some_and(|k| k.just_pressed(KeyCode::KeyR));
    let target = if replay {
        interactions
            .iter()
            .find(|(_, _, n)| n.is_some_and(|n| n.as_str() == "replay"))
            .map(|(e, _, _)| e)
    } else if keys_down || tapped_beside {
        focus.get()
    } else {
        None
    };
    if let Some(entity) = target.filter(|_| held.0.is_none())
        && let Ok((_, mut interaction, _)) = interactions.get_mut(entity)
    {
        *interaction = Interaction::Pressed;
        held.0 = Some(entity);
        return;
    }
    let let_go = keys
        .as_ref()
        .is_none_or(|k| k.get_pressed().next().is_none())
        && mouse.as_ref().is_none_or(|m| !m.pressed(MouseButton::Left));
    if let (Some(entity), true) = (held.0, let_go) {
        if let Ok((_, mut interaction, _)) = interactions.get_mut(entity) {
            *interaction = Interaction::None;
        }
        held.0 = None;
    }
}

/// The focused button wears a thick navy ring a little outside its edge (on the sky, cream and
/// orange alike); no other button does.
fn draw_focus_ring(
    mut commands: Commands,
    focus: Res<InputFocus>,
    ringed: Query<Entity, (With<Outline>, With<Button>)>,
    buttons: Query<(), With<Button>>,
) {
    if !focus.is_changed() {
        return;
    }
    for entity in &ringed {
        if Some(entity) != focus.get() {
            commands.entity(entity).remove::<Outline>();
        }
    }
    if let Some(entity) = focus.get().filter(|e| buttons.contains(*e)) {
        commands.entity(entity).insert(Outline {
            width: px(6.0),
            offset: px(4.0),
            color: palette::NAVY,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::step_focus;
    use bevy::prelude::Entity;

    #[test]
    fn the_focus_wraps_around_and_starts_at_either_end() {
        let order: Vec<Entity> = (1..=3)
            .map(Entity::from_raw_u32)
            .map(Option::unwrap)
            .collect();
        assert_eq!(step_focus(&order, None, 1), Some(order[0]));
        assert_eq!(step_focus(&order, None, -1), Some(order[2]));
        assert_eq!(step_focus(&order, Some(order[2]), 1), Some(order[0]));
        assert_eq!(step_focus(&order, Some(order[0]), -1), Some(order[2]));
        assert_eq!(step_focus(&[], None, 1), None);
    }
}
