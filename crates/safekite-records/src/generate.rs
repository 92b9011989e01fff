//! A generator of a school year's statements, for tests (small) and the benchmark (a 1,000-pupil
//! school): classes holding sessions on a projector with votes, attendance and notes, and
//! children playing on their own profiles, with choices, wrong turns, "Tell a grown-up" and
//! check questions. Deterministic: the same spec gives the same statements.

use crate::classes::Class;
use crate::xapi::{
    Attendance, Builder, ChoiceAnswer, LessonRef, Phase, RecordConfig, Stamp, Statement, Who,
};
use safekite_core::model::Band;
use safekite_core::topics::TOPICS;
use std::collections::BTreeMap;
use time::{Date, Duration, Month};
use uuid::Uuid;

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchoolSpec {
    pub pupils: u32,
    pub classes: u32,
    pub sessions_per_term: u32,
    pub child_plays: u32,
    /// The school year starts on 1 September of this year.
    pub first_year: i32,
    pub seed: u64,
}

impl SchoolSpec {
    /// The benchmark's school: 1,000 pupils, 30 classes, 3 sessions per term, 20,000 plays.
    pub fn school() -> Self {
        SchoolSpec {
            pupils: 1000,
            classes: 30,
            sessions_per_term: 3,
            child_plays: 20_000,
            first_year: 2025,
            seed: 2025,
        }
    }

    /// A small school for tests.
    pub fn small() -> Self {
        SchoolSpec {
            pupils: 60,
            classes: 3,
            sessions_per_term: 2,
            child_plays: 300,
            first_year: 2025,
            seed: 7,
        }
    }
}

/// SplitMix64: a tiny deterministic generator (no randomness is needed, only variety).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn uuid(&mut self) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// A generated school: its classes, the pupils' profiles (class of each) and the statements.
#[derive(Clone, Debug)]
pub struct School {
    pub classes: Vec<Class>,
    pub profiles: Vec<(Uuid, Uuid)>,
    pub statements: Vec<Statement>,
}

impl School {
    /// The statements of one class's device: its sessions and its members' own plays.
    pub fn by_class(&self) -> Vec<Vec<Statement>> {
        let mut out: BTreeMap<String, Vec<Statement>> = BTreeMap::new();
        for s in &self.statements {
            let class = if s.actor_is_class() {
                s.actor_id()
            } else {
                s.context_str(crate::xapi::ext::CLASS)
            };
            out.entry(class.unwrap_or("").to_string())
                .or_default()
                .push(s.clone());
        }
        out.into_values().collect()
    }
}

const NOTES: &[&str] = &[
    "Các em rất hào hứng, nhiều em kể đã từng gặp quảng cáo trúng thưởng.",
    "Phụ huynh đề nghị tổ chức thêm buổi học cho cả gia đình.",
    "Lớp thảo luận sôi nổi; cần nhắc lại cách nói với người lớn.",
    "Máy chiếu hỏng 10 phút, buổi học kéo dài hơn dự kiến.",
];

struct Gen {
    rng: Rng,
    b: Builder,
    out: Vec<Statement>,
    first_year: i32,
}

fn lessons_of(band: Band) -> Vec<&'static safekite_core::topics::Topic> {
    TOPICS.iter().filter(|t| t.band == band).collect()
}

impl Gen {
    fn stamp(&mut self, day: Date, minute: &mut i64, registration: Uuid) -> (Uuid, String, Uuid) {
        *minute += 1 + self.rng.below(2) as i64;
        let t = day.midnight()
            + Duration::minutes(*minute)
            + Duration::seconds(self.rng.below(60) as i64);
        let ts = format!(
            "{}T{:02}:{:02}:{:02}+07:00",
            t.date(),
            t.hour(),
            t.minute(),
            t.second()
        );
        (self.rng.uuid(), ts, registration)
    }

    fn push(&mut self, make: impl FnOnce(&Builder, Stamp) -> Statement, s: (Uuid, String, Uuid)) {
        let stamp = Stamp {
            id: s.0,
            timestamp: &s.1,
            registration: s.2,
        };
        let statement = make(&self.b, stamp);
        self.out.push(statement);
    }

    fn day_in(&mut self, start: Date, days: u64) -> Date {
        let mut d = start + Duration::days(self.rng.below(days) as i64);
        while d.weekday().number_from_monday() > 5 {
            d = d.next_day().unwrap_or(d);
        }
        d
    }

    /// One play of a lesson: launch, two choices (a wrong turn first, sometimes), telling a
    /// grown-up (sometimes), the end; check questions before and after, and a review (sometimes).
    fn play(&mut self, who: Who, lesson: LessonRef, day: Date, minute: &mut i64, votes: bool) {
        let reg = self.rng.uuid();
        let check = !votes && self.rng.chance(15);
        if check {
            let right = self.rng.chance(55);
            let s = self.stamp(day, minute, reg);
            self.push(
                |b, st| b.check_answered(who, lesson, "q1", Phase::Before, right, st),
                s,
            );
        }
        let s = self.stamp(day, minute, reg);
        self.push(|b, st| b.lesson_launched(who, lesson, st), s);
        for node in ["choice-1", "choice-2"] {
            if self.rng.chance(22) {
                self.answer(who, lesson, node, false, day, minute, reg, votes);
                let s = self.stamp(day, minute, reg);
                self.push(|b, st| b.wrong_turn(who, lesson, "oops", st), s);
            }
            self.answer(who, lesson, node, true, day, minute, reg, votes);
        }
        if self.rng.chance(35) {
            let s = self.stamp(day, minute, reg);
            self.push(|b, st| b.told_grown_up(who, lesson, "tell", st), s);
        }
        let s = self.stamp(day, minute, reg);
        self.push(|b, st| b.lesson_completed(who, lesson, true, st), s);
        if check {
            let right = self.rng.chance(85);
            let s = self.stamp(day, minute, reg);
            self.push(
                |b, st| b.check_answered(who, lesson, "q1", Phase::After, right, st),
                s,
            );
            // Days later, "Do you remember?" on the map (in its own play of the map).
            if self.rng.chance(50) {
                let right = self.rng.chance(75);
                let play = self.rng.uuid();
                let s = self.stamp(day, minute, play);
                self.push(
                    |b, st| b.check_answered(who, lesson, "q3", Phase::Review, right, st),
                    s,
                );
            }
        }
    }

    fn answer(
        &mut self,
        who: Who,
        lesson: LessonRef,
        node: &str,
        safe: bool,
        day: Date,
        minute: &mut i64,
        reg: Uuid,
        votes: bool,
    ) {
        let option = if safe { "ask" } else { "tap" };
        let votes = votes.then(|| {
            let a = 12 + self.rng.below(20) as u32;
            let b = self.rng.below(12) as u32;
            let (ask, tap) = if safe { (a, b) } else { (b, a) };
            BTreeMap::from([("ask".to_string(), ask), ("tap".to_string(), tap)])
        });
        let answer = ChoiceAnswer {
            node,
            option,
            safe,
            votes,
        };
        let s = self.stamp(day, minute, reg);
        self.push(|b, st| b.choice_answered(who, lesson, &answer, st), s);
    }

    fn session(&mut self, class: &Class, day: Date, with_note: bool) {
        let band = Band::parse(&class.band).unwrap_or(Band::Kids);
        let topics = lessons_of(band);
        let session = self.rng.uuid();
        let who = Who::Class {
            id: class.id,
            name: &class.name,
            session,
        };
        let mut minute = 8 * 60;
        let mut lessons = Vec::new();
        for _ in 0..1 + self.rng.below(2) {
            let t = topics[self.rng.below(topics.len() as u64) as usize];
            let lesson = LessonRef {
                id: t.slug,
                topic: t.slug,
                band: band.as_str(),
            };
            self.play(who, lesson, day, &mut minute, true);
            lessons.push(t.slug.to_string());
        }
        let note = if with_note {
            NOTES[self.rng.below(NOTES.len() as u64) as usize]
        } else {
            ""
        };
        let attendance = Attendance {
            class_size: class.child_count,
            band: band.as_str(),
            lessons: &lessons,
            children_present: class.child_count - self.rng.below(3) as u32,
            parents_present: self.rng.below(8) as u32,
            letters_printed: if self.rng.chance(50) {
                class.child_count
            } else {
                0
            },
            notes: note,
        };
        let s = self.stamp(day, &mut minute, session);
        self.push(|b, st| b.session_attended(who, &attendance, st), s);
    }

    fn year_start(&self) -> Date {
        Date::from_calendar_date(self.first_year, Month::September, 5).expect("a real date")
    }
}

fn make_classes(spec: &SchoolSpec, rng: &mut Rng) -> Vec<Class> {
    let letters = ["A", "B", "C", "D", "E", "F", "G", "H"];
    let little = spec.classes / 5;
    (0..spec.classes)
        .map(|i| {
            let (band, name) = if i < little {
                (Band::Little, format!("Lớp Lá {}", letters[i as usize % 8]))
            } else {
                let k = i - little;
                let per_grade = (spec.classes - little).div_ceil(5).max(1);
                let grade = 1 + k / per_grade;
                (
                    Band::Kids,
                    format!("Lớp {grade}{}", letters[(k % per_grade) as usize % 8]),
                )
            };
            let share = spec.pupils / spec.classes + u32::from(i < spec.pupils % spec.classes);
            Class {
                id: rng.uuid(),
                name,
                band: band.as_str().to_string(),
                school_year: format!("{}-{}", spec.first_year, spec.first_year + 1),
                child_count: share,
                checks: Default::default(),
            }
        })
        .collect()
}

/// Generates a school year.
pub fn generate(spec: &SchoolSpec) -> School {
    let mut rng = Rng(spec.seed);
    let classes = make_classes(spec, &mut rng);
    let mut profiles = Vec::new();
    for c in &classes {
        for _ in 0..c.child_count {
            profiles.push((rng.uuid(), c.id));
        }
    }
    let mut g = Gen {
        rng,
        b: Builder::new(RecordConfig::default()),
        out: Vec::new(),
        first_year: spec.first_year,
    };
    let terms = [
        (g.year_start(), 120),
        (g.year_start() + Duration::days(140), 120),
    ];
    for class in &classes {
        for (start, days) in terms {
            for k in 0..spec.sessions_per_term {
                let day = g.day_in(start, days);
                let note = k == 0 && g.rng.chance(20);
                g.session(class, day, note);
            }
        }
    }
    for _ in 0..spec.child_plays {
        let (profile, class) = profiles[g.rng.below(profiles.len() as u64) as usize];
        let band = classes
            .iter()
            .find(|c| c.id == class)
            .map_or("6-10", |c| c.band.as_str());
        let topics = lessons_of(Band::parse(band).unwrap_or(Band::Kids));
        let t = topics[g.rng.below(topics.len() as u64) as usize];
        let lesson = LessonRef {
            id: t.slug,
            topic: t.slug,
            band: t.band.as_str(),
        };
        let day = g.day_in(g.year_start(), 300);
        let mut minute = 15 * 60 + g.rng.below(300) as i64;
        let who = Who::Profile {
            id: profile,
            class: Some(class),
        };
        g.play(who, lesson, day, &mut minute, false);
    }
    let mut statements = g.out;
    statements.sort_by(|a, b| (&a.timestamp, a.id).cmp(&(&b.timestamp, b.id)));
    School {
        classes,
        profiles,
        statements,
    }
}
