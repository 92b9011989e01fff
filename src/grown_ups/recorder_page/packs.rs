//! The recorder page's voice packs: export this lesson's recordings (or all of them) as a pack
//! file in the export folder, bring in a pack file found there, and remove a lesson's
//! recordings (or what a pack brought) after a second press. What happened is the page's
//! [`PackNotice`], in the words of `recorder.ftl`.

use bevy::prelude::*;
use bevy_egui::egui;
use safekite_core::voice_pack::clean_recorded_by;

use super::super::{Say, big_button};
use super::{Recorder, RecorderAction, RecorderPage};
use crate::content::Library;
use crate::recorder::packs::{
    BroughtIn, PackFile, bring_in, export_name, export_pack, list_packs, read_pack_file,
};

/// What the pack buttons did last, as a message id of `recorder.ftl` and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackNotice {
    pub id: String,
    pub args: Vec<(&'static str, String)>,
}

impl PackNotice {
    fn new(id: &str, args: Vec<(&'static str, String)>) -> Self {
        PackNotice {
            id: id.to_string(),
            args,
        }
    }
}

/// Recordings about to be removed, waiting for "Yes, remove".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removal {
    /// A lesson's takes, in every language.
    Lesson { lesson: String, takes: usize },
    /// The takes a pack file brought (those not recorded again since).
    Pack { file: String, takes: usize },
}

/// Where the pack files are: the export folder (the current folder when none was set).
fn export_folder(rec: &Recorder) -> std::path::PathBuf {
    rec.export
        .as_deref()
        .map_or_else(|| ".".into(), |e| e.0.clone())
}

/// The path of pack file `file` of the export folder (only its last part: a name from the list
/// never leads out of the folder).
fn pack_path(rec: &Recorder, file: &str) -> std::path::PathBuf {
    let name = std::path::Path::new(file).file_name().unwrap_or_default();
    export_folder(rec).join(name)
}

/// Lists the pack files in the export folder again.
pub(super) fn look_for_packs(rec: &mut Recorder) {
    rec.page.packs = list_packs(&export_folder(rec));
}

/// In the browser: opens its file button; the file picked is listed when it has been read.
pub(super) fn choose_pack_file(rec: &mut Recorder) {
    #[cfg(target_arch = "wasm32")]
    if let Err(why) = crate::recorder::browser::pick_pack() {
        let args = vec![("file", String::new()), ("why", why)];
        rec.page.pack_notice = vec![PackNotice::new("recorder-pack-unreadable", args)];
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = rec;
}

/// The words for a pack saved for the grown-up: natively a path in the export folder, in the
/// browser a download.
const EXPORTED: &str = if cfg!(target_arch = "wasm32") {
    "recorder-downloaded"
} else {
    "recorder-exported"
};

/// Writes this lesson's recordings (or all) as a pack file and says where it went.
pub(super) fn export(rec: &mut Recorder, whole: bool) {
    let lesson = if whole {
        None
    } else {
        match rec.page.lesson.clone() {
            Some(lesson) => Some(lesson),
            None => return,
        }
    };
    let name = clean_recorded_by(&rec.page.recorded_by);
    let notice = vec![
        match export_pack(&rec.voices.recordings, lesson.as_deref(), name.as_deref()) {
            Ok(Some(bytes)) => {
                let file = export_name(lesson.as_deref(), &crate::records::today());
                match crate::platform::save_for_grown_up(&export_folder(rec), &file, &bytes) {
                    Ok(path) => PackNotice::new(EXPORTED, vec![("path", path)]),
                    Err(why) => PackNotice::new("recorder-export-failed", vec![("why", why)]),
                }
            }
            Ok(None) => PackNotice::new("recorder-nothing-to-export", vec![]),
            Err(why) => PackNotice::new("recorder-export-failed", vec![("why", why)]),
        },
    ];
    info!("recorder: {notice:?}");
    rec.page.pack_notice = notice;
    look_for_packs(rec);
}

/// Brings in the pack file `file` of the export folder: its takes whose words are the line's
/// words now are added and saved; an unreadable file changes nothing.
pub(super) fn bring_in_file(rec: &mut Recorder, file: &str) {
    let path = pack_path(rec, file);
    let file_arg = ("file", file.to_string());
    let notice = match read_pack_file(&path) {
        Err(why) => vec![PackNotice::new(
            "recorder-pack-unreadable",
            vec![file_arg, ("why", why)],
        )],
        Ok(pack) => {
            let folder = rec.folder.as_deref().cloned();
            let words = &rec.words.words;
            match rec
                .voices
                .change(folder.as_ref(), |r| bring_in(r, pack, words))
            {
                Ok(report) => brought_in_notice(file, report),
                Err(why) => vec![PackNotice::new(
                    "recorder-bring-in-failed",
                    vec![file_arg, ("why", why)],
                )],
            }
        }
    };
    info!("recorder: {notice:?}");
    rec.page.pack_notice = notice;
}

/// How many takes came in, and, when some were left out, how many and why.
fn brought_in_notice(file: &str, report: BroughtIn) -> Vec<PackNotice> {
    let args = vec![
        ("file", file.to_string()),
        ("count", report.added.to_string()),
    ];
    let mut out = vec![PackNotice::new("recorder-brought-in", args)];
    for (id, n) in [
        ("recorder-left-out-changed", report.changed),
        ("recorder-left-out-unknown", report.unknown),
    ] {
        if n > 0 {
            out.push(PackNotice::new(id, vec![("count", n.to_string())]));
        }
    }
    out
}

/// Asks before removing this lesson's recordings (every language), or what pack `file`
/// brought: the page shows "Yes, remove N recordings".
pub(super) fn ask_to_remove(rec: &mut Recorder, file: Option<&str>) {
    let removal = match file {
        Some(file) => {
            let path = pack_path(rec, file);
            let pack = match read_pack_file(&path) {
                Ok(pack) => pack,
                Err(why) => {
                    let args = vec![("file", file.to_string()), ("why", why)];
                    rec.page.pack_notice = vec![PackNotice::new("recorder-pack-unreadable", args)];
                    return;
                }
            };
            let takes = rec.voices.recordings.clone().remove_pack(&pack);
            Removal::Pack {
                file: file.to_string(),
                takes,
            }
        }
        None => {
            let Some(lesson) = rec.page.lesson.clone() else {
                return;
            };
            let takes = rec.voices.recordings.clone().remove_lesson(&lesson);
            Removal::Lesson { lesson, takes }
        }
    };
    rec.page.pack_notice.clear();
    rec.page.confirm = Some(removal);
}

/// Removes what was asked (after "Yes, remove") and saves.
pub(super) fn remove(rec: &mut Recorder) {
    let Some(removal) = rec.page.confirm.take() else {
        return;
    };
    let folder = rec.folder.as_deref().cloned();
    let done = match &removal {
        Removal::Lesson { lesson, .. } => rec
            .voices
            .change(folder.as_ref(), |r| r.remove_lesson(lesson)),
        Removal::Pack { file, .. } => {
            let pack = read_pack_file(&pack_path(rec, file));
            pack.and_then(|p| rec.voices.change(folder.as_ref(), |r| r.remove_pack(&p)))
        }
    };
    let notice = vec![match done {
        Ok(n) => PackNotice::new("recorder-removed", vec![("count", n.to_string())]),
        Err(why) => PackNotice::new("recorder-remove-failed", vec![("why", why)]),
    }];
    info!("recorder: {notice:?}");
    rec.page.pack_notice = notice;
}

/// The voice packs section: export, remove (with its question), the packs found, the notice.
pub(super) fn packs_ui(
    ui: &mut egui::Ui,
    say: &Say,
    library: &Library,
    state: &RecorderPage,
    export_folder: Option<&std::path::Path>,
    actions: &mut MessageWriter<RecorderAction>,
) {
    ui.add_space(24.0);
    ui.separator();
    ui.heading(say.t("recorder-packs-title"));
    let mut press = |ui: &mut egui::Ui, label: String, action: RecorderAction| {
        if big_button(ui, label).clicked() {
            actions.write(action);
        }
    };
    ui.horizontal_wrapped(|ui| {
        if state.lesson.is_some() {
            press(
                ui,
                say.t("recorder-export-lesson"),
                RecorderAction::ExportLesson,
            );
        }
        press(ui, say.t("recorder-export-all"), RecorderAction::ExportAll);
        if state.lesson.is_some() {
            press(
                ui,
                say.t("recorder-remove-lesson"),
                RecorderAction::RemoveLesson,
            );
        }
    });
    if let Some(removal) = &state.confirm {
        confirm_ui(ui, say, removal, &mut press);
    }
    for n in &state.pack_notice {
        ui.label(egui::RichText::new(say.t_with(&n.id, &n.args)).strong());
    }
    ui.add_space(12.0);
    if cfg!(target_arch = "wasm32") {
        ui.label(say.t("recorder-packs-choose-intro"));
        let choose = say.t("recorder-choose-pack");
        press(ui, choose, RecorderAction::ChoosePackFile);
    } else {
        let folder = export_folder
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        ui.label(say.t_with("recorder-packs-folder", &[("path", folder)]));
    }
    for pack in &state.packs {
        pack_row(ui, say, library, pack, &mut press);
    }
    if cfg!(not(target_arch = "wasm32")) {
        let again = say.t("recorder-look-again");
        press(ui, again, RecorderAction::LookForPacks);
    }
}

/// "Remove N recordings?" with "Yes, remove N recordings" and "Cancel".
fn confirm_ui(
    ui: &mut egui::Ui,
    say: &Say,
    removal: &Removal,
    press: &mut impl FnMut(&mut egui::Ui, String, RecorderAction),
) {
    let (question, takes) = match removal {
        Removal::Lesson { takes, .. } => {
            let count = ("count", takes.to_string());
            (say.t_with("recorder-remove-lesson-ask", &[count]), takes)
        }
        Removal::Pack { file, takes } => {
            let args = [("count", takes.to_string()), ("file", file.clone())];
            (say.t_with("recorder-remove-pack-ask", &args), takes)
        }
    };
    let count = ("count", takes.to_string());
    ui.label(question);
    ui.horizontal(|ui| {
        if *takes > 0 {
            let yes = say.t_with("recorder-remove-yes", &[count]);
            press(ui, yes, RecorderAction::ConfirmRemove);
        }
        press(
            ui,
            say.t("recorder-remove-cancel"),
            RecorderAction::CancelRemove,
        );
    });
}

/// One pack file: its name, what it holds (or why it cannot be read), and its buttons.
fn pack_row(
    ui: &mut egui::Ui,
    say: &Say,
    library: &Library,
    pack: &PackFile,
    press: &mut impl FnMut(&mut egui::Ui, String, RecorderAction),
) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(&pack.name).strong());
    match &pack.contents {
        Ok(list) => {
            let holds: Vec<String> = list
                .iter()
                .map(|((lesson, locale), n)| {
                    let lesson = match library.lesson(lesson) {
                        _ if lesson.is_empty() => say.t("recorder-pack-screens"),
                        Some(found) => say.t(found.title.as_str()),
                        None => lesson.clone(),
                    };
                    let language = say.t(&safekite_core::words::language_name(locale));
                    format!("{lesson} ({language}): {n}")
                })
                .collect();
            let takes = ("count", pack.takes().to_string());
            ui.label(say.t_with("recorder-pack-holds", &[takes, ("list", holds.join(", "))]));
            ui.horizontal(|ui| {
                let name = pack.name.clone();
                press(
                    ui,
                    say.t("recorder-bring-in"),
                    RecorderAction::BringIn(name.clone()),
                );
                press(
                    ui,
                    say.t("recorder-remove-pack"),
                    RecorderAction::RemovePack(name),
                );
            });
        }
        Err(why) => {
            ui.label(say.t_with("recorder-pack-cannot-read", &[("why", why.clone())]));
        }
    }
}
