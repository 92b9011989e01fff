//! Voice packs going in and out of the device: a lesson's takes (or all of them) exported as a
//! pack file for a grown-up to take away, the pack files found in the export folder listed with
//! what they hold, one brought in (only its takes whose words are still the line's words), and
//! what a pack brought removed. The pack format and the set of takes are the core's
//! (`safekite_core::voice_pack`); where the files are is [`crate::platform::ExportFolder`].

use safekite_core::voice_pack::{self, CurrentWords, Recordings, Stale, VoicePack, stale_lines};
use std::collections::BTreeMap;

/// The start of every exported pack's file name.
pub const EXPORT_PREFIX: &str = "safekite-voices-";

/// The most pack files listed from the export folder.
pub const MAX_LISTED: usize = 40;

/// A voice pack file found in the export folder, and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackFile {
    /// The file's name in the folder.
    pub name: String,
    /// How many takes each (lesson, locale) has, or why the file cannot be read.
    pub contents: Result<BTreeMap<(String, String), usize>, String>,
}

impl PackFile {
    /// How many takes the pack holds (0 when it cannot be read).
    pub fn takes(&self) -> usize {
        self.contents.as_ref().map_or(0, |c| c.values().sum())
    }
}

/// What bringing a pack in did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BroughtIn {
    /// Takes added (or replacing this device's take of the same line).
    pub added: usize,
    /// Takes left out: their line's words changed since they were recorded.
    pub changed: usize,
    /// Takes left out: these lessons have no such line.
    pub unknown: usize,
}

/// An export's file name: `safekite-voices-<lesson, or all>-<yyyy-mm-dd>.zip`, like the
/// records' `safekite-records-<yyyy-mm-dd>.json`.
pub fn export_name(lesson: Option<&str>, day: &str) -> String {
    let what = match lesson {
        Some(voice_pack::SCREENS) => "screens",
        Some(lesson) => lesson,
        None => "all",
    };
    format!("{EXPORT_PREFIX}{what}-{day}.zip")
}

/// The pack of lesson `lesson`'s takes (of every take with `None`); a take recorded without a
/// name gets `recorded_by`, the name typed on the page, if any. `Ok(None)` when there are no
/// takes to export.
pub fn export_pack(
    recordings: &Recordings,
    lesson: Option<&str>,
    recorded_by: Option<&str>,
) -> Result<Option<Vec<u8>>, String> {
    let takes: Vec<_> = recordings
        .takes()
        .filter(|t| lesson.is_none_or(|l| t.lesson == l))
        .map(|t| {
            let mut t = t.clone();
            if t.recorded_by.is_none() {
                t.recorded_by = recorded_by.map(str::to_string);
            }
            t
        })
        .collect();
    if takes.is_empty() {
        return Ok(None);
    }
    voice_pack::build(&takes)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Adds `pack`'s takes whose words are the line's words now to `recordings`; a take of a line
/// changed since, or of a line these lessons do not have, is left out (it would never be
/// played, and would replace a good take of the line).
pub fn bring_in(
    recordings: &mut Recordings,
    mut pack: VoicePack,
    words: &impl CurrentWords,
) -> BroughtIn {
    let mut report = BroughtIn::default();
    let stale = stale_lines(&pack, words);
    for s in &stale {
        match s.why {
            Stale::Changed { .. } => report.changed += 1,
            Stale::Unknown => report.unknown += 1,
        }
    }
    let left_out: Vec<usize> = stale.iter().map(|s| s.index).collect();
    let mut index = 0;
    pack.takes.retain(|_| {
        index += 1;
        !left_out.contains(&(index - 1))
    });
    pack.lines.clear();
    report.added = recordings.import(pack);
    report
}

/// Reads the pack file at `path`, refusing one larger than a pack can be before reading it.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_pack_file(path: &std::path::Path) -> Result<VoicePack, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > voice_pack::MAX_PACK_BYTES {
        let mib = voice_pack::MAX_PACK_BYTES >> 20;
        return Err(format!("the file is over {mib} MiB"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    voice_pack::read(&bytes).map_err(|e| e.to_string())
}

/// The pack files (`*.zip`) in `folder`, by name, at most [`MAX_LISTED`]; none when the folder
/// does not exist yet.
#[cfg(not(target_arch = "wasm32"))]
pub fn list_packs(folder: &std::path::Path) -> Vec<PackFile> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.to_lowercase().ends_with(".zip"))
        .collect();
    names.sort();
    names.truncate(MAX_LISTED);
    names
        .into_iter()
        .map(|name| {
            let contents = read_pack_file(&folder.join(&name)).map(|p| p.list());
            PackFile { name, contents }
        })
        .collect()
}

/// In the browser the packs are the files picked with the browser's file button this visit.
#[cfg(target_arch = "wasm32")]
pub fn list_packs(_folder: &std::path::Path) -> Vec<PackFile> {
    let mut files = super::browser::picked();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.truncate(MAX_LISTED);
    files
        .into_iter()
        .map(|(name, bytes)| {
            let contents = bytes.and_then(|b| read_pack(&b)).map(|p| p.list());
            PackFile { name, contents }
        })
        .collect()
}

/// In the browser, the picked file of that name.
#[cfg(target_arch = "wasm32")]
pub fn read_pack_file(path: &std::path::Path) -> Result<VoicePack, String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let picked = super::browser::picked()
        .into_iter()
        .find(|(n, _)| n == name);
    let (_, bytes) = picked.ok_or_else(|| format!("{name} was not picked"))?;
    read_pack(&bytes?)
}

#[cfg(target_arch = "wasm32")]
fn read_pack(bytes: &[u8]) -> Result<VoicePack, String> {
    voice_pack::read(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_named_like_the_records() {
        assert_eq!(
            export_name(Some("prize-popup"), "2026-12-06"),
            "safekite-voices-prize-popup-2026-12-06.zip"
        );
        assert_eq!(
            export_name(None, "2026-12-06"),
            "safekite-voices-all-2026-12-06.zip"
        );
    }
}
