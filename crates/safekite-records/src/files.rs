//! Reading statements from text, with the line and column of every problem: an export (a JSON
//! array of statements, what "Export records", `merge` and `pull` write) or a record log (JSON
//! Lines with a header, see [`crate::log`]). Writing an export.

use crate::validate::validate;
use crate::xapi::Statement;
use serde_json::value::RawValue;

/// A problem at a place in a file (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl std::fmt::Display for Located {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// 1-based line and column (in characters) of byte offset `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = &text[..pos.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Why one statement's JSON was refused, before it is placed in its file.
enum Refused {
    /// Not JSON: serde's error, placed relative to the statement's start.
    NotJson(serde_json::Error),
    /// JSON, but not a statement SafeKite reads.
    Invalid(String),
}

impl Refused {
    fn at(self, line: usize, col: usize) -> Located {
        match self {
            Refused::NotJson(e) => Located {
                line: line + e.line() - 1,
                col: if e.line() == 1 {
                    col + e.column() - 1
                } else {
                    e.column()
                },
                message: format!("not JSON: {e}"),
            },
            Refused::Invalid(message) => Located { line, col, message },
        }
    }
}

/// Checks one statement's JSON and turns it into a [`Statement`]; problems are placed at
/// `(line, col)`, where the statement starts.
pub fn statement_from_json(json: &str, line: usize, col: usize) -> Result<Statement, Located> {
    parse_statement(json).map_err(|e| e.at(line, col))
}

/// [`statement_from_json`] before its problems are placed (the place is only worked out for a
/// statement that is refused).
fn parse_statement(json: &str) -> Result<Statement, Refused> {
    // The quick way: straight into SafeKite's shape and checked there, once. Anything else
    // (another shape, or a problem) goes the long way, which says what is wrong.
    // (A `null` anywhere goes the long way: the typed shape would read it as "absent".)
    if !json.contains("null")
        && let Ok(s) = serde_json::from_str::<Statement>(json)
        && crate::validate::quick_valid(&s)
    {
        return Ok(s);
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(Refused::NotJson)?;
    let problems = validate(&value);
    if let Some(first) = problems.first() {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(" (and {} more problems)", n - 1),
        };
        return Err(Refused::Invalid(format!(
            "not a valid xAPI 1.0.3 statement: {first}{more}"
        )));
    }
    serde_json::from_value(value)
        .map_err(|e| Refused::Invalid(format!("not a SafeKite statement: {e}")))
}

/// The statements in `text`: an export (JSON array) or a record log (JSON Lines). Every bad
/// statement is reported, not only the first.
pub fn read_statements(text: &str) -> Result<Vec<Statement>, Vec<Located>> {
    if text.trim_start().starts_with('[') {
        read_array(text)
    } else {
        crate::log::parse_log(text)
            .map(|log| log.statements)
            .map_err(|e| vec![e])
    }
}

fn read_array(text: &str) -> Result<Vec<Statement>, Vec<Located>> {
    let raws: Vec<&RawValue> = serde_json::from_str(text).map_err(|e| {
        vec![Located {
            line: e.line(),
            col: e.column(),
            message: format!("not a JSON array of statements: {e}"),
        }]
    })?;
    let mut statements = Vec::with_capacity(raws.len());
    let mut errors = Vec::new();
    // Lines are counted on from the previous refused statement (the offsets only grow), and
    // only for a refused statement: a good one needs no place.
    let (mut seen, mut line, mut line_start) = (0, 1, 0);
    for raw in raws {
        match parse_statement(raw.get()) {
            Ok(s) => statements.push(s),
            Err(e) => {
                let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
                let between = &text.as_bytes()[seen..offset];
                line += between.iter().filter(|b| **b == b'\n').count();
                if let Some(i) = between.iter().rposition(|b| *b == b'\n') {
                    line_start = seen + i + 1;
                }
                seen = offset;
                let col = text[line_start..offset].chars().count() + 1;
                errors.push(e.at(line, col));
            }
        }
    }
    if errors.is_empty() {
        Ok(statements)
    } else {
        Err(errors)
    }
}

/// An export: the statements as a JSON array, one statement per line.
pub fn export_json(statements: &[Statement]) -> String {
    let mut out = Vec::new();
    write_export(statements, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Writes [`export_json`]'s text to `out`, statement by statement (a merge writes a school's
/// year straight to its file, through a buffer, without the whole text in memory).
pub fn write_export(
    statements: &[Statement],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    out.write_all(b"[\n")?;
    for (i, s) in statements.iter().enumerate() {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *out, s)?;
    }
    out.write_all(b"\n]\n")
}

/// Merges lists of statements, keeping the first of each id, sorted by timestamp then id.
pub fn merge(lists: Vec<Vec<Statement>>) -> Vec<Statement> {
    let total = lists.iter().map(Vec::len).sum();
    // The first list grows in place (a year's statements are not moved one more time).
    let mut lists = lists.into_iter();
    let mut all = lists.next().unwrap_or_default();
    all.reserve(total - all.len());
    for list in lists {
        all.extend(list);
    }
    let mut seen = std::collections::HashSet::with_capacity(total);
    all.retain(|s| seen.insert(s.id));
    // Each file is mostly in time order already: the stable sort merges those runs.
    all.sort_by(|a, b| (&a.timestamp, a.id).cmp(&(&b.timestamp, b.id)));
    all
}
