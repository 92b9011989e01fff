//! "Rung chuông vàng" (Ring the Golden Bell), the class quiz on the projector: one check
//! question at a time, big and read aloud, answers A-D; the children answer on paper boards;
//! the teacher shows the answer (and why), then enters how many are still standing (the classic
//! elimination) or how many answered right (scoring); the last question rings the golden bell.
//! No child's name is ever entered. The questions are the lessons' own checks; each one's result
//! is a class-level `answered` statement with the counts. The quiz is a class session: it ends
//! with the attendance, like a session of lessons.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::model::{Check, Lesson};
use safekite_core::ui_messages as ui;
use std::sync::Arc;

use super::{Area, Say, big_button, page};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::narration::Narrate;
use crate::records::{ClassSession, Record};
use crate::sounds::Effect;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<QuizAction>()
        .add_systems(Update, handle_quiz_actions)
        .add_systems(OnEnter(Area::Quiz), read_the_question)
        .add_systems(EguiPrimaryContextPass, quiz_ui.run_if(in_state(Area::Quiz)));
}

/// The most questions in one quiz (a lesson period).
const MOST_QUESTIONS: usize = 15;

/// How the class is counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuizMode {
    /// A wrong answer sits down; the teacher enters how many still stand.
    #[default]
    Elimination,
    /// Everyone answers every question; the teacher enters how many were right.
    Scoring,
}

/// The quiz under way.
#[derive(Resource, Debug)]
pub struct Quiz {
    pub mode: QuizMode,
    /// The questions, with the lesson each comes from.
    pub questions: Vec<(Arc<Lesson>, Check)>,
    pub index: usize,
    pub revealed: bool,
    /// Children answering now (elimination: still standing).
    pub answering: u32,
    /// What the teacher entered for the question on screen.
    pub count: u32,
    /// Right answers over the whole quiz (scoring).
    pub right_total: u32,
    /// The golden bell has rung: the quiz is over.
    pub rang: bool,
}

impl Quiz {
    /// A quiz over the checks of `lessons`: every lesson's first question, then every
    /// lesson's second, and so on, at most [`MOST_QUESTIONS`].
    pub fn new(lessons: &[Arc<Lesson>], mode: QuizMode, class_size: u32) -> Self {
        let rounds = lessons.iter().map(|l| l.checks.len()).max().unwrap_or(0);
        let questions = (0..rounds)
            .flat_map(|round| {
                lessons
                    .iter()
                    .filter_map(move |l| Some((l.clone(), l.checks.get(round)?.clone())))
            })
            .take(MOST_QUESTIONS)
            .collect();
        Quiz {
            mode,
            questions,
            index: 0,
            revealed: false,
            answering: class_size,
            count: class_size,
            right_total: 0,
            rang: false,
        }
    }

    fn current(&self) -> Option<&(Arc<Lesson>, Check)> {
        self.questions.get(self.index)
    }
}

/// What the quiz's buttons do.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum QuizAction {
    ReadAgain,
    Reveal,
    /// The count the teacher entered (standing, or right).
    Count(u32),
    /// Record this question and go on (the last one rings the bell).
    Next,
    /// To the attendance.
    Finish,
}

fn read_the_question(quiz: Option<Res<Quiz>>, mut narrate: MessageWriter<Narrate>) {
    if let Some((_, check)) = quiz.as_ref().and_then(|q| q.current()) {
        read_aloud(check, &mut narrate);
    }
}

/// The question and its answers, read aloud (the lessons' own narration).
fn read_aloud(check: &Check, narrate: &mut MessageWriter<Narrate>) {
    narrate.write(Narrate(check.question.clone()));
    for option in &check.options {
        narrate.write(Narrate(option.line.clone()));
    }
}

fn handle_quiz_actions(
    mut actions: MessageReader<QuizAction>,
    quiz: Option<ResMut<Quiz>>,
    mut narrate: MessageWriter<Narrate>,
    mut records: MessageWriter<Record>,
    mut effects: MessageWriter<Effect>,
    mut area: ResMut<NextState<Area>>,
    mut commands: Commands,
) {
    let Some(mut quiz) = quiz else { return };
    for action in actions.read() {
        match action {
            QuizAction::ReadAgain => {
                if let Some((_, check)) = quiz.current() {
                    read_aloud(check, &mut narrate);
                }
            }
            QuizAction::Reveal => {
                quiz.revealed = true;
                effects.write(Effect::Bell);
                if let Some((_, check)) = quiz.current() {
                    narrate.write(Narrate(check.why.clone()));
                }
            }
            QuizAction::Count(n) => quiz.count = (*n).min(quiz.answering),
            QuizAction::Next => {
                let ringing = quiz.rang;
                next_question(&mut quiz, &mut records, &mut narrate);
                if quiz.rang && !ringing {
                    effects.write(Effect::GoldenBell);
                }
            }
            QuizAction::Finish => {
                commands.remove_resource::<Quiz>();
                area.set(Area::Attendance);
            }
        }
    }
}

/// Records the question on screen with its counts, and moves on (or rings the bell).
fn next_question(
    quiz: &mut Quiz,
    records: &mut MessageWriter<Record>,
    narrate: &mut MessageWriter<Narrate>,
) {
    if quiz.rang || !quiz.revealed {
        return;
    }
    let Some((lesson, check)) = quiz.current().cloned() else {
        return;
    };
    records.write(Record::QuizAnswered {
        lesson,
        check: check.id.clone(),
        answered: quiz.answering,
        right: quiz.count,
    });
    quiz.right_total += quiz.count;
    if quiz.mode == QuizMode::Elimination {
        quiz.answering = quiz.count;
    }
    quiz.count = quiz.answering;
    quiz.revealed = false;
    if quiz.index + 1 >= quiz.questions.len() || quiz.answering == 0 {
        quiz.rang = true;
        return;
    }
    quiz.index += 1;
    if let Some((_, next)) = quiz.current() {
        read_aloud(next, narrate);
    }
}

fn quiz_ui(
    mut contexts: EguiContexts,
    quiz: Option<Res<Quiz>>,
    session: Option<Res<ClassSession>>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut actions: MessageWriter<QuizAction>,
) -> Result {
    let Some(quiz) = quiz else { return Ok(()) };
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let class = session
        .as_ref()
        .map_or(String::new(), |s| s.class.name.clone());
    let ctx = contexts.ctx_mut()?;
    page(ctx, "quiz", |ui| {
        ui.horizontal(|ui| {
            ui.heading(format!("🔔 {} · {class}", say.t(ui::QUIZ_TITLE)));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(say.t(ui::QUIZ_FINISH)).clicked() {
                    actions.write(QuizAction::Finish);
                }
            });
        });
        ui.add_space(12.0);
        if quiz.rang {
            golden_bell(ui, &say, &quiz);
        } else {
            question(ui, &say, &quiz, &mut actions);
        }
    });
    Ok(())
}

fn question(ui: &mut egui::Ui, say: &Say, quiz: &Quiz, actions: &mut MessageWriter<QuizAction>) {
    let Some((_, check)) = quiz.current() else {
        return;
    };
    let number = [
        ("n", (quiz.index + 1).to_string()),
        ("total", quiz.questions.len().to_string()),
    ];
    ui.label(egui::RichText::new(say.t_with(ui::QUIZ_QUESTION_NUMBER, &number)).size(22.0));
    ui.label(
        egui::RichText::new(say.t(check.question.as_str()))
            .size(40.0)
            .strong(),
    );
    ui.add_space(12.0);
    for (i, option) in check.options.iter().enumerate() {
        let letter = char::from(b'A' + i as u8);
        let mut text =
            egui::RichText::new(format!("{letter}.  {}", say.t(option.line.as_str()))).size(34.0);
        if quiz.revealed && option.right {
            text = text
                .strong()
                .background_color(egui::Color32::from_rgb(0xb7, 0xe4, 0xb0));
        } else if quiz.revealed {
            text = text.weak();
        }
        ui.label(text);
    }
    ui.add_space(12.0);
    if quiz.revealed {
        ui.label(
            egui::RichText::new(say.t(check.why.as_str()))
                .size(26.0)
                .italics(),
        );
        ui.add_space(8.0);
        count_and_next(ui, say, quiz, actions);
    } else {
        ui.horizontal(|ui| {
            if big_button(ui, say.t(ui::QUIZ_REVEAL)).clicked() {
                actions.write(QuizAction::Reveal);
            }
            if big_button(ui, say.t(ui::QUIZ_READ_AGAIN)).clicked() {
                actions.write(QuizAction::ReadAgain);
            }
        });
    }
}

fn count_and_next(
    ui: &mut egui::Ui,
    say: &Say,
    quiz: &Quiz,
    actions: &mut MessageWriter<QuizAction>,
) {
    let label = match quiz.mode {
        QuizMode::Elimination => ui::QUIZ_STANDING,
        QuizMode::Scoring => ui::QUIZ_RIGHT,
    };
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(say.t(label)).size(26.0));
        let mut count = quiz.count;
        let drag = egui::DragValue::new(&mut count).range(0..=quiz.answering);
        if ui.add_sized([120.0, 48.0], drag).changed() {
            actions.write(QuizAction::Count(count));
        }
        ui.label(egui::RichText::new(format!("/ {}", quiz.answering)).size(26.0));
    });
    ui.add_space(8.0);
    if big_button(ui, say.t(ui::QUIZ_NEXT)).clicked() {
        actions.write(QuizAction::Next);
    }
}

fn golden_bell(ui: &mut egui::Ui, say: &Say, quiz: &Quiz) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.label(
            egui::RichText::new(format!("🔔 {} 🔔", say.t(ui::QUIZ_BELL)))
                .size(64.0)
                .strong()
                .color(egui::Color32::from_rgb(0xe0, 0x9a, 0x00)),
        );
        ui.add_space(20.0);
        let line = match quiz.mode {
            QuizMode::Elimination => {
                say.t_with(ui::QUIZ_BELL_STANDING, &[("n", quiz.answering.to_string())])
            }
            QuizMode::Scoring => say.t_with(
                ui::QUIZ_BELL_SCORING,
                &[
                    ("right", quiz.right_total.to_string()),
                    ("questions", quiz.questions.len().to_string()),
                ],
            ),
        };
        ui.label(egui::RichText::new(line).size(32.0));
    });
}

/// Starts a quiz for the class of `session` over `lessons` (called by the classroom page).
pub fn start_quiz(
    commands: &mut Commands,
    session: ClassSession,
    lessons: &[Arc<Lesson>],
    mode: QuizMode,
) {
    let mut session = session;
    // The attendance lists the lessons the questions came from.
    session.played = session.lessons.len();
    commands.insert_resource(Quiz::new(lessons, mode, session.class.child_count));
    commands.insert_resource(session);
}
