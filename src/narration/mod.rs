//! Narration: every line is spoken from `assets/voice/<locale>/<message-id>.ogg` in the chosen
//! language. One line at a time: a new line stops the one before. The voice volume comes from
//! the settings. A missing file is logged once and the caption still shows.

use bevy::audio::Volume;
use bevy::prelude::*;
use safekite_core::model::voice_asset_path;

use crate::progress::ProgressRes;
use crate::settings::CurrentLocale;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Narrate>()
        .init_resource::<NarrationLog>()
        .init_resource::<NarrationQueue>()
        .add_systems(Update, play_narration);
}

/// Speak the line with this message id.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct Narrate(pub String);

/// The narration now playing.
#[derive(Component)]
pub struct NarrationVoice;

/// The ids asked to be spoken, in order (for tests and the tour).
#[derive(Resource, Default, Debug)]
pub struct NarrationLog(pub Vec<String>);

/// Lines waiting to be spoken after the current one (a step can have two: what the child says,
/// then the grown-up's answer).
#[derive(Resource, Default, Debug)]
pub struct NarrationQueue(pub std::collections::VecDeque<String>);

fn play_narration(
    mut commands: Commands,
    mut requests: MessageReader<Narrate>,
    playing: Query<(Entity, &AudioPlayer<AudioSource>), With<NarrationVoice>>,
    locale: Res<CurrentLocale>,
    progress: Option<Res<ProgressRes>>,
    assets: Res<AssetServer>,
    mut log: ResMut<NarrationLog>,
    mut queue: ResMut<NarrationQueue>,
    audio: Option<Res<Assets<AudioSource>>>,
) {
    let batch: Vec<String> = requests.read().map(|r| r.0.clone()).collect();
    let mut busy = false;
    for (e, player) in &playing {
        let failed = matches!(
            assets.get_load_state(&player.0),
            Some(bevy::asset::LoadState::Failed(_))
        );
        if !batch.is_empty() || failed {
            // A new step stops the line before; a missing file is skipped.
            commands.entity(e).despawn();
        } else {
            busy = true;
        }
    }
    if !batch.is_empty() {
        log.0.extend(batch.iter().cloned());
        queue.0 = batch.into();
    }
    if audio.is_none() {
        // No audio in this app (headless tests): the log is all.
        queue.0.clear();
        return;
    }
    if busy {
        return;
    }
    let Some(id) = queue.0.pop_front() else {
        return;
    };
    let volume = progress.map_or(1.0, |p| p.progress.settings.voice_volume);
    commands.spawn((
        Name::new(format!("voice {id}")),
        NarrationVoice,
        AudioPlayer::<AudioSource>(assets.load(voice_asset_path(&locale.0, &id))),
        PlaybackSettings::DESPAWN.with_volume(Volume::Linear(volume)),
    ));
}
