//! Narration: every line is spoken from `assets/voice/<locale>/<message-id>.ogg` in the chosen
//! language. One line at a time: a new line stops the one before. The voice volume comes from
//! the settings. A missing file is logged once and the caption still shows. It is told what to
//! speak ([`Narrate`]) and what to load ahead ([`PreloadVoices`]) by messages: it knows nothing
//! of lessons.

use bevy::audio::{AudioSinkPlayback, Volume};
use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::voice_asset_path;
use std::collections::{HashMap, HashSet};

use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::recorder::RecordedVoices;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Narrate>()
        .add_message::<PreloadVoices>()
        .init_resource::<NarrationLog>()
        .init_resource::<RecordingsUsed>()
        .init_resource::<NarrationQueue>()
        .init_resource::<Voices>()
        .add_systems(
            Update,
            (
                preload_lesson_voices,
                notice_missing_voices,
                play_narration,
                follow_voice_volume,
            )
                .chain(),
        );
}

/// Speak the line with this message id.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Narrate(pub MessageId);

/// Load these lines ahead (a lesson's spoken lines, when it starts): each is then ready when
/// its step shows. `set` names the set (the lesson id): asked again for the same set and
/// language, nothing is loaded twice; a new set lets the one before go.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub(crate) struct PreloadVoices {
    pub set: String,
    pub ids: Vec<MessageId>,
}

/// The narration now playing.
#[derive(Component)]
pub(crate) struct NarrationVoice;

/// The ids asked to be spoken, in order (for tests and the tour).
#[derive(Resource, Default, Debug)]
pub struct NarrationLog(pub Vec<MessageId>);

/// The ids, among those asked to be spoken, that a grown-up's recording spoke (for tests).
#[derive(Resource, Default, Debug)]
pub struct RecordingsUsed(pub Vec<MessageId>);

/// The narration files asked for (kept, so a line is not loaded twice) and those found missing
/// (logged once; their caption still shows).
#[derive(Resource, Default)]
pub(crate) struct Voices {
    handles: HashMap<String, Handle<AudioSource>>,
    missing: HashSet<String>,
    /// The last set asked to be preloaded (its name and ids).
    wanted: Option<PreloadVoices>,
    /// The set and locale whose voices were preloaded last.
    preloaded: Option<(String, String)>,
    /// Sounds made from recorded takes, by (locale, id), and the recordings' change count
    /// they were made at.
    recorded: HashMap<(String, String), Handle<AudioSource>>,
    recorded_at: u64,
}

impl Voices {
    fn handle(&mut self, assets: &AssetServer, path: &str) -> Option<Handle<AudioSource>> {
        if self.missing.contains(path) {
            return None;
        }
        Some(
            self.handles
                .entry(path.to_string())
                .or_insert_with(|| assets.load(path.to_string()))
                .clone(),
        )
    }
}

impl Voices {
    /// The sound of line `id`: the grown-up's take while it still says the line's words, else
    /// the shipped file (`None` when that is missing).
    fn for_line(
        &mut self,
        id: &MessageId,
        locale: &str,
        recorded: &RecordedVoices,
        words: &WordsRes,
        assets: &AssetServer,
        audio: &mut Assets<AudioSource>,
    ) -> Option<Handle<AudioSource>> {
        match recorded.playable(locale, id.as_str(), words) {
            Some(take) => self.recorded_handle(audio, take, recorded.changes),
            None => self.handle(assets, &voice_asset_path(locale, id)),
        }
    }

    /// The sound of a recorded take (made once per change of the recordings).
    fn recorded_handle(
        &mut self,
        audio: &mut Assets<AudioSource>,
        take: &safekite_core::voice_pack::Take,
        changes: u64,
    ) -> Option<Handle<AudioSource>> {
        if self.recorded_at != changes {
            self.recorded.clear();
            self.recorded_at = changes;
        }
        let key = (take.locale.clone(), take.id.clone());
        let handle = self.recorded.entry(key).or_insert_with(|| {
            info!(
                "narration: {} ({}) plays the recorded take",
                take.id, take.locale
            );
            audio.add(AudioSource {
                bytes: take.ogg.clone().into(),
            })
        });
        Some(handle.clone())
    }
}

/// When a lesson starts (or the language changes), asks for every line it speaks, so each is
/// ready when its step shows: per lesson, not everything up front.
fn preload_lesson_voices(
    mut requests: MessageReader<PreloadVoices>,
    locale: Res<CurrentLocale>,
    assets: Res<AssetServer>,
    audio: Option<Res<Assets<AudioSource>>>,
    mut voices: ResMut<Voices>,
) {
    if let Some(request) = requests.read().last() {
        voices.wanted = Some(request.clone());
    }
    let (Some(wanted), Some(_)) = (voices.wanted.clone(), audio) else {
        return;
    };
    let key = (wanted.set, locale.0.clone());
    if voices.preloaded.as_ref() == Some(&key) {
        return;
    }
    // Voices of an earlier lesson or language are let go.
    voices.handles.clear();
    for id in &wanted.ids {
        voices.handle(&assets, &voice_asset_path(&locale.0, id));
    }
    voices.preloaded = Some(key);
}

fn notice_missing_voices(mut voices: ResMut<Voices>, assets: Res<AssetServer>) {
    let failed: Vec<String> = voices
        .handles
        .iter()
        .filter(|(_, h)| {
            matches!(
                assets.get_load_state(*h),
                Some(bevy::asset::LoadState::Failed(_))
            )
        })
        .map(|(p, _)| p.clone())
        .collect();
    for path in failed {
        warn!("narration {path} is missing: the caption shows without a voice");
        voices.handles.remove(&path);
        voices.missing.insert(path);
    }
}

/// Lines waiting to be spoken after the current one (a step can have two: what the child says,
/// then the grown-up's answer).
#[derive(Resource, Default, Debug)]
pub(crate) struct NarrationQueue(pub std::collections::VecDeque<MessageId>);

fn play_narration(
    mut commands: Commands,
    mut requests: MessageReader<Narrate>,
    playing: Query<(Entity, &AudioPlayer<AudioSource>), With<NarrationVoice>>,
    locale: Res<CurrentLocale>,
    progress: Option<Res<ProgressRes>>,
    assets: Res<AssetServer>,
    mut log: ResMut<NarrationLog>,
    mut queue: ResMut<NarrationQueue>,
    mut audio: Option<ResMut<Assets<AudioSource>>>,
    mut voices: ResMut<Voices>,
    recorded: Res<RecordedVoices>,
    words: Res<WordsRes>,
    mut used: ResMut<RecordingsUsed>,
) {
    let batch: Vec<MessageId> = requests.read().map(|r| r.0.clone()).collect();
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
        used.0.extend(
            (batch.iter())
                .filter(|id| recorded.playable(&locale.0, id.as_str(), &words).is_some())
                .cloned(),
        );
        queue.0 = batch.into();
    }
    let Some(audio) = audio.as_deref_mut() else {
        // No audio in this app (headless tests): the log is all.
        queue.0.clear();
        return;
    };
    if busy {
        return;
    }
    let Some((id, handle)) = std::iter::from_fn(|| queue.0.pop_front()).find_map(|id| {
        let h = voices.for_line(&id, &locale.0, &recorded, &words, &assets, audio);
        h.map(|h| (id, h))
    }) else {
        return;
    };
    let (volume, speed) = progress.map_or((1.0, 1.0), |p| {
        let s = &p.progress.settings;
        (s.voice_volume, s.narration_speed)
    });
    commands.spawn((
        Name::new(format!("voice {id}")),
        NarrationVoice,
        AudioPlayer::<AudioSource>(handle),
        PlaybackSettings::DESPAWN
            .with_volume(Volume::Linear(volume))
            .with_speed(speed),
    ));
}

/// A change of the voice volume in the settings reaches the line now playing too.
fn follow_voice_volume(
    progress: Option<Res<ProgressRes>>,
    mut sinks: Query<&mut AudioSink, With<NarrationVoice>>,
) {
    let Some(progress) = progress.filter(|p| p.is_changed()) else {
        return;
    };
    let volume = Volume::Linear(progress.progress.settings.voice_volume);
    for mut sink in &mut sinks {
        sink.set_volume(volume);
    }
}
