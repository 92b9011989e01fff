//! The check questions to ask now, handed to the check screen (`checks`, a layer above) by the
//! map (before a lesson the first time, a review days later) and the lesson player (after a good
//! ending), with where to go once they are answered. The core's `learning` rules decide which
//! questions; this only carries them.

use bevy::prelude::*;
use safekite_core::learning::{self, CheckMode, Moment};
use safekite_core::model::{Check, Lesson};
use safekite_core::progress::Profile;
use std::sync::Arc;

use super::Screen;
use crate::progress::ProgressRes;
use crate::records::{ClassBookRes, ClassSession};

/// Questions about one lesson, asked one after the other.
#[derive(Resource, Clone, Debug)]
pub struct CheckRound {
    pub lesson: Arc<Lesson>,
    pub moment: Moment,
    pub questions: Vec<Check>,
    /// Where the child goes after the last answer.
    pub then: Screen,
}

impl CheckRound {
    /// The question before `lesson`'s story, if the player is asked one.
    pub fn before(lesson: &Arc<Lesson>, player: &Profile, mode: CheckMode) -> Option<Self> {
        let done = player.lessons_done.contains(&lesson.id);
        let check = learning::before(lesson, player.checks.get(&lesson.id), done, mode)?;
        Some(Self::of(
            lesson,
            Moment::Before,
            vec![check.clone()],
            Screen::Player,
        ))
    }

    /// The questions after a good ending of `lesson`, if the player is asked any.
    pub fn after(lesson: &Arc<Lesson>, player: &Profile, mode: CheckMode) -> Option<Self> {
        let checks = learning::after(lesson, player.checks.get(&lesson.id), mode);
        let questions: Vec<Check> = checks.into_iter().cloned().collect();
        (!questions.is_empty()).then(|| Self::of(lesson, Moment::After, questions, Screen::End))
    }

    /// "Do you remember?": `lesson`'s review question due `today`, if any.
    pub fn review(
        lesson: &Arc<Lesson>,
        player: &Profile,
        mode: CheckMode,
        today: time::Date,
    ) -> Option<Self> {
        let check = learning::review_due(lesson, player.checks.get(&lesson.id), mode, today)?;
        Some(Self::of(
            lesson,
            Moment::Review,
            vec![check.clone()],
            Screen::Map,
        ))
    }

    fn of(lesson: &Arc<Lesson>, moment: Moment, questions: Vec<Check>, then: Screen) -> Self {
        CheckRound {
            lesson: lesson.clone(),
            moment,
            questions,
            then,
        }
    }
}

/// Which questions the player now playing is asked: their class's choice (before and after when
/// they belong to none). A class on the projector is asked none: its learning shows in the
/// class quiz.
pub(crate) fn check_mode(
    progress: &ProgressRes,
    book: Option<&ClassBookRes>,
    session: Option<&ClassSession>,
) -> CheckMode {
    if session.is_some() {
        return CheckMode::Off;
    }
    let class = progress.player().and_then(|p| p.class.as_deref());
    book.map_or_else(CheckMode::default, |b| b.check_mode(class))
}

/// Today, as the learning rules count days (the device's local date).
pub(crate) fn today() -> time::Date {
    learning::parse_date(&crate::records::today()).unwrap_or(time::Date::MIN)
}
