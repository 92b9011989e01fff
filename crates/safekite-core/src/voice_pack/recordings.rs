//! The recordings kept on one device: packs imported into them, a lesson's (or every) take
//! exported as a pack, a lesson's or a pack's takes removed, and the take to play for a line,
//! only when its words are still the line's words. Where the set is stored (a folder, the
//! browser's storage) is the game's business; a pack of all of them is one way to keep it.

use super::{CurrentWords, PackError, Take, VoicePack, build};
use std::collections::BTreeMap;

/// A device's recordings, one take per (locale, message id).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recordings {
    takes: BTreeMap<(String, String), Take>,
}

impl Recordings {
    /// No recordings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a pack's takes; a take of a line already recorded replaces the one kept. Returns
    /// how many takes were added or replaced.
    pub fn import(&mut self, pack: VoicePack) -> usize {
        let n = pack.takes.len();
        for t in pack.takes {
            self.takes.insert((t.locale.clone(), t.id.clone()), t);
        }
        n
    }

    /// Adds one take (a new recording), replacing the line's take if it had one.
    pub fn insert(&mut self, take: Take) {
        self.takes
            .insert((take.locale.clone(), take.id.clone()), take);
    }

    /// The pack of lesson `lesson`'s takes (`Some(SCREENS)` for the game's screens), or of
    /// every take (`None`).
    pub fn export(&self, lesson: Option<&str>) -> Result<Vec<u8>, PackError> {
        let takes: Vec<Take> = self
            .takes()
            .filter(|t| lesson.is_none_or(|l| t.lesson == l))
            .cloned()
            .collect();
        build(&takes)
    }

    /// Removes lesson `lesson`'s takes ([`super::SCREENS`] for the game's screens); returns
    /// how many.
    pub fn remove_lesson(&mut self, lesson: &str) -> usize {
        let before = self.takes.len();
        self.takes.retain(|_, t| t.lesson != lesson);
        before - self.takes.len()
    }

    /// Removes the takes a pack brought (the same line with the same audio: a line recorded
    /// again since is kept); returns how many.
    pub fn remove_pack(&mut self, pack: &VoicePack) -> usize {
        let before = self.takes.len();
        for t in &pack.takes {
            let key = (t.locale.clone(), t.id.clone());
            if self.takes.get(&key).is_some_and(|kept| kept.ogg == t.ogg) {
                self.takes.remove(&key);
            }
        }
        before - self.takes.len()
    }

    /// Every take, by locale then id.
    pub fn takes(&self) -> impl Iterator<Item = &Take> {
        self.takes.values()
    }

    /// How many takes there are.
    pub fn len(&self) -> usize {
        self.takes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.takes.is_empty()
    }

    /// The take of a line, stale or not (to list it, or to record it again).
    pub fn get(&self, locale: &str, id: &str) -> Option<&Take> {
        self.takes.get(&(locale.to_string(), id.to_string()))
    }

    /// The take to play for a line: only when the words recorded are its words now. A line
    /// changed since it was recorded gets `None` (the generated narration plays instead).
    pub fn playable(&self, locale: &str, id: &str, words: &impl CurrentWords) -> Option<&Take> {
        self.get(locale, id).filter(|t| t.is_current(words))
    }
}
