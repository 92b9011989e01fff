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
pub struct LessonLoader;

/// Reads `*.ftl` as text.
#[derive(Default, TypePath)]
pub struct FluentLoader;

/// Reads the lesson index.
#[derive(Default, TypePath)]
pub struct IndexLoader;

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

impl AssetLoader for FluentLoader {
    type Asset = FluentAsset;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<Self::Asset, Self::Error> {
        Ok(FluentAsset {
            text: read_text(reader).await?,
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ftl"]
    }
}

impl AssetLoader for IndexLoader {
    type Asset = IndexAsset;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<Self::Asset, Self::Error> {
        let text = read_text(reader).await?;
        Ok(IndexAsset {
            index: LessonIndex::parse(&text),
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

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

/// One lesson of the index.
#[derive(Debug, Clone)]
pub struct LessonEntry {
    /// The id from the file name.
    pub id: String,
    /// The band from the folder name.
    pub band: Option<Band>,
    pub handle: Handle<LessonAsset>,
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

    /// How much of the content has loaded, 0.0 to 1.0, and whether all of it has.
    pub fn progress(&self, fluent_ready: usize) -> (f32, bool) {
        if !self.requested {
            return (0.05, false);
        }
        let total = self.lessons.len() + self.fluent.len();
        let done = self
            .lessons
            .iter()
            .filter(|e| !matches!(e.status, LessonStatus::Loading))
            .count()
            + fluent_ready;
        let all = done >= total;
        (
            if total == 0 {
                1.0
            } else {
                done as f32 / total as f32
            },
            all,
        )
    }
}

/// Every word, in every locale.
#[derive(Resource, Default)]
pub struct WordsRes {
    pub words: Words,
    /// How many Fluent files have been given to `words`.
    pub files_loaded: usize,
}

/// The asset path of a Fluent file.
pub fn fluent_path(locale: &str, name: &str) -> String {
    format!("locales://{locale}/{name}.ftl")
}

fn load_index_and_interface_words(mut library: ResMut<Library>, assets: Res<AssetServer>) {
    library.index = assets.load("lessons://index.ron");
    for locale in LOCALES {
        library
            .fluent
            .push((locale.to_string(), assets.load(fluent_path(locale, "ui"))));
    }
}

fn load_lessons_when_index_ready(
    mut library: ResMut<Library>,
    indexes: Res<Assets<IndexAsset>>,
    assets: Res<AssetServer>,
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
        Err(e) => {
            error!("lessons/index.ron: {e}");
            library.index_error = Some(e.clone());
        }
        Ok(index) => {
            for entry in &index.lessons {
                let id = LessonIndex::lesson_id(entry).to_string();
                let band = entry.split('/').next().and_then(Band::parse);
                let handle = assets.load(format!("lessons://{entry}"));
                library.lessons.push(LessonEntry {
                    id: id.clone(),
                    band,
                    handle,
                    status: LessonStatus::Loading,
                });
                for locale in LOCALES {
                    let h = assets.load(fluent_path(locale, &id));
                    library.fluent.push((locale.to_string(), h));
                }
            }
        }
    }
    library.requested = true;
}

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
    for entry in &mut library.lessons {
        if let Some(asset) = lessons.get(&entry.handle) {
            entry.status = match &asset.lesson {
                Ok(l) => LessonStatus::Ready(l.clone()),
                Err((first_error, errors)) => LessonStatus::Broken {
                    first_error: first_error.clone(),
                    errors: *errors,
                },
            };
        } else if let Some(bevy::asset::LoadState::Failed(e)) = assets.get_load_state(&entry.handle)
        {
            entry.status = LessonStatus::Broken {
                first_error: format!("lessons/{}: {e}", entry.id),
                errors: 1,
            };
        }
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
    let mut loaded = 0;
    for (locale, handle) in &library.fluent {
        if let Some(f) = fluent.get(handle) {
            loaded += 1;
            let name = handle.path().map(|p| p.to_string()).unwrap_or_default();
            for e in fresh.add_file(locale, &name, &f.text) {
                warn!(
                    "{}:{}:{}: error[SK0022]: {}",
                    e.name, e.line, e.col, e.message
                );
            }
        }
    }
    words.words = fresh;
    words.files_loaded = loaded;
}

/// The count of Fluent files that finished loading (or failed), for the loading bar.
pub fn fluent_done(library: &Library, assets: &AssetServer) -> usize {
    library
        .fluent
        .iter()
        .filter(|(_, h)| {
            matches!(
                assets.get_load_state(h),
                Some(bevy::asset::LoadState::Loaded) | Some(bevy::asset::LoadState::Failed(_))
            )
        })
        .count()
}
