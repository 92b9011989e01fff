//! The record log: append-only JSON Lines with a version header; a torn last line after a crash
//! is dropped and never the lines before it; bad lines elsewhere are errors and nothing is
//! lost; deleting a class's records; exporting then deleting one profile's records.

use safekite_records::files::read_statements;
use safekite_records::log::{FileStore, LogStore, RecordLog, StringStore, header_line};
use safekite_records::xapi::*;
use std::fs;
use uuid::Uuid;

const LESSON: LessonRef = LessonRef {
    id: "private-info",
    topic: "private-info",
    band: "3-6",
};

fn launched(n: u128, who: Who) -> Statement {
    let ts = format!("2025-10-{:02}T09:00:00+07:00", 1 + (n % 28));
    Builder::default().lesson_launched(
        who,
        LESSON,
        Stamp {
            id: Uuid::from_u128(n),
            timestamp: &ts,
            registration: Uuid::from_u128(n + 1000),
        },
    )
}

fn child(n: u128, class: Option<u128>) -> Who<'static> {
    Who::Profile {
        id: Uuid::from_u128(n),
        class: class.map(Uuid::from_u128),
    }
}

#[test]
fn a_new_log_starts_with_its_version_header_and_reopens_with_its_statements() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.jsonl");
    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    for n in 1..=3 {
        assert!(log.append(launched(n, child(50, None))).unwrap());
    }
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().next().unwrap(), header_line());
    assert_eq!(text.lines().count(), 4);
    let again = RecordLog::open(FileStore::new(&path)).unwrap();
    assert_eq!(again.statements(), log.statements());
    assert_eq!(again.dropped_torn_line, None);
}

#[test]
fn the_same_statement_is_not_written_twice() {
    let mut log = RecordLog::open(StringStore::default()).unwrap();
    assert!(log.append(launched(1, child(50, None))).unwrap());
    assert!(!log.append(launched(1, child(50, None))).unwrap());
    assert_eq!(log.store().text.lines().count(), 2);
}

#[test]
fn a_torn_last_line_is_dropped_and_the_lines_before_it_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.jsonl");
    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    for n in 1..=5 {
        log.append(launched(n, child(50, None))).unwrap();
    }
    drop(log);
    // A crash in the middle of the sixth append: half of its line, no newline.
    let sixth = serde_json::to_string(&launched(6, child(50, None))).unwrap();
    let before = fs::read(&path).unwrap();
    let mut torn = before.clone();
    torn.extend_from_slice(&sixth.as_bytes()[..sixth.len() / 2]);
    fs::write(&path, &torn).unwrap();

    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    assert_eq!(log.dropped_torn_line, Some(7));
    assert_eq!(log.statements().len(), 5);
    let after = fs::read(&path).unwrap();
    assert!(
        after == before,
        "the good lines must stay exactly as they were"
    );
    log.append(launched(7, child(50, None))).unwrap();
    let again = RecordLog::open(FileStore::new(&path)).unwrap();
    let ids: Vec<u128> = again.statements().iter().map(|s| s.id.as_u128()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 7]);
}

#[test]
fn a_bad_line_before_the_last_is_an_error_and_the_file_is_left_alone() {
    let mut store = StringStore::default();
    let mut log = RecordLog::open(store.clone()).unwrap();
    for n in 1..=3 {
        log.append(launched(n, child(50, None))).unwrap();
    }
    let text = log.store().text.clone();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "{\"id\": \"broken\"";
    store.text = lines.join("\n") + "\n";
    let kept = store.text.clone();
    let err = RecordLog::open(store.clone()).unwrap_err().to_string();
    assert!(err.starts_with("3:"), "{err}");
    assert_eq!(store.read().unwrap(), kept);
}

#[test]
fn a_log_from_a_newer_safekite_is_refused_not_reset() {
    let store = StringStore {
        text: "{\"format\":\"safekite-records\",\"version\":9}\n".into(),
    };
    let err = RecordLog::open(store).unwrap_err().to_string();
    assert!(err.contains("version 9 is newer"), "{err}");
}

#[test]
fn a_log_reads_as_statements_for_the_tool_too() {
    let mut log = RecordLog::open(StringStore::default()).unwrap();
    log.append(launched(1, child(50, None))).unwrap();
    let statements = read_statements(&log.store().text).unwrap();
    assert_eq!(statements, log.statements());
}

fn session(n: u128, class: u128) -> Statement {
    let lessons = vec!["private-info".to_string()];
    let who = Who::Class {
        id: Uuid::from_u128(class),
        name: "Lớp Lá A",
        session: Uuid::from_u128(n + 500),
    };
    let attendance = Attendance {
        class_size: 25,
        band: "3-6",
        lessons: &lessons,
        children_present: 24,
        parents_present: 3,
        letters_printed: 0,
        notes: "",
    };
    let stamp = Stamp {
        id: Uuid::from_u128(n),
        timestamp: "2025-11-03T08:00:00+07:00",
        registration: Uuid::from_u128(n + 500),
    };
    Builder::default().session_attended(who, &attendance, stamp)
}

#[test]
fn deleting_a_class_removes_its_sessions_and_its_members_plays_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.jsonl");
    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    log.append(session(1, 77)).unwrap();
    log.append(launched(2, child(50, Some(77)))).unwrap();
    log.append(launched(3, child(51, Some(88)))).unwrap();
    log.append(launched(4, child(52, None))).unwrap();
    log.append(session(5, 88)).unwrap();
    assert_eq!(log.delete_class(Uuid::from_u128(77)).unwrap(), 2);
    let again = RecordLog::open(FileStore::new(&path)).unwrap();
    let ids: Vec<u128> = again.statements().iter().map(|s| s.id.as_u128()).collect();
    assert_eq!(ids, [3, 4, 5]);
    let text = fs::read_to_string(&path).unwrap();
    assert!(!text.contains(&Uuid::from_u128(77).to_string()));
}

#[test]
fn a_profile_is_exported_then_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.jsonl");
    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    for n in 1..=4 {
        log.append(launched(n, child(50 + n % 2, Some(77))))
            .unwrap();
    }
    log.append(session(9, 77)).unwrap();
    let export = log.export_and_delete_profile(Uuid::from_u128(51)).unwrap();
    let exported = read_statements(&export).unwrap();
    let ids: Vec<u128> = exported.iter().map(|s| s.id.as_u128()).collect();
    assert_eq!(ids, [1, 3]);
    let again = RecordLog::open(FileStore::new(&path)).unwrap();
    let left: Vec<u128> = again.statements().iter().map(|s| s.id.as_u128()).collect();
    assert_eq!(left, [2, 4, 9]);
    assert!(
        !fs::read_to_string(&path)
            .unwrap()
            .contains(&Uuid::from_u128(51).to_string())
    );
}
