//! A take's samples as an OGG Vorbis file (what a voice pack holds and the game plays): mono,
//! at the core's `TAKE_RATE`, quality 0.1 (as `oggenc -q 1`, which `scripts/narrate --from`
//! uses for a person's voice), a fixed stream serial so the same take gives the same bytes.

use safekite_core::recording::TAKE_RATE;
use std::num::{NonZeroU8, NonZeroU32};
use vorbis_rs::{VorbisBitrateManagementStrategy, VorbisEncoderBuilder};

/// The OGG file of a mono take at [`TAKE_RATE`], tagged with who recorded it (if given).
pub fn encode_ogg(samples: &[f32], recorded_by: Option<&str>) -> Result<Vec<u8>, String> {
    let rate = NonZeroU32::new(TAKE_RATE).expect("a rate");
    let mono = NonZeroU8::new(1).expect("one channel");
    let mut builder = VorbisEncoderBuilder::new_with_serial(rate, mono, Vec::new(), 0x5afe_4b17);
    builder.bitrate_management_strategy(VorbisBitrateManagementStrategy::QualityVbr {
        target_quality: 0.1,
    });
    let err = |e: vorbis_rs::VorbisError| e.to_string();
    builder
        .comment_tag("COMMENT", "recorded by a person in SafeKite")
        .map_err(err)?;
    if let Some(name) = recorded_by {
        builder.comment_tag("ARTIST", name).map_err(err)?;
    }
    let mut encoder = builder.build().map_err(err)?;
    for block in samples.chunks(4096) {
        encoder.encode_audio_block([block]).map_err(err)?;
    }
    encoder.finish().map_err(err)
}
