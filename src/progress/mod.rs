//! Progress in the game: the core's [`Progress`] (players, stickers, resume points, settings)
//! kept as a resource and saved through the core's [`Store`] whenever it changes. Natively the
//! store is a file in the platform's data folder (written atomically, with a backup); in the
//! browser it is the page's local storage. A corrupt file is recovered, kept aside and logged,
//! never reset silently; what happened is told to the grown-up on the title screen in their
//! language (an interface message), and a failed save shows a calm message while play goes on.

use bevy::prelude::*;
use safekite_core::progress::{self, Progress, Store};
use safekite_core::ui_messages as ui;

pub(super) fn plugin(app: &mut App) {
    // Tests and the tour insert their own progress (in memory, or a throwaway file) first.
    if !app.world().contains_resource::<ProgressRes>() {
        app.insert_resource(ProgressRes::with_store(platform_store()));
    }
    app.add_systems(Last, save_progress_when_changed)
        .add_systems(PreUpdate, theme_follows_settings);
}

/// The theme follows the saved high-contrast and text-size settings.
fn theme_follows_settings(
    progress: Res<ProgressRes>,
    mut high_contrast: ResMut<crate::theme::HighContrast>,
    mut scale: ResMut<crate::theme::TextScale>,
) {
    let settings = &progress.progress.settings;
    high_contrast.set_if_neq(crate::theme::HighContrast(settings.high_contrast));
    scale.set_if_neq(crate::theme::TextScale(settings.text_size as f32 / 100.0));
}

/// The progress of every player on this device.
#[derive(Resource)]
pub struct ProgressRes {
    pub progress: Progress,
    /// The player now playing.
    pub current: Option<u32>,
    /// What the grown-up should know about the saved progress (an interface message id), shown
    /// on the title screen; `None` when all is well.
    pub storage_problem: Option<&'static str>,
    store: Box<dyn Store + Send + Sync>,
}

impl ProgressRes {
    pub fn with_store(store: Box<dyn Store + Send + Sync>) -> Self {
        let mut store = store;
        let loaded = progress::load(store.as_mut());
        if let Some(problem) = loaded.problem() {
            warn!("progress: {problem}");
        }
        let fresh = matches!(loaded, progress::Loaded::Fresh(_));
        let mut progress = loaded.progress();
        // A first start follows the system's wish for less movement (a grown-up can change it).
        if fresh && crate::platform::system_asks_for_less_movement() {
            info!("settings: the system asks for less movement, so \"less movement\" starts on");
            progress.settings.reduced_motion = true;
        }
        ProgressRes {
            progress,
            current: None,
            storage_problem: loaded.notice(),
            store,
        }
    }

    /// The player now playing.
    pub fn player(&self) -> Option<&safekite_core::progress::Profile> {
        self.current.and_then(|id| self.progress.profile(id))
    }

    pub fn player_mut(&mut self) -> Option<&mut safekite_core::progress::Profile> {
        let id = self.current?;
        self.progress.profile_mut(id)
    }

    fn save(&mut self) {
        match progress::save(self.store.as_mut(), &self.progress) {
            Ok(()) if self.storage_problem == Some(ui::PROGRESS_NOT_SAVED) => {
                self.storage_problem = None;
            }
            Ok(()) => {}
            Err(e) => {
                warn!("progress: could not save: {}", progress::excerpt(&e.0));
                self.storage_problem = Some(ui::PROGRESS_NOT_SAVED);
            }
        }
    }
}

/// The store for this platform.
pub fn platform_store() -> Box<dyn Store + Send + Sync> {
    #[cfg(target_arch = "wasm32")]
    {
        Box::new(crate::platform::BrowserStore)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Box::new(progress::FileStore::new(data_folder()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn data_folder() -> std::path::PathBuf {
    crate::platform::default_data_folder()
}

fn save_progress_when_changed(mut progress: ResMut<ProgressRes>) {
    if progress.is_changed() && !progress.is_added() {
        progress.bypass_change_detection().save();
    }
}
