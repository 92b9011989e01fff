//! Voice packs: a pack made from takes reads back the same (and the same takes give the same
//! bytes), lines changed since they were recorded are found and never played, a device's
//! recordings import, export and remove packs and lessons, every bad pack gives an error saying
//! where and what, truncated and garbled packs never panic (a fixed seed), and
//! `safekite-check --voice-pack` reports unknown and changed lines at their manifest line.

mod common;

use common::Project;
use safekite_core::voice_pack::{
    self, CurrentWords, MANIFEST, PackError, Recordings, SCREENS, Stale, Take,
};
use std::collections::BTreeMap;
use std::io::Write;
use time::{Date, Month};

/// A tiny stand-in for an OGG take (what `read` checks is its first bytes).
fn ogg(tag: &str) -> Vec<u8> {
    let mut b = b"OggS\0\x02".to_vec();
    b.extend_from_slice(tag.as_bytes());
    b
}

fn take(locale: &str, lesson: &str, id: &str, words: &str) -> Take {
    Take {
        locale: locale.into(),
        lesson: lesson.into(),
        id: id.into(),
        words: words.into(),
        recorded_by: None,
        date: Date::from_calendar_date(2026, Month::December, 6).unwrap(),
        ogg: ogg(id),
    }
}

fn sample_takes() -> Vec<Take> {
    let mut hello = take(
        "vi",
        "prize-popup",
        "prize-popup-hello",
        "Chào con!\tXin chào\\",
    );
    hello.recorded_by = Some("Bà Hoa".into());
    vec![
        take(
            "en",
            "prize-popup",
            "prize-popup-hello",
            "Hello!\nA new line.",
        ),
        hello,
        take("vi", SCREENS, "app-title", "SafeKite"),
    ]
}

fn words(pairs: &[(&str, &str, &str)]) -> BTreeMap<(String, String), String> {
    pairs
        .iter()
        .map(|(l, i, t)| ((l.to_string(), i.to_string()), t.to_string()))
        .collect()
}

#[test]
fn a_pack_reads_back_what_was_put_in_it() {
    let takes = sample_takes();
    let bytes = voice_pack::build(&takes).unwrap();
    let pack = voice_pack::read(&bytes).unwrap();
    let mut want = takes.clone();
    want.sort_by(|a, b| (&a.locale, &a.id).cmp(&(&b.locale, &b.id)));
    assert_eq!(pack.takes, want);
    assert_eq!(pack.lines, vec![3, 4, 5]);
    assert!(pack.manifest.starts_with("safekite-voice-pack\t1\n"));
    assert!(
        pack.manifest
            .contains("\tBà Hoa\t2026-12-06\tChào con!\\tXin chào\\\\\n")
    );
    let list = pack.list();
    assert_eq!(list[&("prize-popup".to_string(), "vi".to_string())], 1);
    assert_eq!(list[&(SCREENS.to_string(), "vi".to_string())], 1);
    // The same takes in another order make the same bytes.
    let mut shuffled = takes;
    shuffled.reverse();
    assert_eq!(voice_pack::build(&shuffled).unwrap(), bytes);
}

#[test]
fn a_pack_zipped_again_in_a_folder_still_reads() {
    let bytes = voice_pack::build(&sample_takes()).unwrap();
    let pack = voice_pack::read(&bytes).unwrap();
    let mut entries = vec![(format!("my pack/{MANIFEST}"), pack.manifest.into_bytes())];
    for t in &pack.takes {
        entries.push((format!("my pack/{}", t.file_name()), t.ogg.clone()));
    }
    entries.push(("__MACOSX/my pack/._voice-pack.tsv".into(), b"junk".to_vec()));
    entries.push(("my pack/.DS_Store".into(), b"junk".to_vec()));
    let again = voice_pack::read(&zip_of(&entries)).unwrap();
    assert_eq!(again.takes, pack.takes);
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn lines_changed_since_recording_are_stale_and_never_played() {
    let pack = voice_pack::read(&voice_pack::build(&sample_takes()).unwrap()).unwrap();
    let now = words(&[
        ("en", "prize-popup-hello", "Hello!   A new\nline."), // reflowed: the same words
        ("vi", "prize-popup-hello", "Chào cả nhà!"),          // changed
    ]); // vi/app-title is gone
    let stale = voice_pack::stale_lines(&pack, &now);
    let found: Vec<(&str, &str, &Stale)> = stale
        .iter()
        .map(|s| (s.locale.as_str(), s.id.as_str(), &s.why))
        .collect();
    let changed = Stale::Changed {
        now: "Chào cả nhà!".into(),
    };
    assert_eq!(
        found,
        vec![
            ("vi", "app-title", &Stale::Unknown),
            ("vi", "prize-popup-hello", &changed),
        ]
    );
    let mut rec = Recordings::new();
    rec.import(pack);
    assert!(rec.playable("en", "prize-popup-hello", &now).is_some());
    assert!(rec.playable("vi", "prize-popup-hello", &now).is_none());
    assert!(
        rec.get("vi", "prize-popup-hello").is_some(),
        "kept, to record again"
    );
    assert!(rec.playable("vi", "app-title", &now).is_none());
}

#[test]
fn words_from_fluent_are_the_words_now() {
    let mut w = safekite_core::words::Words::new();
    w.add_file("vi", "t.ftl", "prize-popup-hello = Chào con!\n");
    let t = take("vi", "prize-popup", "prize-popup-hello", "Chào con!");
    assert!(t.is_current(&w));
    assert_eq!(w.current("en", "prize-popup-hello"), None);
    w.add_file("vi", "t.ftl", "prize-popup-hello = Chào cả nhà!\n");
    assert!(!t.is_current(&w));
}

#[test]
fn recordings_export_a_lesson_and_remove_a_lesson_or_a_pack() {
    let mut rec = Recordings::new();
    let pack = voice_pack::read(&voice_pack::build(&sample_takes()).unwrap()).unwrap();
    assert_eq!(rec.import(pack.clone()), 3);
    let lesson = voice_pack::read(&rec.export(Some("prize-popup")).unwrap()).unwrap();
    assert_eq!(lesson.takes.len(), 2);
    let screens = voice_pack::read(&rec.export(Some(SCREENS)).unwrap()).unwrap();
    assert_eq!(screens.takes.len(), 1);
    assert_eq!(
        voice_pack::read(&rec.export(None).unwrap())
            .unwrap()
            .takes
            .len(),
        3
    );
    // A line recorded again after the import stays when the pack is removed.
    let mut again = take(
        "en",
        "prize-popup",
        "prize-popup-hello",
        "Hello!\nA new line.",
    );
    again.ogg = ogg("a second take");
    rec.insert(again);
    assert_eq!(rec.remove_pack(&pack), 2);
    assert_eq!(rec.len(), 1);
    assert_eq!(rec.remove_lesson("prize-popup"), 1);
    assert!(rec.is_empty());
}

#[test]
fn a_name_is_cleaned_and_a_bad_take_is_not_packed() {
    assert_eq!(
        voice_pack::clean_recorded_by("  Bà\tHoa \n"),
        Some("Bà Hoa".into())
    );
    assert_eq!(voice_pack::clean_recorded_by(" \n "), None);
    let mut t = take("vi", "prize-popup", "mean-in-game-hello", "Chào");
    let e = voice_pack::build(&[t.clone()]).unwrap_err();
    assert!(
        e.message.contains("not a line of lesson `prize-popup`"),
        "{e}"
    );
    t.lesson = "mean-in-game".into();
    t.ogg = b"RIFF....WAVE".to_vec();
    let e = voice_pack::build(&[t.clone()]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "vi/mean-in-game-hello.ogg: take 1: the take is not an OGG file"
    );
    t.ogg = ogg("x");
    let e = voice_pack::build(&[t.clone(), t]).unwrap_err();
    assert!(e.message.contains("two takes of the same line"), "{e}");
}

/// A pack from the sample's manifest with one edit, its takes as listed.
fn pack_with_manifest(edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let good = voice_pack::read(&voice_pack::build(&sample_takes()).unwrap()).unwrap();
    let mut entries = vec![(MANIFEST.to_string(), edit(good.manifest).into_bytes())];
    for t in &good.takes {
        entries.push((t.file_name(), t.ogg.clone()));
    }
    zip_of(&entries)
}

fn error_of(bytes: &[u8]) -> PackError {
    voice_pack::read(bytes).expect_err("a bad pack must not read")
}

#[test]
fn a_bad_manifest_is_reported_at_its_line_and_column() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "safekite-voice-pack\t1",
            "safekite-voice-pak\t1",
            "voice-pack.tsv:1:1: not a SafeKite voice pack",
        ),
        (
            "safekite-voice-pack\t1",
            "safekite-voice-pack\t7",
            "voice-pack.tsv:1:21: format 7 is newer",
        ),
        (
            "\twords\n",
            "\twords\textra\n",
            "voice-pack.tsv:2:1: the second line should name the columns",
        ),
        (
            "\t2026-12-06\tHello",
            "\t2026-02-30\tHello",
            "voice-pack.tsv:3:",
        ),
        ("\tHello!\\nA", "\tHello!\\qA", "voice-pack.tsv:3:"),
        (
            "en\tprize-popup\t",
            "en\tprize-popup\tx\t",
            "voice-pack.tsv:3:1: expected 7 tab-separated columns, found 8",
        ),
        (
            "vi\t\tapp-title\tvi/app-title.ogg",
            "vi\t\tApp-Title\tvi/app-title.ogg",
            "voice-pack.tsv:4:5: `App-Title` is not a message id",
        ),
        (
            "vi\t\tapp-title\tvi/app-title.ogg",
            "vi\t\tapp-title\t../app-title.ogg",
            "voice-pack.tsv:4:15: the file should be `vi/app-title.ogg`",
        ),
        ("\tBà Hoa\t", "\tBà\\tHoa\t", "voice-pack.tsv:5:"),
    ];
    for (from, to, want) in cases {
        let e = error_of(&pack_with_manifest(|m| {
            assert!(m.contains(from), "{from:?} not in {m}");
            m.replacen(from, to, 1)
        }));
        assert!(
            e.to_string().starts_with(want),
            "{from:?} -> {to:?}: got {e}, want {want}"
        );
    }
    // Where exactly: the date's column, the bad escape's column.
    let e = error_of(&pack_with_manifest(|m| {
        m.replacen("\t2026-12-06\tHello", "\t2026-02-30\tHello", 1)
    }));
    assert_eq!((e.line, e.col), (3, 60), "{e}");
    assert!(e.message.contains("`2026-02-30` is not a date"), "{e}");
    let e = error_of(&pack_with_manifest(|m| {
        m.replacen("\tHello!\\nA", "\tHello!\\qA", 1)
    }));
    assert_eq!((e.line, e.col), (3, 77), "{e}");
}

#[test]
fn a_pack_listing_the_same_line_twice_or_missing_a_take_is_refused() {
    let e = error_of(&pack_with_manifest(|m| {
        let dup = m.lines().nth(3).unwrap().to_string();
        format!("{m}{dup}\n")
    }));
    assert_eq!(
        e.to_string(),
        "voice-pack.tsv:6:5: `vi/app-title.ogg` is listed twice (first on line 4)"
    );
    let good = voice_pack::read(&voice_pack::build(&sample_takes()).unwrap()).unwrap();
    let mut entries = vec![(MANIFEST.to_string(), good.manifest.clone().into_bytes())];
    entries.push((good.takes[0].file_name(), good.takes[0].ogg.clone()));
    entries.push((good.takes[1].file_name(), good.takes[1].ogg.clone()));
    let e = error_of(&zip_of(&entries));
    assert_eq!(
        e.to_string(),
        "voice-pack.tsv:5:1: `vi/prize-popup-hello.ogg` is listed but not in the zip"
    );
    entries.push((good.takes[2].file_name(), b"not audio".to_vec()));
    assert_eq!(
        error_of(&zip_of(&entries)).to_string(),
        "vi/prize-popup-hello.ogg: not an OGG file"
    );
    entries.pop();
    entries.push((good.takes[2].file_name(), good.takes[2].ogg.clone()));
    entries.push(("vi/extra.ogg".into(), ogg("extra")));
    let e = error_of(&zip_of(&entries));
    assert!(
        e.to_string()
            .starts_with("vi/extra.ogg: not listed in `voice-pack.tsv`"),
        "{e}"
    );
}

#[test]
fn what_is_not_a_pack_says_so() {
    assert!(
        error_of(b"")
            .to_string()
            .starts_with("zip: not a readable zip file")
    );
    assert!(
        error_of(b"OggS not a zip")
            .to_string()
            .starts_with("zip: not a readable zip file")
    );
    let no_manifest = zip_of(&[("vi/app-title.ogg".into(), ogg("x"))]);
    assert_eq!(
        error_of(&no_manifest).to_string(),
        "zip: no `voice-pack.tsv` in it: not a SafeKite voice pack"
    );
    let latin1 = zip_of(&[(MANIFEST.into(), b"safekite-voice-pack\t1\n\xe0".to_vec())]);
    assert_eq!(
        error_of(&latin1).to_string(),
        "voice-pack.tsv:2:1: not UTF-8 text"
    );
    let over = zip_of(&[(
        MANIFEST.into(),
        vec![b'a'; (voice_pack::MAX_MANIFEST_BYTES + 1) as usize],
    )]);
    assert_eq!(
        error_of(&over).to_string(),
        "voice-pack.tsv: over 4 MiB: not read"
    );
}

#[test]
fn an_over_large_take_is_neither_packed_nor_read() {
    let mut t = take("vi", SCREENS, "app-title", "SafeKite");
    t.ogg.resize(voice_pack::MAX_TAKE_BYTES as usize + 1, 0);
    let e = voice_pack::build(std::slice::from_ref(&t)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "vi/app-title.ogg: take 1: the take is over 8 MiB"
    );
    let small = voice_pack::read(
        &voice_pack::build(&[take("vi", SCREENS, "app-title", "SafeKite")]).unwrap(),
    )
    .unwrap();
    let zip = zip_of(&[
        (MANIFEST.into(), small.manifest.into_bytes()),
        (t.file_name(), t.ogg),
    ]);
    assert_eq!(
        error_of(&zip).to_string(),
        "vi/app-title.ogg: over 8 MiB: not read"
    );
}

/// Truncated, bit-flipped, spliced and random packs, and garbled manifests in good zips, from a
/// fixed seed: reading returns an error or a pack, and never panics.
#[test]
fn garbled_packs_never_panic() {
    let seed = std::env::var("SAFEKITE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(17);
    let mut rng = fastrand::Rng::with_seed(seed);
    let good = voice_pack::build(&sample_takes()).unwrap();
    let manifest = voice_pack::read(&good).unwrap().manifest;
    let (mut read, mut failed) = (0, 0);
    for i in 0..3000 {
        let input = match i % 4 {
            0 => good[..rng.usize(..good.len())].to_vec(),
            1 => flip(&mut rng, &good),
            2 => (0..rng.usize(..300)).map(|_| rng.u8(..)).collect(),
            _ => pack_with_manifest(|_| {
                garble(&mut fastrand::Rng::with_seed(rng.u64(..)), &manifest)
            }),
        };
        let result = std::panic::catch_unwind(|| voice_pack::read(&input));
        match result {
            Ok(Ok(_)) => read += 1,
            Ok(Err(e)) => {
                failed += 1;
                assert!(!e.message.is_empty());
            }
            Err(_) => panic!("input {i} (seed {seed}) panicked: {input:?}"),
        }
    }
    assert!(failed > 2000, "{read} read, {failed} refused");
}

fn flip(rng: &mut fastrand::Rng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..rng.usize(1..8) {
        let i = rng.usize(..out.len());
        out[i] ^= 1 << rng.u8(..8);
    }
    out
}

fn garble(rng: &mut fastrand::Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..rng.usize(1..6) {
        let i = rng.usize(..chars.len());
        let c = ['\t', '\n', '\\', 'x', '-', '9', 'ế', '\r', '/'][rng.usize(..9)];
        match rng.u8(..3) {
            0 => chars[i] = c,
            1 => chars.insert(i, c),
            _ => {
                chars.remove(i);
            }
        }
    }
    chars.into_iter().collect()
}

/// A pack for the sample project: its `hello` in both locales as the words are now, the
/// Vietnamese one recorded before a change, and a line no lesson has.
fn sample_pack(p: &Project, stale: bool) -> Vec<u8> {
    let mut w = safekite_core::words::Words::new();
    for locale in ["en", "vi"] {
        w.add_file(
            locale,
            "f",
            &p.read(&format!("locales/{locale}/prize-popup.ftl")),
        );
    }
    let mut takes = vec![];
    for locale in ["en", "vi"] {
        let now = w.current(locale, "prize-popup-hello").unwrap();
        takes.push(take(locale, "prize-popup", "prize-popup-hello", &now));
    }
    if stale {
        takes[1].words = "Chào con, lời cũ.".into();
        takes.push(take(
            "vi",
            "prize-popup",
            "prize-popup-gone",
            "Không còn nữa.",
        ));
    }
    voice_pack::build(&takes).unwrap()
}

#[test]
fn the_checker_reports_unknown_and_changed_lines_at_their_line() {
    let p = Project::sample();
    p.write_bytes("good.zip", &sample_pack(&p, false));
    let (code, stderr) = p.check(&["--voice-pack", "good.zip"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("checked voice pack good.zip: 2 take(s)"),
        "{stderr}"
    );

    p.write_bytes("old.zip", &sample_pack(&p, true));
    let (code, stderr) = p.check(&["--voice-pack", "old.zip"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("old.zip/voice-pack.tsv:4:"), "{stderr}");
    assert!(
        stderr.contains("warning[SK0071]: `vi/prize-popup-gone` is not a spoken line"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "error[SK0072]: `vi/prize-popup-hello` was recorded saying \"Chào con, lời cũ.\""
        ),
        "{stderr}"
    );
    assert!(stderr.contains("= hint: record it again"), "{stderr}");

    p.write_bytes("bad.zip", b"PK\x03\x04 cut short");
    let (code, stderr) = p.check(&["--voice-pack", "bad.zip"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("bad.zip: error[SK0070]: not a readable zip file"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_line_fails_the_check_with_deny_warnings() {
    let p = Project::sample();
    let mut takes = voice_pack::read(&sample_pack(&p, false)).unwrap().takes;
    takes.push(take("vi", SCREENS, "no-such-screen-line", "Không có."));
    p.write_bytes("pack.zip", &voice_pack::build(&takes).unwrap());
    assert_eq!(p.check(&["--voice-pack", "pack.zip"]).0, 0);
    let (code, stderr) = p.check(&["--voice-pack", "pack.zip", "--deny-warnings"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("pack.zip/voice-pack.tsv:4:5: warning[SK0071]"),
        "{stderr}"
    );
}
