//! The lesson player: a thin view over the core's [`LessonRun`]. It forwards the child's input
//! (next, an option, what to say to the grown-up, "Tell a grown-up", replay) to the run and
//! draws the [`RunEvent`]s that come back: the place, who speaks and the caption, the pretend
//! device, the choice as big picture buttons, the grown-up scene, the narration. It never
//! decides what happens next. The run's state is saved after every step, so a child can stop
//! and carry on later on the same step.

mod stage;
mod view;

use bevy::prelude::*;
use safekite_core::learning::CheckMode;
use safekite_core::model::{Lesson, Node, Outcome, Safety, Sticker};
use safekite_core::runner::{LessonRun, RunEvent};
use std::sync::Arc;

use crate::content::Library;
use crate::device::TakesOption;
use crate::narration::{Narrate, PreloadVoices};
use crate::progress::ProgressRes;
use crate::records::{ClassBookRes, ClassSession, Record};
use crate::screens::check_round::{CheckRound, check_mode, today};
use crate::screens::end::LastResult;
use crate::screens::map::ChosenLesson;
use crate::screens::{Screen, button_actions};

pub use view::{GrownUpView, PlayerView};

pub(super) fn plugin(app: &mut App) {
    button_actions::<PlayerAction>(app);
    app.init_resource::<PlayerView>()
        .init_resource::<RunLog>()
        .add_systems(OnEnter(Screen::Player), start_or_resume_lesson)
        .add_systems(
            Update,
            (
                handle_player_actions,
                stage::rebuild_stage,
                give_device_elements_their_option,
            )
                .chain()
                .run_if(in_state(Screen::Player)),
        )
        .add_systems(OnExit(Screen::Player), |mut commands: Commands| {
            commands.remove_resource::<ActiveRun>()
        });
}

/// Elements of the pretend phone that take an option (the story asks the child to act on the
/// phone) become the player's buttons for that option, beside the option buttons.
fn give_device_elements_their_option(
    mut commands: Commands,
    elements: Query<(Entity, &TakesOption), Added<TakesOption>>,
) {
    for (entity, option) in &elements {
        commands
            .entity(entity)
            .insert(PlayerAction::Choose(option.0));
    }
}

/// The lesson being played.
#[derive(Resource)]
pub struct ActiveRun(pub LessonRun);

/// Every event the core's runs sent, in order (for tests, the tour and a teacher's log later).
#[derive(Resource, Default, Debug)]
pub struct RunLog(pub Vec<RunEvent>);

/// What the lesson player's buttons do: the child's input, forwarded to the run.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum PlayerAction {
    /// Move on.
    Next,
    /// Choose option i.
    Choose(usize),
    /// Say line i to the grown-up.
    Say(usize),
    /// The always-visible "Tell a grown-up" button.
    TellGrownUp,
    /// Hear the line again.
    Replay,
    /// Leave the lesson (it carries on from the same step next time).
    BackToMap,
}

fn start_or_resume_lesson(
    mut commands: Commands,
    chosen: Option<Res<ChosenLesson>>,
    library: Res<Library>,
    mut progress: ResMut<ProgressRes>,
    mut view: ResMut<PlayerView>,
    mut narrate: MessageWriter<Narrate>,
    mut preload: MessageWriter<PreloadVoices>,
    mut next: ResMut<NextState<Screen>>,
    mut art: ResMut<crate::art::Art>,
    assets: Res<AssetServer>,
    mut log: ResMut<RunLog>,
    mut records: MessageWriter<Record>,
) {
    let Some(lesson) = chosen.and_then(|c| library.lesson(&c.0).cloned()) else {
        warn!("no playable lesson was chosen");
        next.set(Screen::Map);
        return;
    };
    let saved = progress
        .player()
        .and_then(|p| p.resume.get(&lesson.id).cloned());
    let started = match saved {
        Some(state) => LessonRun::resume(lesson.clone(), state).or_else(|e| {
            warn!(
                "lesson {}: {e}; starting again from the beginning",
                lesson.id
            );
            LessonRun::start(lesson.clone())
        }),
        None => LessonRun::start(lesson.clone()),
    };
    let (run, events) = match started {
        Ok(x) => x,
        Err(e) => {
            error!("lesson {} cannot start: {e}", lesson.id);
            next.set(Screen::Map);
            return;
        }
    };
    art.preload(&assets, &lesson);
    preload.write(PreloadVoices {
        set: lesson.id.clone(),
        ids: lesson
            .messages()
            .into_iter()
            .filter(|m| m.spoken)
            .map(|m| m.id)
            .collect(),
    });
    *view = PlayerView::default();
    let mut lines = Vec::new();
    log.0.extend(events.iter().cloned());
    view.apply(events, &mut lines);
    for id in lines {
        narrate.write(Narrate(id));
    }
    if let Some(p) = progress.player_mut() {
        p.resume.insert(lesson.id.clone(), run.state().clone());
    }
    info!(
        "lesson {} started on step {}",
        lesson.id,
        run.current().id()
    );
    records.write(Record::Launched {
        lesson: lesson.clone(),
    });
    commands.insert_resource(ActiveRun(run));
}

/// A lesson ended: its sticker (if good) and the day go into the player's progress. Returns the
/// check questions to ask now, if any.
fn finish(
    progress: &mut ProgressRes,
    lesson: &Arc<Lesson>,
    sticker: Option<&Sticker>,
    good: bool,
    mode: CheckMode,
) -> Option<CheckRound> {
    let player = progress.player_mut()?;
    let round = good
        .then(|| CheckRound::after(lesson, player, mode))
        .flatten();
    player.finish_lesson(&lesson.id, sticker.map(|s| s.picture.as_str()));
    if good {
        player
            .checks
            .entry(lesson.id.clone())
            .or_default()
            .finished(today());
    }
    round
}

/// What is worth recording in the answer to `action` at `node` (the step it was taken on).
fn records_of(node: &Node, action: &PlayerAction, events: &[RunEvent]) -> Vec<Record> {
    let mut out = Vec::new();
    if *action == PlayerAction::TellGrownUp {
        out.push(Record::Told {
            node: node.id().clone(),
        });
    }
    for event in events {
        match event {
            RunEvent::Chose { option, safety } => {
                let Node::Choice(choice) = node else { continue };
                let Some(picked) = choice.options.get(*option) else {
                    continue;
                };
                out.push(Record::Answered {
                    node: choice.id.clone(),
                    option: picked.line.clone(),
                    safe: *safety != Safety::Unsafe,
                    labels: choice.options.iter().map(|o| o.line.clone()).collect(),
                });
                if *safety == Safety::Unsafe {
                    out.push(Record::WrongTurn {
                        node: picked.next.clone(),
                    });
                }
            }
            RunEvent::Finished { outcome, .. } => out.push(Record::Completed { outcome: *outcome }),
            _ => {}
        }
    }
    out
}

fn handle_player_actions(
    mut actions: MessageReader<PlayerAction>,
    mut run: Option<ResMut<ActiveRun>>,
    mut view: ResMut<PlayerView>,
    mut progress: ResMut<ProgressRes>,
    mut narrate: MessageWriter<Narrate>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut log: ResMut<RunLog>,
    mut records: MessageWriter<Record>,
    book: Option<Res<ClassBookRes>>,
    session: Option<Res<ClassSession>>,
) {
    let Some(run) = run.as_mut() else { return };
    for action in actions.read() {
        let node = run.0.current().clone();
        let result = match action {
            PlayerAction::Next if view.reassure.is_some() => {
                view.reassure = None;
                continue;
            }
            PlayerAction::Next => run.0.advance(),
            PlayerAction::Choose(i) => run.0.choose(*i),
            PlayerAction::Say(i) => run.0.say_to_adult(*i),
            PlayerAction::TellGrownUp => Ok(run.0.tell_grown_up()),
            PlayerAction::Replay => {
                for id in view.last_narration.clone() {
                    narrate.write(Narrate(id));
                }
                continue;
            }
            PlayerAction::BackToMap => {
                next.set(Screen::Map);
                continue;
            }
        };
        let events = match result {
            Ok(events) => events,
            Err(e) => {
                // A button that does not fit the step (a double tap): nothing happens.
                debug!("ignored {action:?}: {e}");
                continue;
            }
        };
        records.write_batch(records_of(&node, action, &events));
        let mut lines = Vec::new();
        log.0.extend(events.iter().cloned());
        let finished = view.apply(events, &mut lines);
        for id in lines {
            narrate.write(Narrate(id));
        }
        let lesson = run.0.lesson().clone();
        let state = run.0.state().clone();
        if let Some((outcome, line, sticker)) = finished {
            info!("lesson {} finished: {outcome:?}", lesson.id);
            let good = outcome == Outcome::Good;
            let mode = check_mode(&progress, book.as_deref(), session.as_deref());
            let after = finish(&mut progress, &lesson, sticker.as_ref(), good, mode);
            commands.insert_resource(LastResult {
                lesson,
                outcome,
                line,
            });
            // After the first good ending, the check questions, then the end screen.
            match after {
                Some(round) => {
                    commands.insert_resource(round);
                    next.set(Screen::Check);
                }
                None => next.set(Screen::End),
            }
        } else if let Some(p) = progress.player_mut() {
            p.resume.insert(lesson.id.clone(), state);
        }
    }
}
