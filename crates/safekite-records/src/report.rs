//! The yearly report's figures, computed from statements alone (so a report from an LRS equals
//! the report from the files it was pushed from): sessions per term, children and parents
//! reached, topics and lessons covered, telling a grown-up, the safe-choice rate at first try
//! and the check questions before and after, per topic, and the teacher's notes.
//!
//! Children reached: for each class, the larger of the most children present at one of its
//! sessions and the number of its members' profiles that played; plus, when no classes are
//! chosen (the whole school), profiles playing on their own, once per band they played in.

use crate::xapi::{Phase, Statement, ext, verbs};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use time::{Date, Month, OffsetDateTime, format_description::well_known::Rfc3339};
use uuid::Uuid;

/// Fewer answers than this and a before/after figure is flagged as too few to compare.
pub const FEW_ANSWERS: u64 = 20;

/// What the report covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    /// The school's name, as it heads the report.
    pub school: String,
    /// Who it is sent to (the district education office), "" for none.
    pub office: String,
    /// The first and last day of the period.
    pub start: Date,
    pub end: Date,
    /// The first day of each term after the first (the first starts with the period).
    pub term_starts: Vec<Date>,
    /// The classes to report on (their ids); `None` for the whole school, profiles playing on
    /// their own included.
    pub classes: Option<BTreeSet<String>>,
    /// The day the report is made, "2026-06-30" (passed in: the library reads no clock).
    pub made_on: Date,
}

impl ReportOptions {
    /// A school year from 1 September `first_year` to 31 August the year after, terms I and II
    /// (term II starts on 16 January), the whole school.
    pub fn school_year(school: &str, first_year: i32, made_on: Date) -> Self {
        let day = |y, m, d| Date::from_calendar_date(y, m, d).expect("a real date");
        ReportOptions {
            school: school.to_string(),
            office: String::new(),
            start: day(first_year, Month::September, 1),
            end: day(first_year + 1, Month::August, 31),
            term_starts: vec![day(first_year + 1, Month::January, 16)],
            classes: None,
            made_on,
        }
    }

    /// The term a day falls in (0 for the first).
    pub fn term_of(&self, date: Date) -> usize {
        self.term_starts.iter().filter(|s| **s <= date).count()
    }

    /// The first and last day of term `i`.
    pub fn term_span(&self, i: usize) -> (Date, Date) {
        let start = if i == 0 {
            self.start
        } else {
            self.term_starts[i - 1]
        };
        let end = self
            .term_starts
            .get(i)
            .and_then(|d| d.previous_day())
            .unwrap_or(self.end);
        (start, end)
    }
}

/// Parses "2025-2026" (or "2025") into the first year.
pub fn parse_school_year(s: &str) -> Result<i32, String> {
    let bad = || format!("{s:?} is not a school year such as 2025-2026");
    let (first, second) = match s.split_once('-') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let first: i32 = first.trim().parse().map_err(|_| bad())?;
    if let Some(second) = second
        && second.trim().parse::<i32>().map_err(|_| bad())? != first + 1
    {
        return Err(format!("{s:?}: the second year must follow the first"));
    }
    Ok(first)
}

/// Answers counted, and how many were right (or safe).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub answers: u64,
    pub good: u64,
}

impl Tally {
    fn add(&mut self, good: bool) {
        self.answers += 1;
        self.good += u64::from(good);
    }

    /// The share that was good, in whole percent (`None` without answers).
    pub fn percent(&self) -> Option<u64> {
        (self.answers > 0).then(|| (self.good * 100 + self.answers / 2) / self.answers)
    }

    /// True when there are too few answers to compare.
    pub fn few(&self) -> bool {
        self.answers < FEW_ANSWERS
    }
}

/// One term's sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermFigures {
    pub start: Date,
    pub end: Date,
    pub sessions: u64,
    pub classes: u64,
    pub children_present: u64,
    pub parents_present: u64,
    pub letters_printed: u64,
}

/// One topic's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TopicFigures {
    pub slug: String,
    pub band: String,
    /// Lesson ids played.
    pub lessons: BTreeSet<String>,
    /// Plays by a whole class in a session.
    pub class_plays: u64,
    /// Plays by children on their own profiles.
    pub own_plays: u64,
    /// Plays in which "Tell a grown-up" was pressed.
    pub plays_told: u64,
    /// The first answer at each choice of each play: safe or not.
    pub first_try: Tally,
    pub before: Tally,
    pub after: Tally,
    /// "Do you remember?" answers, days after the lesson.
    pub review: Tally,
}

impl TopicFigures {
    /// Every play of the topic.
    pub fn plays(&self) -> u64 {
        self.class_plays + self.own_plays
    }
}

/// A teacher's note on a session.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    pub date: Date,
    pub class: String,
    pub text: String,
}

/// Everything the report says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub options: ReportOptions,
    pub terms: Vec<TermFigures>,
    /// Children reached per band (`3-6`, `6-10`, `11-15`).
    pub children_by_band: BTreeMap<String, u64>,
    pub classes: u64,
    pub parents_present: u64,
    pub letters_printed: u64,
    pub topics: Vec<TopicFigures>,
    pub tell_presses: u64,
    pub notes: Vec<Note>,
}

impl Figures {
    /// Children reached, every band.
    pub fn children_total(&self) -> u64 {
        self.children_by_band.values().sum()
    }
    /// Sessions in the period.
    pub fn sessions(&self) -> u64 {
        self.terms.iter().map(|t| t.sessions).sum()
    }
    /// Every play, and plays in which a grown-up was told.
    pub fn plays(&self) -> (u64, u64) {
        let plays = self.topics.iter().map(TopicFigures::plays).sum();
        let told = self.topics.iter().map(|t| t.plays_told).sum();
        (plays, told)
    }
}

/// The local day of an RFC 3339 timestamp (in its own offset: the school's day).
pub fn local_date(timestamp: &str) -> Option<Date> {
    OffsetDateTime::parse(timestamp, &Rfc3339)
        .ok()
        .map(|t| t.date())
}

/// One session's attendance, the latest statement of it.
struct SessionSeen<'a> {
    class: &'a str,
    class_name: &'a str,
    date: Date,
    children: u64,
    parents: u64,
    letters: u64,
    notes: &'a str,
}

/// The class a statement belongs to, if any.
fn class_of(s: &Statement) -> Option<&str> {
    if s.actor_is_class() {
        s.actor_id()
    } else {
        s.context_str(ext::CLASS)
    }
}

#[derive(Default)]
struct Tallies<'a> {
    topics: BTreeMap<&'a str, TopicFigures>,
    sessions: HashMap<&'a str, SessionSeen<'a>>,
    class_members: HashMap<&'a str, HashSet<&'a str>>,
    class_bands: HashMap<&'a str, &'a str>,
    own_profiles: BTreeMap<&'a str, HashSet<&'a str>>,
    first_answers: HashSet<(Uuid, &'a str)>,
    told: HashSet<Uuid>,
    tell_presses: u64,
}

/// Computes the report's figures from statements (in any order, duplicates by id ignored).
pub fn figures(statements: &[Statement], options: &ReportOptions) -> Figures {
    let mut order: Vec<(&Statement, Date)> = statements
        .iter()
        .filter_map(|s| Some((s, local_date(&s.timestamp)?)))
        .filter(|(_, d)| (options.start..=options.end).contains(d))
        .filter(|(s, _)| match &options.classes {
            None => true,
            Some(set) => class_of(s).is_some_and(|c| set.contains(c)),
        })
        .collect();
    order.sort_by(|a, b| (&a.0.timestamp, a.0.id).cmp(&(&b.0.timestamp, b.0.id)));
    order.dedup_by(|a, b| a.0.id == b.0.id);
    let mut t = Tallies::default();
    for (s, date) in &order {
        tally(&mut t, s, *date);
    }
    finish(t, options)
}

fn tally<'a>(t: &mut Tallies<'a>, s: &'a Statement, date: Date) {
    let class = class_of(s);
    if let (Some(c), Some(b)) = (class, s.context_str(ext::BAND)) {
        t.class_bands.entry(c).or_insert(b);
    }
    if s.verb.id == verbs::ATTENDED {
        attended(t, s, date);
        return;
    }
    let (Some(topic), Some(lesson), Some(band)) = (
        s.context_str(ext::TOPIC),
        s.context_str(ext::LESSON),
        s.context_str(ext::BAND),
    ) else {
        return;
    };
    if !s.actor_is_class()
        && let Some(profile) = s.actor_id()
    {
        match class {
            Some(c) => t.class_members.entry(c).or_default().insert(profile),
            None => t.own_profiles.entry(band).or_default().insert(profile),
        };
    }
    let f = t.topics.entry(topic).or_insert_with(|| TopicFigures {
        slug: topic.to_string(),
        band: band.to_string(),
        ..Default::default()
    });
    let reg = s.registration().unwrap_or(s.id);
    let success = s.result.as_ref().and_then(|r| r.success).unwrap_or(false);
    match s.verb.id.as_str() {
        verbs::LAUNCHED => {
            f.lessons.insert(lesson.to_string());
            if s.actor_is_class() {
                f.class_plays += 1;
            } else {
                f.own_plays += 1;
            }
        }
        verbs::ASKED => {
            t.tell_presses += 1;
            if t.told.insert(reg) {
                f.plays_told += 1;
            }
        }
        verbs::ANSWERED => match s.context_str(ext::PHASE).and_then(Phase::parse) {
            Some(Phase::Before) => f.before.add(success),
            Some(Phase::After) => f.after.add(success),
            Some(Phase::Review) => f.review.add(success),
            None => {
                let node = s.context_str(ext::NODE).unwrap_or(&s.object.id);
                if t.first_answers.insert((reg, node)) {
                    f.first_try.add(success);
                }
            }
        },
        _ => {}
    }
}

fn attended<'a>(t: &mut Tallies<'a>, s: &'a Statement, date: Date) {
    let (Some(session), Some(class)) = (s.context_str(ext::SESSION), s.actor_id()) else {
        return;
    };
    let seen = SessionSeen {
        class,
        class_name: s.actor.name.as_deref().unwrap_or(class),
        date,
        children: s.result_count(ext::CHILDREN_PRESENT).unwrap_or(0),
        parents: s.result_count(ext::PARENTS_PRESENT).unwrap_or(0),
        letters: s.result_count(ext::LETTERS_PRINTED).unwrap_or(0),
        notes: s.context_str(ext::NOTES).unwrap_or(""),
    };
    // Statements come in time order: a later correction of the same session replaces it.
    t.sessions.insert(session, seen);
}

fn finish(t: Tallies, options: &ReportOptions) -> Figures {
    let terms_n = options.term_starts.len() + 1;
    let mut terms: Vec<TermFigures> = (0..terms_n)
        .map(|i| {
            let (start, end) = options.term_span(i);
            TermFigures {
                start,
                end,
                sessions: 0,
                classes: 0,
                children_present: 0,
                parents_present: 0,
                letters_printed: 0,
            }
        })
        .collect();
    let mut term_classes: Vec<HashSet<&str>> = vec![HashSet::new(); terms_n];
    let mut most_present: HashMap<&str, u64> = HashMap::new();
    let mut notes = Vec::new();
    for s in t.sessions.values() {
        let i = options.term_of(s.date);
        let term = &mut terms[i];
        term.sessions += 1;
        term.children_present += s.children;
        term.parents_present += s.parents;
        term.letters_printed += s.letters;
        term_classes[i].insert(s.class);
        let most = most_present.entry(s.class).or_default();
        *most = (*most).max(s.children);
        if !s.notes.trim().is_empty() {
            notes.push(Note {
                date: s.date,
                class: s.class_name.to_string(),
                text: s.notes.trim().to_string(),
            });
        }
    }
    for (term, classes) in terms.iter_mut().zip(&term_classes) {
        term.classes = classes.len() as u64;
    }
    notes.sort();
    let (children_by_band, classes) = children_reached(&t, &most_present);
    Figures {
        options: options.clone(),
        parents_present: terms.iter().map(|t| t.parents_present).sum(),
        letters_printed: terms.iter().map(|t| t.letters_printed).sum(),
        terms,
        children_by_band,
        classes,
        topics: t.topics.into_values().collect(),
        tell_presses: t.tell_presses,
        notes,
    }
}

fn children_reached(
    t: &Tallies,
    most_present: &HashMap<&str, u64>,
) -> (BTreeMap<String, u64>, u64) {
    let mut by_band: BTreeMap<String, u64> = BTreeMap::new();
    let classes: BTreeSet<&str> = most_present
        .keys()
        .chain(t.class_members.keys())
        .copied()
        .collect();
    for class in &classes {
        let present = most_present.get(class).copied().unwrap_or(0);
        let members = t.class_members.get(class).map_or(0, |m| m.len() as u64);
        let band = t.class_bands.get(class).copied().unwrap_or("");
        *by_band.entry(band.to_string()).or_default() += present.max(members);
    }
    for (band, profiles) in &t.own_profiles {
        *by_band.entry(band.to_string()).or_default() += profiles.len() as u64;
    }
    (by_band, classes.len() as u64)
}
