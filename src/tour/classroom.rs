//! The tour's class session (`--classroom`): a class is made ("Lớp 3A", 32 children), opened
//! with today's lesson ticked, and the lesson is played on the projector: at each choice the
//! vote panel is shown with hands counted (most for the safe option) and the class's choice
//! taken; then the teacher's end panel, the attendance, the class's sticker board and the records
//! page; then "Rung chuông vàng" over the lesson's checks to the golden bell. Screenshots of
//! each, like the rest of the tour.

use bevy::prelude::*;
use safekite_core::model::{Band, Node, Safety};

use super::{Phase, SETTLE, Tour};
use crate::content::Library;
use crate::grown_ups::quiz::{Quiz, QuizAction, QuizMode};
use crate::grown_ups::{Area, ClassroomAction, ClassroomPage, TeacherAction};
use crate::lesson_player::{ActiveRun, PlayerAction, PlayerView};
use crate::records::{ClassBookRes, ClassSession};
use crate::screens::Screen;

/// Where the class session of the tour is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ClassStep {
    Create,
    Open,
    Play,
    /// Hands counted: the vote panel's screenshot, then the class's choice.
    Vote,
    VoteGo,
    End,
    Attendance,
    Board,
    Records,
    /// "Rung chuông vàng" over the lesson's checks: a question, its answer, the golden bell.
    Quiz,
    QuizAnswer,
    QuizNext,
    QuizBell,
    QuizAttendance,
}

/// Everything the class tour reads and changes.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct ClassTour<'w> {
    tour: ResMut<'w, Tour>,
    screen: Res<'w, State<Screen>>,
    area: Option<Res<'w, State<Area>>>,
    next_area: ResMut<'w, NextState<Area>>,
    book: Option<Res<'w, ClassBookRes>>,
    page: ResMut<'w, ClassroomPage>,
    run: Option<Res<'w, ActiveRun>>,
    view: Res<'w, PlayerView>,
    session: Option<Res<'w, ClassSession>>,
    library: Res<'w, Library>,
    quiz: Option<Res<'w, Quiz>>,
}

impl ClassTour<'_> {
    /// True when the grown-ups' area shows page `a`.
    fn in_area(&self, a: Area) -> bool {
        self.area.as_ref().is_some_and(|s| *s.get() == a)
    }

    /// The class made for the tour (the first of the class book).
    fn class_id(&self) -> Option<uuid::Uuid> {
        self.book
            .as_ref()
            .and_then(|b| b.book.classes.first().map(|c| c.id))
    }
}

/// The class session's verbs, sent by the tour as the teacher's taps would.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct ClassVerbs<'w> {
    classroom: MessageWriter<'w, ClassroomAction>,
    teacher: MessageWriter<'w, TeacherAction>,
    player: MessageWriter<'w, PlayerAction>,
    quiz: MessageWriter<'w, QuizAction>,
}

pub(super) fn drive_class_tour(mut t: ClassTour, mut commands: Commands, mut verbs: ClassVerbs) {
    let Phase::Class(step) = t.tour.phase else {
        return;
    };
    if t.tour.wait > 0 || t.tour.then.is_some() {
        return;
    }
    match step {
        ClassStep::Quiz
        | ClassStep::QuizAnswer
        | ClassStep::QuizNext
        | ClassStep::QuizBell
        | ClassStep::QuizAttendance => quiz_step(&mut t, &mut commands, step, &mut verbs),
        _ => session_step(&mut t, &mut commands, step, &mut verbs),
    }
}

/// The class session: made, opened, played with votes, ended, attendance, board, records.
fn session_step(
    t: &mut ClassTour,
    commands: &mut Commands,
    step: ClassStep,
    verbs: &mut ClassVerbs,
) {
    match step {
        ClassStep::Create if !t.in_area(Area::Classroom) => t.next_area.set(Area::Classroom),
        ClassStep::Create => {
            let band = t
                .library
                .lesson(&t.tour.opts.lesson)
                .map_or(Band::Kids, |l| l.band);
            verbs.classroom.write(ClassroomAction::CreateClass {
                name: "Lớp 3A".into(),
                band,
                school_year: crate::grown_ups::school_year_now(),
                child_count: 32,
            });
            next(t, ClassStep::Open);
        }
        ClassStep::Open => {
            let Some(class) = t.class_id() else { return };
            t.page.open = Some(class);
            let lesson = t.tour.opts.lesson.clone();
            t.page.tick(&lesson);
            t.tour.shoot(commands, "class-open");
            verbs.classroom.write(ClassroomAction::StartSession {
                class,
                lessons: vec![lesson],
            });
            next(t, ClassStep::Play);
        }
        ClassStep::Play => play(t, &mut verbs.teacher, &mut verbs.player),
        ClassStep::Vote => {
            let node = t.run.as_ref().map(|r| r.0.current().id().to_string());
            t.tour.shoot(
                commands,
                &format!("class-vote-{}", node.unwrap_or_default()),
            );
            next(t, ClassStep::VoteGo);
        }
        ClassStep::VoteGo => {
            verbs.teacher.write(TeacherAction::GoWithTheClass);
            next(t, ClassStep::Play);
        }
        ClassStep::End => {
            t.tour.shoot(commands, "class-end");
            verbs.teacher.write(TeacherAction::FinishSession);
            next(t, ClassStep::Attendance);
        }
        ClassStep::Attendance if t.in_area(Area::Attendance) => {
            t.tour.shoot(commands, "class-attendance");
            verbs.teacher.write(TeacherAction::SaveAttendance {
                children_present: 31,
                parents_present: 14,
                letters_printed: 31,
                notes: String::new(),
            });
            next(t, ClassStep::Board);
        }
        ClassStep::Board if t.in_area(Area::Classroom) && t.session.is_none() => {
            t.tour.shoot(commands, "class-sticker-board");
            t.next_area.set(Area::Records);
            next(t, ClassStep::Records);
        }
        ClassStep::Records if t.in_area(Area::Records) => {
            t.tour.shoot(commands, "class-records");
            let Some(class) = t.class_id() else { return };
            verbs.classroom.write(ClassroomAction::StartQuiz {
                class,
                lessons: vec![t.tour.opts.lesson.clone()],
                mode: QuizMode::Elimination,
            });
            next(t, ClassStep::Quiz);
        }
        // Waiting for the page the step needs.
        _ => {}
    }
}

/// "Rung chuông vàng" over the lesson's checks: each question and its answer, children out
/// until the golden bell rings, then the quiz's attendance.
fn quiz_step(t: &mut ClassTour, commands: &mut Commands, step: ClassStep, verbs: &mut ClassVerbs) {
    match step {
        ClassStep::Quiz if t.in_area(Area::Quiz) => {
            t.tour.shoot(commands, "quiz-question");
            verbs.quiz.write(QuizAction::Reveal);
            next(t, ClassStep::QuizAnswer);
        }
        ClassStep::QuizAnswer => {
            t.tour.shoot(commands, "quiz-answer");
            next(t, ClassStep::QuizNext);
        }
        ClassStep::QuizNext => match t.quiz.as_deref().map(|q| (q.rang, q.answering)) {
            Some((true, _)) => next(t, ClassStep::QuizBell),
            Some((false, answering)) => {
                verbs.quiz.write(QuizAction::Reveal);
                verbs
                    .quiz
                    .write(QuizAction::Count(answering.saturating_sub(5)));
                verbs.quiz.write(QuizAction::Next);
                t.tour.wait = 3;
            }
            None => {}
        },
        ClassStep::QuizBell => {
            t.tour.shoot(commands, "quiz-golden-bell");
            verbs.quiz.write(QuizAction::Finish);
            next(t, ClassStep::QuizAttendance);
        }
        ClassStep::QuizAttendance if t.in_area(Area::Attendance) => {
            verbs.teacher.write(TeacherAction::SaveAttendance {
                children_present: 32,
                parents_present: 0,
                letters_printed: 0,
                notes: String::new(),
            });
            t.tour.phase = Phase::Done;
            t.tour.wait = SETTLE * 2;
        }
        // Waiting for the page the step needs.
        _ => {}
    }
}

fn next(t: &mut ClassTour, step: ClassStep) {
    t.tour.phase = Phase::Class(step);
    t.tour.wait = SETTLE;
}

/// One step of the lesson with the class: a choice gets hands counted (the vote's screenshot and
/// the class's choice follow); a grown-up scene says its first line; else "next".
fn play(
    t: &mut ClassTour,
    teacher: &mut MessageWriter<TeacherAction>,
    player: &mut MessageWriter<PlayerAction>,
) {
    if *t.screen.get() == Screen::End {
        next(t, ClassStep::End);
        return;
    }
    let Some(run) = t.run.as_ref() else { return };
    let node = run.0.current().clone();
    if let Node::Choice(choice) = &node {
        let safe = choice
            .options
            .iter()
            .position(|o| o.safety != Safety::Unsafe);
        for (i, option) in choice.options.iter().enumerate() {
            let hands = if Some(i) == safe {
                24
            } else if option.safety == Safety::Unsafe {
                4
            } else {
                2
            };
            for _ in 0..hands {
                teacher.write(TeacherAction::Plus(i));
            }
        }
        next(t, ClassStep::Vote);
        return;
    }
    let action = match &t.view.grown_up {
        Some(g) if g.said.is_none() => PlayerAction::Say(0),
        _ => PlayerAction::Next,
    };
    player.write(action);
    t.tour.wait = 2;
}
