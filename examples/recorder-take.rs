//! The in-app recorder's own steps on WAV files instead of the microphone: each take is brought
//! to mono at the recorder's rate, trimmed of silence, brought to the narration loudness
//! (`safekite_core::recording::prepare_take`) and encoded to OGG Vorbis as the recorder keeps it
//! (`safekite::recorder::encode::encode_ogg`). `scripts/bench-recorder` uses it to measure what
//! the recorder's processing does to how well a line can be made out.
//!
//!     cargo run --example recorder-take -- IN_DIR OUT_DIR   # IN_DIR/<id>.wav -> OUT_DIR/<id>.ogg

use safekite::recorder::capture::read_wav;
use safekite::recorder::encode::encode_ogg;
use safekite_core::recording::prepare_take;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [from, to] = args.as_slice() else {
        eprintln!("usage: recorder-take IN_DIR OUT_DIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(to).expect("the output folder can be made");
    let mut done = 0;
    for entry in std::fs::read_dir(from).expect("the input folder can be read") {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_some_and(|e| e == "wav") {
            take(&path, Path::new(to));
            done += 1;
        }
    }
    println!("{done} takes through the recorder into {to}");
}

/// One WAV file through the recorder's steps, written as `<stem>.ogg` in `to`.
fn take(path: &Path, to: &Path) {
    let captured = read_wav(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let channels = usize::from(captured.channels);
    let Some(samples) = prepare_take(&captured.samples, channels, captured.rate) else {
        eprintln!("{}: only silence, left out", path.display());
        return;
    };
    let ogg = encode_ogg(&samples, None).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let stem = path.file_stem().expect("a file name").to_string_lossy();
    std::fs::write(to.join(format!("{stem}.ogg")), ogg).expect("the take can be written");
}
