//! The report as a printable A4 HTML page and as CSV, in Vietnamese or English. The report's
//! own words are in `locales/<lang>/report.ftl`; topic names come from there too, lesson
//! titles from the lessons' own Fluent files (the caller adds them to the same [`Words`]).

use crate::report::{Figures, Tally, TopicFigures};
use safekite_core::ids::MessageId;
use safekite_core::topics::TOPICS;
use safekite_core::words::Words;
use std::collections::BTreeMap;
use std::fmt::Write;
use time::Date;

/// The report's words, built in (they work on wasm too).
pub const REPORT_FTL: &[(&str, &str)] = &[
    ("vi", include_str!("../../../locales/vi/report.ftl")),
    ("en", include_str!("../../../locales/en/report.ftl")),
];

/// Adds the report's words to `words`.
pub fn add_report_words(words: &mut Words) {
    for (locale, source) in REPORT_FTL {
        let errors = words.add_file(locale, &format!("locales/{locale}/report.ftl"), source);
        assert!(errors.is_empty(), "report.ftl: {errors:?}");
    }
}

/// What a report is written with: the words, the lessons' title message ids, the language.
pub struct Writer<'a> {
    pub words: &'a Words,
    /// Lesson id to the message id of its title.
    pub lesson_titles: &'a BTreeMap<String, MessageId>,
    pub lang: &'a str,
}

// HTML escaping: the same as the printed pages'.
use safekite_core::html::escape as esc;

fn roman(n: usize) -> &'static str {
    ["I", "II", "III", "IV", "V", "VI"]
        .get(n)
        .copied()
        .unwrap_or("?")
}

impl Writer<'_> {
    fn t(&self, id: &str) -> String {
        self.words.text(self.lang, id)
    }

    fn t_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, fluent_value::Value)> =
            args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        self.words
            .get_with(self.lang, id, &args)
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// A whole number with the language's thousands separator.
    pub fn int(&self, n: u64) -> String {
        let sep = if self.lang == "vi" { '.' } else { ',' };
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    fn percent(&self, p: Option<u64>) -> String {
        p.map_or_else(|| self.t("report-none"), |p| format!("{p}%"))
    }

    /// A day as the language writes it: 01/09/2025 or 1 September 2025.
    pub fn date(&self, d: Date) -> String {
        if self.lang == "vi" {
            format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year())
        } else {
            format!("{} {} {}", d.day(), d.month(), d.year())
        }
    }

    /// The topic's name in the report's language.
    pub fn topic_name(&self, slug: &str) -> String {
        let id = format!("report-topic-{slug}");
        self.words
            .get(self.lang, &id)
            .unwrap_or_else(|| slug.to_string())
    }

    fn lesson_name(&self, id: &str) -> String {
        self.lesson_titles
            .get(id)
            .and_then(|m| self.words.get(self.lang, m.as_str()))
            .unwrap_or_else(|| id.to_string())
    }

    fn band_name(&self, band: &str) -> String {
        let id = if band.is_empty() {
            "report-band-none".to_string()
        } else {
            format!("report-band-{band}")
        };
        self.words
            .get(self.lang, &id)
            .unwrap_or_else(|| band.to_string())
    }

    fn year_label(&self, f: &Figures) -> String {
        format!("{}-{}", f.options.start.year(), f.options.end.year())
    }
}

/// The `fluent_bundle` value type, under a short name.
mod fluent_value {
    pub type Value = fluent_bundle::FluentValue<'static>;
}

/// Topics in the curriculum's order (unknown slugs last, by name).
fn ordered(topics: &[TopicFigures]) -> Vec<&TopicFigures> {
    let rank = |slug: &str| {
        TOPICS
            .iter()
            .position(|t| t.slug == slug)
            .unwrap_or(usize::MAX)
    };
    let mut v: Vec<&TopicFigures> = topics.iter().collect();
    v.sort_by(|a, b| (rank(&a.slug), &a.slug).cmp(&(rank(&b.slug), &b.slug)));
    v
}

const CSS: &str = include_str!("report.css");

/// The report as one HTML page for A4 paper. Fonts are referenced relatively
/// (`fonts/NotoSans-*.ttf` next to the page), with the system's sans-serif as a fallback.
pub fn html(f: &Figures, w: &Writer) -> String {
    let mut h = String::new();
    let title = format!("{} - {}", w.t("report-title"), f.options.school);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        w.lang,
        esc(&title)
    );
    heading(&mut h, f, w);
    summary(&mut h, f, w);
    terms(&mut h, f, w);
    children(&mut h, f, w);
    topics(&mut h, f, w);
    results(&mut h, f, w);
    notes(&mut h, f, w);
    let _ = writeln!(h, "<p class=\"source\">{}</p>", esc(&w.t("report-source")));
    signatures(&mut h, f, w);
    h.push_str("</body>\n</html>\n");
    h
}

fn heading(h: &mut String, f: &Figures, w: &Writer) {
    let o = &f.options;
    h.push_str("<header class=\"head\">\n<div class=\"issuer\">");
    if !o.office.is_empty() {
        let _ = write!(h, "<div>{}</div>", esc(&o.office.to_uppercase()));
    }
    let _ = writeln!(
        h,
        "<div class=\"school\">{}</div></div>",
        esc(&o.school.to_uppercase())
    );
    h.push_str("<div class=\"nation\">");
    if w.words.has(w.lang, "report-nation") {
        let _ = write!(
            h,
            "<div class=\"country\">{}</div><div class=\"motto\">{}</div>",
            esc(&w.t("report-nation")),
            esc(&w.t("report-motto"))
        );
    }
    let d = o.made_on;
    let day = w.t_with(
        "report-place-date",
        &[
            ("day", format!("{:02}", d.day())),
            ("month", format!("{:02}", u8::from(d.month()))),
            ("year", d.year().to_string()),
        ],
    );
    let _ = write!(
        h,
        "<div class=\"made-on\">{}</div></div>\n</header>\n",
        esc(&day)
    );
    let _ = writeln!(
        h,
        "<h1>{}<span>{}</span><span class=\"year\">{}</span></h1>",
        esc(&w.t("report-doc-title")),
        esc(&w.t("report-title")),
        esc(&w.t_with("report-year", &[("year", w.year_label(f))]))
    );
    if !o.office.is_empty() {
        let to = w.t_with("report-to", &[("office", o.office.clone())]);
        let _ = writeln!(h, "<p class=\"to\">{}</p>", esc(&to));
    }
    let period = w.t_with(
        "report-period",
        &[("start", w.date(o.start)), ("end", w.date(o.end))],
    );
    let intro = w.t_with("report-intro", &[("school", o.school.clone())]);
    let _ = write!(
        h,
        "<p class=\"period\">{}</p>\n<p>{}</p>\n",
        esc(&period),
        esc(&intro)
    );
}

fn table_head(h: &mut String, w: &Writer, cols: &[&str], numeric_from: usize) {
    h.push_str("<table>\n<thead><tr>");
    for (i, c) in cols.iter().enumerate() {
        let class = if i >= numeric_from {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(h, "<th{class}>{}</th>", esc(&w.t(c)));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
}

fn row(h: &mut String, cells: &[String], numeric_from: usize) {
    h.push_str("<tr>");
    for (i, c) in cells.iter().enumerate() {
        let class = if i >= numeric_from {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(h, "<td{class}>{c}</td>");
    }
    h.push_str("</tr>\n");
}

fn section(h: &mut String, w: &Writer, id: &str, class: &str) {
    let _ = write!(
        h,
        "<section class=\"{class}\">\n<h2>{}</h2>\n",
        esc(&w.t(id))
    );
}

fn summary(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-summary", "summary");
    h.push_str("<table class=\"facts\">\n<tbody>\n");
    let facts = [
        ("report-sum-sessions", f.sessions()),
        ("report-sum-classes", f.classes),
        ("report-sum-children", f.children_total()),
        ("report-sum-parents", f.parents_present),
        ("report-sum-letters", f.letters_printed),
    ];
    for (id, n) in facts {
        row(h, &[esc(&w.t(id)), w.int(n)], 1);
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn terms(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-terms", "terms");
    let cols = [
        "report-col-term",
        "report-col-dates",
        "report-col-sessions",
        "report-col-classes",
        "report-col-children-present",
        "report-col-parents-present",
    ];
    table_head(h, w, &cols, 2);
    for (i, t) in f.terms.iter().enumerate() {
        let name = w.t_with("report-term", &[("n", roman(i).to_string())]);
        let dates = format!("{} - {}", w.date(t.start), w.date(t.end));
        let cells = [
            esc(&name),
            esc(&dates),
            w.int(t.sessions),
            w.int(t.classes),
            w.int(t.children_present),
            w.int(t.parents_present),
        ];
        row(h, &cells, 2);
    }
    let total = [
        format!("<b>{}</b>", esc(&w.t("report-total"))),
        String::new(),
        w.int(f.sessions()),
        w.int(f.classes),
        w.int(f.terms.iter().map(|t| t.children_present).sum()),
        w.int(f.parents_present),
    ];
    row(h, &total, 2);
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn children(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-children", "children");
    table_head(h, w, &["report-col-band", "report-col-children"], 1);
    for (band, n) in &f.children_by_band {
        row(h, &[esc(&w.band_name(band)), w.int(*n)], 1);
    }
    let total = format!("<b>{}</b>", esc(&w.t("report-total")));
    row(h, &[total, w.int(f.children_total())], 1);
    h.push_str("</tbody>\n</table>\n");
    let parents = w.t_with(
        "report-parents-line",
        &[
            ("parents", w.int(f.parents_present)),
            ("letters", w.int(f.letters_printed)),
        ],
    );
    let _ = write!(h, "<p>{}</p>\n</section>\n", esc(&parents));
}

fn topics(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-topics", "topics");
    if f.topics.is_empty() {
        let _ = write!(h, "<p>{}</p>\n</section>\n", esc(&w.t("report-no-topics")));
        return;
    }
    let cols = [
        "report-col-topic",
        "report-col-lessons",
        "report-col-class-plays",
        "report-col-own-plays",
    ];
    table_head(h, w, &cols, 2);
    for t in ordered(&f.topics) {
        let lessons: Vec<String> = t.lessons.iter().map(|l| esc(&w.lesson_name(l))).collect();
        let topic = format!(
            "{}<div class=\"band\">{}</div>",
            esc(&w.topic_name(&t.slug)),
            esc(&w.band_name(&t.band))
        );
        let cells = [
            topic,
            lessons.join("<br>"),
            w.int(t.class_plays),
            w.int(t.own_plays),
        ];
        row(h, &cells, 2);
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn tally_cell(w: &Writer, t: &Tally) -> String {
    if t.answers == 0 {
        return esc(&w.t("report-none"));
    }
    let mark = if t.few() {
        "<sup class=\"few\">*</sup>"
    } else {
        ""
    };
    format!(
        "{}{mark} <span class=\"count\">({})</span>",
        w.percent(t.percent()),
        w.int(t.answers)
    )
}

fn results(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-results", "results");
    let (plays, told) = f.plays();
    let told_pct = Tally {
        answers: plays,
        good: told,
    };
    let line = w.t_with(
        "report-tell-line",
        &[
            ("plays", w.int(plays)),
            ("told", w.int(told)),
            ("percent", w.percent(told_pct.percent())),
            ("presses", w.int(f.tell_presses)),
        ],
    );
    let _ = write!(
        h,
        "<p>{}</p>\n<p class=\"hint\">{}</p>\n",
        esc(&line),
        esc(&w.t("report-results-intro"))
    );
    let cols = [
        "report-col-topic",
        "report-col-safe-first",
        "report-col-told",
        "report-col-before",
        "report-col-after",
        "report-col-review",
    ];
    table_head(h, w, &cols, 1);
    let mut any_few = false;
    for t in ordered(&f.topics) {
        let told = Tally {
            answers: t.plays(),
            good: t.plays_told,
        };
        any_few |= [&t.before, &t.after, &t.review]
            .iter()
            .any(|x| x.answers > 0 && x.few());
        let cells = [
            esc(&w.topic_name(&t.slug)),
            format!(
                "{} <span class=\"count\">({})</span>",
                w.percent(t.first_try.percent()),
                w.int(t.first_try.answers)
            ),
            w.percent(told.percent()),
            tally_cell(w, &t.before),
            tally_cell(w, &t.after),
            tally_cell(w, &t.review),
        ];
        row(h, &cells, 1);
    }
    h.push_str("</tbody>\n</table>\n");
    if any_few {
        let _ = writeln!(
            h,
            "<p class=\"note\"><sup class=\"few\">*</sup> {}</p>",
            esc(&w.t("report-few-mark"))
        );
    }
    h.push_str("</section>\n");
}

fn notes(h: &mut String, f: &Figures, w: &Writer) {
    section(h, w, "report-sec-notes", "notes");
    if f.notes.is_empty() {
        let _ = write!(h, "<p>{}</p>\n</section>\n", esc(&w.t("report-no-notes")));
        return;
    }
    table_head(
        h,
        w,
        &["report-col-date", "report-col-class", "report-col-note"],
        3,
    );
    for n in &f.notes {
        row(h, &[esc(&w.date(n.date)), esc(&n.class), esc(&n.text)], 3);
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn signatures(h: &mut String, _f: &Figures, w: &Writer) {
    let _ = write!(
        h,
        "<div class=\"sign\">\n<div><b>{}</b><div class=\"hint\">{}</div></div>\n<div><b>{}</b><div class=\"hint\">{}</div></div>\n</div>\n",
        esc(&w.t("report-preparer")),
        esc(&w.t("report-sign-hint")),
        esc(&w.t("report-head")),
        esc(&w.t("report-sign-stamp"))
    );
}

/// Quotes a CSV field when it needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The same figures as CSV: `section,key,label,value,answers,flag`, one figure per row; keys
/// are stable (slugs, ISO dates), labels are in the report's language.
pub fn csv(f: &Figures, w: &Writer) -> String {
    let mut rows: Vec<[String; 6]> = Vec::new();
    let mut put =
        |section: &str, key: &str, label: String, value: String, answers: String, flag: &str| {
            rows.push([
                section.into(),
                key.into(),
                label,
                value,
                answers,
                flag.into(),
            ]);
        };
    summary_rows(&mut put, f, w);
    term_rows(&mut put, f, w);
    for (band, n) in &f.children_by_band {
        put(
            "children",
            band,
            w.band_name(band),
            n.to_string(),
            String::new(),
            "",
        );
    }
    for t in ordered(&f.topics) {
        topic_rows(&mut put, t, w);
    }
    for n in &f.notes {
        put(
            "note",
            &n.date.to_string(),
            n.class.clone(),
            n.text.clone(),
            String::new(),
            "",
        );
    }
    let mut out = String::from("section,key,label,value,answers,flag\n");
    for r in rows {
        let fields: Vec<String> = r.iter().map(|s| csv_field(s)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The CSV's first rows: the report's school and dates, then the year's totals.
fn summary_rows(
    put: &mut impl FnMut(&str, &str, String, String, String, &str),
    f: &Figures,
    w: &Writer,
) {
    let o = &f.options;
    put(
        "report",
        "school",
        String::new(),
        o.school.clone(),
        String::new(),
        "",
    );
    put(
        "report",
        "start",
        String::new(),
        o.start.to_string(),
        String::new(),
        "",
    );
    put(
        "report",
        "end",
        String::new(),
        o.end.to_string(),
        String::new(),
        "",
    );
    let (plays, told) = f.plays();
    let summary = [
        ("sessions", "report-sum-sessions", f.sessions()),
        ("classes", "report-sum-classes", f.classes),
        ("children", "report-sum-children", f.children_total()),
        ("parents_present", "report-sum-parents", f.parents_present),
        ("letters_printed", "report-sum-letters", f.letters_printed),
        ("plays", "", plays),
        ("plays_told", "report-col-told", told),
        ("tell_presses", "", f.tell_presses),
    ];
    for (key, label, n) in summary {
        let label = if label.is_empty() {
            String::new()
        } else {
            w.t(label)
        };
        put("summary", key, label, n.to_string(), String::new(), "");
    }
}

/// The CSV's rows of each term: its dates and counts.
fn term_rows(
    put: &mut impl FnMut(&str, &str, String, String, String, &str),
    f: &Figures,
    w: &Writer,
) {
    for (i, t) in f.terms.iter().enumerate() {
        let section = format!("term_{}", i + 1);
        let name = w.t_with("report-term", &[("n", roman(i).to_string())]);
        put(
            &section,
            "start",
            name.clone(),
            t.start.to_string(),
            String::new(),
            "",
        );
        put(
            &section,
            "end",
            name.clone(),
            t.end.to_string(),
            String::new(),
            "",
        );
        for (key, n) in [
            ("sessions", t.sessions),
            ("classes", t.classes),
            ("children_present", t.children_present),
            ("parents_present", t.parents_present),
            ("letters_printed", t.letters_printed),
        ] {
            put(
                &section,
                key,
                name.clone(),
                n.to_string(),
                String::new(),
                "",
            );
        }
    }
}

fn topic_rows(
    put: &mut impl FnMut(&str, &str, String, String, String, &str),
    t: &TopicFigures,
    w: &Writer,
) {
    let section = format!("topic:{}", t.slug);
    let name = w.topic_name(&t.slug);
    put(
        &section,
        "band",
        name.clone(),
        t.band.clone(),
        String::new(),
        "",
    );
    let lessons: Vec<&str> = t.lessons.iter().map(String::as_str).collect();
    put(
        &section,
        "lessons",
        name.clone(),
        lessons.join(" "),
        String::new(),
        "",
    );
    put(
        &section,
        "class_plays",
        name.clone(),
        t.class_plays.to_string(),
        String::new(),
        "",
    );
    put(
        &section,
        "own_plays",
        name.clone(),
        t.own_plays.to_string(),
        String::new(),
        "",
    );
    put(
        &section,
        "plays_told",
        name.clone(),
        t.plays_told.to_string(),
        t.plays().to_string(),
        "",
    );
    let pct = |t: &Tally| t.percent().map_or(String::new(), |p| p.to_string());
    put(
        &section,
        "safe_first_try_percent",
        name.clone(),
        pct(&t.first_try),
        t.first_try.answers.to_string(),
        "",
    );
    for (key, tally) in [
        ("before_right_percent", &t.before),
        ("after_right_percent", &t.after),
        ("review_right_percent", &t.review),
    ] {
        let flag = if tally.few() {
            "fewer_than_20_answers"
        } else {
            ""
        };
        put(
            &section,
            key,
            name.clone(),
            pct(tally),
            tally.answers.to_string(),
            flag,
        );
    }
}

#[cfg(test)]
mod every_language {
    /// A language added to the game (a folder and a line in `LOCALES`) must bring the report's
    /// words too: this is the one other line it needs, since they are built in.
    #[test]
    fn the_report_is_built_in_for_every_language_the_game_ships() {
        let built_in: Vec<&str> = super::REPORT_FTL.iter().map(|(code, _)| *code).collect();
        assert_eq!(built_in, safekite_core::words::LOCALES);
    }
}
