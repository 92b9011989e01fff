//! Learning that shows: which of a lesson's check questions a child is asked, and when.
//!
//! - **Before** the story, the first time a child opens a lesson: the lesson's first check
//!   ("What do you think?"), with no right or wrong shown.
//! - **After** the first good ending: the same question and the next one, with gentle feedback.
//! - **Review**: on the map, a lesson finished [`REVIEW_DAYS`]`[0]` or more days ago offers one
//!   question ("Do you remember?"); answered wrong, it is offered again once the next spacing
//!   has passed (7, then 21 days after the ending); answered right, or asked three times, never
//!   again. Stickers are never taken away: a review only records.
//!
//! A grown-up sets the [`CheckMode`] per class (before and after, after only, or off). What was
//! asked is kept per lesson in the player's [`LessonChecks`]. These rules decide; the game only
//! shows what they return.

use crate::model::{Check, Lesson};
use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// Which check questions a class's children are asked around a lesson.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckMode {
    /// One question before the story and two after it.
    #[default]
    BeforeAndAfter,
    /// Only the two questions after the story.
    AfterOnly,
    /// No check questions (reviews on the map too are off).
    Off,
}

/// When a question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Moment {
    /// Before the story: no right or wrong is shown.
    Before,
    /// After the first good ending.
    After,
    /// "Do you remember?" on the map, days later.
    Review,
}

/// Days after a lesson's first good ending at which a review is offered: the first, then again
/// after each wrong answer.
pub const REVIEW_DAYS: [i64; 3] = [3, 7, 21];

/// What a player was asked about one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonChecks {
    /// The question before the story was asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub asked_before: bool,
    /// The questions after the story were asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub asked_after: bool,
    /// The day of the first good ending, `2026-10-14` (reviews count from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_on: Option<String>,
    /// The reviews answered, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewAnswer>,
}

/// One "Do you remember?" answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewAnswer {
    /// The day, `2026-10-17`.
    pub on: String,
    pub right: bool,
}

impl LessonChecks {
    /// Notes a good ending on `today` (only the first one counts).
    pub fn finished(&mut self, today: Date) {
        if self.finished_on.is_none() {
            self.finished_on = Some(date_text(today));
        }
    }

    /// Notes a review answered on `today`.
    pub fn reviewed(&mut self, today: Date, right: bool) {
        self.reviews.push(ReviewAnswer {
            on: date_text(today),
            right,
        });
    }
}

/// The question to ask before the story of `lesson`, if any: only the first time the child
/// opens it (`done`: the lesson was finished before checks existed, or on another path).
pub fn before<'a>(
    lesson: &'a Lesson,
    asked: Option<&LessonChecks>,
    done: bool,
    mode: CheckMode,
) -> Option<&'a Check> {
    let already = done || asked.is_some_and(|a| a.asked_before || a.asked_after);
    (mode == CheckMode::BeforeAndAfter && !already)
        .then(|| lesson.checks.first())
        .flatten()
}

/// The questions to ask after a good ending of `lesson`: the one asked before, then the next;
/// none once they were asked (a lesson played again asks nothing).
pub fn after<'a>(
    lesson: &'a Lesson,
    asked: Option<&LessonChecks>,
    mode: CheckMode,
) -> Vec<&'a Check> {
    if mode == CheckMode::Off || asked.is_some_and(|a| a.asked_after) {
        return Vec::new();
    }
    lesson.checks.iter().take(2).collect()
}

/// The "Do you remember?" question of `lesson` due on `today`, if any. Each review asks a
/// different question, starting with one the child has not been asked after the story.
pub fn review_due<'a>(
    lesson: &'a Lesson,
    asked: Option<&LessonChecks>,
    mode: CheckMode,
    today: Date,
) -> Option<&'a Check> {
    let asked = asked?;
    if mode == CheckMode::Off || lesson.checks.is_empty() {
        return None;
    }
    let finished = parse_date(asked.finished_on.as_deref()?)?;
    let n = asked.reviews.len();
    if n >= REVIEW_DAYS.len() || asked.reviews.iter().any(|r| r.right) {
        return None;
    }
    let due = finished + time::Duration::days(REVIEW_DAYS[n]);
    // After a late review the next one still waits its full spacing.
    let spaced = match asked.reviews.last() {
        Some(last) => {
            let gap = REVIEW_DAYS[n] - REVIEW_DAYS[n - 1];
            parse_date(&last.on).is_none_or(|d| today >= d + time::Duration::days(gap))
        }
        None => true,
    };
    (today >= due && spaced).then(|| &lesson.checks[(2 + n) % lesson.checks.len()])
}

/// A day as the progress file keeps it: `2026-10-14`.
pub fn date_text(day: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

/// Reads `2026-10-14` (`None` for anything else).
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::MessageId;
    use crate::model::CheckOption;

    fn lesson_with_checks(n: usize) -> Lesson {
        let mut lesson =
            crate::load::parse_lesson(include_str!("../../../lessons/3-6/prize-popup.lesson.ron"))
                .expect("a shipped lesson");
        lesson.checks = (1..=n)
            .map(|i| Check {
                id: format!("c{i}"),
                question: MessageId::new(format!("q{i}")),
                options: vec![CheckOption {
                    line: MessageId::new(format!("o{i}")),
                    icon: None,
                    right: true,
                }],
                why: MessageId::new(format!("w{i}")),
            })
            .collect();
        lesson
    }

    fn day(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    #[test]
    fn first_opening_asks_the_first_question_before_then_two_after() {
        let lesson = lesson_with_checks(3);
        let mode = CheckMode::BeforeAndAfter;
        assert_eq!(before(&lesson, None, false, mode).unwrap().id, "c1");
        let ids: Vec<_> = after(&lesson, None, mode)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        assert_eq!(ids, ["c1", "c2"]);
        let asked = LessonChecks {
            asked_before: true,
            ..Default::default()
        };
        assert!(
            before(&lesson, Some(&asked), false, mode).is_none(),
            "asked once only"
        );
        assert!(
            before(&lesson, None, true, mode).is_none(),
            "not for a lesson already done"
        );
        let asked = LessonChecks {
            asked_after: true,
            ..Default::default()
        };
        assert!(
            after(&lesson, Some(&asked), mode).is_empty(),
            "a replay asks nothing"
        );
    }

    #[test]
    fn the_class_mode_turns_questions_off() {
        let lesson = lesson_with_checks(3);
        assert!(before(&lesson, None, false, CheckMode::AfterOnly).is_none());
        assert_eq!(after(&lesson, None, CheckMode::AfterOnly).len(), 2);
        assert!(before(&lesson, None, false, CheckMode::Off).is_none());
        assert!(after(&lesson, None, CheckMode::Off).is_empty());
        let asked = LessonChecks {
            finished_on: Some("2026-10-01".into()),
            ..Default::default()
        };
        let late = day("2026-11-30");
        assert!(review_due(&lesson, Some(&asked), CheckMode::Off, late).is_none());
        assert!(review_due(&lesson, Some(&asked), CheckMode::AfterOnly, late).is_some());
    }

    #[test]
    fn a_lesson_without_checks_asks_nothing() {
        let lesson = lesson_with_checks(0);
        assert!(before(&lesson, None, false, CheckMode::BeforeAndAfter).is_none());
        assert!(after(&lesson, None, CheckMode::BeforeAndAfter).is_empty());
    }

    #[test]
    fn reviews_come_after_3_days_and_again_after_7_and_21_when_wrong() {
        let lesson = lesson_with_checks(3);
        let mode = CheckMode::BeforeAndAfter;
        let mut asked = LessonChecks::default();
        asked.finished(day("2026-10-01"));
        asked.finished(day("2026-10-05"));
        assert_eq!(
            asked.finished_on.as_deref(),
            Some("2026-10-01"),
            "the first ending counts"
        );
        let due = |a: &LessonChecks, d: &str| {
            review_due(&lesson, Some(a), mode, day(d)).map(|c| c.id.clone())
        };
        assert_eq!(due(&asked, "2026-10-03"), None, "two days: not yet");
        assert_eq!(
            due(&asked, "2026-10-04").as_deref(),
            Some("c3"),
            "three days: a new question"
        );
        asked.reviewed(day("2026-10-04"), false);
        assert_eq!(due(&asked, "2026-10-07"), None);
        assert_eq!(due(&asked, "2026-10-08").as_deref(), Some("c1"));
        asked.reviewed(day("2026-10-08"), false);
        assert_eq!(due(&asked, "2026-10-21"), None);
        assert_eq!(due(&asked, "2026-10-22").as_deref(), Some("c2"));
        asked.reviewed(day("2026-10-22"), false);
        assert_eq!(due(&asked, "2027-01-01"), None, "three reviews are enough");
    }

    #[test]
    fn a_right_review_ends_them_and_a_late_one_keeps_its_spacing() {
        let lesson = lesson_with_checks(3);
        let mode = CheckMode::BeforeAndAfter;
        let mut asked = LessonChecks::default();
        asked.finished(day("2026-10-01"));
        asked.reviewed(day("2026-10-20"), false);
        let due = |a: &LessonChecks, d: &str| review_due(&lesson, Some(a), mode, day(d)).is_some();
        assert!(
            !due(&asked, "2026-10-21"),
            "not the day after a late review"
        );
        assert!(due(&asked, "2026-10-24"), "four days (7 - 3) after it");
        asked.reviewed(day("2026-10-24"), true);
        assert!(!due(&asked, "2026-12-24"), "answered right: no more");
        assert!(
            review_due(&lesson, None, mode, day("2026-12-24")).is_none(),
            "never finished"
        );
    }

    #[test]
    fn dates_read_back_and_nonsense_is_refused() {
        assert_eq!(date_text(day("2026-02-28")), "2026-02-28");
        for bad in ["", "2026-13-01", "2026-02-30", "yesterday", "2026-1"] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
    }
}
