//! The language words are shown and spoken in now ([`CurrentLocale`]), kept equal to the saved
//! setting. Every module that shows or speaks words reads it from here; only the settings screen
//! changes the setting it follows.

use bevy::prelude::*;
use safekite_core::words::LOCALES;

use crate::progress::ProgressRes;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CurrentLocale>()
        .add_systems(PreUpdate, follow_locale_setting);
}

/// The language words are shown and spoken in now: `vi` or `en`.
#[derive(Resource, Clone, Debug, PartialEq, Eq)]
pub struct CurrentLocale(pub String);

impl Default for CurrentLocale {
    fn default() -> Self {
        CurrentLocale("vi".to_string())
    }
}

/// Keeps [`CurrentLocale`] equal to the saved setting (a change shows at once everywhere).
fn follow_locale_setting(progress: Option<Res<ProgressRes>>, mut locale: ResMut<CurrentLocale>) {
    let Some(progress) = progress else { return };
    let wanted = &progress.progress.settings.locale;
    if LOCALES.contains(&wanted.as_str()) && *wanted != locale.0 {
        locale.0 = wanted.clone();
    }
}
