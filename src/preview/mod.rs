//! Playing one lesson as its author writes it: `safekite preview LESSON.ron` natively, the
//! authors' mode (`?author`) in the browser. The lesson and its two word files are read (from
//! disk, or as the author picked them in the browser: [`source`]), checked by the core
//! ([`check_lesson_with_words`], the same codes and `file:line:col` as `safekite check`), and
//! then either shown with their problems ([`problems`], `Screen::Preview`) or played at once.
//! Natively the files are looked at about once a second and a change reloads the lesson (or
//! the problems). Progress and records are throwaway; captions are on, since a new lesson's
//! lines have no recorded voice yet (a note says so).

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
        .add_plugins(problems::plugin)
        .add_systems(Update, (poll_source, follow_outcome).chain())
        .add_systems(PostStartup, keep_records_in_memory)
        .add_systems(OnEnter(Screen::Preview), enter_preview)
        .add_systems(OnEnter(Screen::Player), problems::spawn_voice_note);
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
    /// The lesson plays (it is in the library, its words in the words).
    Ready(Arc<Lesson>),
}

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
        Ok(lesson) => {
            install_words(&texts, &mut library, &mut preview_words, &mut fluent);
            install_lesson(&lesson, &mut library);
            PreviewOutcome::Ready(lesson)
        }
        Err(problems) => {
            for d in &problems {
                warn!("{d}");
            }
            PreviewOutcome::Problems(problems)
        }
    };
}

/// The core's check of the three files: the lesson, or its problems (errors first).
pub fn check(texts: &PreviewTexts) -> Result<Arc<Lesson>, Vec<Diagnostic>> {
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
        Some(lesson) => Ok(Arc::new(lesson)),
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

/// A new outcome: the lesson plays again from its start, or the problems show (once loading
/// has given way to the preview).
fn follow_outcome(
    outcome: Res<PreviewOutcome>,
    screen: Res<State<Screen>>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
    shown: Query<Entity, With<problems::ProblemsRoot>>,
) {
    if !outcome.is_changed() || *screen.get() == Screen::Loading {
        return;
    }
    match &*outcome {
        PreviewOutcome::Ready(lesson) => play(&mut commands, &mut progress, &mut next, lesson),
        _ if *screen.get() == Screen::Preview => {
            crate::screens::respawn(&mut commands, shown.iter(), problems::spawn_problems);
        }
        _ => next.set(Screen::Preview),
    }
}

/// Loading gave way to the preview: play the lesson, or show its problems.
fn enter_preview(
    outcome: Res<PreviewOutcome>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
) {
    match &*outcome {
        PreviewOutcome::Ready(lesson) => play(&mut commands, &mut progress, &mut next, lesson),
        _ => commands.run_system_cached(problems::spawn_problems),
    }
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
