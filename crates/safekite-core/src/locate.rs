//! Finding where a value sits in a RON file: a tolerant scan that records the line and column of
//! every value by its path (`nodes[4].options[1].next`), so the checker can point at the exact
//! token of a problem found after parsing.

use std::collections::HashMap;

/// Where a value starts, and how many characters its token spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    pub col: usize,
    pub len: usize,
}

/// The positions of the values of one RON file, by path.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    spans: HashMap<String, Span>,
}

impl SourceMap {
    /// Scans RON `source`. Never fails: unexpected characters are skipped.
    pub fn new(source: &str) -> SourceMap {
        let mut s = Scanner {
            chars: source.chars().collect(),
            pos: 0,
            line: 1,
            col: 1,
            map: SourceMap::default(),
            depth: 0,
        };
        s.skip_trivia();
        while s.peek() == Some('#') {
            // `#![enable(...)]` attributes.
            while let Some(c) = s.peek() {
                s.bump();
                if c == ']' {
                    break;
                }
            }
            s.skip_trivia();
        }
        s.value(String::new());
        s.map
    }

    /// The span of the value at `path`, or of its closest recorded ancestor.
    pub fn find(&self, path: &str) -> Option<Span> {
        let mut p = path;
        loop {
            if let Some(s) = self.spans.get(p) {
                return Some(*s);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

struct Scanner {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    col: usize,
    map: SourceMap,
    depth: usize,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += 1;
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => self.bump(),
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    self.bump();
                    while self.peek().is_some()
                        && !(self.peek() == Some('*') && self.peek_at(1) == Some('/'))
                    {
                        self.bump();
                    }
                    self.bump();
                    self.bump();
                }
                _ => break,
            }
        }
    }

    fn record(&mut self, path: &str, line: usize, col: usize, len: usize) {
        self.map.spans.entry(path.to_string()).or_insert(Span {
            line,
            col,
            len: len.max(1),
        });
    }

    fn ident(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' {
                s.push(c);
                self.bump();
            } else {
                break;
            }
        }
        s
    }

    /// Scans one value at `path`; returns the string's content if it was a string.
    fn value(&mut self, path: String) -> Option<String> {
        self.skip_trivia();
        let (line, col, start) = (self.line, self.col, self.pos);
        let c = self.peek()?;
        if self.depth > 200 {
            self.bump();
            return None;
        }
        self.depth += 1;
        let mut text = None;
        match c {
            '"' => {
                let content = self.string();
                self.record(&path, line, col, self.pos - start);
                text = Some(content);
            }
            'r' if matches!(self.peek_at(1), Some('"') | Some('#')) => {
                let content = self.raw_string();
                self.record(&path, line, col, self.pos - start);
                text = Some(content);
            }
            '[' => {
                self.record(&path, line, col, 1);
                self.bump();
                self.seq(&path, ']');
            }
            '(' => {
                self.record(&path, line, col, 1);
                self.struct_body(&path);
            }
            '{' => {
                self.record(&path, line, col, 1);
                self.bump();
                self.map_body(&path);
            }
            c if c.is_alphabetic() || c == '_' => {
                let name = self.ident();
                let len = self.pos - start;
                self.skip_trivia();
                if !(name == "Some" && self.peek() == Some('(')) {
                    self.record(&path, line, col, len);
                }
                if self.peek() == Some('(') {
                    if name == "Some" {
                        self.bump();
                        self.value(path.clone());
                        self.skip_trivia();
                        if self.peek() == Some(')') {
                            self.bump();
                        }
                    } else {
                        self.struct_body(&path);
                    }
                }
            }
            _ => {
                // Numbers, chars, anything else: up to the next delimiter.
                if c == '\'' {
                    self.bump();
                    while let Some(c) = self.peek() {
                        self.bump();
                        if c == '\\' {
                            self.bump();
                        } else if c == '\'' {
                            break;
                        }
                    }
                } else {
                    while let Some(c) = self.peek() {
                        if c.is_whitespace() || matches!(c, ',' | ')' | ']' | '}' | ':') {
                            break;
                        }
                        self.bump();
                    }
                }
                if self.pos == start {
                    self.bump();
                }
                self.record(&path, line, col, self.pos - start);
            }
        }
        self.depth -= 1;
        text
    }

    /// A raw string (`r"..."`, `r#"..."#`) from its `r`; returns its content.
    fn raw_string(&mut self) -> String {
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            hashes += 1;
            self.bump();
        }
        self.bump();
        let mut content = String::new();
        while let Some(c) = self.peek() {
            if c == '"' && (1..=hashes).all(|k| self.peek_at(k) == Some('#')) {
                self.bump();
                for _ in 0..hashes {
                    self.bump();
                }
                break;
            }
            content.push(c);
            self.bump();
        }
        content
    }

    /// A map's entries after its `{`, through its `}`: each value at `path` joined with its key.
    fn map_body(&mut self, path: &str) {
        loop {
            self.skip_trivia();
            match self.peek() {
                None => break,
                Some('}') => {
                    self.bump();
                    break;
                }
                _ => {}
            }
            let before = self.pos;
            let key = self.value(format!("{path}{{key}}"));
            self.skip_trivia();
            if self.peek() == Some(':') {
                self.bump();
            }
            let key = key.unwrap_or_else(|| "?".to_string());
            self.value(join(path, &key));
            self.skip_trivia();
            if self.peek() == Some(',') {
                self.bump();
            }
            if self.pos == before {
                self.bump();
            }
        }
    }

    fn string(&mut self) -> String {
        let mut content = String::new();
        self.bump();
        while let Some(c) = self.peek() {
            self.bump();
            match c {
                '\\' => {
                    if let Some(e) = self.peek() {
                        content.push(e);
                        self.bump();
                    }
                }
                '"' => break,
                c => content.push(c),
            }
        }
        content
    }

    fn seq(&mut self, path: &str, close: char) {
        let mut i = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => break,
                Some(c) if c == close => {
                    self.bump();
                    break;
                }
                _ => {}
            }
            let before = self.pos;
            self.value(format!("{path}[{i}]"));
            i += 1;
            self.skip_trivia();
            if self.peek() == Some(',') {
                self.bump();
            }
            if self.pos == before {
                self.bump();
            }
        }
    }

    /// `( field: value, ... )` or `( value, ... )`, starting at `(`.
    fn struct_body(&mut self, path: &str) {
        self.bump();
        let mut i = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => break,
                Some(')') => {
                    self.bump();
                    break;
                }
                _ => {}
            }
            let before = self.pos;
            // A field is `ident :` (but not `ident ::`).
            let save = (self.pos, self.line, self.col);
            let (fline, fcol) = (self.line, self.col);
            let name = self.ident();
            self.skip_trivia();
            if !name.is_empty() && self.peek() == Some(':') && self.peek_at(1) != Some(':') {
                self.bump();
                let field_path = join(path, &name);
                self.record(
                    &format!("{field_path}#name"),
                    fline,
                    fcol,
                    name.chars().count(),
                );
                self.value(field_path);
            } else {
                (self.pos, self.line, self.col) = save;
                self.value(format!("{path}[{i}]"));
                i += 1;
            }
            self.skip_trivia();
            if self.peek() == Some(',') {
                self.bump();
            }
            if self.pos == before {
                self.bump();
            }
        }
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_list_items() {
        let src = "// c\nLesson(\n  id: \"x\",\n  nodes: [\n    Say(id: \"a\", next: \"b\"),\n    Choice(options: [Option(next: \"zz\")]),\n  ],\n  pic: Some(\"p\"),\n)\n";
        let m = SourceMap::new(src);
        assert_eq!(
            m.find("id"),
            Some(Span {
                line: 3,
                col: 7,
                len: 3
            })
        );
        assert_eq!(
            m.find("nodes[0].next"),
            Some(Span {
                line: 5,
                col: 24,
                len: 3
            })
        );
        assert_eq!(
            m.find("nodes[1].options[0].next"),
            Some(Span {
                line: 6,
                col: 35,
                len: 4
            })
        );
        assert_eq!(
            m.find("pic"),
            Some(Span {
                line: 8,
                col: 13,
                len: 3
            })
        );
        // Unknown paths fall back to the closest ancestor.
        assert_eq!(m.find("nodes[1].options[0].icon").map(|s| s.line), Some(6));
    }

    #[test]
    fn never_panics_on_garbage() {
        for src in [
            "(((",
            "\"unterminated",
            "[1, 2",
            "{ \"a\": ",
            "r#\"x",
            "/* open",
            "a: : :",
            "'\\",
        ] {
            let _ = SourceMap::new(src);
        }
    }
}
