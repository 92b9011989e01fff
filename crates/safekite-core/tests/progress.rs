//! Progress storage: atomic saves with a backup; a corrupt file is recovered, never silently reset.

use safekite_core::model::Band;
use safekite_core::progress::{
    BADGES, FileStore, Loaded, MAX_PROFILES, MemoryStore, PROGRESS_FORMAT, ProfileError, Progress,
    Store, load, save, unused_look,
};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

fn temp_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "safekite-progress-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn with_player(stickers: usize) -> Progress {
    let mut p = Progress::default();
    let id = p.add_profile("fox", "Kite flyer", Band::Little).unwrap();
    for i in 0..stickers {
        p.profile_mut(id)
            .unwrap()
            .finish_lesson(&format!("lesson-{i}"), Some("gift-star"));
    }
    p
}

#[test]
fn a_fresh_device_starts_fresh_and_saves_round_trip() {
    let dir = temp_dir();
    let mut store = FileStore::new(&dir);
    assert!(matches!(load(&mut store), Loaded::Fresh(_)));
    let p = with_player(2);
    save(&mut store, &p).unwrap();
    assert_eq!(load(&mut store), Loaded::Main(p.clone()));
    assert!(
        !dir.join("progress.ron.tmp").exists(),
        "the temporary file is renamed into place"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_corrupt_file_is_recovered_from_the_backup_and_kept_aside() {
    let dir = temp_dir();
    let mut store = FileStore::new(&dir);
    let first = with_player(1);
    let second = with_player(2);
    save(&mut store, &first).unwrap();
    save(&mut store, &second).unwrap();
    // The backup holds the previous good copy.
    assert_eq!(
        Progress::from_bytes(&store.read_backup().unwrap().unwrap()).unwrap(),
        first
    );
    // A crash mid-write elsewhere, or a bad disk: the main copy is garbage.
    std::fs::write(store.main_path(), b"(format: 1, settings: (loc").unwrap();
    let loaded = load(&mut store);
    match &loaded {
        Loaded::RecoveredFromBackup { progress, problem } => {
            assert_eq!(progress, &first);
            assert!(problem.contains("unreadable"), "{problem}");
        }
        other => panic!("expected a recovery, got {other:?}"),
    }
    assert_eq!(
        std::fs::read(dir.join("progress.ron.corrupt-1")).unwrap(),
        b"(format: 1, settings: (loc"
    );
    // Saving again does not let the corrupt copy replace the good backup.
    save(&mut store, &loaded.progress()).unwrap();
    assert_eq!(
        Progress::from_bytes(&store.read_backup().unwrap().unwrap()).unwrap(),
        first
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn when_both_copies_are_unreadable_it_says_so() {
    let mut store = MemoryStore {
        main: Some(b"\xff\xfe".to_vec()),
        backup: Some(b"nonsense".to_vec()),
        quarantined: vec![],
    };
    let loaded = load(&mut store);
    assert!(
        matches!(&loaded, Loaded::Unrecoverable { problem } if problem.contains("backup")),
        "{loaded:?}"
    );
    assert!(loaded.problem().is_some());
    assert_eq!(
        store.quarantined,
        vec![b"\xff\xfe".to_vec(), b"nonsense".to_vec()],
        "the unreadable bytes of both copies are kept (the backup would be replaced by the next saves)"
    );
}

#[test]
fn a_missing_main_copy_with_a_backup_is_recovered() {
    let good = with_player(3);
    let mut store = MemoryStore {
        main: None,
        backup: Some(good.to_bytes()),
        quarantined: vec![],
    };
    assert!(
        matches!(load(&mut store), Loaded::RecoveredFromBackup { progress, .. } if progress == good)
    );
}

#[test]
fn a_future_format_is_not_read_as_this_one() {
    let mut p = with_player(1);
    p.format = PROGRESS_FORMAT + 1;
    let newer = format!("format {}", PROGRESS_FORMAT + 1);
    assert!(
        Progress::from_bytes(&p.to_bytes())
            .unwrap_err()
            .contains(&newer)
    );
}

#[test]
fn a_shared_tablet_holds_forty_players() {
    let mut p = Progress::default();
    for i in 0..MAX_PROFILES {
        p.add_profile("owl", &format!("p{i}"), Band::Kids).unwrap();
    }
    assert_eq!(
        p.add_profile("owl", "one more", Band::Kids),
        Err(ProfileError::Full)
    );
    let ids: std::collections::HashSet<u32> = p.profiles.iter().map(|x| x.id).collect();
    assert_eq!(ids.len(), MAX_PROFILES, "ids are unique");
    assert!(p.remove_profile(3));
    assert!(p.add_profile("owl", "again", Band::Kids).is_ok());
}

#[test]
fn finishing_a_lesson_records_the_sticker_and_clears_the_resume_point() {
    let mut p = with_player(0);
    let id = p.profiles[0].id;
    let profile = p.profile_mut(id).unwrap();
    profile.finish_lesson("prize-popup", Some("gift-star"));
    assert!(profile.lessons_done.contains("prize-popup"));
    assert_eq!(
        profile.stickers.get("prize-popup").map(String::as_str),
        Some("gift-star")
    );
    // A TryAgain ending earns nothing.
    profile.finish_lesson("other", None);
    assert!(!profile.lessons_done.contains("other"));
}

/// A format-2 file as SafeKite wrote it before badges: two foxes and an owl, none with a badge.
const BEFORE_BADGES: &str = r#"(
    format: 2,
    settings: (locale: "vi", voice_volume: 1.0, music_volume: 0.5, effects_volume: 0.8, captions: true),
    profiles: [
        (id: 1, avatar: "fox", nickname: "Mai", band: "3-6"),
        (id: 2, avatar: "fox", nickname: "", band: "3-6"),
        (id: 3, avatar: "owl", nickname: "", band: "6-10"),
    ],
    next_profile_id: 4,
)"#;

#[test]
fn a_save_from_before_badges_loads_and_every_player_gets_a_badge() {
    let mut store = MemoryStore {
        main: Some(BEFORE_BADGES.as_bytes().to_vec()),
        ..MemoryStore::default()
    };
    // Not a repair: nothing was wrong with the file.
    let Loaded::Main(p) = load(&mut store) else {
        panic!("{:?}", load(&mut store))
    };
    assert_eq!(p.format, PROGRESS_FORMAT);
    let looks: Vec<(&str, Option<&str>)> = p
        .profiles
        .iter()
        .map(|x| (x.avatar.as_str(), x.badge.as_deref()))
        .collect();
    assert_eq!(
        looks,
        [
            ("fox", Some("heart")),
            ("fox", Some("square")),
            // The badge the fewest have: badges are spread too.
            ("owl", Some("star"))
        ]
    );
    assert_eq!(p.profiles[0].nickname, "Mai");
    // The same file always gives the same badges, and they are kept once saved.
    assert_eq!(Progress::from_bytes(BEFORE_BADGES.as_bytes()).unwrap(), p);
    let saved = String::from_utf8(p.to_bytes()).unwrap();
    assert!(saved.contains("badge: Some(\"square\")"), "{saved}");
    assert_eq!(Progress::from_bytes(saved.as_bytes()).unwrap(), p);
}

#[test]
fn a_field_this_build_does_not_know_is_skipped() {
    // What lets a SafeKite from before badges read a file with them (and this one read a
    // file from a later one that adds a field with a default): no new format was needed.
    let later = BEFORE_BADGES.replace(
        "band: \"6-10\")",
        "band: \"6-10\", badge: Some(\"star\"), sparkles: [1, 2])",
    );
    let (p, repairs) = Progress::read(later.as_bytes()).unwrap();
    assert!(repairs.is_empty(), "{repairs:?}");
    assert_eq!(p.profiles[2].badge.as_deref(), Some("star"));
}

#[test]
fn an_unknown_badge_is_repaired_with_a_message() {
    let bad = BEFORE_BADGES.replace(
        "nickname: \"\", band: \"3-6\")",
        "nickname: \"\", band: \"3-6\", badge: Some(\"../../purple\"))",
    );
    let (p, repairs) = Progress::read(bad.as_bytes()).unwrap();
    assert_eq!(
        repairs,
        ["player 2's badge `../../purple` is not one of the badges; a free one is given"]
    );
    // Player 2 is a fox like player 1, so not on player 1's heart.
    assert_eq!(p.profiles[0].badge.as_deref(), Some("heart"));
    assert_eq!(p.profiles[1].badge.as_deref(), Some("square"));
    // Loading it from a store repairs it, says so and writes the repaired copy back.
    let mut store = MemoryStore {
        main: Some(bad.into_bytes()),
        ..MemoryStore::default()
    };
    assert!(matches!(load(&mut store), Loaded::Repaired { .. }));
    assert!(matches!(load(&mut store), Loaded::Main(_)));
}

#[test]
fn a_new_player_gets_a_badge_free_for_their_animal() {
    let mut p = Progress::default();
    let looks: Vec<String> = (0..5)
        .map(|_| {
            let id = p.add_profile("cat", "", Band::Little).unwrap();
            let badge = p.profile(id).unwrap().badge.clone().unwrap();
            assert!(BADGES.contains(&badge.as_str()));
            badge
        })
        .collect();
    // Four cats, four badges; a fifth cat shares the first badge.
    assert_eq!(looks, ["heart", "square", "star", "circle", "heart"]);
    // What the new-player screen offers next: an animal no one has.
    assert_eq!(unused_look(&p.profiles), ("fox", "square"));
}
