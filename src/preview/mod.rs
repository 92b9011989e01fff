//! Playing one lesson as its author writes it: `safekite preview LESSON.ron` natively, the
//! authors' mode (`?author`) in the browser. The lesson and its two word files are read (from
//! disk, or as the author picked them in the browser: [`source`]), checked by the core
//! ([`check_lesson_with_words`], the same codes and `file:line:col` as `safekite check`), and
//! then either shown with their problems ([`problems`], `Screen::Preview`) or played at once.
//! Warnings do not stop a lesson: they are shown once, with a "Play" button, and the same
//! warnings after a reload play straight away. At its end (the child's "Stop here" or "One more
//! lesson", or the back button) the author comes back to the preview's page, to play it again. Natively the files
//! are looked at about once a second and a change reloads the lesson (or the problems).
//! Progress and records are throwaway; captions are on, since a new lesson's lines have no
//! recorded voice yet (a note says so, and names the pictures not drawn yet).

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
mod problems;
pub mod source;

use bevy::prelude::*;
use safekite_core::check::{WordFile, check_lesson_with_words};
use safekite_core::diagnostic::Diagnostic;
use safekite_core::model::Lesson;
use std::sync::Arc;

use crate::content::{FluentAsset, LessonEntry, LessonStatus, Library, OnlyGivenLessons};
use crate::progress::ProgressRes;
use crate::screens::map::ChosenLesson;
use crate::screens::{Screen, StartScreen};
pub use source::{PreviewSource, PreviewTexts};

/// How often the files are looked at for a change.
const POLL_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// Throwaway progress for a preview in `locale` (a child's saved progress is never touched),
/// with captions on; the game is built with it (see `game_app`).
pub fn progress(locale: &str) -> ProgressRes {
    let store = Box::<safekite_core::progress::MemoryStore>::default();
    let mut progress = ProgressRes::with_store(store);
    progress.progress.settings.locale = locale.to_string();
    progress.progress.settings.captions = true;
    progress
}

/// Opens `app` (the game, built with [`progress`]) as a preview of what `source` gives. Its
/// records are kept in memory only (natively the caller gives it a throwaway data folder too).
pub fn open(app: &mut App, source: PreviewSource) {
    app.insert_resource(source)
        .insert_resource(OnlyGivenLessons)
        .insert_resource(StartScreen(Screen::Preview))
        .init_resource::<PreviewOutcome>()
        .init_resource::<PreviewWords>()
        .init_resource::<PreviewPause>()
        .add_plugins(problems::plugin)
        .add_systems(
            Update,
            (poll_source, follow_outcome, play_when_asked).chain(),
        )
        .add_systems(PostStartup, keep_records_in_memory)
        .add_systems(OnEnter(Screen::Preview), enter_preview)
        .add_systems(OnEnter(Screen::Title), back_to_the_preview)
        .add_systems(OnEnter(Screen::Map), back_to_the_preview)
        .add_systems(OnEnter(Screen::Player), problems::spawn_voice_note)
        .add_systems(
            Update,
            problems::name_missing_pictures.run_if(in_state(Screen::Player)),
        );
    source::plugin(app);
}

/// Nothing an author does while trying a lesson goes into the device's records.
fn keep_records_in_memory(mut commands: Commands) {
    let store = Box::<safekite_records::log::StringStore>::default();
    commands.insert_resource(crate::records::Records::open(store));
}

/// What the last reading of the files gave.
#[derive(Resource, Debug, Default, Clone)]
pub enum PreviewOutcome {
    /// Nothing read yet (in the browser: no files picked yet).
    #[default]
    Waiting,
    /// The problems found (errors first, then warnings).
    Problems(Vec<Diagnostic>),
    /// The lesson plays (it is in the library, its words in the words), with its warnings.
    Ready {
        lesson: Arc<Lesson>,
        warnings: Vec<Diagnostic>,
    },
}

/// Why the preview's page shows instead of the lesson when the lesson could play.
#[derive(Resource, Debug, Default)]
pub struct PreviewPause {
    /// The warnings the author has seen and played on (as printed), not shown again.
    seen_warnings: Vec<String>,
    /// The lesson was left (at its end, or with the player's back button): the page offers to
    /// play it again.
    pub ended: bool,
    /// In the browser, files were just picked: the page waits for "Play the lesson", so the
    /// author can pick another changed file first (a lesson that played at once would still
    /// have the other file's old words).
    pub picked: bool,
}

impl PreviewPause {
    /// The lesson to play now, if the outcome is ready and nothing is waiting to be seen.
    fn lesson_to_play<'a>(&self, outcome: &'a PreviewOutcome) -> Option<&'a Arc<Lesson>> {
        match outcome {
            PreviewOutcome::Ready { lesson, warnings }
                if !self.ended && !self.picked && printed(warnings) == self.seen_warnings =>
            {
                Some(lesson)
            }
            _ => None,
        }
    }
}

/// Each problem as the checker prints it (what tells two readings' warnings apart).
fn printed(problems: &[Diagnostic]) -> Vec<String> {
    problems.iter().map(|d| d.to_string()).collect()
}

/// The preview page's "Play" button: play the lesson (its warnings seen).
#[derive(Message, Component, Clone, Debug)]
pub struct PlayPreview;

/// The preview's word files, as assets given to the words (one per locale, replaced on reload).
#[derive(Resource, Default)]
struct PreviewWords(Vec<(String, Handle<FluentAsset>)>);

/// About once a second: reads the files if they changed, checks them and installs the lesson.
fn poll_source(
    time: Res<Time<Real>>,
    mut last: Local<Option<std::time::Duration>>,
    mut source: ResMut<PreviewSource>,
    mut outcome: ResMut<PreviewOutcome>,
    mut library: ResMut<Library>,
    mut preview_words: ResMut<PreviewWords>,
    mut fluent: ResMut<Assets<FluentAsset>>,
) {
    let now = time.elapsed();
    if last.is_some_and(|at| now - at < POLL_EVERY) {
        return;
    }
    *last = Some(now);
    let Some(texts) = source.changed() else {
        return;
    };
    *outcome = match check(&texts) {
        Ok((lesson, warnings)) => {
            install_words(&texts, &mut library, &mut preview_words, &mut fluent);
            install_lesson(&lesson, &mut library);
            log(&warnings);
            PreviewOutcome::Ready { lesson, warnings }
        }
        Err(problems) => {
            log(&problems);
            PreviewOutcome::Problems(problems)
        }
    };
}

/// The problems in the log too (the terminal, or the browser's console), each in full.
fn log(problems: &[Diagnostic]) {
    for d in problems {
        warn!("{d}");
    }
}

/// The core's check of the three files: the lesson with its warnings, or its problems (errors
/// first).
pub fn check(texts: &PreviewTexts) -> Result<(Arc<Lesson>, Vec<Diagnostic>), Vec<Diagnostic>> {
    if !texts.unread.is_empty() {
        return Err(texts.unread.clone());
    }
    let words: Vec<WordFile> = texts
        .words
        .iter()
        .map(|(locale, file, text)| WordFile { locale, file, text })
        .collect();
    let checked = check_lesson_with_words(&texts.lesson.0, &texts.lesson.1, &words);
    match checked.lesson {
        Some(lesson) => Ok((Arc::new(lesson), checked.diagnostics)),
        None => {
            let mut problems = checked.diagnostics;
            problems.sort_by_key(|d| !d.is_error());
            Err(problems)
        }
    }
}

/// The word files become assets the words are built from (replaced in place on a reload, so
/// the words are rebuilt with them).
fn install_words(
    texts: &PreviewTexts,
    library: &mut Library,
    preview_words: &mut PreviewWords,
    fluent: &mut Assets<FluentAsset>,
) {
    for (locale, _, text) in &texts.words {
        let asset = FluentAsset { text: text.clone() };
        match preview_words.0.iter().find(|(l, _)| l == locale) {
            Some((_, handle)) => {
                let _ = fluent.insert(handle.id(), asset);
            }
            None => {
                let handle = fluent.add(asset);
                library.fluent.push((locale.clone(), handle.clone()));
                preview_words.0.push((locale.clone(), handle));
            }
        }
    }
}

/// The lesson becomes the library's one lesson, ready to play.
fn install_lesson(lesson: &Arc<Lesson>, library: &mut Library) {
    library.lessons = vec![LessonEntry {
        id: lesson.id.clone(),
        band: Some(lesson.band),
        handle: Handle::default(),
        words: Vec::new(),
        status: LessonStatus::Ready(lesson.clone()),
    }];
}

/// A new outcome: the lesson plays again from its start, or the page shows its problems or
/// warnings (once loading has given way to the preview).
fn follow_outcome(
    outcome: Res<PreviewOutcome>,
    mut pause: ResMut<PreviewPause>,
    screen: Res<State<Screen>>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
    shown: Query<Entity, With<problems::ProblemsRoot>>,
) {
    if !outcome.is_changed() || *screen.get() == Screen::Loading {
        return;
    }
    pause.ended = false;
    pause.picked = cfg!(target_arch = "wasm32");
    match pause.lesson_to_play(&outcome) {
        Some(lesson) => play(&mut commands, &mut progress, &mut next, lesson),
        None if *screen.get() == Screen::Preview => {
            crate::screens::respawn(&mut commands, shown.iter(), problems::spawn_problems);
        }
        None => next.set(Screen::Preview),
    }
}

/// The page's "Play" pressed: its warnings are seen; the lesson plays from its start.
fn play_when_asked(
    mut asked: MessageReader<PlayPreview>,
    outcome: Res<PreviewOutcome>,
    mut pause: ResMut<PreviewPause>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
) {
    if asked.read().count() == 0 {
        return;
    }
    if let PreviewOutcome::Ready { lesson, warnings } = &*outcome {
        pause.seen_warnings = printed(warnings);
        pause.ended = false;
        pause.picked = false;
        play(&mut commands, &mut progress, &mut next, lesson);
    }
}

/// Loading (or the lesson's end) gave way to the preview: play the lesson, or show the page.
fn enter_preview(
    outcome: Res<PreviewOutcome>,
    pause: Res<PreviewPause>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
) {
    match pause.lesson_to_play(&outcome) {
        Some(lesson) => play(&mut commands, &mut progress, &mut next, lesson),
        None => commands.run_system_cached(problems::spawn_problems),
    }
}

/// The lesson's end (or the player's back button) led to "who is playing?" or the map: a
/// preview has neither, so its page comes back, offering to play the lesson again (and, in
/// the browser, to pick a changed file).
fn back_to_the_preview(mut pause: ResMut<PreviewPause>, mut next: ResMut<NextState<Screen>>) {
    pause.ended = true;
    next.set(Screen::Preview);
}

/// Plays `lesson` from its start, as a player of its band.
fn play(
    commands: &mut Commands,
    progress: &mut ProgressRes,
    next: &mut NextState<Screen>,
    lesson: &Lesson,
) {
    let existing = progress
        .progress
        .profiles
        .iter()
        .find(|p| p.band == lesson.band)
        .map(|p| p.id);
    let id = existing.or_else(|| progress.progress.add_profile("fox", "", lesson.band).ok());
    progress.current = id;
    if let Some(player) = progress.player_mut() {
        player.resume.remove(&lesson.id);
    }
    commands.insert_resource(ChosenLesson(lesson.id.clone()));
    next.set(Screen::Player);
}
