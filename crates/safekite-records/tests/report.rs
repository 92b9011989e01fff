//! The yearly report: figures from a hand-made year whose answers are known, the HTML and CSV
//! in Vietnamese and English, and the generated school's figures adding up.

use safekite_core::words::Words;
use safekite_records::files::merge;
use safekite_records::generate::{SchoolSpec, generate};
use safekite_records::render::{Writer, add_report_words, csv, html};
use safekite_records::report::{Figures, ReportOptions, figures};
use safekite_records::xapi::*;
use std::collections::{BTreeMap, BTreeSet};
use time::macros::date;
use uuid::Uuid;

const POPUP: LessonRef = LessonRef {
    id: "prize-popup",
    topic: "prize-popup",
    band: "3-6",
};
const PASSWORD: LessonRef = LessonRef {
    id: "password-sharing",
    topic: "password-sharing",
    band: "6-10",
};

/// Builds statements with ids counted up from 1.
struct Year {
    b: Builder,
    next: u128,
    out: Vec<Statement>,
}

impl Year {
    fn new() -> Self {
        Year {
            b: Builder::default(),
            next: 0,
            out: Vec::new(),
        }
    }
    fn add(&mut self, ts: &str, reg: u128, make: impl FnOnce(&Builder, Stamp) -> Statement) {
        self.next += 1;
        let stamp = Stamp {
            id: Uuid::from_u128(self.next),
            timestamp: ts,
            registration: Uuid::from_u128(reg),
        };
        let s = make(&self.b, stamp);
        self.out.push(s);
    }
}

fn class(id: u128, name: &'static str, session: u128) -> Who<'static> {
    Who::Class {
        id: Uuid::from_u128(id),
        name,
        session: Uuid::from_u128(session),
    }
}

fn attend(y: &mut Year, ts: &str, who: Who, band: &str, present: (u32, u32, u32), notes: &str) {
    let lessons = vec!["prize-popup".to_string()];
    let a = Attendance {
        class_size: 30,
        band,
        lessons: &lessons,
        children_present: present.0,
        parents_present: present.1,
        letters_printed: present.2,
        notes,
    };
    y.add(ts, 0, |b, s| b.session_attended(who, &a, s));
}

fn answer(node: &'static str, safe: bool) -> ChoiceAnswer<'static> {
    ChoiceAnswer {
        node,
        option: if safe { "ask" } else { "tap" },
        safe,
        votes: None,
    }
}

/// Class 2A (3-6) holds two sessions in term I and one in term II; class 3B (6-10) one in
/// term II. Children play on their own too.
fn known_year() -> Vec<Statement> {
    let mut y = Year::new();
    let a1 = class(100, "Lớp Lá A", 1001);
    y.add("2025-10-06T08:00:00+07:00", 501, |b, s| {
        b.lesson_launched(a1, POPUP, s)
    });
    y.add("2025-10-06T08:05:00+07:00", 501, |b, s| {
        b.choice_answered(a1, POPUP, &answer("what-now", false), s)
    });
    y.add("2025-10-06T08:06:00+07:00", 501, |b, s| {
        b.choice_answered(a1, POPUP, &answer("what-now", true), s)
    });
    y.add("2025-10-06T08:08:00+07:00", 501, |b, s| {
        b.told_grown_up(a1, POPUP, "tell", s)
    });
    attend(
        &mut y,
        "2025-10-06T08:30:00+07:00",
        a1,
        "3-6",
        (28, 5, 30),
        "Các em rất <hào hứng>.",
    );
    let a2 = class(100, "Lớp Lá A", 1002);
    attend(
        &mut y,
        "2025-12-01T08:30:00+07:00",
        a2,
        "3-6",
        (29, 0, 0),
        "",
    );
    let a3 = class(100, "Lớp Lá A", 1003);
    attend(
        &mut y,
        "2026-03-02T08:30:00+07:00",
        a3,
        "3-6",
        (30, 10, 0),
        "",
    );
    let b1 = class(200, "Lớp 3B", 2001);
    attend(
        &mut y,
        "2026-03-03T08:30:00+07:00",
        b1,
        "6-10",
        (31, 2, 31),
        "Cần nhắc lại.",
    );
    // A correction of 3B's attendance later the same day: 32 children, not 31.
    attend(
        &mut y,
        "2026-03-03T16:00:00+07:00",
        b1,
        "6-10",
        (32, 2, 31),
        "Cần nhắc lại.",
    );
    // Two children of 3B on their own: one safe at once and told, one wrong first.
    let kid = |n: u128| Who::Profile {
        id: Uuid::from_u128(n),
        class: Some(Uuid::from_u128(200)),
    };
    let (k1, k2) = (kid(7001), kid(7002));
    y.add("2026-03-10T19:00:00+07:00", 601, |b, s| {
        b.lesson_launched(k1, PASSWORD, s)
    });
    y.add("2026-03-10T19:01:00+07:00", 601, |b, s| {
        b.check_answered(k1, PASSWORD, "q1", Phase::Before, false, s)
    });
    y.add("2026-03-10T19:02:00+07:00", 601, |b, s| {
        b.choice_answered(k1, PASSWORD, &answer("share", true), s)
    });
    y.add("2026-03-10T19:03:00+07:00", 601, |b, s| {
        b.told_grown_up(k1, PASSWORD, "tell", s)
    });
    y.add("2026-03-10T19:04:00+07:00", 601, |b, s| {
        b.told_grown_up(k1, PASSWORD, "tell", s)
    });
    y.add("2026-03-10T19:05:00+07:00", 601, |b, s| {
        b.check_answered(k1, PASSWORD, "q1", Phase::After, true, s)
    });
    y.add("2026-03-14T19:00:00+07:00", 603, |b, s| {
        b.check_answered(k1, PASSWORD, "q3", Phase::Review, true, s)
    });
    y.add("2026-03-11T19:00:00+07:00", 602, |b, s| {
        b.lesson_launched(k2, PASSWORD, s)
    });
    y.add("2026-03-11T19:01:00+07:00", 602, |b, s| {
        b.choice_answered(k2, PASSWORD, &answer("share", false), s)
    });
    y.add("2026-03-11T19:02:00+07:00", 602, |b, s| {
        b.wrong_turn(k2, PASSWORD, "oops", s)
    });
    y.add("2026-03-11T19:03:00+07:00", 602, |b, s| {
        b.choice_answered(k2, PASSWORD, &answer("share", true), s)
    });
    // A child playing on their own, with no class, and a play outside the school year.
    let lone = Who::Profile {
        id: Uuid::from_u128(8001),
        class: None,
    };
    y.add("2026-05-01T10:00:00+07:00", 603, |b, s| {
        b.lesson_launched(lone, POPUP, s)
    });
    y.add("2026-09-02T10:00:00+07:00", 604, |b, s| {
        b.lesson_launched(lone, POPUP, s)
    });
    y.out
}

fn options() -> ReportOptions {
    let mut o = ReportOptions::school_year("Trường Tiểu học Kim Đồng", 2025, date!(2026 - 06 - 30));
    o.office = "Phòng Giáo dục và Đào tạo quận Ba Đình".into();
    o
}

#[test]
fn sessions_are_counted_per_term_and_a_correction_replaces_the_first_entry() {
    let f = figures(&known_year(), &options());
    let per_term: Vec<(u64, u64, u64, u64)> = f
        .terms
        .iter()
        .map(|t| (t.sessions, t.classes, t.children_present, t.parents_present))
        .collect();
    assert_eq!(per_term, [(2, 1, 57, 5), (2, 2, 62, 12)]);
    assert_eq!(f.terms[0].end, date!(2026 - 01 - 15));
    assert_eq!(f.terms[1].start, date!(2026 - 01 - 16));
    assert_eq!((f.parents_present, f.letters_printed), (17, 61));
}

#[test]
fn children_reached_counts_each_class_once_and_children_on_their_own() {
    let f = figures(&known_year(), &options());
    let expected = BTreeMap::from([("3-6".to_string(), 30 + 1), ("6-10".to_string(), 32)]);
    assert_eq!(f.children_by_band, expected);
    assert_eq!(f.classes, 2);
}

#[test]
fn safe_choice_at_first_try_telling_and_check_questions_per_topic() {
    let f = figures(&known_year(), &options());
    let popup = f.topics.iter().find(|t| t.slug == "prize-popup").unwrap();
    assert_eq!(
        (popup.class_plays, popup.own_plays, popup.plays_told),
        (1, 1, 1)
    );
    assert_eq!((popup.first_try.answers, popup.first_try.good), (1, 0));
    let pw = f
        .topics
        .iter()
        .find(|t| t.slug == "password-sharing")
        .unwrap();
    assert_eq!((pw.first_try.answers, pw.first_try.good), (2, 1));
    assert_eq!(pw.first_try.percent(), Some(50));
    assert_eq!((pw.plays_told, pw.own_plays), (1, 2));
    assert_eq!(
        (pw.before.answers, pw.before.good, pw.after.good),
        (1, 0, 1)
    );
    assert!(pw.before.few());
    assert_eq!(
        (pw.review.answers, pw.review.good),
        (1, 1),
        "the review days later"
    );
    assert_eq!(f.tell_presses, 3);
    assert_eq!(f.notes.len(), 2);
}

#[test]
fn the_figures_do_not_depend_on_order_or_duplicates() {
    let year = known_year();
    let mut shuffled = year.clone();
    shuffled.reverse();
    shuffled.extend(year.iter().take(9).cloned());
    assert_eq!(figures(&shuffled, &options()), figures(&year, &options()));
    assert_eq!(merge(vec![year.clone(), year.clone()]).len(), year.len());
}

#[test]
fn choosing_classes_leaves_out_the_others_and_children_on_their_own() {
    let mut o = options();
    o.classes = Some(BTreeSet::from([Uuid::from_u128(100).to_string()]));
    let f = figures(&known_year(), &o);
    assert_eq!(
        f.children_by_band,
        BTreeMap::from([("3-6".to_string(), 30)])
    );
    assert_eq!(f.sessions(), 3);
    assert!(f.topics.iter().all(|t| t.slug == "prize-popup"));
}

#[test]
fn an_edited_period_moves_the_terms() {
    let mut o = options();
    o.start = date!(2026 - 01 - 01);
    o.term_starts = vec![date!(2026 - 03 - 03)];
    let f = figures(&known_year(), &o);
    let sessions: Vec<u64> = f.terms.iter().map(|t| t.sessions).collect();
    assert_eq!(sessions, [1, 1]);
}

fn words() -> Words {
    let mut w = Words::new();
    add_report_words(&mut w);
    w
}

fn render(f: &Figures, lang: &str) -> (String, String) {
    let words = words();
    let titles = BTreeMap::new();
    let w = Writer {
        words: &words,
        lesson_titles: &titles,
        lang,
    };
    (html(f, &w), csv(f, &w))
}

#[test]
fn the_vietnamese_report_has_its_headings_figures_and_escaped_notes() {
    let f = figures(&known_year(), &options());
    let (page, _) = render(&f, "vi");
    for text in [
        "<html lang=\"vi\">",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
        "Năm học 2025-2026",
        "Kính gửi: Phòng Giáo dục và Đào tạo quận Ba Đình",
        "từ ngày 01/09/2025 đến ngày 31/08/2026",
        "II. Số buổi học theo học kỳ",
        "Học kỳ II",
        "Trẻ 3-6 tuổi",
        "Quảng cáo trúng thưởng",
        "Giữ bí mật mật khẩu",
        "50% <span class=\"count\">(2)</span>",
        "Ít hơn 20 câu trả lời",
        "Các em rất &lt;hào hứng&gt;.",
        "Ngày 30 tháng 06 năm 2026",
        "@page { size: A4;",
    ] {
        assert!(page.contains(text), "missing {text:?}");
    }
    assert!(!page.contains("<hào hứng>"));
    assert!(!page.contains("[report-"), "a message is missing");
}

#[test]
fn the_english_report_and_both_csvs_carry_the_same_figures() {
    let f = figures(&known_year(), &options());
    let (page, csv_en) = render(&f, "en");
    for text in [
        "2. Sessions per term",
        "Term II",
        "Ages 6-10",
        "Keeping passwords private",
    ] {
        assert!(page.contains(text), "missing {text:?}");
    }
    assert!(!page.contains("CỘNG HÒA"));
    let (_, csv_vi) = render(&f, "vi");
    for csv in [&csv_en, &csv_vi] {
        for row in [
            "summary,sessions,",
            "term_2,children_present,",
            "topic:password-sharing,safe_first_try_percent,",
        ] {
            assert!(csv.contains(row), "missing {row:?}");
        }
        let value = |key: &str| {
            csv.lines()
                .find(|l| l.starts_with(key))
                .map(|l| l.split(',').rev().nth(2).unwrap().to_string())
        };
        assert_eq!(value("summary,sessions,").as_deref(), Some("4"));
        assert_eq!(value("summary,children,").as_deref(), Some("63"));
        assert_eq!(
            value("topic:password-sharing,safe_first_try_percent,").as_deref(),
            Some("50")
        );
        let before = csv
            .lines()
            .find(|l| l.starts_with("topic:password-sharing,before_right_percent,"))
            .unwrap();
        assert!(before.ends_with(",0,1,fewer_than_20_answers"), "{before}");
    }
}

#[test]
fn a_generated_school_year_adds_up() {
    let spec = SchoolSpec::small();
    let school = generate(&spec);
    let f = figures(
        &school.statements,
        &ReportOptions::school_year("X", 2025, date!(2026 - 06 - 30)),
    );
    let expected_sessions = u64::from(spec.classes * 2 * spec.sessions_per_term);
    assert_eq!(f.sessions(), expected_sessions);
    assert_eq!(f.children_total(), u64::from(spec.pupils));
    let own: u64 = f.topics.iter().map(|t| t.own_plays).sum();
    assert_eq!(own, u64::from(spec.child_plays));
    for t in &f.topics {
        let rate = t.first_try.percent().unwrap();
        assert!((55..=95).contains(&rate), "{}: {rate}", t.slug);
    }
    // The check questions: more right after the lesson than before, each on enough answers.
    let tally =
        |pick: fn(&safekite_records::report::TopicFigures) -> &safekite_records::report::Tally| {
            f.topics
                .iter()
                .map(pick)
                .fold((0, 0), |(a, g), t| (a + t.answers, g + t.good))
        };
    let (before, after, review) = (
        tally(|t| &t.before),
        tally(|t| &t.after),
        tally(|t| &t.review),
    );
    assert!(
        before.0 >= 20 && after.0 == before.0 && review.0 >= 10,
        "{before:?} {after:?} {review:?}"
    );
    assert!(
        after.1 * before.0 > before.1 * after.0,
        "after {after:?} beats before {before:?}"
    );
    let by_class = school.by_class();
    assert_eq!(by_class.len(), spec.classes as usize);
    assert_eq!(merge(by_class).len(), school.statements.len());
}
