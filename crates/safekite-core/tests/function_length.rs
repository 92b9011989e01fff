//! No function in the crates (`crates/*/src/**/*.rs`, their binaries included) runs to
//! [`MAX_LINES`] lines or more, counted from its `fn` line to its closing brace: a long function
//! is a pipeline waiting to be named. The scan skips comments, strings and character literals, so
//! a brace in them does not count.

use std::path::{Path, PathBuf};

/// The longest a function may be, in lines, is one less than this.
const MAX_LINES: usize = 120;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The source with every comment, string and character literal blanked out (newlines kept), so
/// that only code braces are left.
fn code_only(source: &str) -> Vec<char> {
    let s: Vec<char> = source.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < s.len() && s[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.extend([' ', ' ']);
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.extend([' ', ' ']);
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(s[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !(i > 0 && s[i - 1] != 'b' && (s[i - 1].is_alphanumeric() || s[i - 1] == '_'))
        {
            // A raw string: r"...", r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while s.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if s.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < s.len() {
                if s[j] == '"' && (1..=hashes).all(|k| s.get(j + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.extend(s[i..j.min(s.len())].iter().map(|&c| blank(c)));
            i = j;
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < s.len() && s[i] != '"' {
                if s[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < s.len() {
                    out.push(blank(s[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}'), or else a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 3..s.len()).find(|&j| s[j] == '\'')
            } else if s.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.extend(std::iter::repeat_n(' ', e + 1 - i));
                    i = e + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Every function with a body in `source`: (name, first line, length in lines).
fn functions(source: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(source);
    let line_of = |pos: usize| code[..pos].iter().filter(|&&c| c == '\n').count() + 1;
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < code.len() {
        let starts_fn = code[i] == 'f'
            && code[i + 1] == 'n'
            && code[i + 2].is_whitespace()
            && (i == 0 || !is_ident(code[i - 1]));
        if !starts_fn {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        while j < code.len() && code[j].is_whitespace() {
            j += 1;
        }
        let name: String = code[j..].iter().take_while(|&&c| is_ident(c)).collect();
        // The body is the first `{` outside parentheses; a `;` first means no body.
        let mut parens = 0i32;
        let mut body = None;
        while j < code.len() {
            match code[j] {
                '(' | '[' => parens += 1,
                ')' | ']' => parens -= 1,
                ';' if parens == 0 => break,
                '{' if parens == 0 => {
                    body = Some(j);
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        if let Some(open) = body {
            let mut depth = 0;
            let mut k = open;
            while k < code.len() {
                match code[k] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            let first = line_of(i);
            out.push((name, first, line_of(k.min(code.len() - 1)) - first + 1));
        }
        i += 2;
    }
    out
}

#[test]
fn the_scanner_measures_functions() {
    let src = "fn a() {\n    let s = \"}\";\n    let c = '}';\n    // }\n}\n\
               fn b<'x>(v: &'x str) -> impl Fn() {\n    move || { let _ = r#\"{\"#; }\n}\n\
               trait T { fn c(&self); }\n";
    let found = functions(src);
    assert_eq!(
        found,
        vec![("a".to_string(), 1, 5), ("b".to_string(), 6, 3)],
        "{found:?}"
    );
}

#[test]
fn no_function_in_the_crates_is_too_long() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&crates)
        .unwrap()
        .flatten()
        .map(|e| e.path().join("src"))
        .collect();
    dirs.sort();
    for d in dirs {
        rust_files(&d, &mut files);
    }
    assert!(files.len() > 20, "found only {} source files", files.len());
    let mut long = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap();
        for (name, line, len) in functions(&source) {
            if len >= MAX_LINES {
                let rel = f.strip_prefix(&crates).unwrap_or(f).display().to_string();
                long.push((len, format!("crates/{rel}:{line} `{name}` ({len} lines)")));
            }
        }
    }
    long.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let names: Vec<String> = long.into_iter().map(|(_, s)| s).collect();
    assert!(
        names.is_empty(),
        "functions of {MAX_LINES} lines or more: split them into named steps:\n{}",
        names.join("\n")
    );
}
