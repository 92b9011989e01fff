//! Records on the device: the xAPI statements of every meaningful event (a lesson launched, a
//! choice answered, "Tell a grown-up", a wrong turn, a lesson completed, a class session
//! attended), kept in an append-only log ([`Records`]), and the teacher's class book
//! ([`ClassBookRes`]). Whoever sees an event sends a [`Record`] message; this plugin stamps it
//! (id, time, the play it belongs to), says who it is about (the player's pseudonymous id, or
//! the class in a session on the projector, [`ClassSession`]) and appends it. Nothing here
//! leaves the device: a grown-up exports.

use bevy::prelude::*;
use safekite_core::ids::{MessageId, NodeId};
use safekite_core::learning::CheckMode;
use safekite_core::model::{Lesson, Outcome};
use safekite_records::classes::{Class, ClassBook, Session};
use safekite_records::files::export_json;
use safekite_records::log::RecordLog;
use safekite_records::xapi::{
    Attendance, Builder, ChoiceAnswer, LessonRef, Phase, RecordConfig, Stamp, Statement, Who, ext,
};
use std::collections::BTreeMap;
use uuid::Uuid;

use crate::platform::{self, DataFolder, ExportFolder, PlatformLog};
use crate::progress::ProgressRes;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Record>()
        .init_resource::<CurrentPlay>()
        .add_systems(Startup, open_records_and_class_book)
        .add_systems(Update, append_records);
}

/// The record log and its statement builder.
#[derive(Resource)]
pub struct Records {
    log: Option<RecordLog<LogStore>>,
    builder: Builder,
    /// What went wrong with the log, in words, for the grown-ups' area ("" when all is well).
    pub problem: String,
}

/// The platform's log store, as the records crate wants it.
pub struct LogStore(PlatformLog);

impl safekite_records::log::LogStore for LogStore {
    fn read(&mut self) -> std::io::Result<String> {
        self.0.read()
    }
    fn append(&mut self, text: &str) -> std::io::Result<()> {
        self.0.append(text)
    }
    fn replace(&mut self, text: &str) -> std::io::Result<()> {
        self.0.replace(text)
    }
    fn truncate(&mut self, len: usize) -> std::io::Result<()> {
        self.0.truncate(len)
    }
}

impl Records {
    /// Opens the log in `store`. A log that cannot be read is left as it is (never reset):
    /// recording stops and the grown-ups' area says why.
    pub fn open(store: PlatformLog) -> Self {
        let (log, problem) = match RecordLog::open(LogStore(store)) {
            Ok(log) => {
                let problem = log.dropped_torn_line.map_or(String::new(), |line| {
                    format!("the unfinished record on line {line} was dropped")
                });
                (Some(log), problem)
            }
            Err(e) => {
                warn!("records: {e}");
                (None, format!("the records could not be read: {e}"))
            }
        };
        Records {
            log,
            builder: Builder::default(),
            problem,
        }
    }

    /// Every statement on the device.
    pub fn statements(&self) -> &[Statement] {
        self.log.as_ref().map_or(&[], |l| l.statements())
    }

    fn append(&mut self, statement: Statement) {
        let Some(log) = self.log.as_mut() else { return };
        if let Err(e) = log.append(statement) {
            warn!("records: could not append: {e}");
            self.problem = format!("a record could not be saved: {e}");
        }
    }

    /// Deletes every record of a class; returns how many went.
    pub fn delete_class(&mut self, class: Uuid) -> Result<usize, String> {
        let log = self.log.as_mut().ok_or("no records")?;
        log.delete_class(class).map_err(|e| e.to_string())
    }

    /// One player's records, as an export (a JSON array).
    pub fn export_profile(&self, profile: Uuid) -> String {
        self.log
            .as_ref()
            .map_or_else(|| export_json(&[]), |l| l.export_profile(profile))
    }

    /// Deletes one player's records; returns how many went.
    pub fn delete_profile(&mut self, profile: Uuid) -> Result<usize, String> {
        let log = self.log.as_mut().ok_or("no records")?;
        log.delete_profile(profile).map_err(|e| e.to_string())
    }
}

/// The teacher's classes and their sessions.
#[derive(Resource)]
pub struct ClassBookRes {
    pub book: ClassBook,
    folder: DataFolder,
    /// What went wrong reading or saving it ("" when all is well).
    pub problem: String,
}

const CLASS_BOOK_FILE: &str = "classes.json";

impl ClassBookRes {
    fn open(folder: DataFolder) -> Self {
        let (book, problem) = match platform::read_text(&folder, CLASS_BOOK_FILE) {
            Ok(None) => (ClassBook::new(), String::new()),
            Ok(Some(text)) => match ClassBook::from_json(&text) {
                Ok(book) => (book, String::new()),
                Err(e) => (ClassBook::new(), format!("{CLASS_BOOK_FILE}: {e}")),
            },
            Err(e) => (ClassBook::new(), e),
        };
        ClassBookRes {
            book,
            folder,
            problem,
        }
    }

    /// Which check questions a player of `class` (a class id, if they belong to one) is asked:
    /// their class's choice, or before and after.
    pub fn check_mode(&self, class: Option<&str>) -> CheckMode {
        class
            .and_then(|c| Uuid::parse_str(c).ok())
            .and_then(|id| self.book.class(id))
            .map_or_else(CheckMode::default, |c| c.checks)
    }

    /// Saves the book (all at once). A book that could not be read is not overwritten.
    pub fn save(&mut self) {
        if self.problem.starts_with(CLASS_BOOK_FILE) {
            return;
        }
        if let Err(e) = platform::write_text(&self.folder, CLASS_BOOK_FILE, &self.book.to_json()) {
            warn!("class book: {e}");
            self.problem = e;
        }
    }
}

/// A class playing together on the projector: which class, the session, today's lessons.
#[derive(Resource, Clone, Debug)]
pub struct ClassSession {
    pub class: Class,
    pub session: Uuid,
    /// Today's lessons, in order, and how many have been played.
    pub lessons: Vec<String>,
    pub played: usize,
    /// Hands counted for each option of the choice on screen (set by the teacher's panel
    /// before the class's choice is made; recorded with the answer).
    pub votes: Option<Vec<u32>>,
}

impl ClassSession {
    /// A new session of `class` with these lessons.
    pub fn start(class: Class, lessons: Vec<String>) -> Self {
        ClassSession {
            class,
            session: Uuid::new_v4(),
            lessons,
            played: 0,
            votes: None,
        }
    }

    /// The lesson to play next, if any is left.
    pub fn next_lesson(&self) -> Option<&str> {
        self.lessons.get(self.played).map(String::as_str)
    }
}

/// Something worth recording, sent by whoever saw it.
#[derive(Message, Clone, Debug)]
pub enum Record {
    /// A lesson was opened (a new play starts).
    Launched { lesson: std::sync::Arc<Lesson> },
    /// Option `option` (its label's message id) of choice `node` was taken.
    Answered {
        node: NodeId,
        option: MessageId,
        safe: bool,
        /// The labels of every option, in order (for the class's vote tallies).
        labels: Vec<MessageId>,
    },
    /// "Tell a grown-up" at `node`.
    Told { node: NodeId },
    /// An unsafe option led the story to `node`.
    WrongTurn { node: NodeId },
    /// The lesson ended.
    Completed { outcome: Outcome },
    /// A child answered a check question of `lesson`: before or after it, or in a review.
    CheckAnswered {
        lesson: std::sync::Arc<Lesson>,
        check: String,
        phase: Phase,
        right: bool,
    },
    /// A question of a class quiz: how many answered, how many were right.
    QuizAnswered {
        lesson: std::sync::Arc<Lesson>,
        check: String,
        answered: u32,
        right: u32,
    },
    /// A class session ended; the teacher entered who came.
    Attended {
        children_present: u32,
        parents_present: u32,
        letters_printed: u32,
        notes: String,
    },
}

/// The play under way: its lesson and registration (one per launch).
#[derive(Resource, Default, Debug)]
pub struct CurrentPlay {
    lesson: Option<(String, String, String)>,
    registration: Uuid,
}

fn open_records_and_class_book(
    mut commands: Commands,
    folder: Option<Res<DataFolder>>,
    export: Option<Res<ExportFolder>>,
) {
    let folder = folder.map_or_else(default_folder, |f| f.clone());
    if export.is_none() {
        commands.insert_resource(ExportFolder(platform::documents_folder(&folder)));
    }
    commands.insert_resource(Records::open(platform::log_store(&folder)));
    commands.insert_resource(ClassBookRes::open(folder.clone()));
    commands.insert_resource(folder);
}

fn default_folder() -> DataFolder {
    #[cfg(not(target_arch = "wasm32"))]
    {
        DataFolder(platform::default_data_folder())
    }
    #[cfg(target_arch = "wasm32")]
    {
        DataFolder(std::path::PathBuf::new())
    }
}

/// Now, in the device's local time, as xAPI wants it (RFC 3339 with the offset).
pub fn now_timestamp() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false)
}

/// Today's date in the device's local time, "2026-10-14".
pub fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

fn append_records(
    mut events: MessageReader<Record>,
    records: Option<ResMut<Records>>,
    mut play: ResMut<CurrentPlay>,
    mut progress: ResMut<ProgressRes>,
    mut session: Option<ResMut<ClassSession>>,
    mut book: Option<ResMut<ClassBookRes>>,
    mut commands: Commands,
) {
    let Some(mut records) = records else { return };
    for event in events.read() {
        records.builder.config = RecordConfig {
            language: progress.progress.settings.locale.clone(),
            ..RecordConfig::default()
        };
        if let Record::Launched { lesson } = event {
            play.lesson = Some((
                lesson.id.clone(),
                lesson.topic.clone(),
                lesson.band.as_str().to_string(),
            ));
            play.registration = Uuid::new_v4();
        }
        let timestamp = now_timestamp();
        let stamp = Stamp {
            id: Uuid::new_v4(),
            timestamp: &timestamp,
            registration: play.registration,
        };
        let (class_id, class_name, session_id) = match session.as_deref() {
            Some(s) => (s.class.id, s.class.name.clone(), Some(s.session)),
            None => (Uuid::nil(), String::new(), None),
        };
        let who = match session_id {
            Some(session) => Who::Class {
                id: class_id,
                name: &class_name,
                session,
            },
            None => match player_record_id(&mut progress) {
                Some((id, class)) => Who::Profile { id, class },
                None => continue,
            },
        };
        let statement = statement_for(&records.builder, who, event, &play, stamp, &mut session);
        if let (Record::Attended { .. }, Some(s), Some(book)) =
            (event, session.as_deref(), book.as_deref_mut())
        {
            keep_session_in_book(book, s, event);
        }
        if let Record::Attended { .. } = event {
            // The session is over once its attendance is written.
            commands.remove_resource::<ClassSession>();
        }
        if let Some(statement) = statement {
            records.append(statement);
        }
    }
}

/// The xAPI reference to a lesson a record names.
fn lesson_ref(lesson: &Lesson) -> LessonRef<'_> {
    LessonRef {
        id: &lesson.id,
        topic: &lesson.topic,
        band: lesson.band.as_str(),
    }
}

/// The player's pseudonymous id (made now if they have none yet) and class.
fn player_record_id(progress: &mut ProgressRes) -> Option<(Uuid, Option<Uuid>)> {
    let player = progress.player_mut()?;
    let id = match Uuid::parse_str(&player.record_id) {
        Ok(id) => id,
        Err(_) => {
            let id = Uuid::new_v4();
            player.record_id = id.to_string();
            id
        }
    };
    let class = player
        .class
        .as_deref()
        .and_then(|c| Uuid::parse_str(c).ok());
    Some((id, class))
}

fn statement_for(
    builder: &Builder,
    who: Who,
    event: &Record,
    play: &CurrentPlay,
    stamp: Stamp,
    session: &mut Option<ResMut<ClassSession>>,
) -> Option<Statement> {
    // The lesson of the play under way (a quiz's question names its own).
    let played = || {
        let (id, topic, band) = play.lesson.as_ref()?;
        Some(LessonRef { id, topic, band })
    };
    Some(match event {
        Record::Launched { .. } => builder.lesson_launched(who, played()?, stamp),
        Record::Answered {
            node,
            option,
            safe,
            labels,
        } => {
            let votes = session.as_deref_mut().and_then(|s| s.votes.take());
            let votes = votes.map(|v| {
                labels
                    .iter()
                    .map(MessageId::to_string)
                    .zip(v)
                    .collect::<BTreeMap<String, u32>>()
            });
            let answer = ChoiceAnswer {
                node: node.as_str(),
                option: option.as_str(),
                safe: *safe,
                votes,
            };
            builder.choice_answered(who, played()?, &answer, stamp)
        }
        Record::Told { node } => builder.told_grown_up(who, played()?, node.as_str(), stamp),
        Record::WrongTurn { node } => builder.wrong_turn(who, played()?, node.as_str(), stamp),
        Record::Completed { outcome } => {
            builder.lesson_completed(who, played()?, *outcome == Outcome::Good, stamp)
        }
        Record::CheckAnswered {
            lesson,
            check,
            phase,
            right,
        } => {
            let lesson = lesson_ref(lesson);
            builder.check_answered(who, lesson, check, *phase, *right, stamp)
        }
        Record::QuizAnswered {
            lesson,
            check,
            answered,
            right,
        } => {
            let lesson = lesson_ref(lesson);
            quiz_answered(builder, who, lesson, check, (*answered, *right), stamp)
        }
        Record::Attended {
            children_present,
            parents_present,
            letters_printed,
            notes,
        } => {
            let s = session.as_deref()?;
            let attendance = Attendance {
                class_size: s.class.child_count,
                band: &s.class.band,
                lessons: &s.lessons[..s.played.min(s.lessons.len())],
                children_present: *children_present,
                parents_present: *parents_present,
                letters_printed: *letters_printed,
                notes,
            };
            builder.session_attended(who, &attendance, stamp)
        }
    })
}

/// A session that ended goes into the class book with its attendance.
fn keep_session_in_book(book: &mut ClassBookRes, s: &ClassSession, event: &Record) {
    let Record::Attended {
        children_present,
        parents_present,
        letters_printed,
        notes,
    } = event
    else {
        return;
    };
    book.book.sessions.push(Session {
        id: s.session,
        class: s.class.id,
        date: today(),
        lessons: s.lessons[..s.played.min(s.lessons.len())].to_vec(),
        children_present: *children_present,
        parents_present: *parents_present,
        letters_printed: *letters_printed,
        notes: notes.clone(),
    });
    book.save();
}

/// A class quiz's question: an `answered` check (after the lessons) by the class, right when
/// most were, with the counts as result extensions.
fn quiz_answered(
    builder: &Builder,
    who: Who,
    lesson: LessonRef,
    check: &str,
    (answered, right): (u32, u32),
    stamp: Stamp,
) -> Statement {
    let most_right = right * 2 >= answered && answered > 0;
    let mut s = builder.check_answered(who, lesson, check, Phase::After, most_right, stamp);
    if let Some(result) = s.result.as_mut() {
        result
            .extensions
            .insert(ext::QUIZ_ANSWERED.into(), answered.into());
        result
            .extensions
            .insert(ext::QUIZ_RIGHT.into(), right.into());
    }
    s
}
