//! What the stage shows ([`PlayerView`]), built from the run's events: the place, who speaks
//! and the line, the device, the choice, the grown-up scene, the reassurance card, and the
//! narration of what is on screen. Plain data: the stage draws it.

use bevy::prelude::Resource;
use safekite_core::ids::{CastId, MessageId};
use safekite_core::model::{
    ChoiceOption, DeviceKind, NARRATOR, Outcome, Screen as DeviceScreen, Sticker,
};
use safekite_core::runner::RunEvent;

/// The grown-up scene as it stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrownUpView {
    pub adult: CastId,
    pub prompt: MessageId,
    pub child_can_say: Vec<MessageId>,
    pub said: Option<MessageId>,
    pub answer: Option<MessageId>,
}

/// Everything the stage shows, built from the run's events.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct PlayerView {
    pub place: String,
    pub speaker: CastId,
    pub line: Option<MessageId>,
    pub picture: Option<String>,
    pub device: Option<(DeviceKind, DeviceScreen)>,
    pub choice: Option<Vec<ChoiceOption>>,
    pub grown_up: Option<GrownUpView>,
    /// "Tell a grown-up" pressed elsewhere: (adult, line), shown over the story until "next".
    pub reassure: Option<(CastId, MessageId)>,
    /// The narration ids of what is on screen, for "hear it again".
    pub last_narration: Vec<MessageId>,
    /// The face of the figure on stage (calm at every new line).
    pub mood: safekite_core::model::Mood,
}

impl PlayerView {
    /// Applies the run's events; returns the ending if the lesson finished.
    pub(crate) fn apply(
        &mut self,
        events: Vec<RunEvent>,
        narrate: &mut Vec<MessageId>,
    ) -> Option<(Outcome, MessageId, Option<Sticker>)> {
        let mut finished = None;
        let mut narration = Vec::new();
        for e in events {
            match e {
                RunEvent::Background { place } => self.place = place,
                RunEvent::ShowLine {
                    speaker,
                    line,
                    picture,
                } => {
                    self.speaker = speaker;
                    self.mood = Default::default();
                    self.line = Some(line);
                    self.picture = picture;
                    self.choice = None;
                    self.grown_up = None;
                    self.reassure = None;
                }
                RunEvent::PlayNarration { id } => narration.push(id),
                RunEvent::Mood { mood, .. } => self.mood = mood,
                RunEvent::ShowDevice { device, screen } => self.device = Some((device, screen)),
                RunEvent::HideDevice => self.device = None,
                RunEvent::OfferChoice { prompt, options } => {
                    self.speaker = CastId::from(NARRATOR);
                    self.line = Some(prompt);
                    self.picture = None;
                    self.choice = Some(options);
                    self.grown_up = None;
                    self.reassure = None;
                }
                RunEvent::Chose { .. } => {}
                RunEvent::GrownUpScene {
                    adult,
                    prompt,
                    child_can_say,
                } => {
                    self.choice = None;
                    self.picture = None;
                    self.reassure = None;
                    self.speaker = adult.clone();
                    self.mood = Default::default();
                    self.line = Some(prompt.clone());
                    self.grown_up = Some(GrownUpView {
                        adult,
                        prompt,
                        child_can_say,
                        said: None,
                        answer: None,
                    });
                }
                RunEvent::ChildSays { line } => {
                    if let Some(g) = &mut self.grown_up {
                        g.said = Some(line);
                    }
                }
                RunEvent::GrownUpAnswers { line, .. } => {
                    if let Some(g) = &mut self.grown_up {
                        g.answer = Some(line.clone());
                    }
                    self.line = Some(line);
                }
                RunEvent::GrownUpReassures { adult, line } => self.reassure = Some((adult, line)),
                RunEvent::Finished {
                    outcome,
                    line,
                    sticker,
                } => finished = Some((outcome, line, sticker)),
            }
        }
        if !narration.is_empty() {
            self.last_narration = narration.clone();
        }
        narrate.extend(narration);
        finished
    }
}
