//! The recorder: a grown-up picks a lesson and a language, and walks through its spoken lines
//! one by one (the words, and who says them): record, listen, keep or record again, next. A kept
//! take is trimmed of silence, brought to the narration loudness (the core's `recording`),
//! encoded to OGG and kept with the device's recordings (`crate::recorder`), which narration
//! then plays instead of the generated line. The takes go from device to device as voice pack
//! files ([`packs`]: export, bring in, remove). Words in `locales/<lang>/recorder.ftl`.

mod packs;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::model::Band;
use safekite_core::recording::{
    Heard, LineToRecord, lines_to_record, prepare_take, recorded_count, screen_lines_to_record,
};
use safekite_core::ui_messages;
use safekite_core::voice_pack::{SCREENS, Take, clean_recorded_by};
use safekite_core::words::LOCALES;

use super::{Area, Go, Say, big_button, heading_with_back, page};
use crate::content::{Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::platform::{DataFolder, ExportFolder};
use crate::recorder::packs::PackFile;
use crate::recorder::{CaptureError, Microphone, RecordedVoices};

pub use packs::{PackNotice, Removal};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RecorderAction>()
        .init_resource::<RecorderPage>()
        .add_systems(Update, handle_recorder_actions)
        .add_systems(
            Update,
            watch_the_recordings
                .before(handle_recorder_actions)
                .run_if(in_state(Area::Recorder)),
        )
        .add_systems(OnEnter(Area::Recorder), look_for_packs_on_entering)
        .add_systems(
            EguiPrimaryContextPass,
            recorder_ui.run_if(in_state(Area::Recorder)),
        );
}

/// What the recorder's buttons do.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "test-hook", derive(serde::Deserialize))]
pub enum RecorderAction {
    /// Record this lesson's lines (from its first).
    Lesson(String),
    /// In this language.
    Language(String),
    Record,
    Stop,
    Listen,
    /// Listen to the take kept for this line.
    ListenKept,
    Keep,
    Redo,
    Next,
    Previous,
    /// The name kept with the takes ("recorded by"), as typed.
    RecordedBy(String),
    /// Export this lesson's recordings as a voice pack file in the export folder.
    ExportLesson,
    /// Export every recording as one voice pack file.
    ExportAll,
    /// List the voice pack files in the export folder again.
    LookForPacks,
    /// In the browser: choose a voice pack file with the browser's file button.
    ChoosePackFile,
    /// Bring in this voice pack file of the export folder.
    BringIn(String),
    /// Ask to remove this lesson's recordings (every language).
    RemoveLesson,
    /// Ask to remove what this voice pack file of the export folder brought.
    RemovePack(String),
    /// "Yes, remove": removes what was asked.
    ConfirmRemove,
    /// Keeps everything after all.
    CancelRemove,
}

/// Where the recorder is: the lesson, language and line, the take being made, what to say.
#[derive(Resource, Default)]
pub struct RecorderPage {
    pub lesson: Option<String>,
    pub locale: Option<String>,
    pub index: usize,
    pub phase: Phase,
    /// When the take being made began (seconds of the game's clock), for "Recording… 0:03".
    pub recording_since: Option<f64>,
    /// A message id of `recorder.ftl` to show (and its `$why`).
    pub notice: Option<(String, String)>,
    pub recorded_by: String,
    /// The voice pack files found in the export folder.
    pub packs: Vec<PackFile>,
    /// What the last export, bring in or removal did (one line each).
    pub pack_notice: Vec<PackNotice>,
    /// Recordings waiting for "Yes, remove".
    pub confirm: Option<Removal>,
}

/// The take being made.
#[derive(Default, Clone, Debug, PartialEq)]
pub enum Phase {
    #[default]
    Ready,
    Recording,
    /// A take made and not kept yet: its OGG file.
    Review(Vec<u8>),
}

/// Everything an action needs.
#[derive(bevy::ecs::system::SystemParam)]
struct Recorder<'w> {
    page: ResMut<'w, RecorderPage>,
    mic: ResMut<'w, Microphone>,
    voices: ResMut<'w, RecordedVoices>,
    library: Res<'w, Library>,
    words: Res<'w, WordsRes>,
    locale: Res<'w, CurrentLocale>,
    folder: Option<Res<'w, DataFolder>>,
    export: Option<Res<'w, ExportFolder>>,
    time: Res<'w, Time<Real>>,
}

impl Recorder<'_> {
    fn lines(&self) -> Vec<LineToRecord> {
        lines_of(&self.library, self.page.lesson.as_deref())
    }

    /// The first line from `from` on (then from the start) without a take that plays; the
    /// line at `from` when every line has one.
    fn first_unrecorded(&self, from: usize) -> usize {
        let (locale, lines) = (self.locale(), self.lines());
        let recorded =
            |l: &LineToRecord| self.voices.playable(&locale, &l.id, &self.words).is_some();
        let n = lines.len();
        (0..n)
            .map(|k| (from + k) % n)
            .find(|&i| !recorded(&lines[i]))
            .unwrap_or(from.min(n.saturating_sub(1)))
    }

    fn locale(&self) -> String {
        self.page
            .locale
            .clone()
            .unwrap_or_else(|| self.locale.0.clone())
    }

    fn notice(&mut self, id: &str, why: String) {
        self.page.notice = Some((id.to_string(), why));
    }
}

/// The lines to record of lesson `lesson` ([`SCREENS`]: the game's own words).
fn lines_of(library: &Library, lesson: Option<&str>) -> Vec<LineToRecord> {
    match lesson {
        Some(SCREENS) => screen_lines_to_record(),
        Some(id) => library
            .lesson(id)
            .map(|l| lines_to_record(l))
            .unwrap_or_default(),
        None => Vec::new(),
    }
}

fn handle_recorder_actions(
    mut actions: MessageReader<RecorderAction>,
    mut rec: Recorder,
    mut commands: Commands,
    mut audio: Option<ResMut<Assets<AudioSource>>>,
) {
    for action in actions.read() {
        match action {
            RecorderAction::Lesson(id) => choose(&mut rec, Some(id.clone()), None),
            RecorderAction::Language(l) => choose(&mut rec, None, Some(l.clone())),
            RecorderAction::Record | RecorderAction::Redo => start(&mut rec),
            RecorderAction::Stop => stop(&mut rec),
            RecorderAction::Keep => keep(&mut rec),
            RecorderAction::Listen => listen(&rec.page, &mut commands, audio.as_deref_mut()),
            RecorderAction::ListenKept => listen_kept(&rec, &mut commands, audio.as_deref_mut()),
            RecorderAction::Next => step(&mut rec, 1),
            RecorderAction::Previous => step(&mut rec, -1),
            RecorderAction::RecordedBy(name) => rec.page.recorded_by = name.clone(),
            RecorderAction::ExportLesson => packs::export(&mut rec, false),
            RecorderAction::ExportAll => packs::export(&mut rec, true),
            RecorderAction::LookForPacks => packs::look_for_packs(&mut rec),
            RecorderAction::ChoosePackFile => packs::choose_pack_file(&mut rec),
            RecorderAction::BringIn(file) => packs::bring_in_file(&mut rec, file),
            RecorderAction::RemoveLesson => packs::ask_to_remove(&mut rec, None),
            RecorderAction::RemovePack(file) => packs::ask_to_remove(&mut rec, Some(file)),
            RecorderAction::ConfirmRemove => packs::remove(&mut rec),
            RecorderAction::CancelRemove => rec.page.confirm = None,
        }
    }
}

/// The pack files in the export folder are listed when the page opens (in the browser, the
/// encoder starts loading, so it is there when the first take ends).
fn look_for_packs_on_entering(mut actions: MessageWriter<RecorderAction>) {
    actions.write(RecorderAction::LookForPacks);
    #[cfg(target_arch = "wasm32")]
    crate::recorder::browser::prepare();
}

/// What the browser says later: the microphone refused after the take began, recordings that
/// could not be kept after all, voice pack files just picked.
fn watch_the_recordings(mut rec: Recorder, mut actions: MessageWriter<RecorderAction>) {
    if rec.page.phase == Phase::Recording
        && let Some(e) = rec.mic.0.problem()
    {
        let _ = rec.mic.0.stop();
        failed(&mut rec, e);
    }
    if let Some(why) = crate::recorder::save_problem() {
        rec.notice("recorder-failed", why);
    }
    #[cfg(target_arch = "wasm32")]
    if crate::recorder::browser::take_picked() {
        actions.write(RecorderAction::LookForPacks);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = &mut actions;
}

/// A new lesson or language: back to its first line, nothing being recorded.
fn choose(rec: &mut Recorder, lesson: Option<String>, locale: Option<String>) {
    if rec.page.phase == Phase::Recording {
        let _ = rec.mic.0.stop();
    }
    let page = &mut rec.page;
    if lesson.is_some() {
        page.lesson = lesson;
    }
    if locale.is_some() {
        page.locale = locale;
    }
    (page.index, page.phase, page.notice) = (0, Phase::Ready, None);
    page.confirm = None;
    // Back to the work where it was left: the first line not recorded yet.
    rec.page.index = rec.first_unrecorded(0);
}

fn start(rec: &mut Recorder) {
    if rec.lines().is_empty() {
        return;
    }
    match rec.mic.0.start() {
        Ok(()) => {
            rec.page.phase = Phase::Recording;
            rec.page.recording_since = Some(rec.time.elapsed_secs_f64());
            rec.notice("recorder-recording", String::new());
        }
        Err(e) => failed(rec, e),
    }
}

fn failed(rec: &mut Recorder, e: CaptureError) {
    rec.page.phase = Phase::Ready;
    let (id, why) = capture_message(e);
    rec.notice(id, why);
}

/// The words (a message id of `recorder.ftl` and its `$why`) for why nothing was captured.
fn capture_message(e: CaptureError) -> (&'static str, String) {
    match e {
        CaptureError::NoMicrophone => ("recorder-no-microphone", String::new()),
        CaptureError::NotAllowed => ("recorder-not-allowed", String::new()),
        CaptureError::StillAsking => ("recorder-still-asking", String::new()),
        CaptureError::NeedsSecurePage => ("recorder-needs-secure-page", String::new()),
        CaptureError::Failed(why) => ("recorder-failed", why),
    }
}

/// Ends the take: trimmed, normalised and encoded, ready to be listened to and kept.
fn stop(rec: &mut Recorder) {
    if rec.page.phase != Phase::Recording {
        return;
    }
    let captured = match rec.mic.0.stop() {
        Ok(c) => c,
        Err(e) => return failed(rec, e),
    };
    let channels = usize::from(captured.channels.max(1));
    let Some(take) = prepare_take(&captured.samples, channels, captured.rate) else {
        rec.page.phase = Phase::Ready;
        return rec.notice("recorder-nothing-heard", String::new());
    };
    match encode(&take, clean_recorded_by(&rec.page.recorded_by).as_deref()) {
        Ok(ogg) => {
            rec.page.phase = Phase::Review(ogg);
            rec.notice("recorder-review", String::new());
        }
        Err(why) => {
            rec.page.phase = Phase::Ready;
            rec.notice("recorder-failed", why);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn encode(samples: &[f32], recorded_by: Option<&str>) -> Result<Vec<u8>, String> {
    crate::recorder::encode::encode_ogg(samples, recorded_by)
}

#[cfg(target_arch = "wasm32")]
fn encode(samples: &[f32], _recorded_by: Option<&str>) -> Result<Vec<u8>, String> {
    crate::recorder::browser::encode_ogg(samples)
}

/// Keeps the take under review as the line's recording, with the words it says now.
fn keep(rec: &mut Recorder) {
    let Phase::Review(ogg) = rec.page.phase.clone() else {
        return;
    };
    let (locale, lines) = (rec.locale(), rec.lines());
    let Some(line) = lines.get(rec.page.index) else {
        return;
    };
    let Some(words) = rec.words.words.get(&locale, &line.id) else {
        return;
    };
    let take = Take {
        locale,
        lesson: rec.page.lesson.clone().unwrap_or_default(),
        id: line.id.clone(),
        words,
        recorded_by: clean_recorded_by(&rec.page.recorded_by),
        date: today(),
        ogg,
    };
    let folder = rec.folder.as_deref().cloned();
    rec.page.phase = Phase::Ready;
    match rec.voices.keep(take, folder.as_ref()) {
        Ok(()) => {
            // On to the next line still to record, so a line is Record, Stop, Keep.
            let at = rec.page.index;
            rec.page.index = rec.first_unrecorded(at + 1);
            let id = if rec.page.index == at {
                "recorder-kept-all"
            } else {
                "recorder-kept"
            };
            rec.notice(id, String::new());
        }
        Err(why) => rec.notice("recorder-failed", why),
    }
}

fn today() -> time::Date {
    use chrono::Datelike;
    let now = chrono::Local::now().date_naive();
    let month = time::Month::try_from(now.month() as u8).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(now.year(), month, now.day() as u8).unwrap_or(time::Date::MIN)
}

/// Plays the take under review.
fn listen(page: &RecorderPage, commands: &mut Commands, audio: Option<&mut Assets<AudioSource>>) {
    if let (Phase::Review(ogg), Some(audio)) = (&page.phase, audio) {
        play_ogg(ogg, "recorder take", commands, audio);
    }
}

/// Plays the take kept for the line shown.
fn listen_kept(rec: &Recorder, commands: &mut Commands, audio: Option<&mut Assets<AudioSource>>) {
    let (locale, lines) = (rec.locale(), rec.lines());
    let Some(line) = lines.get(rec.page.index) else {
        return;
    };
    if let (Some(take), Some(audio)) = (rec.voices.playable(&locale, &line.id, &rec.words), audio) {
        play_ogg(&take.ogg, "recorder kept take", commands, audio);
    }
}

/// Plays an OGG file once.
fn play_ogg(
    ogg: &[u8],
    name: &'static str,
    commands: &mut Commands,
    audio: &mut Assets<AudioSource>,
) {
    let handle = audio.add(AudioSource {
        bytes: ogg.to_vec().into(),
    });
    commands.spawn((
        Name::new(name),
        AudioPlayer::<AudioSource>(handle),
        PlaybackSettings::DESPAWN,
    ));
}

/// To the next (or previous) line; a take not kept is let go.
fn step(rec: &mut Recorder, by: isize) {
    if rec.page.phase == Phase::Recording {
        let _ = rec.mic.0.stop();
    }
    let last = rec.lines().len().saturating_sub(1);
    let page = &mut rec.page;
    page.index = page.index.saturating_add_signed(by).min(last);
    (page.phase, page.notice) = (Phase::Ready, None);
}

fn recorder_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    library: Res<Library>,
    page: Res<RecorderPage>,
    voices: Res<RecordedVoices>,
    mic: Res<Microphone>,
    export: Option<Res<ExportFolder>>,
    time: Res<Time<Real>>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<RecorderAction>,
) -> Result {
    let view = View {
        say: &Say {
            words: &words,
            locale: &locale,
        },
        library: &library,
        state: &page,
        voices: &voices,
        now: time.elapsed_secs_f64(),
        level: mic.0.level(),
    };
    let no_mic = (!mic.0.available()).then(|| mic.0.why_unavailable());
    let export = export.as_deref().map(|e| e.0.as_path());
    page_ui(
        contexts.ctx_mut()?,
        &view,
        no_mic,
        export,
        &mut go,
        &mut actions,
    );
    Ok(())
}

/// What the page shows.
struct View<'a> {
    say: &'a Say<'a>,
    library: &'a Library,
    state: &'a RecorderPage,
    voices: &'a RecordedVoices,
    /// The game's clock, for the take's length while recording.
    now: f64,
    /// How loud the microphone is while recording, in dBFS.
    level: Option<f32>,
}

impl View<'_> {
    /// The language being recorded.
    fn locale(&self) -> String {
        let current = || self.say.locale.0.clone();
        self.state.locale.clone().unwrap_or_else(current)
    }

    /// "12/41": how many of a lesson's lines have a take that plays.
    fn done_of(&self, lines: &[LineToRecord]) -> (usize, usize) {
        let words = &self.say.words.words;
        recorded_count(lines, &self.locale(), &self.voices.recordings, words)
    }
}

fn page_ui(
    ctx: &egui::Context,
    view: &View,
    no_mic: Option<CaptureError>,
    export: Option<&std::path::Path>,
    go: &mut MessageWriter<Go>,
    actions: &mut MessageWriter<RecorderAction>,
) {
    let say = view.say;
    page(ctx, "recorder", |ui| {
        heading_with_back(ui, say, &say.t("recorder-title"), go, Area::Home);
        ui.label(say.t("recorder-intro"));
        ui.add_space(12.0);
        if let Some(why) = no_mic {
            let (id, why) = capture_message(why);
            let words = say.t_with(id, &[("why", why)]);
            ui.colored_label(egui::Color32::DARK_RED, words);
            ui.add_space(12.0);
        }
        pickers(ui, view, actions);
        ui.add_space(16.0);
        let lines = lines_of(view.library, view.state.lesson.as_deref());
        if lines.is_empty() {
            ui.label(say.t("recorder-choose-lesson"));
        } else {
            let (done, total) = view.done_of(&lines);
            let progress = [("done", done.to_string()), ("total", total.to_string())];
            ui.heading(say.t_with("recorder-progress", &progress));
            line_ui(ui, view, &lines, actions);
        }
        packs::packs_ui(ui, say, view.library, view.state, export, actions);
    });
}

/// The lesson and language pickers, and the name kept with the takes.
fn pickers(ui: &mut egui::Ui, view: &View, actions: &mut MessageWriter<RecorderAction>) {
    let (say, state) = (view.say, view.state);
    let chosen = match state.lesson.as_deref() {
        Some(SCREENS) => say.t("recorder-screens-entry"),
        Some(id) => view
            .library
            .lesson(id)
            .map(|l| say.t(l.title.as_str()))
            .unwrap_or_default(),
        None => say.t("recorder-choose-lesson"),
    };
    ui.horizontal(|ui| {
        ui.label(say.t("recorder-lesson"));
        egui::ComboBox::from_id_salt("recorder-lesson")
            .selected_text(chosen)
            .width(460.0)
            .height(560.0)
            .show_ui(ui, |ui| lesson_list(ui, view, actions));
        ui.add_space(24.0);
        ui.label(say.t("recorder-language"));
        let current = view.locale();
        for code in LOCALES {
            let name = say.t(&safekite_core::words::language_name(code));
            if ui.selectable_label(current == *code, name).clicked() {
                actions.write(RecorderAction::Language(code.to_string()));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(say.t("recorder-recorded-by"));
        let mut name = state.recorded_by.clone();
        if ui.text_edit_singleline(&mut name).changed() {
            actions.write(RecorderAction::RecordedBy(name));
        }
    });
}

/// The list to choose from: the game's own words, then the lessons by age (the youngest first,
/// whose children hear every word), each with how many of its lines are recorded.
fn lesson_list(ui: &mut egui::Ui, view: &View, actions: &mut MessageWriter<RecorderAction>) {
    let (say, state) = (view.say, view.state);
    let mut item = |ui: &mut egui::Ui, id: &str, title: String| {
        let (done, total) = view.done_of(&lines_of(view.library, Some(id)));
        let on = state.lesson.as_deref() == Some(id);
        if ui
            .selectable_label(on, format!("{title}   {done}/{total}"))
            .clicked()
        {
            actions.write(RecorderAction::Lesson(id.to_string()));
        }
    };
    item(ui, SCREENS, say.t("recorder-screens-entry"));
    let bands = [
        (Band::Little, ui_messages::BAND_LITTLE),
        (Band::Kids, ui_messages::BAND_KIDS),
        (Band::Teens, ui_messages::BAND_TEENS),
    ];
    for (band, heading) in bands {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(say.t(heading)).strong());
        let lessons = view.library.lessons.iter();
        for lesson in lessons.filter_map(|e| view.library.lesson(&e.id)) {
            if lesson.band == band {
                item(ui, &lesson.id, say.t(lesson.title.as_str()));
            }
        }
    }
}

/// The line: its number, who says it and where the child hears it, its words, the buttons (in
/// one row that stays where it is), then whether it is recorded and what just happened.
fn line_ui(
    ui: &mut egui::Ui,
    view: &View,
    lines: &[LineToRecord],
    actions: &mut MessageWriter<RecorderAction>,
) {
    let (say, state) = (view.say, view.state);
    let Some(line) = lines.get(state.index) else {
        return;
    };
    let number = [
        ("n", (state.index + 1).to_string()),
        ("total", lines.len().to_string()),
    ];
    let who = [("who", speaker_name(say, &line.speaker))];
    ui.label(format!(
        "{}  ·  {}",
        say.t_with("recorder-line-number", &number),
        say.t_with("recorder-speaker", &who)
    ));
    if let Some(id) = heard_message(line.heard) {
        ui.label(egui::RichText::new(say.t(id)).italics());
    }
    let locale = view.locale();
    let text = say.words.words.get(&locale, &line.id).unwrap_or_default();
    ui.add_space(8.0);
    ui.label(egui::RichText::new(text).size(28.0).strong());
    ui.add_space(12.0);
    let recorded = view.voices.playable(&locale, &line.id, say.words).is_some();
    buttons(ui, say, state, recorded, actions);
    ui.add_space(8.0);
    status_ui(ui, view, recorded);
}

/// Where the child hears a line, when it is not simply the story.
fn heard_message(heard: Heard) -> Option<&'static str> {
    match heard {
        Heard::Story => None,
        Heard::Title => Some("recorder-heard-title"),
        Heard::OnScreen => Some("recorder-heard-on-screen"),
        Heard::Choice => Some("recorder-heard-choice"),
        Heard::Question => Some("recorder-heard-question"),
        Heard::Sticker => Some("recorder-heard-sticker"),
        Heard::GameScreens => Some("recorder-heard-game-screens"),
    }
}

/// Recorded or not, and what just happened; while recording, a red dot and the seconds.
fn status_ui(ui: &mut egui::Ui, view: &View, recorded: bool) {
    let (say, state) = (view.say, view.state);
    if let (Phase::Recording, Some(since)) = (&state.phase, state.recording_since) {
        let secs = (view.now - since).max(0.0) as u64;
        let clock = format!("{}:{:02}", secs / 60, secs % 60);
        ui.horizontal(|ui| {
            // A red dot, painted (the interface's font has no "●").
            let (dot, _) = ui.allocate_exact_size(egui::vec2(24.0, 24.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(dot.center(), 10.0, egui::Color32::from_rgb(200, 30, 30));
            let clock = egui::RichText::new(clock).size(28.0);
            ui.label(clock.color(egui::Color32::DARK_RED));
            level_bar(ui, say, view.level);
        });
        ui.ctx().request_repaint();
    } else {
        let id = if recorded {
            "recorder-recorded"
        } else {
            "recorder-not-recorded"
        };
        ui.label(say.t(id));
    }
    if let Some((id, why)) = &state.notice {
        ui.label(egui::RichText::new(say.t_with(id, &[("why", why.clone())])).italics());
    }
}

/// How loud the voice comes in, from silence (-60 dBFS) to full: a grown-up sees the
/// microphone hears them before "Nothing was heard".
fn level_bar(ui: &mut egui::Ui, say: &Say, level: Option<f32>) {
    let Some(db) = level else {
        return;
    };
    let fill = ((db + 60.0) / 60.0).clamp(0.0, 1.0);
    ui.add_space(16.0);
    ui.label(say.t("recorder-level"));
    ui.add(egui::ProgressBar::new(fill).desired_width(240.0));
}

fn speaker_name(say: &Say, speaker: &str) -> String {
    if speaker == safekite_core::model::NARRATOR {
        say.t("recorder-narrator")
    } else {
        say.t(safekite_core::cast::name_message(&speaker.into()).as_str())
    }
}

/// The take's buttons and the way to the other lines, in one row.
fn buttons(
    ui: &mut egui::Ui,
    say: &Say,
    state: &RecorderPage,
    recorded: bool,
    actions: &mut MessageWriter<RecorderAction>,
) {
    let mut press = |ui: &mut egui::Ui, id: &str, action: RecorderAction| {
        if big_button(ui, say.t(id)).clicked() {
            actions.write(action);
        }
    };
    ui.horizontal_wrapped(|ui| {
        match state.phase {
            Phase::Ready => {
                press(ui, "recorder-record", RecorderAction::Record);
                if recorded {
                    press(ui, "recorder-listen-kept", RecorderAction::ListenKept);
                }
            }
            Phase::Recording => press(ui, "recorder-stop", RecorderAction::Stop),
            Phase::Review(_) => {
                press(ui, "recorder-listen", RecorderAction::Listen);
                press(ui, "recorder-keep", RecorderAction::Keep);
                press(ui, "recorder-redo", RecorderAction::Redo);
            }
        }
        ui.add_space(32.0);
        press(ui, "recorder-previous", RecorderAction::Previous);
        press(ui, "recorder-next", RecorderAction::Next);
    });
}
