//! The tour's layout check: on every screenshot, the buttons on screen must lie inside the
//! window, must not overlap one another, and (in the 3-6 band) must keep out of the bottom 8%
//! of the window, where little hands rest; and the words and pictures must fit (see
//! [`super::fit`]). A tour that saw a problem names it and fails, so running the tour at another
//! window size (`--size`) or text size (`--text`) checks that layout.

use bevy::prelude::*;

use super::Tour;
use super::fit::{self, FitPlaces};
use crate::screens::{ButtonPlaces, buttons_on_screen};
use crate::theme;

/// A button as laid out: its name and its rectangle in physical pixels.
#[derive(Clone, Debug)]
pub(crate) struct PlacedButton {
    pub name: String,
    pub rect: Rect,
}

/// Slack for rounding, in physical pixels.
const SLACK: f32 = 1.0;

/// What is wrong with these buttons in a window of `window` physical pixels; `little` asks for
/// the 3-6 band's rule too. Empty when all is well.
pub(crate) fn layout_problems(buttons: &[PlacedButton], window: Vec2, little: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let rest = window.y * (1.0 - theme::size::LITTLE_HANDS_REST / 100.0);
    for (i, b) in buttons.iter().enumerate() {
        let r = b.rect;
        if r.min.x < -SLACK
            || r.min.y < -SLACK
            || r.max.x > window.x + SLACK
            || r.max.y > window.y + SLACK
        {
            problems.push(format!(
                "button {} is not all inside the {}x{} window ({:.0},{:.0} to {:.0},{:.0})",
                b.name, window.x, window.y, r.min.x, r.min.y, r.max.x, r.max.y
            ));
        }
        if little && r.max.y > rest + SLACK {
            problems.push(format!(
                "button {} reaches into the bottom {}% of the window, where little hands rest \
                 (its bottom at {:.0} of {:.0})",
                b.name,
                theme::size::LITTLE_HANDS_REST,
                r.max.y,
                window.y
            ));
        }
        for other in &buttons[i + 1..] {
            let overlap = r.intersect(other.rect);
            if overlap.width() > SLACK && overlap.height() > SLACK {
                problems.push(format!("buttons {} and {} overlap", b.name, other.name));
            }
        }
    }
    problems
}

/// Runs after the tour's driver: if it just asked for a screenshot, checks that frame's layout.
pub(super) fn check_layout_of_screenshots(
    mut tour: ResMut<Tour>,
    windows: Query<&Window>,
    places: ButtonPlaces,
    fits: FitPlaces,
) {
    let Some(shot) = tour.check_layout.take() else {
        return;
    };
    let Ok(window) = windows.single() else {
        return;
    };
    let size = Vec2::new(
        window.physical_width() as f32,
        window.physical_height() as f32,
    );
    let placed: Vec<PlacedButton> = buttons_on_screen(&places)
        .into_iter()
        .map(|(name, rect, _)| PlacedButton { name, rect })
        .collect();
    let texts = fits.texts(size);
    let pictures = fits.pictures(size);
    tour.layout_checked.0 += 1;
    tour.layout_checked.1 += placed.len();
    tour.layout_checked.2 += texts.len();
    tour.layout_checked.3 += pictures.len();
    let mut problems = layout_problems(&placed, size, shot.little);
    problems.extend(fit::text_problems(&texts));
    problems.extend(fit::texts_into_buttons(&texts, &placed));
    problems.extend(fit::picture_problems(&pictures));
    // Reported all together when the tour ends.
    for problem in problems {
        tour.layout_problems
            .push(format!("{}: {problem}", shot.name));
    }
}

/// A screenshot whose layout is to be checked.
#[derive(Clone, Debug)]
pub(crate) struct ShotToCheck {
    pub name: String,
    /// The 3-6 band's rule applies (the lesson map, the player and the end of a 3-6 lesson).
    pub little: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(name: &str, x0: f32, y0: f32, x1: f32, y1: f32) -> PlacedButton {
        PlacedButton {
            name: name.into(),
            rect: Rect::new(x0, y0, x1, y1),
        }
    }

    const WINDOW: Vec2 = Vec2::new(1000.0, 500.0);

    #[test]
    fn buttons_side_by_side_inside_the_window_are_fine() {
        let buttons = [b("a", 10., 10., 100., 60.), b("b", 100., 10., 200., 60.)];
        assert!(layout_problems(&buttons, WINDOW, true).is_empty());
    }

    #[test]
    fn overlapping_buttons_are_named() {
        let buttons = [b("a", 10., 10., 100., 60.), b("b", 90., 50., 200., 90.)];
        let problems = layout_problems(&buttons, WINDOW, false);
        assert_eq!(problems, vec!["buttons a and b overlap".to_string()]);
    }

    #[test]
    fn a_button_out_of_the_window_is_named() {
        let problems = layout_problems(&[b("next", 900., 400., 1010., 450.)], WINDOW, false);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].contains("button next is not all inside"),
            "{problems:?}"
        );
    }

    #[test]
    fn little_ones_bottom_rest_is_kept_free_only_in_their_band() {
        // The bottom 8% of 500 px starts at 460.
        let low = [b("next", 400., 420., 500., 470.)];
        assert!(layout_problems(&low, WINDOW, false).is_empty());
        let problems = layout_problems(&low, WINDOW, true);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("little hands rest"), "{problems:?}");
        assert!(layout_problems(&[b("next", 400., 400., 500., 459.)], WINDOW, true).is_empty());
    }
}
