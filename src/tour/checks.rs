//! The tour on the check screen: a screenshot of each question and of what the child sees once
//! it is answered.

use bevy::prelude::*;
use safekite_core::learning::Moment;

use super::{SETTLE, Tour};
use crate::checks::{Asking, CheckAction};
use crate::screens::Screen;
use crate::screens::check_round::CheckRound;

/// On the check screen: a screenshot of each question, an answer, a screenshot of what the
/// child sees then, and on. The first question after the story is answered wrong (to show the
/// gentle "good try"), every other one right.
pub(super) fn drive_checks(
    mut tour: ResMut<Tour>,
    mut commands: Commands,
    screen: Res<State<Screen>>,
    round: Option<Res<CheckRound>>,
    asking: Res<Asking>,
    mut actions: MessageWriter<CheckAction>,
) {
    if *screen.get() != Screen::Check {
        return;
    }
    if let Some(action) = tour.check_then.take() {
        actions.write(action);
        tour.wait = SETTLE;
        return;
    }
    let Some(round) = round.filter(|_| tour.wait == 0) else {
        return;
    };
    let Some(check) = round.questions.get(asking.index) else {
        return;
    };
    let moment = match round.moment {
        Moment::Before => "before",
        Moment::After => "after",
        Moment::Review => "review",
    };
    let name = format!("check-{moment}-{}", asking.index + 1);
    if asking.picked.is_some() {
        tour.shoot(&mut commands, &format!("{name}-answered"));
        tour.check_then = Some(CheckAction::Next);
        return;
    }
    tour.shoot(&mut commands, &name);
    let wrong_first = round.moment == Moment::After && asking.index == 0;
    let pick = check
        .options
        .iter()
        .position(|o| o.right != wrong_first)
        .unwrap_or(0);
    tour.check_then = Some(CheckAction::Pick(pick));
}
