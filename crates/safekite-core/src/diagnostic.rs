//! Diagnostics: a problem in a lesson or locale file, at a line and column, with a stable code,
//! printed like rustc's (`path:line:col: error[SK0013]: message`, a source excerpt, a hint).

use std::fmt;

/// Error or warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// `error` or `warning`, as printed.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found by the checker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code, `SK0001`..; see [`crate::codes`].
    pub code: &'static str,
    /// The file, as given to the checker (relative paths stay relative).
    pub file: String,
    /// 1-based line and column; 0 when the problem concerns a whole file.
    pub line: usize,
    pub col: usize,
    /// How many characters to underline (at least 1).
    pub len: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.into(),
            line: 0,
            col: 0,
            len: 1,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        code: &'static str,
        file: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    /// Places the diagnostic at a position.
    pub fn at(mut self, line: usize, col: usize, len: usize) -> Self {
        self.line = line;
        self.col = col;
        self.len = len.max(1);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic with an excerpt of `source` (the file's text, if available).
    pub fn render(&self, source: Option<&str>) -> String {
        let mut out = format!("{self}\n");
        if self.line > 0
            && let Some(line) = source.and_then(|s| s.lines().nth(self.line - 1))
        {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            let (text, col) = excerpt_window(line, self.col.max(1));
            let caret_pad = " ".repeat((col - 1).min(text.chars().count()));
            let avail = text.chars().count().saturating_sub(col - 1).max(1);
            out.push_str(&format!(
                "{pad} |\n{num} | {text}\n{pad} | {caret_pad}{}\n",
                "^".repeat(self.len.min(avail))
            ));
        }
        if let Some(h) = &self.hint {
            out.push_str(&format!("  = hint: {h}\n"));
        }
        out
    }
}

/// The longest excerpt shown, in characters: a longer line is shown as a window around the
/// column, with `…` where it is cut.
const MAX_EXCERPT_CHARS: usize = 100;

/// The part of `line` to show (tabs as spaces) and the column of `col` within it.
fn excerpt_window(line: &str, col: usize) -> (String, usize) {
    let chars = line.chars().count();
    if chars <= MAX_EXCERPT_CHARS {
        return (line.replace('\t', " "), col);
    }
    let start = col
        .saturating_sub(1)
        .saturating_sub(MAX_EXCERPT_CHARS / 3)
        .min(chars.saturating_sub(MAX_EXCERPT_CHARS));
    let end = (start + MAX_EXCERPT_CHARS).min(chars);
    let mut text: String = line
        .chars()
        .skip(start)
        .take(end - start)
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let mut col = col - start;
    if start > 0 {
        text.insert(0, '…');
        col += 1;
    }
    if end < chars {
        text.push('…');
    }
    (text, col)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = self.severity.as_str();
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {sev}[{}]: {}",
                self.file, self.line, self.col, self.code, self.message
            )
        } else {
            write!(f, "{}: {sev}[{}]: {}", self.file, self.code, self.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes;

    /// The exact form authors see (and editors' quick-fix lists read): the place first on one
    /// line, the excerpt with its underline, the hint.
    #[test]
    fn a_diagnostic_renders_exactly_like_this() {
        let source = "Lesson(\n  start: \"helo\",\n)\n";
        let d = Diagnostic::error(
            codes::MISSING_NODE,
            "lessons/x.lesson.ron",
            "no node `helo`",
        )
        .at(2, 10, 6)
        .hint("the nodes of this lesson are: hello");
        assert_eq!(
            d.render(Some(source)),
            "lessons/x.lesson.ron:2:10: error[SK0013]: no node `helo`\n  |\n2 |   start: \"helo\",\n  |          ^^^^^^\n  = hint: the nodes of this lesson are: hello\n"
        );
        let whole_file = Diagnostic::warning(codes::MISSING_NODE, "a.ftl", "m");
        assert_eq!(whole_file.render(None), "a.ftl: warning[SK0013]: m\n");
    }
}
