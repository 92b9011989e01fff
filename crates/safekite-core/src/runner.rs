//! The deterministic lesson runner: the only thing that decides what happens next in a lesson.
//!
//! A [`LessonRun`] walks a checked [`Lesson`]. Every action (advance, choose, say something to
//! the grown-up, press "Tell a grown-up") returns the [`RunEvent`]s a view needs: show this
//! line, play this narration, show this device screen. Its [`RunState`] serialises with a
//! format version, so a child can stop mid-lesson and resume on the same step.
//!
//! Lesson flags (an option's `sets`) live in the run: they are worked out from the choices
//! made, so a resumed run has the same flags and nothing new is saved. The runner, never the
//! view, picks the line a node's [`Variant`]s call for.

use crate::ids::{CastId, MessageId, NodeId};
use crate::model::{
    ChoiceOption, DeviceKind, Lesson, Mood, NARRATOR, Node, Outcome, Safety, Screen, Sticker,
    Variant, pick_line,
};
use crate::ui_messages;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

/// The version of the serialised [`RunState`].
pub const RUN_STATE_FORMAT: u32 = 1;

/// What a view must do. Events come in the order they should be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum RunEvent {
    /// Show this place as the background.
    Background { place: String },
    /// A character (or the narrator) says a line; caption it.
    ShowLine {
        speaker: CastId,
        line: MessageId,
        picture: Option<String>,
    },
    /// Show this character with this face (sent after `ShowLine` or `GrownUpAnswers`, only
    /// when the face is not `Calm`; every `ShowLine` starts calm).
    Mood { speaker: CastId, mood: Mood },
    /// Play the narration of this message id.
    PlayNarration { id: MessageId },
    /// Show this screen on the pretend device.
    ShowDevice { device: DeviceKind, screen: Screen },
    /// Put the pretend device away.
    HideDevice,
    /// Ask the child to choose.
    OfferChoice {
        prompt: MessageId,
        options: Vec<ChoiceOption>,
    },
    /// The child chose an option.
    Chose { option: usize, safety: Safety },
    /// The grown-up scene: the child picks what to say.
    GrownUpScene {
        adult: CastId,
        prompt: MessageId,
        child_can_say: Vec<MessageId>,
    },
    /// The child says this to the grown-up.
    ChildSays { line: MessageId },
    /// The grown-up answers calmly.
    GrownUpAnswers { adult: CastId, line: MessageId },
    /// "Tell a grown-up" was pressed where the story did not ask for it: the grown-up is glad.
    GrownUpReassures { adult: CastId, line: MessageId },
    /// The lesson ended.
    Finished {
        outcome: Outcome,
        line: MessageId,
        sticker: Option<Sticker>,
    },
}

/// One choice the child made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceMade {
    /// The id of the Choice node.
    pub choice: NodeId,
    /// The index of the option.
    pub option: usize,
    pub safety: Safety,
}

/// Everything needed to resume a run; saved in the child's progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunState {
    /// [`RUN_STATE_FORMAT`].
    pub format: u32,
    /// The lesson's id.
    pub lesson: String,
    /// The current node.
    pub node: NodeId,
    /// The background place now shown.
    pub place: String,
    /// The Device node whose screen is shown, if any.
    #[serde(default)]
    pub device_node: Option<NodeId>,
    /// Nodes visited, in order of first visit.
    pub visited: Vec<NodeId>,
    /// Every choice made, wrong turns included (the run's flags are worked out from them).
    pub choices: Vec<ChoiceMade>,
    /// At a TellAdult node: what the child said (index into `child_can_say`).
    #[serde(default)]
    pub said: Option<usize>,
    /// How many times "Tell a grown-up" was pressed, whether or not the story asked for it.
    #[serde(default)]
    pub asked_for_help: u32,
    /// Whether the run has passed through a TellAdult node.
    #[serde(default)]
    pub told_adult: bool,
}

/// An action that does not fit the current step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    /// `advance` at a Choice: the child must choose.
    MustChoose,
    /// `advance` at a TellAdult node before the child said something.
    MustSaySomething,
    /// The lesson has ended.
    Finished,
    /// `choose` when the current node is not a Choice.
    NotAChoice,
    /// `say_to_adult` when the current node is not a TellAdult node.
    NotTellingAdult,
    /// An option or line index out of range.
    NoSuchOption(usize),
    /// The lesson refers to a node that does not exist (it was not checked).
    MissingNode(NodeId),
    /// A saved state does not belong to this lesson or has another format.
    BadState(String),
    /// The lesson's grown-up is not one of the cast's grown-ups (it was not checked).
    UnknownGrownUp(CastId),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::MustChoose => f.write_str("this step is a choice: choose an option"),
            RunError::MustSaySomething => {
                f.write_str("this step is the grown-up scene: say something first")
            }
            RunError::Finished => f.write_str("the lesson has ended"),
            RunError::NotAChoice => f.write_str("this step is not a choice"),
            RunError::NotTellingAdult => f.write_str("this step is not the grown-up scene"),
            RunError::NoSuchOption(i) => write!(f, "there is no option {i}"),
            RunError::MissingNode(id) => write!(f, "the lesson has no node `{id}`"),
            RunError::BadState(why) => write!(f, "cannot resume: {why}"),
            RunError::UnknownGrownUp(id) => write!(
                f,
                "the lesson's grown-up `{id}` is not one of the cast's grown-ups ({})",
                crate::cast::grown_ups()
            ),
        }
    }
}

impl std::error::Error for RunError {}

/// A lesson whose grown-up could not answer a child who asks for help is refused, never played
/// with another grown-up's words.
fn known_grown_up(lesson: &Lesson) -> Result<(), RunError> {
    match ui_messages::glad_you_asked(&lesson.adult) {
        Some(_) => Ok(()),
        None => Err(RunError::UnknownGrownUp(lesson.adult.clone())),
    }
}

/// A lesson being played.
#[derive(Clone, Debug)]
pub struct LessonRun {
    lesson: Arc<Lesson>,
    state: RunState,
}

impl LessonRun {
    /// Starts a lesson at its start node. Returns the run and the events that show the first step.
    pub fn start(lesson: Arc<Lesson>) -> Result<(Self, Vec<RunEvent>), RunError> {
        known_grown_up(&lesson)?;
        let state = RunState {
            format: RUN_STATE_FORMAT,
            lesson: lesson.id.clone(),
            node: lesson.start.clone(),
            place: lesson.place.clone(),
            device_node: None,
            visited: Vec::new(),
            choices: Vec::new(),
            said: None,
            asked_for_help: 0,
            told_adult: false,
        };
        let mut run = LessonRun { lesson, state };
        let mut events = vec![RunEvent::Background {
            place: run.state.place.clone(),
        }];
        let start = run.state.node.clone();
        run.enter(&start, &mut events)?;
        Ok((run, events))
    }

    /// Resumes a saved run. Returns the run and the events that redraw the current step.
    pub fn resume(lesson: Arc<Lesson>, state: RunState) -> Result<(Self, Vec<RunEvent>), RunError> {
        known_grown_up(&lesson)?;
        if state.format != RUN_STATE_FORMAT {
            return Err(RunError::BadState(format!(
                "saved with run format {}, this build reads {}",
                state.format, RUN_STATE_FORMAT
            )));
        }
        if state.lesson != lesson.id {
            return Err(RunError::BadState(format!(
                "saved for lesson `{}`, not `{}`",
                state.lesson, lesson.id
            )));
        }
        if lesson.node(&state.node).is_none() {
            return Err(RunError::BadState(format!(
                "the lesson no longer has node `{}`",
                state.node
            )));
        }
        let run = LessonRun { lesson, state };
        let mut events = vec![RunEvent::Background {
            place: run.state.place.clone(),
        }];
        if let Some(Node::Device(d)) = run
            .state
            .device_node
            .as_ref()
            .and_then(|id| run.lesson.node(id))
        {
            events.push(RunEvent::ShowDevice {
                device: d.device,
                screen: d.screen.clone(),
            });
        }
        run.show_current(&mut events);
        Ok((run, events))
    }

    /// The lesson being played.
    pub fn lesson(&self) -> &Arc<Lesson> {
        &self.lesson
    }

    /// The state to save.
    pub fn state(&self) -> &RunState {
        &self.state
    }

    /// The current node.
    pub fn current(&self) -> &Node {
        self.lesson
            .node(&self.state.node)
            .expect("the current node exists: checked on start, choose and resume")
    }

    /// The options on offer (empty unless the current node is a Choice).
    pub fn options(&self) -> &[ChoiceOption] {
        match self.current() {
            Node::Choice(c) => &c.options,
            _ => &[],
        }
    }

    /// The lesson flags set so far: the `sets` of every option chosen in this run.
    pub fn flags(&self) -> BTreeSet<String> {
        let mut flags = BTreeSet::new();
        for made in &self.state.choices {
            if let Some(Node::Choice(c)) = self.lesson.node(&made.choice)
                && let Some(o) = c.options.get(made.option)
            {
                flags.extend(o.sets.iter().cloned());
            }
        }
        flags
    }

    /// The line said at a node: the first of its `variants` that the run's flags match, else
    /// `line`.
    fn line_for(&self, line: &MessageId, variants: &[Variant]) -> MessageId {
        if variants.is_empty() {
            return line.clone();
        }
        let flags = self.flags();
        pick_line(line, variants, |f| flags.contains(f)).clone()
    }

    /// The outcome, once the lesson has ended.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.current() {
            Node::End(e) => Some(e.outcome),
            _ => None,
        }
    }

    /// Moves on from a Say, Device or (after the child spoke) TellAdult step.
    pub fn advance(&mut self) -> Result<Vec<RunEvent>, RunError> {
        let next = match self.current() {
            Node::Say(n) => n.next.clone(),
            Node::Device(n) => n.next.clone(),
            Node::TellAdult(n) => {
                if self.state.said.is_none() {
                    return Err(RunError::MustSaySomething);
                }
                n.next.clone()
            }
            Node::Choice(_) => return Err(RunError::MustChoose),
            Node::End(_) => return Err(RunError::Finished),
        };
        let mut events = Vec::new();
        self.enter(&next, &mut events)?;
        Ok(events)
    }

    /// Chooses option `index` at a Choice.
    pub fn choose(&mut self, index: usize) -> Result<Vec<RunEvent>, RunError> {
        let Node::Choice(choice) = self.current() else {
            return Err(match self.current() {
                Node::End(_) => RunError::Finished,
                _ => RunError::NotAChoice,
            });
        };
        let option = choice
            .options
            .get(index)
            .ok_or(RunError::NoSuchOption(index))?;
        let (choice_id, safety, next) = (choice.id.clone(), option.safety, option.next.clone());
        self.state.choices.push(ChoiceMade {
            choice: choice_id,
            option: index,
            safety,
        });
        let mut events = vec![RunEvent::Chose {
            option: index,
            safety,
        }];
        self.enter(&next, &mut events)?;
        Ok(events)
    }

    /// At a TellAdult step: the child says line `index` of `child_can_say`; the grown-up answers.
    pub fn say_to_adult(&mut self, index: usize) -> Result<Vec<RunEvent>, RunError> {
        let Node::TellAdult(t) = self.current() else {
            return Err(RunError::NotTellingAdult);
        };
        let line = t
            .child_can_say
            .get(index)
            .ok_or(RunError::NoSuchOption(index))?
            .clone();
        let (adult, mood) = (t.adult.clone(), t.mood);
        let answer = self.line_for(&t.answer, &t.variants);
        self.state.said = Some(index);
        let mut events = vec![
            RunEvent::ChildSays { line: line.clone() },
            RunEvent::PlayNarration { id: line },
            RunEvent::GrownUpAnswers {
                adult: adult.clone(),
                line: answer.clone(),
            },
        ];
        push_mood(&mut events, &adult, mood);
        events.push(RunEvent::PlayNarration { id: answer });
        Ok(events)
    }

    /// The always-visible "Tell a grown-up" button. At a Choice with a TellAdult option it picks
    /// that option; at the grown-up scene it changes nothing; anywhere else the lesson's grown-up
    /// says they are glad the child asked, and the story stays where it is. Never punished.
    pub fn tell_grown_up(&mut self) -> Vec<RunEvent> {
        self.state.asked_for_help += 1;
        match self.current() {
            Node::Choice(c) => {
                if let Some(i) = c.options.iter().position(|o| o.safety == Safety::TellAdult) {
                    return self.choose(i).expect("the option exists");
                }
            }
            Node::TellAdult(_) => return Vec::new(),
            _ => {}
        }
        let adult = self.lesson.adult.clone();
        // `start` and `resume` refused a lesson whose grown-up is unknown.
        let Some(line) = ui_messages::glad_you_asked(&adult).map(MessageId::from) else {
            return Vec::new();
        };
        vec![
            RunEvent::GrownUpReassures {
                adult,
                line: line.clone(),
            },
            RunEvent::PlayNarration { id: line },
        ]
    }

    /// Enters node `id` and emits the events that show it.
    fn enter(&mut self, id: &NodeId, events: &mut Vec<RunEvent>) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        let node = lesson
            .node(id)
            .ok_or_else(|| RunError::MissingNode(id.clone()))?;
        self.state.node = id.clone();
        self.state.said = None;
        if !self.state.visited.contains(id) {
            self.state.visited.push(id.clone());
        }
        match node {
            Node::Say(n) => self.change_place(n.place.as_deref(), events),
            Node::Device(n) => {
                self.state.device_node = Some(n.id.clone());
                events.push(RunEvent::ShowDevice {
                    device: n.device,
                    screen: n.screen.clone(),
                });
            }
            Node::TellAdult(n) => {
                self.state.told_adult = true;
                self.change_place(n.place.as_deref(), events);
                self.hide_device(events);
            }
            Node::End(_) => self.hide_device(events),
            Node::Choice(c) => {
                let on_device = c.on_device.clone();
                self.keep_device_on_stage(on_device.as_ref(), events);
            }
        }
        self.show_current(events);
        Ok(())
    }

    /// At a Choice acted out on the pretend device: shows that Device node's screen unless it
    /// is already on stage.
    fn keep_device_on_stage(&mut self, on_device: Option<&NodeId>, events: &mut Vec<RunEvent>) {
        let Some(id) = on_device else { return };
        if self.state.device_node.as_ref() == Some(id) {
            return;
        }
        if let Some(Node::Device(d)) = self.lesson.node(id) {
            self.state.device_node = Some(d.id.clone());
            events.push(RunEvent::ShowDevice {
                device: d.device,
                screen: d.screen.clone(),
            });
        }
    }

    /// A node's `place`, when it is another place than the one shown: the new background (the
    /// device is put away).
    fn change_place(&mut self, place: Option<&str>, events: &mut Vec<RunEvent>) {
        if let Some(place) = place
            && place != self.state.place
        {
            self.state.place = place.to_string();
            events.push(RunEvent::Background {
                place: place.to_string(),
            });
            self.hide_device(events);
        }
    }

    fn hide_device(&mut self, events: &mut Vec<RunEvent>) {
        if self.state.device_node.take().is_some() {
            events.push(RunEvent::HideDevice);
        }
    }

    /// The events that show the current node's own content.
    fn show_current(&self, events: &mut Vec<RunEvent>) {
        match self.current() {
            Node::Say(n) => {
                let line = self.line_for(&n.line, &n.variants);
                events.push(RunEvent::ShowLine {
                    speaker: n.speaker.clone(),
                    line: line.clone(),
                    picture: n.picture.clone(),
                });
                push_mood(events, &n.speaker, n.mood);
                events.push(RunEvent::PlayNarration { id: line });
            }
            Node::Device(n) => {
                let line = self.line_for(&n.line, &n.variants);
                events.push(RunEvent::ShowLine {
                    speaker: n.speaker.clone().unwrap_or_else(|| CastId::from(NARRATOR)),
                    line: line.clone(),
                    picture: None,
                });
                events.push(RunEvent::PlayNarration { id: line });
            }
            Node::Choice(n) => {
                events.push(RunEvent::OfferChoice {
                    prompt: n.prompt.clone(),
                    options: n.options.clone(),
                });
                events.push(RunEvent::PlayNarration {
                    id: n.prompt.clone(),
                });
            }
            Node::TellAdult(n) => {
                events.push(RunEvent::GrownUpScene {
                    adult: n.adult.clone(),
                    prompt: n.prompt.clone(),
                    child_can_say: n.child_can_say.clone(),
                });
                events.push(RunEvent::PlayNarration {
                    id: n.prompt.clone(),
                });
                if let Some(i) = self.state.said
                    && let Some(line) = n.child_can_say.get(i)
                {
                    events.push(RunEvent::ChildSays { line: line.clone() });
                    events.push(RunEvent::GrownUpAnswers {
                        adult: n.adult.clone(),
                        line: self.line_for(&n.answer, &n.variants),
                    });
                    push_mood(events, &n.adult, n.mood);
                }
            }
            Node::End(n) => {
                let sticker = (n.outcome == Outcome::Good).then(|| self.lesson.sticker.clone());
                let line = self.line_for(&n.line, &n.variants);
                events.push(RunEvent::Finished {
                    outcome: n.outcome,
                    line: line.clone(),
                    sticker,
                });
                events.push(RunEvent::PlayNarration { id: line });
            }
        }
    }
}

/// Adds a [`RunEvent::Mood`] for a face that is not the default.
fn push_mood(events: &mut Vec<RunEvent>, speaker: &CastId, mood: Mood) {
    if !mood.is_calm() {
        events.push(RunEvent::Mood {
            speaker: speaker.clone(),
            mood,
        });
    }
}
