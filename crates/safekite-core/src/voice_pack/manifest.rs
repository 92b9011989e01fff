//! A voice pack's manifest, `voice-pack.tsv`: written from takes, and read back into takes (their
//! audio still to be read) with every problem at its line and column.

use super::{FORMAT, MAGIC, MANIFEST, MAX_TAKES, PackError, SCREENS, Take, check_take};
use std::collections::HashMap;
use time::{Date, Month};

/// The manifest's columns, in order (its second line).
pub(crate) const COLUMNS: [&str; 7] = [
    "locale",
    "lesson",
    "id",
    "file",
    "recorded_by",
    "date",
    "words",
];

/// The manifest for `takes` (already sorted and checked).
pub(crate) fn write(takes: &[&Take]) -> String {
    let mut out = format!("{MAGIC}\t{FORMAT}\n{}\n", COLUMNS.join("\t"));
    for t in takes {
        let by = t.recorded_by.as_deref().map(escape).unwrap_or_default();
        let row = [
            t.locale.clone(),
            t.lesson.clone(),
            t.id.clone(),
            t.file_name(),
            by,
            format_date(t.date),
            escape(&t.words),
        ];
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

/// The takes the manifest lists (with no audio yet), each with its line.
pub(crate) fn parse(text: &str) -> Result<Vec<(Take, usize)>, PackError> {
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    parse_header(lines.next().unwrap_or(""), lines.next())?;
    let mut out: Vec<(Take, usize)> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (i, line) in lines.enumerate() {
        let n = i + 3;
        if line.trim().is_empty() {
            continue;
        }
        if out.len() == MAX_TAKES {
            return Err(err(n, 1, format!("more than {MAX_TAKES} takes")));
        }
        let take = parse_row(n, line)?;
        let key = (take.locale.clone(), take.id.clone());
        if let Some(first) = seen.insert(key, n) {
            let msg = format!(
                "`{}` is listed twice (first on line {first})",
                take.file_name()
            );
            return Err(err(n, column(line, 2), msg));
        }
        out.push((take, n));
    }
    Ok(out)
}

fn err(line: usize, col: usize, message: impl Into<String>) -> PackError {
    PackError::new(MANIFEST, message).at(line, col)
}

/// Line 1: `safekite-voice-pack<TAB>1`; line 2: the column names.
fn parse_header(first: &str, second: Option<&str>) -> Result<(), PackError> {
    let (magic, version) = first.split_once('\t').unwrap_or((first, ""));
    if magic != MAGIC {
        let msg =
            format!("not a SafeKite voice pack (the first line should be `{MAGIC}<TAB>{FORMAT}`)");
        return Err(err(1, 1, msg));
    }
    let col = magic.chars().count() + 2;
    match version.trim().parse::<u32>() {
        Ok(FORMAT) => {}
        Ok(v) if v > FORMAT => {
            let msg =
                format!("format {v} is newer than this SafeKite reads ({FORMAT}): update SafeKite");
            return Err(err(1, col, msg));
        }
        _ => return Err(err(1, col, format!("`{version}` is not format {FORMAT}"))),
    }
    let want = COLUMNS.join("\t");
    if second != Some(want.as_str()) {
        let msg = format!(
            "the second line should name the columns: `{}`",
            COLUMNS.join("<TAB>")
        );
        return Err(err(2, 1, msg));
    }
    Ok(())
}

/// The 1-based column (in characters) where field `k` of a tab-separated line starts.
pub(crate) fn column(line: &str, k: usize) -> usize {
    1 + line
        .split('\t')
        .take(k)
        .map(|f| f.chars().count() + 1)
        .sum::<usize>()
}

/// One take's row.
fn parse_row(n: usize, line: &str) -> Result<Take, PackError> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() != COLUMNS.len() {
        let msg = format!(
            "expected {} tab-separated columns, found {}",
            COLUMNS.len(),
            f.len()
        );
        return Err(err(n, 1, msg));
    }
    let at = |name: &str| column(line, COLUMNS.iter().position(|c| *c == name).unwrap_or(0));
    let text = |k: usize| unescape(f[k]).map_err(|off| err(n, column(line, k) + off, BAD_ESCAPE));
    let recorded_by = Some(text(4)?).filter(|s| !s.is_empty());
    let Some(date) = parse_date(f[5]) else {
        return Err(err(
            n,
            at("date"),
            format!("`{}` is not a date (YYYY-MM-DD)", f[5]),
        ));
    };
    let take = Take {
        locale: f[0].to_string(),
        lesson: f[1].to_string(),
        id: f[2].to_string(),
        words: text(6)?,
        recorded_by,
        date,
        ogg: Vec::new(),
    };
    check_take(&take).map_err(|(name, msg)| err(n, at(name), msg))?;
    if f[3] != take.file_name() {
        let msg = format!("the file should be `{}`, not `{}`", take.file_name(), f[3]);
        return Err(err(n, at("file"), msg));
    }
    debug_assert!(take.lesson == SCREENS || take.id.starts_with(&take.lesson));
    Ok(take)
}

const BAD_ESCAPE: &str = "a backslash starts `\\\\`, `\\t`, `\\n` or `\\r`, nothing else";

/// The text with `\`, tab, new line and carriage return escaped.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The text unescaped, or the column offset (in characters) of a bad escape.
pub(crate) fn unescape(s: &str) -> Result<String, usize> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().enumerate();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next().map(|(_, c)| c) {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            _ => return Err(i),
        }
    }
    Ok(out)
}

/// `YYYY-MM-DD`.
pub(crate) fn format_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A `YYYY-MM-DD` date (years 1970 to 9999), or `None`.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if y < 1970 {
        return None;
    }
    let month = Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?).ok()
}
