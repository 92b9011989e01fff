//! Progress and settings: the players on a device, what each has done, and where each stopped.
//!
//! Saved as RON with a format version through a [`Store`]. Natively that is [`FileStore`]: one
//! file, written atomically (temporary file, fsync, rename) with a backup of the last good copy;
//! a corrupt file is recovered from the backup and reported, never silently reset, and its bytes
//! are kept aside (once, in a bounded number of copies). An older format is upgraded, never
//! reset. Nothing in a file is trusted: every load is validated and repaired (see
//! [`Progress::validate`]). The browser build implements [`Store`] over its own storage with the
//! same bytes.

use crate::gate::PinLock;
use crate::learning::LessonChecks;
use crate::model::Band;
use crate::runner::RunState;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod file_store;
mod look;
mod validate;

pub use file_store::FileStore;
pub use look::{AVATAR_ON_BADGE, AVATARS, BADGES, badge_picture, free_badge, unused_look};
pub use validate::{MAX_NICKNAME_GRAPHEMES, NicknameError, clean_nickname};

/// The version of the saved progress format. Format 1 is read and upgraded (see
/// [`Progress::from_bytes`]); format 2 promises validated content (ids unique and below
/// `next_profile_id`, nicknames clean, avatars known).
///
/// A field added with a default is not a new format: a player's `badge` came later than
/// format 2 and is still format 2. A file without it reads as it always did (the players get
/// badges on load, see [`Profile::badge`]), and a SafeKite from before badges reads a file with
/// them (a field it does not know is skipped), so neither way loses progress. A new format is
/// for a change an older SafeKite would misread: a field renamed, removed or given a new
/// meaning.
pub const PROGRESS_FORMAT: u32 = 2;

/// The largest progress file read (40 players with all their stickers fit in a few KiB).
pub const MAX_PROGRESS_BYTES: usize = 16 << 20;

/// How many unreadable copies are kept aside at most; the oldest goes first.
pub const MAX_KEPT_ASIDE: usize = 5;

/// The most players one device holds (a shared classroom tablet).
pub const MAX_PROFILES: usize = 40;

/// Everything saved on a device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// [`PROGRESS_FORMAT`].
    pub format: u32,
    pub settings: Settings,
    pub profiles: Vec<Profile>,
    /// The id the next new profile gets.
    #[serde(default)]
    pub next_profile_id: u32,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            format: PROGRESS_FORMAT,
            settings: Settings::default(),
            profiles: Vec::new(),
            next_profile_id: 1,
        }
    }
}

/// Device settings, chosen by a grown-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// `vi` or `en`.
    pub locale: String,
    /// 0.0 to 1.0.
    pub voice_volume: f32,
    /// Kept so every saved file reads the same; SafeKite plays no music (no slider shows it).
    pub music_volume: f32,
    pub effects_volume: f32,
    pub captions: bool,
    /// The teacher's PIN for the grown-ups' gate, salted and hashed; without one the gate asks
    /// for a number written in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<PinLock>,
    /// The school's name, as the yearly report shows it ("" until a teacher writes it).
    #[serde(default)]
    pub school_name: String,
    /// The school counsellor's name and room, said in the 11-15 lessons ("" for the lessons'
    /// own words: "the school counsellor").
    #[serde(default)]
    pub counsellor_name: String,
    #[serde(default)]
    pub counsellor_room: String,
    /// Less movement: buttons on the pretend phone do not breathe.
    #[serde(default)]
    pub reduced_motion: bool,
    /// How fast the narration plays, 0.75 to 1.25 (1.0 as recorded).
    #[serde(default = "normal_speed")]
    pub narration_speed: f32,
    /// One-switch scanning: the focus steps to the next button every this many seconds, and
    /// any key (or a tap away from the buttons) presses the focused one. 0 is off; otherwise
    /// within [`SCAN_SECONDS`].
    #[serde(default)]
    pub scan_seconds: f32,
    /// After this many minutes of lessons, the next lesson's end suggests a break (0: never).
    /// One of [`BREAK_MINUTES`].
    #[serde(default = "twenty_minutes")]
    pub break_minutes: u32,
    /// The high-contrast palette (black words on white, solid outlines).
    #[serde(default)]
    pub high_contrast: bool,
    /// The size of the children's screens' words, in percent: one of [`TEXT_SIZES`].
    #[serde(default = "full_size")]
    pub text_size: u32,
}

fn full_size() -> u32 {
    100
}

/// The text sizes a grown-up can choose, in percent (apart from the window-fitting scale).
pub const TEXT_SIZES: [u32; 3] = [100, 125, 150];

fn twenty_minutes() -> u32 {
    20
}

/// The break reminders a grown-up can choose (0 is off).
pub const BREAK_MINUTES: [u32; 4] = [0, 10, 20, 30];

/// The quickest and slowest switch scanning.
pub const SCAN_SECONDS: std::ops::RangeInclusive<f32> = 0.5..=5.0;

fn normal_speed() -> f32 {
    1.0
}

/// The slowest and fastest narration.
pub const NARRATION_SPEEDS: std::ops::RangeInclusive<f32> = 0.75..=1.25;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: "vi".to_string(),
            voice_volume: 1.0,
            music_volume: 0.5,
            effects_volume: 0.8,
            captions: true,
            pin: None,
            school_name: String::new(),
            counsellor_name: String::new(),
            counsellor_room: String::new(),
            reduced_motion: false,
            narration_speed: 1.0,
            scan_seconds: 0.0,
            break_minutes: 20,
            high_contrast: false,
            text_size: 100,
        }
    }
}

/// One player: an avatar and an optional nickname, never a real name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: u32,
    /// An avatar name (a picture in `assets/art/avatars/`), one of [`AVATARS`].
    pub avatar: String,
    /// The badge behind the avatar, one of [`BADGES`]. Players saved before badges have none;
    /// every load gives them one ([`free_badge`], without reporting a repair), and an unknown
    /// badge is repaired the same way (reported). After a load or [`Progress::add_profile`]
    /// every player has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub badge: Option<String>,
    /// Optional nickname chosen by the child.
    #[serde(default)]
    pub nickname: String,
    pub band: Band,
    /// Lessons finished with a good ending.
    #[serde(default)]
    pub lessons_done: BTreeSet<String>,
    /// Sticker pictures earned, by lesson id.
    #[serde(default)]
    pub stickers: BTreeMap<String, String>,
    /// Where the player stopped in unfinished lessons, by lesson id.
    #[serde(default)]
    pub resume: BTreeMap<String, RunState>,
    /// The player's pseudonymous id in records (a random UUID, made on the first record; ""
    /// until then). Never a name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub record_id: String,
    /// The class the player belongs to (its id in the class book), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The check questions asked about each lesson, by lesson id (see [`crate::learning`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checks: BTreeMap<String, LessonChecks>,
}

/// Why a profile could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// The device already holds [`MAX_PROFILES`].
    Full,
    /// The nickname has characters but none that can be seen.
    Nickname(NicknameError),
}

impl Progress {
    /// Adds a profile and returns its id. Its badge is [`free_badge`] for its animal, so an
    /// animal offered by [`unused_look`] gets the badge of that look.
    pub fn add_profile(
        &mut self,
        avatar: &str,
        nickname: &str,
        band: Band,
    ) -> Result<u32, ProfileError> {
        if self.profiles.len() >= MAX_PROFILES {
            return Err(ProfileError::Full);
        }
        let nickname = clean_nickname(nickname).map_err(ProfileError::Nickname)?;
        let id = self.next_free_id();
        self.next_profile_id = id + 1;
        let badge = free_badge(&self.profiles, avatar);
        self.profiles.push(Profile {
            id,
            avatar: avatar.to_string(),
            badge: Some(badge.to_string()),
            nickname,
            band,
            lessons_done: BTreeSet::new(),
            stickers: BTreeMap::new(),
            resume: BTreeMap::new(),
            record_id: String::new(),
            class: None,
            checks: BTreeMap::new(),
        });
        Ok(id)
    }

    /// The id a new profile gets: above every id in use and every id given before.
    fn next_free_id(&self) -> u32 {
        let above_all = self.profiles.iter().map(|p| p.id).max().unwrap_or(0) + 1;
        self.next_profile_id.max(above_all).max(1)
    }

    /// Removes a profile and everything it did.
    pub fn remove_profile(&mut self, id: u32) -> bool {
        let before = self.profiles.len();
        self.profiles.retain(|p| p.id != id);
        self.profiles.len() != before
    }

    pub fn profile(&self, id: u32) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn profile_mut(&mut self, id: u32) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    /// Serialises to the saved format.
    pub fn to_bytes(&self) -> Vec<u8> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .expect("progress always serialises")
            .into_bytes()
    }

    /// Parses the saved format, upgrading an older one, and validates it. Errors are short.
    pub fn from_bytes(bytes: &[u8]) -> Result<Progress, String> {
        Self::read(bytes).map(|(p, _)| p)
    }

    /// Like [`Progress::from_bytes`], also saying what validation repaired (nothing when the
    /// file was sound).
    pub fn read(bytes: &[u8]) -> Result<(Progress, Vec<String>), String> {
        if bytes.len() > MAX_PROGRESS_BYTES {
            return Err(format!(
                "the file is too large ({} MiB; the limit is {} MiB)",
                bytes.len() >> 20,
                MAX_PROGRESS_BYTES >> 20
            ));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
        let mut progress = validate::upgrade(text)?;
        let repairs = progress.validate();
        Ok((progress, repairs))
    }
}

/// At most a short line of `text`, for a message or a log: never a whole file.
pub fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 160;
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(MAX_CHARS).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

impl Profile {
    /// Records a finished lesson: done, sticker earned, resume point cleared.
    pub fn finish_lesson(&mut self, lesson_id: &str, sticker: Option<&str>) {
        self.resume.remove(lesson_id);
        if let Some(s) = sticker {
            self.lessons_done.insert(lesson_id.to_string());
            self.stickers.insert(lesson_id.to_string(), s.to_string());
        }
    }
}

/// Where progress bytes live. Implemented natively by [`FileStore`] and on the web by the game.
pub trait Store {
    /// Reads the main copy (`Ok(None)` if there is none yet).
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// Reads the backup copy (`Ok(None)` if there is none).
    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// Writes the main copy atomically, keeping the previous good copy as the backup.
    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError>;
    /// Keeps a copy of unreadable bytes for a grown-up or developer to look at: once (bytes
    /// already kept are not kept again), and at most [`MAX_KEPT_ASIDE`] copies (the oldest goes).
    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError>;
}

/// A storage failure, said in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// What loading found. Every case but `Fresh` and `Main` has a problem to report.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet: a fresh start.
    Fresh(Progress),
    /// The main copy was good (upgraded from an older format if it was one).
    Main(Progress),
    /// The main copy was readable but not sound; it was repaired (the original is kept aside).
    Repaired { progress: Progress, problem: String },
    /// The main copy was missing or unreadable (why); the backup was good and is used.
    RecoveredFromBackup { progress: Progress, problem: String },
    /// Neither copy was readable: the bytes are kept aside and a fresh start is made. Only this
    /// case loses progress, and it says so.
    Unrecoverable { problem: String },
}

impl Loaded {
    /// The progress to play with.
    pub fn progress(&self) -> Progress {
        match self {
            Loaded::Fresh(p) | Loaded::Main(p) => p.clone(),
            Loaded::Repaired { progress, .. } | Loaded::RecoveredFromBackup { progress, .. } => {
                progress.clone()
            }
            Loaded::Unrecoverable { .. } => Progress::default(),
        }
    }

    /// A sentence for the log when something went wrong (short: never a file's content).
    pub fn problem(&self) -> Option<&str> {
        match self {
            Loaded::Repaired { problem, .. }
            | Loaded::RecoveredFromBackup { problem, .. }
            | Loaded::Unrecoverable { problem } => Some(problem),
            _ => None,
        }
    }

    /// The interface message (a Fluent id in `ui.ftl`) that tells the grown-up what happened.
    pub fn notice(&self) -> Option<&'static str> {
        use crate::ui_messages as ui;
        match self {
            Loaded::Fresh(_) | Loaded::Main(_) => None,
            Loaded::Repaired { .. } => Some(ui::PROGRESS_REPAIRED),
            Loaded::RecoveredFromBackup { .. } => Some(ui::PROGRESS_RECOVERED),
            Loaded::Unrecoverable { .. } => Some(ui::PROGRESS_LOST),
        }
    }
}

/// Loads progress from a store: validated, upgraded, recovered from the backup when the main
/// copy is missing or unreadable. Unreadable or repaired bytes are kept aside, and a recovered
/// or repaired copy is written back at once, so the next start finds a sound file.
pub fn load(store: &mut dyn Store) -> Loaded {
    let main_problem = match store.read_main() {
        Ok(None) => return load_without_main(store),
        Ok(Some(bytes)) => match Progress::read(&bytes) {
            Ok((progress, repairs)) if repairs.is_empty() => return Loaded::Main(progress),
            Ok((progress, repairs)) => {
                let mut problem = format!("the progress file was repaired: {}", repairs.join("; "));
                note(&mut problem, keep_aside(store, &bytes));
                note(&mut problem, store.write(&progress.to_bytes()));
                return Loaded::Repaired { progress, problem };
            }
            Err(e) => {
                let mut problem = format!("the progress file is unreadable ({})", excerpt(&e));
                note(&mut problem, keep_aside(store, &bytes));
                problem
            }
        },
        Err(e) => format!("the progress file could not be read ({})", excerpt(&e.0)),
    };
    match store.read_backup() {
        Ok(Some(b)) => match Progress::read(&b) {
            Ok((progress, _)) => {
                let mut problem = format!("{main_problem}; recovered from the backup");
                note(&mut problem, store.write(&progress.to_bytes()));
                Loaded::RecoveredFromBackup { progress, problem }
            }
            Err(e) => {
                let mut problem = format!(
                    "{main_problem}, and the backup is unreadable too ({})",
                    excerpt(&e)
                );
                note(&mut problem, keep_aside(store, &b));
                Loaded::Unrecoverable { problem }
            }
        },
        Ok(None) => Loaded::Unrecoverable {
            problem: format!("{main_problem}, and there is no backup"),
        },
        Err(e) => Loaded::Unrecoverable {
            problem: format!(
                "{main_problem}, and the backup could not be read ({})",
                excerpt(&e.0)
            ),
        },
    }
}

/// No main copy: a backup alone means a write was interrupted after the backup step.
fn load_without_main(store: &mut dyn Store) -> Loaded {
    match store.read_backup() {
        Ok(None) => Loaded::Fresh(Progress::default()),
        Ok(Some(b)) => match Progress::read(&b) {
            Ok((progress, _)) => {
                let mut problem = "the progress file was missing; its backup was used".to_string();
                note(&mut problem, store.write(&progress.to_bytes()));
                Loaded::RecoveredFromBackup { progress, problem }
            }
            Err(e) => {
                let mut problem = format!(
                    "the progress file is missing and its backup is unreadable ({})",
                    excerpt(&e)
                );
                note(&mut problem, keep_aside(store, &b));
                Loaded::Unrecoverable { problem }
            }
        },
        Err(e) => Loaded::Unrecoverable {
            problem: format!(
                "the progress file is missing and its backup could not be read ({})",
                excerpt(&e.0)
            ),
        },
    }
}

/// Keeps unreadable bytes aside; says so in the result's error if that failed.
fn keep_aside(store: &mut dyn Store, bytes: &[u8]) -> Result<(), StoreError> {
    store
        .quarantine(bytes)
        .map_err(|e| StoreError(format!("could not keep a copy aside: {}", excerpt(&e.0))))
}

/// Adds a storage failure met while recovering to the problem sentence.
fn note(problem: &mut String, result: Result<(), StoreError>) {
    if let Err(e) = result {
        problem.push_str(&format!(" ({})", excerpt(&e.0)));
    }
}

/// Saves progress to a store.
pub fn save(store: &mut dyn Store, progress: &Progress) -> Result<(), StoreError> {
    store.write(&progress.to_bytes())
}

/// A store in memory, for tests and tools.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub main: Option<Vec<u8>>,
    pub backup: Option<Vec<u8>>,
    /// Kept-aside copies, oldest first.
    pub quarantined: Vec<Vec<u8>>,
}

impl Store for MemoryStore {
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.main.clone())
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.backup.clone())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if let Some(current) = self.main.take()
            && Progress::from_bytes(&current).is_ok()
        {
            self.backup = Some(current);
        }
        self.main = Some(bytes.to_vec());
        Ok(())
    }

    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if !self.quarantined.iter().any(|q| q == bytes) {
            self.quarantined.push(bytes.to_vec());
        }
        let extra = self.quarantined.len().saturating_sub(MAX_KEPT_ASIDE);
        self.quarantined.drain(..extra);
        Ok(())
    }
}
