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

/// Checks one statement's JSON and turns it into a [`Statement`]; problems are placed at
/// `(line, col)`, where the statement starts.
pub fn statement_from_json(json: &str, line: usize, col: usize) -> Result<Statement, Located> {
    // The quick way: straight into SafeKite's shape and checked there. Anything else (another
    // shape, or a problem) goes the long way, which says what is wrong.
    // (A `null` anywhere goes the long way: the typed shape would read it as "absent".)
    if !json.contains("null")
        && let Ok(s) = serde_json::from_str::<Statement>(json)
        && crate::validate::quick_valid(&s)
    {
        return Ok(s);
    }
    let at = |message: String| Located { line, col, message };
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        let (l, c) = (
            line + e.line() - 1,
            if e.line() == 1 {
                col + e.column() - 1
            } else {
                e.column()
            },
        );
        Located {
            line: l,
            col: c,
            message: format!("not JSON: {e}"),
        }
    })?;
    let problems = validate(&value);
    if let Some(first) = problems.first() {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(" (and {} more problems)", n - 1),
        };
        return Err(at(format!(
            "not a valid xAPI 1.0.3 statement: {first}{more}"
        )));
    }
    serde_json::from_value(value).map_err(|e| at(format!("not a SafeKite statement: {e}")))
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
    // Lines are counted on from the previous statement (the offsets only grow).
    let (mut seen, mut line, mut line_start) = (0, 1, 0);
    for raw in raws {
        let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        for (i, b) in text.as_bytes()[seen..offset].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = seen + i + 1;
            }
        }
        seen = offset;
        let col = text[line_start..offset].chars().count() + 1;
        match statement_from_json(raw.get(), line, col) {
            Ok(s) => statements.push(s),
            Err(e) => errors.push(e),
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
    let mut out = String::from("[\n");
    for (i, s) in statements.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&serde_json::to_string(s).expect("a statement serialises"));
    }
    out.push_str("\n]\n");
    out
}

/// Merges lists of statements, keeping the first of each id, sorted by timestamp then id.
pub fn merge(lists: Vec<Vec<Statement>>) -> Vec<Statement> {
    let mut seen = std::collections::HashSet::new();
    let mut all: Vec<Statement> = lists
        .into_iter()
        .flatten()
        .filter(|s| seen.insert(s.id))
        .collect();
    all.sort_by(|a, b| (&a.timestamp, a.id).cmp(&(&b.timestamp, b.id)));
    all
}
