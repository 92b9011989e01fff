//! The grown-ups' recordings of the spoken lines on this device ([`RecordedVoices`]): a voice
//! pack (`safekite_core::voice_pack`) kept in the data folder as `recordings/voice-pack.zip`,
//! never among the shipped assets, so exporting them is copying that file. Narration asks it
//! for the take of a line and plays it instead of the generated one while the take's words are
//! the line's words now (in the browser, the page's IndexedDB holds that file: see [`browser`]).
//! Where takes come from is [`capture`]; how they are encoded, `encode` (natively) or
//! `browser::encode_ogg`.
//! The grown-ups' recorder page (in `grown_ups`) records, keeps and redoes them; [`packs`]
//! exports them as voice pack files, brings packs in from the export folder and removes them.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod capture;
#[cfg(not(target_arch = "wasm32"))]
pub mod encode;
pub mod packs;

use bevy::prelude::*;
use safekite_core::voice_pack::{Recordings, Take};

use crate::content::WordsRes;
use crate::platform::DataFolder;

pub use capture::{Capture, CaptureError, Captured, Microphone};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<RecordedVoices>()
        .init_resource::<Microphone>()
        .add_systems(Update, load_recordings);
}

/// Where the recordings are kept, in the data folder.
pub const RECORDINGS_FILE: &str = "recordings/voice-pack.zip";

/// The recordings on this device, and a count of their changes (so a player of takes knows
/// when to let its copies go).
#[derive(Resource, Default)]
pub struct RecordedVoices {
    pub recordings: Recordings,
    pub changes: u64,
    loaded: bool,
}

impl RecordedVoices {
    /// The take to play for line `id` in `locale`: only when its words are the line's words now.
    pub fn playable(&self, locale: &str, id: &str, words: &WordsRes) -> Option<&Take> {
        self.recordings.playable(locale, id, &words.words)
    }

    /// Keeps a take (replacing the line's take, if any) and saves them all.
    pub fn keep(&mut self, take: Take, folder: Option<&DataFolder>) -> Result<(), String> {
        self.recordings.insert(take);
        self.changes += 1;
        match folder {
            Some(folder) => save(folder, &self.recordings),
            None => Ok(()),
        }
    }

    /// Changes the recordings with `change` and saves them; when they cannot be saved, they
    /// are put back as they were (the file keeps them as they were too), so a failed change
    /// loses nothing.
    pub fn change<T>(
        &mut self,
        folder: Option<&DataFolder>,
        change: impl FnOnce(&mut Recordings) -> T,
    ) -> Result<T, String> {
        let before = self.recordings.clone();
        let out = change(&mut self.recordings);
        if let Some(folder) = folder
            && let Err(why) = save(folder, &self.recordings)
        {
            self.recordings = before;
            return Err(why);
        }
        self.changes += 1;
        Ok(out)
    }
}

/// Reads the recordings once the data folder is known (a broken file is logged and set aside:
/// the generated narration plays).
fn load_recordings(folder: Option<Res<DataFolder>>, mut voices: ResMut<RecordedVoices>) {
    let Some(folder) = folder.filter(|_| !voices.loaded) else {
        return;
    };
    voices.loaded = true;
    match load(&folder) {
        Ok(Some(recordings)) => {
            info!("{} recorded lines", recordings.len());
            voices.recordings = recordings;
            voices.changes += 1;
        }
        Ok(None) => {}
        Err(e) => warn!("the recordings could not be read ({e}): the generated voice plays"),
    }
}

/// The recordings saved on this device, if any: natively `folder`'s file, in the browser the
/// page's storage.
pub(crate) fn load(folder: &DataFolder) -> Result<Option<Recordings>, String> {
    let Some(bytes) = read_saved(folder)? else {
        return Ok(None);
    };
    let pack = safekite_core::voice_pack::read(&bytes).map_err(|e| e.to_string())?;
    let mut recordings = Recordings::new();
    recordings.import(pack);
    Ok(Some(recordings))
}

/// Saves the recordings as one voice pack: natively a new file renamed over the old one.
pub(crate) fn save(folder: &DataFolder, recordings: &Recordings) -> Result<(), String> {
    let bytes = recordings.export(None).map_err(|e| e.to_string())?;
    write_saved(folder, &bytes)
}

#[cfg(not(target_arch = "wasm32"))]
fn read_saved(folder: &DataFolder) -> Result<Option<Vec<u8>>, String> {
    let path = folder.0.join(RECORDINGS_FILE);
    match std::fs::read(&path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_saved(folder: &DataFolder, bytes: &[u8]) -> Result<(), String> {
    let path = folder.0.join(RECORDINGS_FILE);
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(path.parent().unwrap_or(&folder.0))?;
        let tmp = path.with_extension("zip.new");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, &path)
    };
    write().map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(target_arch = "wasm32")]
fn read_saved(_folder: &DataFolder) -> Result<Option<Vec<u8>>, String> {
    browser::kept_bytes()
}

#[cfg(target_arch = "wasm32")]
fn write_saved(_folder: &DataFolder, bytes: &[u8]) -> Result<(), String> {
    browser::keep_bytes(bytes)
}

/// Why the recordings could not be kept after all, once (the browser keeps them in the
/// background); natively a save says so at once, so never.
pub fn save_problem() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::save_problem()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}
