//! Sound effects: a few short, gentle sounds made by the project (`scripts/sounds` synthesises
//! them with sox), played at the grown-ups' "effects" volume over whatever else is playing.
//! Whoever wants one sends an [`Effect`]; [`EffectsLog`] lists every one asked for (tests).
//! Nothing here knows lessons or screens.

use bevy::audio::Volume;
use bevy::prelude::*;

use crate::progress::ProgressRes;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Effect>()
        .init_resource::<EffectsLog>()
        .add_systems(Update, play_effects);
}

/// A sound effect.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Two soft rising notes: a check question answered right.
    Chime,
    /// One gentle bell: the class quiz's answer is shown.
    Bell,
    /// Four rising bells: the golden bell rings at the end of the class quiz.
    GoldenBell,
}

impl Effect {
    /// Its file under `assets/`.
    fn path(self) -> &'static str {
        match self {
            Effect::Chime => "sounds/chime.ogg",
            Effect::Bell => "sounds/bell.ogg",
            Effect::GoldenBell => "sounds/golden-bell.ogg",
        }
    }
}

/// Every effect asked for, in order.
#[derive(Resource, Default, Debug)]
pub struct EffectsLog(pub Vec<Effect>);

fn play_effects(
    mut commands: Commands,
    mut effects: MessageReader<Effect>,
    assets: Res<AssetServer>,
    progress: Option<Res<ProgressRes>>,
    audio: Option<Res<Assets<AudioSource>>>,
    mut log: ResMut<EffectsLog>,
) {
    let volume = progress.map_or(1.0, |p| p.progress.settings.effects_volume);
    for effect in effects.read() {
        log.0.push(*effect);
        // Without audio (headless tests) the log is all; at zero volume nothing is played.
        if audio.is_none() || volume <= 0.0 {
            continue;
        }
        commands.spawn((
            Name::new(format!("effect {effect:?}")),
            AudioPlayer::<AudioSource>(assets.load(effect.path())),
            PlaybackSettings::DESPAWN.with_volume(Volume::Linear(volume)),
        ));
    }
}
