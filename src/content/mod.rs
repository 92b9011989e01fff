//! Lessons and words as Bevy assets. Lesson files load through an [`AssetLoader`] that calls the
//! core's checker: a lesson with errors becomes a [`LessonAsset`] that says why, shown as "not
//! ready" on the map, and never stops the others. Fluent files load as text and are given to
//! the core's [`Words`]. The lesson index tells which lessons exist (a browser cannot list
//! folders). With the `dev` feature, editing a lesson or Fluent file updates the running game.

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext};
use bevy::prelude::*;
use safekite_core::check::check_lesson;
use safekite_core::model::{Band, Lesson, LessonIndex};
use safekite_core::words::{LOCALES, Words};
use std::sync::Arc;

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<LessonAsset>()
        .init_asset::<FluentAsset>()
        .init_asset::<IndexAsset>()
        .register_asset_loader(LessonLoader)
        .register_asset_loader(FluentLoader)
        .register_asset_loader(IndexLoader)
        .init_resource::<Library>()
        .init_resource::<WordsRes>()
        .add_systems(Startup, load_index_and_interface_words)
        .add_systems(
            Update,
            (load_lessons_when_index_ready, track_lessons, rebuild_words).chain(),
        );
}

/// One lesson file, checked on its own by the core.
#[derive(Asset, TypePath, Debug, Clone)]
pub struct LessonAsset {
    /// The lesson, or the first error (`file:line:col: error[..]: ...`) and the error count.
    pub lesson: Result<Arc<Lesson>, (String, usize)>,
}

/// The text of one Fluent file.
#[derive(Asset, TypePath, Debug, Clone)]
pub struct FluentAsset {
    pub text: String,
}

/// `lessons/index.ron`.
#[derive(Asset, TypePath, Debug, Clone)]
pub struct IndexAsset {
    pub index: Result<LessonIndex, String>,
}

/// Reads `*.lesson.ron` through the core's checker.
#[derive(Default, TypePath)]
pub(crate) struct LessonLoader;

/// Reads `*.ftl` as text.
#[derive(Default, TypePath)]
pub(crate) struct FluentLoader;

/// Reads the lesson index.
#[derive(Default, TypePath)]
pub(crate) struct IndexLoader;

async fn read_text(reader: &mut dyn Reader) -> Result<String, std::io::Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).await?;
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

impl AssetLoader for LessonLoader {
    type Asset = LessonAsset;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        load_context: &mut LoadContext<'_>,
    ) -> Result<Self::Asset, Self::Error> {
        let file = format!("lessons/{}", load_context.path().path().display());
        let lesson = match read_text(reader).await {
            Ok(text) => {
                let checked = check_lesson(&file, &text);
                match checked.lesson {
                    Some(l) => Ok(Arc::new(l)),
                    None => {
                        let errors: Vec<_> = checked
                            .diagnostics
                            .iter()
                            .filter(|d| d.is_error())
                            .collect();
                        for d in &errors {
                            warn!("{d}");
                        }
                        Err((
                            errors.first().map(|d| d.to_string()).unwrap_or_default(),
                            errors.len(),
                        ))
                    }
                }
            }
            Err(e) => Err((format!("{file}: error[SK0051]: {e}"), 1)),
        };
        Ok(LessonAsset { lesson })
    }

    fn extensions(&self) -> &[&str] {
        &["lesson.ron"]
    }
}

/// An asset loader that reads a file as text and makes its asset from the text.
macro_rules! text_loader {
    ($loader:ty, $asset:ty, $extensions:expr, $make:expr) => {
        impl AssetLoader for $loader {
            type Asset = $asset;
            type Settings = ();
            type Error = std::io::Error;

            async fn load(
                &self,
                reader: &mut dyn Reader,
                _settings: &(),
                _load_context: &mut LoadContext<'_>,
            ) -> Result<Self::Asset, Self::Error> {
                let make: fn(String) -> $asset = $make;
                Ok(make(read_text(reader).await?))
            }

            fn extensions(&self) -> &[&str] {
                &$extensions
            }
        }
    };
}

text_loader!(FluentLoader, FluentAsset, ["ftl"], |text| FluentAsset {
    text
});
text_loader!(IndexLoader, IndexAsset, ["ron"], |text| IndexAsset {
    index: LessonIndex::parse(&text),
});

/// Where a lesson stands.
#[derive(Debug, Clone)]
pub enum LessonStatus {
    Loading,
    Ready(Arc<Lesson>),
    /// Broken: the first error and how many there are.
    Broken {
        first_error: String,
        errors: usize,
    },
}

impl LessonStatus {
    /// The same status (the same loaded lesson, not merely an equal one).
    fn same_as(&self, other: &LessonStatus) -> bool {
        match (self, other) {
            (LessonStatus::Loading, LessonStatus::Loading) => true,
            (LessonStatus::Ready(a), LessonStatus::Ready(b)) => Arc::ptr_eq(a, b),
            (
                LessonStatus::Broken {
                    first_error: a,
                    errors: m,
                },
                LessonStatus::Broken {
                    first_error: b,
                    errors: n,
                },
            ) => a == b && m == n,
            _ => false,
        }
    }
}

/// One lesson of the index.
#[derive(Debug, Clone)]
pub struct LessonEntry {
    /// The id from the file name.
    pub id: String,
    /// The band from the folder name.
    pub band: Option<Band>,
    pub handle: Handle<LessonAsset>,
    /// Its Fluent files, one per locale.
    pub words: Vec<Handle<FluentAsset>>,
    pub status: LessonStatus,
}

/// Every lesson the index lists, and every Fluent file.
#[derive(Resource, Default)]
pub struct Library {
    pub index: Handle<IndexAsset>,
    pub index_error: Option<String>,
    pub lessons: Vec<LessonEntry>,
    pub fluent: Vec<(String, Handle<FluentAsset>)>,
    /// True once the index has been read and every file it names has been asked for.
    pub requested: bool,
}

impl Library {
    pub fn lesson(&self, id: &str) -> Option<&Arc<Lesson>> {
        self.lessons
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| match &e.status {
                LessonStatus::Ready(l) => Some(l),
                _ => None,
            })
    }

    /// True once the title and the screens after it can show: the index has been read and the
    /// interface words (`ui.ftl`, every locale) have loaded or failed. Lessons go on loading
    /// behind the title; the map shows one still loading as not ready yet.
    pub(crate) fn interface_ready(&self, words: &WordsRes, assets: &AssetServer) -> bool {
        self.requested
            && self.fluent.iter().take(LOCALES.len()).all(|(_, h)| {
                words.given.contains(&h.id())
                    || matches!(
                        assets.get_load_state(h),
                        Some(bevy::asset::LoadState::Failed(_))
                    )
            })
    }

    /// True once every lesson has loaded (ready or broken) with its words.
    pub fn all_lessons_in(&self) -> bool {
        self.requested
            && self
                .lessons
                .iter()
                .all(|e| !matches!(e.status, LessonStatus::Loading))
    }
}

/// The lessons of the index are not loaded: the library holds only the lessons put into it
/// (a preview's lesson, read and checked by the preview itself).
#[derive(Resource, Default)]
pub struct OnlyGivenLessons;

/// Every word, in every locale.
#[derive(Resource, Default)]
pub struct WordsRes {
    pub words: Words,
    /// The Fluent files given to `words`.
    pub given: Vec<AssetId<FluentAsset>>,
}

/// The asset path of a Fluent file.
pub(crate) fn fluent_path(locale: &str, name: &str) -> String {
    format!("locales://{locale}/{name}.ftl")
}

fn load_index_and_interface_words(mut library: ResMut<Library>, assets: Res<AssetServer>) {
    library.index = assets.load("lessons://index.ron");
    for locale in LOCALES {
        library
            .fluent
            .push((locale.to_string(), assets.load(fluent_path(locale, "ui"))));
    }
    // The parents' corner's and the recorder's words (after every `ui.ftl`: the title waits
    // only for those).
    for name in ["parents", "recorder"] {
        for locale in LOCALES {
            let words = assets.load(fluent_path(locale, name));
            library.fluent.push((locale.to_string(), words));
        }
    }
}

fn load_lessons_when_index_ready(
    mut library: ResMut<Library>,
    indexes: Res<Assets<IndexAsset>>,
    assets: Res<AssetServer>,
    only_given: Option<Res<OnlyGivenLessons>>,
) {
    if library.requested {
        return;
    }
    let Some(index) = indexes.get(&library.index) else {
        if let Some(bevy::asset::LoadState::Failed(e)) = assets.get_load_state(&library.index) {
            error!("the lesson index could not be loaded: {e}");
            library.index_error = Some(e.to_string());
            library.requested = true;
        }
        return;
    };
    match &index.index {
        // A preview plays only the lesson it is given.
        _ if only_given.is_some() => {}
        Err(e) => {
            error!("lessons/index.ron: {e}");
            library.index_error = Some(e.clone());
        }
        Ok(index) => {
            for entry in &index.lessons {
                let id = LessonIndex::lesson_id(entry).to_string();
                let band = entry.split('/').next().and_then(Band::parse);
                let handle = assets.load(format!("lessons://{entry}"));
                let mut words = Vec::new();
                for locale in LOCALES {
                    let h: Handle<FluentAsset> = assets.load(fluent_path(locale, &id));
                    library.fluent.push((locale.to_string(), h.clone()));
                    words.push(h);
                }
                library.lessons.push(LessonEntry {
                    id,
                    band,
                    handle,
                    words,
                    status: LessonStatus::Loading,
                });
            }
        }
    }
    library.requested = true;
}

/// Follows each lesson's loading. A lesson counts as ready only once its words in every locale
/// have loaded too, so the map never shows a title before it can be read or spoken.
fn track_lessons(
    mut library: ResMut<Library>,
    lessons: Res<Assets<LessonAsset>>,
    mut events: MessageReader<AssetEvent<LessonAsset>>,
    assets: Res<AssetServer>,
) {
    let changed = events.read().count() > 0;
    let loading = library
        .lessons
        .iter()
        .any(|e| matches!(e.status, LessonStatus::Loading));
    if !changed && !loading {
        return;
    }
    // Checked every frame while lessons load: mark the library changed only when a status moves,
    // so the screens that follow it do not rebuild every frame.
    let mut moved = false;
    for entry in &mut library.bypass_change_detection().lessons {
        let words_in = entry.words.iter().all(|h| {
            matches!(
                assets.get_load_state(h),
                Some(bevy::asset::LoadState::Loaded) | Some(bevy::asset::LoadState::Failed(_))
            )
        });
        let status = if let Some(asset) = lessons.get(&entry.handle) {
            match &asset.lesson {
                Ok(l) if words_in => LessonStatus::Ready(l.clone()),
                Ok(_) => LessonStatus::Loading,
                Err((first_error, errors)) => LessonStatus::Broken {
                    first_error: first_error.clone(),
                    errors: *errors,
                },
            }
        } else if let Some(bevy::asset::LoadState::Failed(e)) = assets.get_load_state(&entry.handle)
        {
            LessonStatus::Broken {
                first_error: format!("lessons/{}: {e}", entry.id),
                errors: 1,
            }
        } else {
            continue;
        };
        if !status.same_as(&entry.status) {
            entry.status = status;
            moved = true;
        }
    }
    if moved || changed {
        library.set_changed();
    }
}

/// Rebuilds the words whenever a Fluent file loads or changes (hot reload in dev builds).
fn rebuild_words(
    library: Res<Library>,
    fluent: Res<Assets<FluentAsset>>,
    mut events: MessageReader<AssetEvent<FluentAsset>>,
    mut words: ResMut<WordsRes>,
) {
    if events.read().count() == 0 {
        return;
    }
    let mut fresh = Words::new();
    let mut given = Vec::new();
    for (locale, handle) in &library.fluent {
        if let Some(f) = fluent.get(handle) {
            given.push(handle.id());
            let name = handle.path().map(|p| p.to_string()).unwrap_or_default();
            for e in fresh.add_file(locale, &name, &f.text) {
                warn!(
                    "{}:{}:{}: error[{}]: {}",
                    e.name, e.line, e.col, e.code, e.message
                );
            }
        }
    }
    // The yearly report's words (topics, headings), which the grown-ups' area writes it with.
    safekite_records::render::add_report_words(&mut fresh);
    words.words = fresh;
    words.given = given;
}
