//! How long the children have been in lessons since they last stopped: the end of a lesson
//! suggests a break once it passes the grown-up's setting (never in the middle of a lesson or
//! a choice). Only time in a lesson or its check questions counts; stopping at the end of a
//! lesson (back to "who is playing?") starts it again.

use bevy::prelude::*;

use super::Screen;
use crate::progress::ProgressRes;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayClock>().add_systems(
        Update,
        tick.run_if(in_state(Screen::Player).or_else(in_state(Screen::Check))),
    );
}

/// Seconds spent in lessons since the last stop.
#[derive(Resource, Default, Debug)]
pub struct PlayClock {
    pub seconds: f32,
}

impl PlayClock {
    /// True when the grown-up's break reminder is on and its time has passed.
    pub fn break_due(&self, progress: &ProgressRes) -> bool {
        let minutes = progress.progress.settings.break_minutes;
        minutes > 0 && self.seconds >= minutes as f32 * 60.0
    }
}

fn tick(time: Res<Time>, mut clock: ResMut<PlayClock>) {
    clock.seconds += time.delta_secs();
}
