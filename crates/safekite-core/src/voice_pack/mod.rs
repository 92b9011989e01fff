//! Voice packs: a grown-up's recordings of the spoken lines, as one file that can be exported
//! from one device and imported on another (or in the browser), checked against the lessons,
//! and brought into the repository by `scripts/narrate --from`.
//!
//! A pack is a zip file holding `voice-pack.tsv` (the manifest, below) and one OGG take per line
//! at `<locale>/<message-id>.ogg`, so an unzipped pack is the folder `scripts/narrate --from`
//! reads. Why a zip and not a tar: a grown-up can open a zip on any computer without installing
//! anything (Windows, macOS and Linux file managers all do), it has a central directory, so a
//! pack's list is read without reading its audio, and the `zip` crate is maintained, pure Rust
//! and builds for wasm32 (with only its `deflate-flate2` feature, through miniz_oxide). The takes
//! are stored as they are (OGG is already compressed); the manifest is deflated. Writing is
//! deterministic: every entry has the zip format's earliest date (1980-01-01) and the entries
//! are in a fixed order, so the same takes give the same bytes.
//!
//! The manifest is UTF-8 TSV, so every problem has a line and a column, it opens in a
//! spreadsheet, and the narration script (Python) reads it without a RON parser:
//!
//! ```text
//! safekite-voice-pack<TAB>1
//! locale<TAB>lesson<TAB>id<TAB>file<TAB>recorded_by<TAB>date<TAB>words
//! vi<TAB>prize-popup<TAB>prize-popup-hello<TAB>vi/prize-popup-hello.ogg<TAB>Bà Hoa<TAB>2026-12-06<TAB>Chào con!
//! ```
//!
//! `lesson` is empty for a line of the game's own screens; `recorded_by` is empty unless the
//! grown-up chose to give a name; `words` are the line's words as they were when it was recorded
//! (the Fluent text as `safekite-check --list-spoken` prints it), with `\\`, `\t`, `\n` and `\r`
//! escaped. A line whose words have changed since ([`stale_lines`]) must be recorded again; until
//! then the game plays the generated narration, never the old take ([`Recordings::playable`]).
//!
//! Reading never trusts the file: sizes are bounded before anything is read, and every problem
//! is a [`PackError`] saying where (the manifest's line and column, or the entry) and what.

mod manifest;
mod recordings;
mod zip_io;

pub(crate) use manifest::column;
pub use recordings::Recordings;

use crate::check::is_valid_id;
use std::collections::BTreeMap;
use std::fmt;
use time::Date;
use unicode_normalization::UnicodeNormalization;

/// The version of the pack format this SafeKite writes and reads.
pub const FORMAT: u32 = 1;

/// The manifest's name in the zip.
pub const MANIFEST: &str = "voice-pack.tsv";

/// The first word of the manifest's first line.
pub const MAGIC: &str = "safekite-voice-pack";

/// The largest pack read (all the narration of both languages is about 40 MiB).
pub const MAX_PACK_BYTES: u64 = 256 << 20;

/// The largest manifest read.
pub const MAX_MANIFEST_BYTES: u64 = 4 << 20;

/// The largest take read (a minute of speech is well under 1 MiB).
pub const MAX_TAKE_BYTES: u64 = 8 << 20;

/// The most takes in one pack (the game has about 2,000 spoken lines a language).
pub const MAX_TAKES: usize = 20_000;

/// The longest "recorded by", in characters.
pub const MAX_RECORDED_BY_CHARS: usize = 80;

/// The longest line's words, in characters.
pub const MAX_WORDS_CHARS: usize = 2_000;

/// The lesson of a line of the game's own screens (not a lesson's).
pub const SCREENS: &str = "";

/// One recording of one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Take {
    pub locale: String,
    /// The lesson the line belongs to, or [`SCREENS`].
    pub lesson: String,
    /// The message id.
    pub id: String,
    /// The words as they were when the line was recorded.
    pub words: String,
    /// The name the grown-up chose to give, if any.
    pub recorded_by: Option<String>,
    /// The day it was recorded.
    pub date: Date,
    /// The OGG file.
    pub ogg: Vec<u8>,
}

impl Take {
    /// Its place in the pack: `<locale>/<id>.ogg`.
    pub fn file_name(&self) -> String {
        format!("{}/{}.ogg", self.locale, self.id)
    }

    /// Whether the words recorded are the line's words now (see [`same_words`]).
    pub fn is_current(&self, words: &impl CurrentWords) -> bool {
        words
            .current(&self.locale, &self.id)
            .is_some_and(|now| same_words(&now, &self.words))
    }
}

/// A pack read from a file: its takes (sorted by locale, then id) and, for messages, the
/// manifest's text and the line of each take in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoicePack {
    pub takes: Vec<Take>,
    /// The manifest as read (empty for a pack made in memory).
    pub manifest: String,
    /// The manifest line of each take (parallel to `takes`; empty for a pack made in memory).
    pub lines: Vec<usize>,
}

impl VoicePack {
    /// How many takes each lesson has in each locale: the pack's list for a grown-up.
    pub fn list(&self) -> BTreeMap<(String, String), usize> {
        let mut out = BTreeMap::new();
        for t in &self.takes {
            *out.entry((t.lesson.clone(), t.locale.clone())).or_insert(0) += 1;
        }
        out
    }

    /// The manifest line of take `i` (0 when unknown).
    pub fn line_of(&self, i: usize) -> usize {
        self.lines.get(i).copied().unwrap_or(0)
    }
}

/// A problem with a pack: where (a zip entry, or the manifest's line and column) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// The entry (`voice-pack.tsv`, `vi/prize-popup-hello.ogg`), or `zip` for the file itself.
    pub place: String,
    /// 1-based line and column in the manifest; 0 when the problem is not at a line.
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl PackError {
    pub(crate) fn new(place: impl Into<String>, message: impl Into<String>) -> Self {
        PackError {
            place: place.into(),
            line: 0,
            col: 0,
            message: message.into(),
        }
    }

    pub(crate) fn at(mut self, line: usize, col: usize) -> Self {
        (self.line, self.col) = (line, col.max(1));
        self
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.place, self.line, self.col, self.message
            )
        } else {
            write!(f, "{}: {}", self.place, self.message)
        }
    }
}

impl std::error::Error for PackError {}

/// The words of the lines as they are now, to compare recordings with.
pub trait CurrentWords {
    /// The words of line `id` in `locale` now, or `None` when there is no such line.
    fn current(&self, locale: &str, id: &str) -> Option<String>;
}

impl CurrentWords for crate::words::Words {
    fn current(&self, locale: &str, id: &str) -> Option<String> {
        if self.has(locale, id) {
            self.get(locale, id)
        } else {
            None
        }
    }
}

/// The spoken lines by (locale, id), as [`crate::check::spoken_lines`] lists them.
impl CurrentWords for BTreeMap<(String, String), String> {
    fn current(&self, locale: &str, id: &str) -> Option<String> {
        self.get(&(locale.to_string(), id.to_string())).cloned()
    }
}

/// True when two texts say the same words: compared in Unicode NFC with every run of white
/// space as one space, so reflowing a Fluent message does not ask for a new recording.
pub fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        let s: String = s.nfc().collect();
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    norm(a) == norm(b)
}

/// Why a take cannot be played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stale {
    /// No such line any more (renamed or removed, or another locale).
    Unknown,
    /// The line's words changed since it was recorded: these are its words now.
    Changed { now: String },
}

/// A take that must not be played, by its index in the pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleLine {
    pub index: usize,
    pub locale: String,
    pub id: String,
    pub why: Stale,
}

/// The takes of `pack` whose line is gone or whose words changed since they were recorded.
pub fn stale_lines(pack: &VoicePack, words: &impl CurrentWords) -> Vec<StaleLine> {
    let mut out = Vec::new();
    for (index, t) in pack.takes.iter().enumerate() {
        let why = match words.current(&t.locale, &t.id) {
            None => Stale::Unknown,
            Some(now) if !same_words(&now, &t.words) => Stale::Changed { now },
            Some(_) => continue,
        };
        out.push(StaleLine {
            index,
            locale: t.locale.clone(),
            id: t.id.clone(),
            why,
        });
    }
    out
}

/// The pack's bytes for `takes` (in any order; each (locale, id) at most once). A pack that
/// [`read`] would refuse (too many takes, too large) is not made.
pub fn build(takes: &[Take]) -> Result<Vec<u8>, PackError> {
    let total: u64 = takes.iter().map(|t| t.ogg.len() as u64).sum();
    if takes.len() > MAX_TAKES || total > MAX_PACK_BYTES - MAX_MANIFEST_BYTES {
        let msg = format!("at most {MAX_TAKES} takes and {} MiB", MAX_PACK_BYTES >> 20);
        return Err(PackError::new("zip", msg));
    }
    let mut sorted: Vec<&Take> = takes.iter().collect();
    sorted.sort_by(|a, b| (&a.locale, &a.id).cmp(&(&b.locale, &b.id)));
    for (n, t) in sorted.iter().enumerate() {
        let problem = check_take(t).and_then(|()| check_audio(&t.ogg));
        problem
            .map_err(|(_, msg)| PackError::new(t.file_name(), format!("take {}: {msg}", n + 1)))?;
        if n > 0 && (&sorted[n - 1].locale, &sorted[n - 1].id) == (&t.locale, &t.id) {
            return Err(PackError::new(t.file_name(), "two takes of the same line"));
        }
    }
    let manifest = manifest::write(&sorted);
    if manifest.len() as u64 > MAX_MANIFEST_BYTES {
        let msg = format!(
            "the manifest would be over {} MiB",
            MAX_MANIFEST_BYTES >> 20
        );
        return Err(PackError::new(MANIFEST, msg));
    }
    zip_io::write(&manifest, &sorted)
}

/// A take's audio is OGG and at most [`MAX_TAKE_BYTES`].
fn check_audio(ogg: &[u8]) -> Result<(), (&'static str, String)> {
    if !is_ogg(ogg) {
        return Err(("take", "the take is not an OGG file".to_string()));
    }
    if ogg.len() as u64 > MAX_TAKE_BYTES {
        let msg = format!("the take is over {} MiB", MAX_TAKE_BYTES >> 20);
        return Err(("take", msg));
    }
    Ok(())
}

/// Reads a pack, checking everything in it.
pub fn read(bytes: &[u8]) -> Result<VoicePack, PackError> {
    zip_io::read(bytes)
}

/// The first problem with a take's fields (its audio aside), as (column, what).
pub(crate) fn check_take(t: &Take) -> Result<(), (&'static str, String)> {
    if !is_valid_id(&t.locale) {
        return Err(("locale", format!("`{}` is not a locale", t.locale)));
    }
    if t.lesson != SCREENS && !is_valid_id(&t.lesson) {
        return Err(("lesson", format!("`{}` is not a lesson id", t.lesson)));
    }
    if !is_valid_id(&t.id) {
        return Err(("id", format!("`{}` is not a message id", t.id)));
    }
    if t.lesson != SCREENS && !t.id.starts_with(&format!("{}-", t.lesson)) {
        let msg = format!("`{}` is not a line of lesson `{}`", t.id, t.lesson);
        return Err(("id", msg));
    }
    if let Some(by) = &t.recorded_by {
        check_recorded_by(by).map_err(|m| ("recorded_by", format!("the name {m}")))?;
    }
    if t.words.trim().is_empty() || t.words.chars().count() > MAX_WORDS_CHARS {
        let msg = format!("the words must have 1 to {MAX_WORDS_CHARS} characters");
        return Err(("words", msg));
    }
    Ok(())
}

/// Whether `bytes` start like an OGG file.
pub(crate) fn is_ogg(bytes: &[u8]) -> bool {
    bytes.starts_with(b"OggS")
}

/// A name is at most [`MAX_RECORDED_BY_CHARS`] characters, not blank, with no control characters.
fn check_recorded_by(by: &str) -> Result<(), String> {
    if by.trim().is_empty() {
        return Err("is blank (leave it out instead)".to_string());
    }
    if by.chars().count() > MAX_RECORDED_BY_CHARS {
        return Err(format!("is over {MAX_RECORDED_BY_CHARS} characters"));
    }
    if by.chars().any(char::is_control) {
        return Err("has a control character (a tab or a new line)".to_string());
    }
    Ok(())
}

/// A name a grown-up typed, made fit for a pack: NFC, white space runs as one space, control
/// characters dropped, cut to [`MAX_RECORDED_BY_CHARS`]; `None` when nothing is left.
pub fn clean_recorded_by(name: &str) -> Option<String> {
    let name: String = name
        .nfc()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.chars().take(MAX_RECORDED_BY_CHARS).collect();
    let name = name.trim_end().to_string();
    (!name.is_empty()).then_some(name)
}
