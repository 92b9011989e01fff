//! Teacher mode, over the lesson player while a class plays on the projector
//! ([`ClassSession`]): at every choice a "Let's vote" panel with the discussion questions and a
//! big + / − tally per option; "Go with the class's choice" takes the majority (a tie: the
//! teacher taps the answer on the stage). The hands counted go into the answer's record. At the
//! end of a lesson the teacher sees its objective and safe behaviour, then the next lesson or the
//! end of the session, where the teacher enters who came ([`Area::Attendance`]).

use bevy::prelude::*;
use bevy::window::WindowMode;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ids::NodeId;
use safekite_core::model::{Choice, Node};
use safekite_core::ui_messages as ui;

use super::{Area, Say, big_button, page};
use crate::content::WordsRes;
use crate::lesson_player::{ActiveRun, PlayerAction};
use crate::locale::CurrentLocale;
use crate::records::{ClassSession, Record};
use crate::screens::Screen;
use crate::screens::end::{EndAction, LastResult};
use crate::screens::map::ChosenLesson;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<TeacherAction>()
        .init_resource::<VoteTally>()
        .add_systems(
            Update,
            (
                follow_the_choice_on_stage,
                handle_teacher_actions,
                end_screen_buttons_follow_the_session,
            )
                .chain()
                .run_if(resource_exists::<ClassSession>),
        )
        .add_systems(OnEnter(Screen::End), count_the_lesson_played)
        .add_systems(OnEnter(Screen::Map), a_session_left_ends)
        .add_systems(OnEnter(Screen::Title), a_session_left_ends)
        .add_systems(
            EguiPrimaryContextPass,
            (
                vote_panel.run_if(in_state(Screen::Player)),
                end_panel.run_if(in_state(Screen::End)),
            )
                .run_if(resource_exists::<ClassSession>),
        )
        .add_systems(
            EguiPrimaryContextPass,
            attendance_ui.run_if(in_state(Area::Attendance)),
        );
}

/// The hands counted for each option of the choice on stage.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct VoteTally {
    /// The choice counted for (an empty id when none is on stage).
    pub node: NodeId,
    pub counts: Vec<u32>,
    /// The vote was tied: the teacher taps the answer.
    pub tie: bool,
}

impl VoteTally {
    /// The option most hands went to; `None` on a tie or before anyone voted.
    pub fn majority(&self) -> Option<usize> {
        let top = *self.counts.iter().max()?;
        let mut at_top = self.counts.iter().enumerate().filter(|(_, c)| **c == top);
        let (i, _) = at_top.next()?;
        (top > 0 && at_top.next().is_none()).then_some(i)
    }
}

/// What the teacher's panels do.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum TeacherAction {
    /// One more hand, or one fewer, for option i.
    Plus(usize),
    Minus(usize),
    /// Take the option most hands went to.
    GoWithTheClass,
    /// Play the next of today's lessons.
    NextLesson,
    /// End the session: who came.
    FinishSession,
    /// The attendance, entered: the session is recorded and ends.
    SaveAttendance {
        children_present: u32,
        parents_present: u32,
        letters_printed: u32,
        notes: String,
    },
}

/// The choice on stage, if the story is at one.
fn choice_on_stage(run: Option<&ActiveRun>) -> Option<&Choice> {
    match run?.0.current() {
        Node::Choice(c) => Some(c),
        _ => None,
    }
}

/// A new choice on stage starts a new count.
fn follow_the_choice_on_stage(run: Option<Res<ActiveRun>>, mut tally: ResMut<VoteTally>) {
    let (node, options) = choice_on_stage(run.as_deref())
        .map_or((NodeId::default(), 0), |c| (c.id.clone(), c.options.len()));
    if tally.node != node {
        *tally = VoteTally {
            node,
            counts: vec![0; options],
            tie: false,
        };
    }
}

fn handle_teacher_actions(
    mut actions: MessageReader<TeacherAction>,
    mut tally: ResMut<VoteTally>,
    session: Option<ResMut<ClassSession>>,
    mut player: MessageWriter<PlayerAction>,
    mut records: MessageWriter<Record>,
    mut commands: Commands,
    mut screen: ResMut<NextState<Screen>>,
    mut area: ResMut<NextState<Area>>,
    mut windows: Query<&mut Window>,
) {
    let Some(mut session) = session else { return };
    for action in actions.read() {
        match action {
            TeacherAction::Plus(i) => {
                if let Some(c) = tally.counts.get_mut(*i) {
                    *c += 1;
                }
            }
            TeacherAction::Minus(i) => {
                if let Some(c) = tally.counts.get_mut(*i) {
                    *c = c.saturating_sub(1);
                }
            }
            TeacherAction::GoWithTheClass => match tally.majority() {
                Some(i) => {
                    player.write(PlayerAction::Choose(i));
                }
                None => {
                    tally.tie = true;
                    continue;
                }
            },
            TeacherAction::NextLesson => match session.next_lesson() {
                Some(next) => {
                    commands.insert_resource(ChosenLesson(next.to_string()));
                    screen.set(Screen::Player);
                }
                None => continue,
            },
            TeacherAction::FinishSession => {
                screen.set(Screen::GrownUps);
                area.set(Area::Attendance);
            }
            TeacherAction::SaveAttendance {
                children_present,
                parents_present,
                letters_printed,
                notes,
            } => {
                records.write(Record::Attended {
                    children_present: *children_present,
                    parents_present: *parents_present,
                    letters_printed: *letters_printed,
                    notes: notes.clone(),
                });
                // The records end the session once its attendance is written.
                for mut window in &mut windows {
                    window.mode = WindowMode::Windowed;
                }
                area.set(Area::Classroom);
            }
        }
        // Whatever the class chose (by the vote or by a tap on the stage), its hands go with it.
        let voted = tally.counts.iter().any(|c| *c > 0);
        session.votes = voted.then(|| tally.counts.clone());
    }
}

/// The children's "back to the lessons" at the end of a lesson moves the session on instead.
fn end_screen_buttons_follow_the_session(
    mut ends: MessageReader<EndAction>,
    session: Option<Res<ClassSession>>,
    mut teacher: MessageWriter<TeacherAction>,
) {
    let Some(session) = session else { return };
    for _ in ends.read() {
        teacher.write(if session.next_lesson().is_some() {
            TeacherAction::NextLesson
        } else {
            TeacherAction::FinishSession
        });
    }
}

fn count_the_lesson_played(session: Option<ResMut<ClassSession>>) {
    if let Some(mut session) = session {
        session.played = (session.played + 1).min(session.lessons.len());
    }
}

/// Leaving the lessons (the player's "back") during a session ends it: who came is asked.
fn a_session_left_ends(
    session: Option<Res<ClassSession>>,
    mut screen: ResMut<NextState<Screen>>,
    mut area: ResMut<NextState<Area>>,
) {
    if session.is_some() {
        screen.set(Screen::GrownUps);
        area.set(Area::Attendance);
    }
}

fn vote_panel(
    mut contexts: EguiContexts,
    run: Option<Res<ActiveRun>>,
    tally: Res<VoteTally>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut actions: MessageWriter<TeacherAction>,
) -> Result {
    let Some(choice) = choice_on_stage(run.as_deref()) else {
        return Ok(());
    };
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    // On the left, over the speaker: the choices, the pretend phone and the caption stay in
    // the class's view.
    egui::Window::new(say.t(ui::VOTE_TITLE))
        .id("vote".into())
        .anchor(egui::Align2::LEFT_TOP, egui::vec2(16.0, 108.0))
        .resizable(false)
        .collapsible(true)
        .default_width(380.0)
        .show(ctx, |ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            tallies(ui, &say, choice, &tally, &mut actions);
            if tally.tie {
                ui.label(egui::RichText::new(say.t(ui::VOTE_TIE)).strong());
            }
            let go = ui
                .add(egui::Button::new(say.t(ui::VOTE_GO)).min_size(egui::vec2(200.0, 52.0)))
                .on_hover_text(say.t(ui::VOTE_HINT));
            if go.clicked() {
                actions.write(TeacherAction::GoWithTheClass);
            }
            // What to talk about before the hands go up, in smaller letters: the class reads
            // the stage, the teacher reads this.
            if !choice.discuss.is_empty() {
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(96.0)
                    .show(ui, |ui| {
                        for id in &choice.discuss {
                            let text = egui::RichText::new(format!("💬 {}", say.t(id.as_str())));
                            ui.label(text.size(18.0).italics());
                        }
                    });
            }
        });
    Ok(())
}

fn tallies(
    ui: &mut egui::Ui,
    say: &Say,
    choice: &Choice,
    tally: &VoteTally,
    actions: &mut MessageWriter<TeacherAction>,
) {
    let key = egui::vec2(56.0, 48.0);
    egui::Grid::new("tallies")
        .spacing([10.0, 10.0])
        .show(ui, |ui| {
            for (i, option) in choice.options.iter().enumerate() {
                ui.label(say.t(option.line.as_str()));
                if ui.add(egui::Button::new("−").min_size(key)).clicked() {
                    actions.write(TeacherAction::Minus(i));
                }
                let count = tally.counts.get(i).copied().unwrap_or(0);
                ui.label(egui::RichText::new(count.to_string()).size(32.0).strong());
                if ui.add(egui::Button::new("+").min_size(key)).clicked() {
                    actions.write(TeacherAction::Plus(i));
                }
                ui.end_row();
            }
        });
}

fn end_panel(
    mut contexts: EguiContexts,
    last: Option<Res<LastResult>>,
    session: Res<ClassSession>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut actions: MessageWriter<TeacherAction>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    egui::Window::new(say.t(ui::TEACHER_TITLE))
        .id("teacher-end".into())
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 16.0))
        .resizable(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            if let Some(last) = &last {
                for (label, id) in [
                    (ui::TEACHER_OBJECTIVE, &last.lesson.objective),
                    (ui::TEACHER_BEHAVIOUR, &last.lesson.behaviour),
                ] {
                    ui.label(egui::RichText::new(say.t(label)).strong());
                    ui.label(say.t(id.as_str()));
                    ui.add_space(8.0);
                }
            }
            let (label, action) = match session.next_lesson() {
                Some(_) => (ui::TEACHER_NEXT, TeacherAction::NextLesson),
                None => (ui::TEACHER_FINISH, TeacherAction::FinishSession),
            };
            if big_button(ui, say.t(label)).clicked() {
                actions.write(action);
            }
            if session.next_lesson().is_some() && ui.button(say.t(ui::TEACHER_FINISH)).clicked() {
                actions.write(TeacherAction::FinishSession);
            }
        });
    Ok(())
}

/// What the attendance form holds while it is filled in.
#[derive(Default)]
struct AttendanceForm {
    children: u32,
    parents: u32,
    letters: u32,
    notes: String,
    filled_for: Option<uuid::Uuid>,
}

fn attendance_ui(
    mut contexts: EguiContexts,
    session: Option<Res<ClassSession>>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut actions: MessageWriter<TeacherAction>,
    mut form: Local<AttendanceForm>,
) -> Result {
    let Some(session) = session else {
        return Ok(());
    };
    if form.filled_for != Some(session.session) {
        *form = AttendanceForm {
            children: session.class.child_count,
            filled_for: Some(session.session),
            ..default()
        };
    }
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    page(ctx, "attendance", |ui| {
        ui.heading(format!(
            "{} · {}",
            say.t(ui::SESSION_TITLE),
            session.class.name
        ));
        ui.add_space(16.0);
        egui::Grid::new("attendance")
            .num_columns(2)
            .spacing([32.0, 20.0])
            .show(ui, |ui| {
                let f = &mut *form;
                for (id, value) in [
                    (ui::SESSION_CHILDREN, &mut f.children),
                    (ui::SESSION_PARENTS, &mut f.parents),
                    (ui::SESSION_LETTERS, &mut f.letters),
                ] {
                    ui.label(say.t(id));
                    ui.add(egui::DragValue::new(value).range(0..=500));
                    ui.end_row();
                }
                ui.label(say.t(ui::SESSION_NOTES));
                ui.add(
                    egui::TextEdit::multiline(&mut form.notes)
                        .desired_rows(3)
                        .char_limit(500),
                );
                ui.end_row();
            });
        ui.add_space(16.0);
        if big_button(ui, say.t(ui::SESSION_SAVE)).clicked() {
            actions.write(TeacherAction::SaveAttendance {
                children_present: form.children,
                parents_present: form.parents,
                letters_printed: form.letters,
                notes: form.notes.clone(),
            });
        }
    });
    Ok(())
}
