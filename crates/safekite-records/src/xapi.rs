//! xAPI 1.0.3 statements as SafeKite writes them: the types (serde, JSON), the ADL verbs, the
//! extension IRIs, and builders for every event the game and a class session record.
//!
//! Nothing here reads a clock or a random source: the caller passes the statement id, the
//! timestamp and the registration (one per play of a lesson), so the library runs on wasm.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The xAPI version these statements follow.
pub const XAPI_VERSION: &str = "1.0.3";

/// Verbs from ADL's registry (<http://adlnet.gov/expapi/verbs/>).
pub mod verbs {
    /// A lesson was opened.
    pub const LAUNCHED: &str = "http://adlnet.gov/expapi/verbs/launched";
    /// A choice or a check question was answered.
    pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
    /// "Tell a grown-up" was pressed.
    pub const ASKED: &str = "http://adlnet.gov/expapi/verbs/asked";
    /// A wrong turn was taken (the story went down an unsafe path).
    pub const EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
    /// A lesson reached its end.
    pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
    /// A class held a session (attendance).
    pub const ATTENDED: &str = "http://adlnet.gov/expapi/verbs/attended";
}

/// Activity types from ADL's registry.
pub mod activity_types {
    /// A lesson.
    pub const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
    /// A choice in a lesson.
    pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
    /// A check question (before or after a lesson).
    pub const QUESTION: &str = "http://adlnet.gov/expapi/activities/question";
    /// A class session.
    pub const MEETING: &str = "http://adlnet.gov/expapi/activities/meeting";
}

/// SafeKite's extension IRIs: a fixed namespace, whatever base a school configures for
/// activities, so any tool can read them.
pub mod ext {
    /// The namespace every SafeKite extension lives under.
    pub const BASE: &str = "https://safekite.example/xapi/extensions/";
    /// Context: the lesson id.
    pub const LESSON: &str = "https://safekite.example/xapi/extensions/lesson";
    /// Context: the topic slug.
    pub const TOPIC: &str = "https://safekite.example/xapi/extensions/topic";
    /// Context: the band (`3-6`, `6-10`, `11-15`).
    pub const BAND: &str = "https://safekite.example/xapi/extensions/band";
    /// Context: the class id (a profile playing as a member of a class, or a class session).
    pub const CLASS: &str = "https://safekite.example/xapi/extensions/class";
    /// Context: the class session id.
    pub const SESSION: &str = "https://safekite.example/xapi/extensions/session";
    /// Context: the node id inside the lesson.
    pub const NODE: &str = "https://safekite.example/xapi/extensions/node";
    /// Context: `before` or `after` for a check question.
    pub const PHASE: &str = "https://safekite.example/xapi/extensions/phase";
    /// Context: the class's size (a count, never a roster).
    pub const CLASS_SIZE: &str = "https://safekite.example/xapi/extensions/class-size";
    /// Context: the lessons of a session (lesson ids).
    pub const LESSONS: &str = "https://safekite.example/xapi/extensions/lessons";
    /// Context: the teacher's notes on a session.
    pub const NOTES: &str = "https://safekite.example/xapi/extensions/notes";
    /// Result: the vote tallies per option in class mode (`{"option-id": count}`).
    pub const VOTES: &str = "https://safekite.example/xapi/extensions/votes";
    /// Result: children present at a session.
    pub const CHILDREN_PRESENT: &str = "https://safekite.example/xapi/extensions/children-present";
    /// Result: parents present at a session.
    pub const PARENTS_PRESENT: &str = "https://safekite.example/xapi/extensions/parents-present";
    /// Result: letters to parents printed for a session.
    pub const LETTERS_PRINTED: &str = "https://safekite.example/xapi/extensions/letters-printed";
    /// Result: in a class quiz ("Rung chuông vàng"), how many children answered a question.
    pub const QUIZ_ANSWERED: &str = "https://safekite.example/xapi/extensions/quiz-answered";
    /// Result: in a class quiz, how many answered it right (still standing, or counted).
    pub const QUIZ_RIGHT: &str = "https://safekite.example/xapi/extensions/quiz-right";
}

/// One xAPI statement. Properties an LRS adds (`stored`, `authority`, `version`) and
/// attachments are kept as they came, so a pulled statement writes back unchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: Uuid,
    pub actor: Actor,
    pub verb: Verb,
    pub object: Activity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<StatementResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    pub timestamp: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Value>,
}

/// Who did it: a child's profile (Agent) or a class (identified Group), both pseudonymous.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    #[serde(
        rename = "objectType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub object_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

/// A pseudonymous account: the configured home page and a random UUID.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub home_page: String,
    pub name: String,
}

/// A verb: its IRI and an English display.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verb {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub display: BTreeMap<String, String>,
}

/// The object: always an activity in SafeKite's statements.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    #[serde(
        rename = "objectType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub object_type: Option<String>,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<Value>,
}

/// The result of an answer or a session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extensions: Map<String, Value>,
}

/// Where it happened: the play (registration), the lesson, the class.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<Uuid>,
    #[serde(
        rename = "contextActivities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub context_activities: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extensions: Map<String, Value>,
}

impl Statement {
    /// A context extension as text.
    pub fn context_str(&self, key: &str) -> Option<&str> {
        self.context.as_ref()?.extensions.get(key)?.as_str()
    }

    /// A result extension as a whole number.
    pub fn result_count(&self, key: &str) -> Option<u64> {
        self.result.as_ref()?.extensions.get(key)?.as_u64()
    }

    /// The actor's account name (the pseudonymous profile or class id).
    pub fn actor_id(&self) -> Option<&str> {
        Some(self.actor.account.as_ref()?.name.as_str())
    }

    /// True when the actor is a class (an identified Group).
    pub fn actor_is_class(&self) -> bool {
        self.actor.object_type.as_deref() == Some("Group")
    }

    /// The registration: one play of a lesson.
    pub fn registration(&self) -> Option<Uuid> {
        self.context.as_ref()?.registration
    }
}

/// Where statements point: the school's home page for accounts and the base of activity IRIs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordConfig {
    /// `account.homePage` of every actor.
    pub home_page: String,
    /// Activity IRIs start with this (ends with `/`).
    pub activity_base: String,
    /// The language the lesson was played in (`vi`, `en`).
    pub language: String,
}

impl Default for RecordConfig {
    fn default() -> Self {
        RecordConfig {
            home_page: "https://safekite.example/profiles".into(),
            activity_base: "https://safekite.example/xapi/".into(),
            language: "vi".into(),
        }
    }
}

/// Who a statement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who<'a> {
    /// A child's own profile (its random UUID), optionally a member of a class.
    Profile { id: Uuid, class: Option<Uuid> },
    /// A whole class playing together on a projector, in one session.
    Class {
        id: Uuid,
        name: &'a str,
        session: Uuid,
    },
}

/// The lesson a statement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonRef<'a> {
    pub id: &'a str,
    pub topic: &'a str,
    pub band: &'a str,
}

/// When and which: the statement's id, its timestamp (RFC 3339) and the play it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp<'a> {
    pub id: Uuid,
    pub timestamp: &'a str,
    pub registration: Uuid,
}

/// The outcome of a choice: the option picked, whether it was safe, and in class mode the
/// hands counted per option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceAnswer<'a> {
    pub node: &'a str,
    pub option: &'a str,
    pub safe: bool,
    pub votes: Option<BTreeMap<String, u32>>,
}

/// A class session's attendance, as the teacher enters it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendance<'a> {
    pub class_size: u32,
    pub band: &'a str,
    pub lessons: &'a [String],
    pub children_present: u32,
    pub parents_present: u32,
    pub letters_printed: u32,
    pub notes: &'a str,
}

/// Builds SafeKite's statements under one [`RecordConfig`].
#[derive(Clone, Debug, Default)]
pub struct Builder {
    pub config: RecordConfig,
}

impl Builder {
    /// A builder for this configuration.
    pub fn new(config: RecordConfig) -> Self {
        Builder { config }
    }

    fn iri(&self, path: &str) -> String {
        format!("{}{path}", self.config.activity_base)
    }

    fn lesson_iri(&self, lesson: &str) -> String {
        self.iri(&format!("lessons/{lesson}"))
    }

    fn node_iri(&self, lesson: &str, node: &str) -> String {
        self.iri(&format!("lessons/{lesson}/nodes/{node}"))
    }

    fn actor(&self, who: Who) -> Actor {
        let (object_type, name, id) = match who {
            Who::Profile { id, .. } => ("Agent", None, id),
            Who::Class { id, name, .. } => ("Group", Some(name.to_string()), id),
        };
        Actor {
            object_type: Some(object_type.into()),
            name,
            account: Some(Account {
                home_page: self.config.home_page.clone(),
                name: id.to_string(),
            }),
        }
    }

    fn context(&self, who: Who, lesson: Option<LessonRef>, reg: Option<Uuid>) -> Context {
        let mut extensions = Map::new();
        match who {
            Who::Profile { class, .. } => {
                if let Some(class) = class {
                    extensions.insert(ext::CLASS.into(), json!(class.to_string()));
                }
            }
            Who::Class { id, session, .. } => {
                extensions.insert(ext::CLASS.into(), json!(id.to_string()));
                extensions.insert(ext::SESSION.into(), json!(session.to_string()));
            }
        }
        let mut context_activities = None;
        if let Some(l) = lesson {
            extensions.insert(ext::LESSON.into(), json!(l.id));
            extensions.insert(ext::TOPIC.into(), json!(l.topic));
            extensions.insert(ext::BAND.into(), json!(l.band));
            // The lesson as the parent, so an LRS finds a lesson's statements with
            // `related_activities`; the topic is in the extensions (kept short: a school's
            // year is over a hundred thousand statements).
            context_activities = Some(json!({ "parent": [{ "id": self.lesson_iri(l.id) }] }));
        }
        Context {
            registration: reg,
            context_activities,
            language: Some(self.config.language.clone()),
            extensions,
        }
    }

    fn statement(&self, who: Who, verb: (&str, &str), object: Activity, stamp: Stamp) -> Statement {
        Statement {
            id: stamp.id,
            actor: self.actor(who),
            verb: Verb {
                id: verb.0.into(),
                display: BTreeMap::from([("en-US".to_string(), verb.1.to_string())]),
            },
            object,
            result: None,
            context: None,
            timestamp: stamp.timestamp.into(),
            stored: None,
            authority: None,
            version: None,
            attachments: None,
        }
    }

    fn activity(id: String, kind: &str, extra: Value) -> Activity {
        let mut definition = json!({ "type": kind });
        if let (Some(d), Value::Object(extra)) = (definition.as_object_mut(), extra) {
            d.extend(extra);
        }
        Activity {
            object_type: Some("Activity".into()),
            id,
            definition: Some(definition),
        }
    }

    /// The lesson was opened.
    pub fn lesson_launched(&self, who: Who, lesson: LessonRef, stamp: Stamp) -> Statement {
        let object = Self::activity(
            self.lesson_iri(lesson.id),
            activity_types::LESSON,
            json!({}),
        );
        let mut s = self.statement(who, (verbs::LAUNCHED, "launched"), object, stamp);
        s.context = Some(self.context(who, Some(lesson), Some(stamp.registration)));
        s
    }

    /// A choice was answered; `success` says whether the option was safe.
    pub fn choice_answered(
        &self,
        who: Who,
        lesson: LessonRef,
        answer: &ChoiceAnswer,
        stamp: Stamp,
    ) -> Statement {
        let extra = json!({ "interactionType": "choice" });
        let object = Self::activity(
            self.node_iri(lesson.id, answer.node),
            activity_types::INTERACTION,
            extra,
        );
        let mut s = self.statement(who, (verbs::ANSWERED, "answered"), object, stamp);
        let mut result = StatementResult {
            success: Some(answer.safe),
            response: Some(answer.option.to_string()),
            ..Default::default()
        };
        if let Some(votes) = &answer.votes {
            result.extensions.insert(ext::VOTES.into(), json!(votes));
        }
        s.result = Some(result);
        let mut context = self.context(who, Some(lesson), Some(stamp.registration));
        context
            .extensions
            .insert(ext::NODE.into(), json!(answer.node));
        s.context = Some(context);
        s
    }

    /// "Tell a grown-up" was pressed at `node`.
    pub fn told_grown_up(
        &self,
        who: Who,
        lesson: LessonRef,
        node: &str,
        stamp: Stamp,
    ) -> Statement {
        self.node_event(who, lesson, node, (verbs::ASKED, "asked"), stamp)
    }

    /// The story took a wrong turn at `node` (an unsafe option led there).
    pub fn wrong_turn(&self, who: Who, lesson: LessonRef, node: &str, stamp: Stamp) -> Statement {
        self.node_event(
            who,
            lesson,
            node,
            (verbs::EXPERIENCED, "experienced"),
            stamp,
        )
    }

    fn node_event(
        &self,
        who: Who,
        lesson: LessonRef,
        node: &str,
        verb: (&str, &str),
        stamp: Stamp,
    ) -> Statement {
        let object = Self::activity(
            self.node_iri(lesson.id, node),
            activity_types::INTERACTION,
            json!({}),
        );
        let mut s = self.statement(who, verb, object, stamp);
        let mut context = self.context(who, Some(lesson), Some(stamp.registration));
        context.extensions.insert(ext::NODE.into(), json!(node));
        s.context = Some(context);
        s
    }

    /// The lesson ended; `good` is a good ending (the sticker), else "try again".
    pub fn lesson_completed(
        &self,
        who: Who,
        lesson: LessonRef,
        good: bool,
        stamp: Stamp,
    ) -> Statement {
        let object = Self::activity(
            self.lesson_iri(lesson.id),
            activity_types::LESSON,
            json!({}),
        );
        let mut s = self.statement(who, (verbs::COMPLETED, "completed"), object, stamp);
        s.result = Some(StatementResult {
            success: Some(good),
            completion: Some(true),
            ..Default::default()
        });
        s.context = Some(self.context(who, Some(lesson), Some(stamp.registration)));
        s
    }

    /// A check question about `topic` was answered: before or after the lesson, or in a review.
    pub fn check_answered(
        &self,
        who: Who,
        lesson: LessonRef,
        question: &str,
        phase: Phase,
        correct: bool,
        stamp: Stamp,
    ) -> Statement {
        let iri = self.iri(&format!("check/{}/{question}", lesson.topic));
        let object = Self::activity(iri, activity_types::QUESTION, json!({}));
        let mut s = self.statement(who, (verbs::ANSWERED, "answered"), object, stamp);
        s.result = Some(StatementResult {
            success: Some(correct),
            ..Default::default()
        });
        let mut context = self.context(who, Some(lesson), Some(stamp.registration));
        context
            .extensions
            .insert(ext::PHASE.into(), json!(phase.as_str()));
        s.context = Some(context);
        s
    }

    /// A class session took place: who came, which lessons, the teacher's notes.
    ///
    /// # Panics
    /// When `class` is not a [`Who::Class`] (a profile holds no session).
    pub fn session_attended(&self, class: Who, attendance: &Attendance, stamp: Stamp) -> Statement {
        let Who::Class { session, .. } = class else {
            panic!("session_attended is for a class");
        };
        let object = Self::activity(
            self.iri(&format!("sessions/{session}")),
            activity_types::MEETING,
            json!({}),
        );
        let mut s = self.statement(class, (verbs::ATTENDED, "attended"), object, stamp);
        let mut result = StatementResult::default();
        let counts = [
            (ext::CHILDREN_PRESENT, attendance.children_present),
            (ext::PARENTS_PRESENT, attendance.parents_present),
            (ext::LETTERS_PRINTED, attendance.letters_printed),
        ];
        for (key, n) in counts {
            result.extensions.insert(key.into(), json!(n));
        }
        s.result = Some(result);
        let mut context = self.context(class, None, Some(stamp.registration));
        let e = &mut context.extensions;
        e.insert(ext::BAND.into(), json!(attendance.band));
        e.insert(ext::CLASS_SIZE.into(), json!(attendance.class_size));
        e.insert(ext::LESSONS.into(), json!(attendance.lessons));
        if !attendance.notes.is_empty() {
            e.insert(ext::NOTES.into(), json!(attendance.notes));
        }
        s.context = Some(context);
        s
    }
}

/// When a check question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// Before the story, the first time: no right or wrong is shown to the child.
    Before,
    /// After the first good ending (and a class quiz's questions).
    After,
    /// "Do you remember?" on the map, days after the lesson.
    Review,
}

impl Phase {
    /// The extension's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Before => "before",
            Phase::After => "after",
            Phase::Review => "review",
        }
    }

    /// Reads the extension's value.
    pub fn parse(s: &str) -> Option<Phase> {
        match s {
            "before" => Some(Phase::Before),
            "after" => Some(Phase::After),
            "review" => Some(Phase::Review),
            _ => None,
        }
    }
}

/// A new random id for a statement, a registration, a profile or a class (random v4 UUID;
/// the browser's crypto source on wasm).
pub fn new_id() -> Uuid {
    Uuid::new_v4()
}
