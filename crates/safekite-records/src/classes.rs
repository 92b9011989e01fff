//! Classes and their sessions, as a teacher keeps them on the device: a class has a name
//! ("Lớp 2A"), a band, a school year and a count of children, never a roster. The class book is
//! stored as JSON with a format version; an older version is upgraded when read, a newer one is
//! refused with a clear message (nothing is reset).

use safekite_core::learning::CheckMode;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

/// The class book format this build writes.
pub const CLASS_BOOK_VERSION: u32 = 1;

/// A class: a count, never a roster.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Class {
    /// Random; also the class's pseudonymous actor name in statements.
    pub id: Uuid,
    /// As the teacher writes it: "Lớp 2A".
    pub name: String,
    /// The band as lessons write it: `3-6`, `6-10` or `11-15`.
    pub band: String,
    /// The school year, "2025-2026".
    pub school_year: String,
    /// How many children are in the class.
    pub child_count: u32,
    /// Which check questions its children are asked around a lesson (absent in older books:
    /// before and after).
    #[serde(default)]
    pub checks: CheckMode,
}

/// One session a class held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: Uuid,
    /// The class's id.
    pub class: Uuid,
    /// The day, "2025-10-14".
    pub date: String,
    /// The lesson ids played.
    pub lessons: Vec<String>,
    pub children_present: u32,
    pub parents_present: u32,
    #[serde(default)]
    pub letters_printed: u32,
    /// The teacher's notes ("" when none).
    #[serde(default)]
    pub notes: String,
}

/// Every class and session on the device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassBook {
    pub version: u32,
    pub classes: Vec<Class>,
    pub sessions: Vec<Session>,
}

impl ClassBook {
    /// An empty book in the current format.
    pub fn new() -> Self {
        ClassBook {
            version: CLASS_BOOK_VERSION,
            ..Default::default()
        }
    }

    /// The class with this id.
    pub fn class(&self, id: Uuid) -> Option<&Class> {
        self.classes.iter().find(|c| c.id == id)
    }

    /// A class's sessions, by date.
    pub fn sessions_of(&self, class: Uuid) -> Vec<&Session> {
        let mut s: Vec<&Session> = self.sessions.iter().filter(|s| s.class == class).collect();
        s.sort_by(|a, b| a.date.cmp(&b.date));
        s
    }

    /// Removes a class and its sessions.
    pub fn remove_class(&mut self, id: Uuid) {
        self.classes.retain(|c| c.id != id);
        self.sessions.retain(|s| s.class != id);
    }

    /// The book as JSON (pretty, for a person who opens the file).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a class book serialises")
    }

    /// Reads a class book, upgrading an older format. The error says line, column and what.
    pub fn from_json(text: &str) -> Result<ClassBook, String> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| format!("{}:{}: not JSON: {e}", e.line(), e.column()))?;
        let version = value.get("version").and_then(Value::as_u64).unwrap_or(0) as u32;
        if version > CLASS_BOOK_VERSION {
            return Err(format!(
                "1:1: class book format {version} is newer than this SafeKite reads \
                 ({CLASS_BOOK_VERSION}): update SafeKite; the file is left as it is"
            ));
        }
        let value = upgrade(value, version)?;
        let book: ClassBook = serde_json::from_value(value)
            .map_err(|e| format!("1:1: not a SafeKite class book: {e}"))?;
        book.check()?;
        Ok(book)
    }

    fn check(&self) -> Result<(), String> {
        for c in &self.classes {
            if safekite_core::model::Band::parse(&c.band).is_none() {
                return Err(format!("class {:?}: unknown band {:?}", c.name, c.band));
            }
        }
        for s in &self.sessions {
            if self.class(s.class).is_none() {
                return Err(format!(
                    "session {} on {}: no class {}",
                    s.id, s.date, s.class
                ));
            }
        }
        Ok(())
    }
}

/// Upgrades a class book written in format `from` to the current format, one step at a time.
/// Format 0 is the unversioned draft (no `version`, sessions without letters or notes): the
/// defaults fill those in. A future format adds its step here.
fn upgrade(mut value: Value, from: u32) -> Result<Value, String> {
    let mut version = from;
    while version < CLASS_BOOK_VERSION {
        if version == 0 {
            let Some(o) = value.as_object_mut() else {
                return Err("1:1: a class book is a JSON object".into());
            };
            o.entry("sessions").or_insert_with(|| Value::Array(vec![]));
        }
        version += 1;
    }
    value["version"] = Value::from(CLASS_BOOK_VERSION);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> ClassBook {
        let class = Class {
            id: Uuid::from_u128(1),
            name: "Lớp 2A".into(),
            band: "6-10".into(),
            school_year: "2025-2026".into(),
            child_count: 32,
            checks: CheckMode::AfterOnly,
        };
        let session = Session {
            id: Uuid::from_u128(2),
            class: class.id,
            date: "2025-10-14".into(),
            lessons: vec!["password-sharing".into()],
            children_present: 30,
            parents_present: 4,
            letters_printed: 32,
            notes: "Các em hỏi nhiều.".into(),
        };
        ClassBook {
            version: CLASS_BOOK_VERSION,
            classes: vec![class],
            sessions: vec![session],
        }
    }

    #[test]
    fn a_class_book_reads_back_as_written() {
        let b = book();
        assert_eq!(ClassBook::from_json(&b.to_json()).unwrap(), b);
        assert!(!b.to_json().contains("roster"));
    }

    #[test]
    fn an_unversioned_draft_is_upgraded_not_reset() {
        let draft = r#"{"classes": [{"id": "00000000-0000-0000-0000-000000000001",
            "name": "Lớp 1A", "band": "6-10", "school_year": "2025-2026", "child_count": 30}]}"#;
        let b = ClassBook::from_json(draft).unwrap();
        assert_eq!(b.version, CLASS_BOOK_VERSION);
        assert_eq!(b.classes[0].name, "Lớp 1A");
        assert!(b.sessions.is_empty());
    }

    #[test]
    fn a_newer_format_or_a_bad_file_is_refused_with_where_and_what() {
        let newer = book().to_json().replace("\"version\": 1", "\"version\": 7");
        assert!(
            ClassBook::from_json(&newer)
                .unwrap_err()
                .contains("format 7 is newer")
        );
        let broken = "{\n  \"version\": 1,\n  \"classes\": [\n}";
        assert!(ClassBook::from_json(broken).unwrap_err().starts_with("4:1"));
        let mut orphan = book();
        orphan.sessions[0].class = Uuid::from_u128(9);
        let err = ClassBook::from_json(&orphan.to_json()).unwrap_err();
        assert!(err.contains("no class"), "{err}");
        let mut band = book();
        band.classes[0].band = "7-9".into();
        assert!(
            ClassBook::from_json(&band.to_json())
                .unwrap_err()
                .contains("unknown band")
        );
    }

    #[test]
    fn removing_a_class_removes_its_sessions() {
        let mut b = book();
        b.remove_class(Uuid::from_u128(1));
        assert!(b.classes.is_empty() && b.sessions.is_empty());
    }
}
