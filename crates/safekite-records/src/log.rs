//! The record log: append-only JSON Lines, a header line with the format version, then one
//! statement per line. A native store appends and fsyncs each statement; a string store holds
//! the log for the browser (the game keeps it in web storage). A torn last line (a crash in the
//! middle of an append) is detected and dropped when the log is opened; the lines before it are
//! never touched. A bad line anywhere else is an error with its line and column.
//!
//! Privacy operations live here too: delete a class's records, export and delete one profile's.

use crate::files::{Located, export_json, statement_from_json};
use crate::validate::validate;
use crate::xapi::{Statement, ext};
use std::collections::HashSet;
use std::io;
use uuid::Uuid;

/// The log format this build writes.
pub const LOG_VERSION: u32 = 1;
/// The `format` value of the header line.
pub const LOG_FORMAT: &str = "safekite-records";

/// The header line of a new log (without its newline).
pub fn header_line() -> String {
    format!("{{\"format\":\"{LOG_FORMAT}\",\"version\":{LOG_VERSION}}}")
}

/// A parsed log.
#[derive(Debug, Default)]
pub struct ParsedLog {
    pub statements: Vec<Statement>,
    /// The byte length of the good part (header and whole lines).
    pub good_len: usize,
    /// The line number of a torn last line that was dropped.
    pub torn_line: Option<usize>,
    /// The version in the header (older versions are upgraded in memory).
    pub version: u32,
}

fn header_version(line: &str) -> Result<u32, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("the header line is not JSON: {e}"))?;
    if v.get("format").and_then(|f| f.as_str()) != Some(LOG_FORMAT) {
        return Err(format!(
            "not a SafeKite record log (the header's format is not \"{LOG_FORMAT}\")"
        ));
    }
    let version = v.get("version").and_then(|n| n.as_u64()).unwrap_or(0) as u32;
    match version {
        1..=LOG_VERSION => Ok(version),
        0 => Err("the header has no version".into()),
        n => Err(format!(
            "log format version {n} is newer than this SafeKite reads ({LOG_VERSION}): update SafeKite"
        )),
    }
}

/// Upgrades one line written in an older log format to the current one. Version 1 is the
/// first format, so nothing needs upgrading yet: a future format adds its step here.
fn upgrade_line(version: u32, line: &str) -> std::borrow::Cow<'_, str> {
    match version {
        LOG_VERSION => line.into(),
        _ => line.into(),
    }
}

/// Parses a log. An empty text is an empty log.
pub fn parse_log(text: &str) -> Result<ParsedLog, Located> {
    let mut log = ParsedLog {
        version: LOG_VERSION,
        ..Default::default()
    };
    let mut pos = 0;
    let mut line_no = 0;
    while pos < text.len() {
        line_no += 1;
        let end = text[pos..].find('\n').map(|i| pos + i);
        let line = &text[pos..end.unwrap_or(text.len())];
        let whole = end.is_some();
        let parsed = parse_line(&mut log, line, line_no);
        match (parsed, whole) {
            (Ok(()), true) => log.good_len = end.unwrap_or(0) + 1,
            // A complete statement whose newline was lost: kept; the store adds the newline.
            (Ok(()), false) => log.good_len = text.len(),
            (Err(_), false) => log.torn_line = Some(line_no),
            (Err(e), true) => return Err(e),
        }
        pos = end.map_or(text.len(), |e| e + 1);
    }
    Ok(log)
}

fn parse_line(log: &mut ParsedLog, line: &str, line_no: usize) -> Result<(), Located> {
    if line_no == 1 {
        log.version = header_version(line).map_err(|message| Located {
            line: 1,
            col: 1,
            message,
        })?;
        return Ok(());
    }
    if line.trim().is_empty() {
        return Ok(());
    }
    let line = upgrade_line(log.version, line);
    log.statements.push(statement_from_json(&line, line_no, 1)?);
    Ok(())
}

/// Where a log's text lives.
pub trait LogStore {
    /// The whole text ("" when there is no log yet).
    fn read(&mut self) -> io::Result<String>;
    /// Appends `text` durably (native: written and fsynced before returning).
    fn append(&mut self, text: &str) -> io::Result<()>;
    /// Replaces the whole text at once (native: a new file renamed over the old one).
    fn replace(&mut self, text: &str) -> io::Result<()>;
    /// Cuts the text to its first `len` bytes (drops a torn last line, nothing before it).
    fn truncate(&mut self, len: usize) -> io::Result<()>;
}

/// A log kept in a string: the browser's store (the game saves `text` to web storage after
/// each append) and tests'.
#[derive(Clone, Debug, Default)]
pub struct StringStore {
    pub text: String,
}

impl LogStore for StringStore {
    fn read(&mut self) -> io::Result<String> {
        Ok(self.text.clone())
    }
    fn append(&mut self, text: &str) -> io::Result<()> {
        self.text.push_str(text);
        Ok(())
    }
    fn replace(&mut self, text: &str) -> io::Result<()> {
        self.text = text.to_string();
        Ok(())
    }
    fn truncate(&mut self, len: usize) -> io::Result<()> {
        self.text.truncate(len);
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::FileStore;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::LogStore;
    use std::fs::{self, File, OpenOptions};
    use std::io::{self, Write};
    use std::path::PathBuf;

    /// A log in a file: each append is written and fsynced; a rewrite goes to a new file that
    /// is fsynced and renamed over the old one.
    #[derive(Debug)]
    pub struct FileStore {
        path: PathBuf,
        file: Option<File>,
    }

    impl FileStore {
        /// The log at `path` (created on the first append).
        pub fn new(path: impl Into<PathBuf>) -> Self {
            FileStore {
                path: path.into(),
                file: None,
            }
        }

        fn file(&mut self) -> io::Result<&mut File> {
            if self.file.is_none() {
                if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    fs::create_dir_all(dir)?;
                }
                let f = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&self.path)?;
                self.file = Some(f);
            }
            Ok(self.file.as_mut().expect("opened above"))
        }
    }

    impl LogStore for FileStore {
        fn read(&mut self) -> io::Result<String> {
            match fs::read_to_string(&self.path) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(String::new()),
                other => other,
            }
        }

        fn append(&mut self, text: &str) -> io::Result<()> {
            let f = self.file()?;
            f.write_all(text.as_bytes())?;
            f.sync_data()
        }

        fn replace(&mut self, text: &str) -> io::Result<()> {
            self.file = None;
            let tmp = self.path.with_extension("jsonl.new");
            let mut f = File::create(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            fs::rename(&tmp, &self.path)?;
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                // The rename is durable once the folder is synced (best effort on odd systems).
                let _ = File::open(dir).and_then(|d| d.sync_all());
            }
            Ok(())
        }

        fn truncate(&mut self, len: usize) -> io::Result<()> {
            self.file = None;
            let f = OpenOptions::new().write(true).open(&self.path)?;
            f.set_len(len as u64)?;
            f.sync_all()
        }
    }
}

/// Why a log could not be opened or written.
#[derive(Debug)]
pub enum LogError {
    Io(io::Error),
    Bad(Located),
    Invalid(String),
}

impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LogError::Io(e) => write!(f, "{e}"),
            LogError::Bad(l) => write!(f, "{l}"),
            LogError::Invalid(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for LogError {}

impl From<io::Error> for LogError {
    fn from(e: io::Error) -> Self {
        LogError::Io(e)
    }
}

/// An open record log: the statements in memory and the store they are written to.
#[derive(Debug)]
pub struct RecordLog<S: LogStore> {
    store: S,
    statements: Vec<Statement>,
    ids: HashSet<Uuid>,
    /// The line of a torn last line dropped when the log was opened.
    pub dropped_torn_line: Option<usize>,
}

impl<S: LogStore> RecordLog<S> {
    /// Opens the log in `store`: a torn last line is dropped (and cut from the store), an
    /// older format is upgraded (and rewritten), a bad line elsewhere is an error.
    pub fn open(mut store: S) -> Result<Self, LogError> {
        let text = store.read()?;
        let parsed = parse_log(&text).map_err(LogError::Bad)?;
        if text.is_empty() {
            store.append(&format!("{}\n", header_line()))?;
        } else if parsed.version != LOG_VERSION {
            store.replace(&render_log(&parsed.statements))?;
        } else if parsed.torn_line.is_some() {
            store.truncate(parsed.good_len)?;
        } else if !text.ends_with('\n') {
            store.append("\n")?;
        }
        let ids = parsed.statements.iter().map(|s| s.id).collect();
        Ok(RecordLog {
            store,
            statements: parsed.statements,
            ids,
            dropped_torn_line: parsed.torn_line,
        })
    }

    /// Every statement, in the order they were appended.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The store (the browser's game reads `StringStore::text` to save it).
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Appends a statement after checking it against xAPI 1.0.3. A statement whose id is
    /// already in the log is not written twice (returns false).
    pub fn append(&mut self, statement: Statement) -> Result<bool, LogError> {
        if self.ids.contains(&statement.id) {
            return Ok(false);
        }
        let value = serde_json::to_value(&statement).expect("a statement serialises");
        if let Some(p) = validate(&value).first() {
            return Err(LogError::Invalid(format!("not a valid statement: {p}")));
        }
        let mut line = serde_json::to_string(&statement).expect("a statement serialises");
        line.push('\n');
        self.store.append(&line)?;
        self.ids.insert(statement.id);
        self.statements.push(statement);
        Ok(true)
    }

    fn keep_only(&mut self, keep: impl Fn(&Statement) -> bool) -> Result<usize, LogError> {
        let kept: Vec<Statement> = self
            .statements
            .iter()
            .filter(|s| keep(s))
            .cloned()
            .collect();
        let removed = self.statements.len() - kept.len();
        if removed > 0 {
            self.store.replace(&render_log(&kept))?;
            self.ids = kept.iter().map(|s| s.id).collect();
            self.statements = kept;
        }
        Ok(removed)
    }

    /// Deletes every record of a class: its sessions and plays, and its members' own plays.
    /// Returns how many statements were removed.
    pub fn delete_class(&mut self, class: Uuid) -> Result<usize, LogError> {
        let id = class.to_string();
        self.keep_only(|s| !belongs_to_class(s, &id))
    }

    /// One profile's records as an export (a JSON array), for a parent to keep.
    pub fn export_profile(&self, profile: Uuid) -> String {
        let id = profile.to_string();
        let mine: Vec<Statement> = self
            .statements
            .iter()
            .filter(|s| is_profile(s, &id))
            .cloned()
            .collect();
        export_json(&mine)
    }

    /// Deletes one profile's records. Returns how many statements were removed.
    pub fn delete_profile(&mut self, profile: Uuid) -> Result<usize, LogError> {
        let id = profile.to_string();
        self.keep_only(|s| !is_profile(s, &id))
    }

    /// Exports then deletes one profile's records: the export is returned only once the
    /// deletion is written.
    pub fn export_and_delete_profile(&mut self, profile: Uuid) -> Result<String, LogError> {
        let export = self.export_profile(profile);
        self.delete_profile(profile)?;
        Ok(export)
    }
}

fn is_profile(s: &Statement, id: &str) -> bool {
    !s.actor_is_class() && s.actor_id() == Some(id)
}

fn belongs_to_class(s: &Statement, id: &str) -> bool {
    (s.actor_is_class() && s.actor_id() == Some(id)) || s.context_str(ext::CLASS) == Some(id)
}

/// A whole log's text: the header and one line per statement.
pub fn render_log(statements: &[Statement]) -> String {
    let mut out = header_line();
    out.push('\n');
    for s in statements {
        out.push_str(&serde_json::to_string(s).expect("a statement serialises"));
        out.push('\n');
    }
    out
}
