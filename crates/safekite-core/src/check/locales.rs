//! The locales: every Fluent file of every locale read within the size and nesting limits and
//! parsed (syntax errors reported where they are), every message defined once per locale, and
//! the variables of each message the same in every locale.

use super::Project;
use super::load::{display, read_text};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::words::LOCALES;
use fluent_syntax::ast;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::PathBuf;

/// One message definition in a Fluent file.
#[derive(Clone, Debug)]
pub(crate) struct MessageDef {
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// Its plain text (default variants), for counting and searching words.
    pub text: String,
    pub variables: BTreeSet<String>,
}

/// Reads every locale's Fluent files into [`Project::defs`] and [`Project::locale_files`];
/// counts the distinct message ids.
pub(crate) fn read(p: &mut Project) {
    for locale in LOCALES {
        let dir = p.root.join("locales").join(locale);
        let mut defs: HashMap<MessageId, MessageDef> = HashMap::new();
        let mut files_here = Vec::new();
        let mut entries: Vec<PathBuf> = match fs::read_dir(&dir) {
            Ok(e) => e.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                p.diags.push(Diagnostic::error(
                    codes::IO,
                    display(&p.root, &dir),
                    format!("cannot read the locale folder: {e}"),
                ));
                Vec::new()
            }
        };
        entries.sort();
        for path in entries
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let file = display(&p.root, &path);
            let Some(source) = read_text(&path, &file, &mut p.diags) else {
                continue;
            };
            read_file(&file, &source, &mut defs, &mut p.diags);
            p.report.sources.insert(file.clone(), source);
            files_here.push((file, path));
        }
        p.defs.push(defs);
        p.locale_files.push(files_here);
    }
    let all_ids: HashSet<&MessageId> = p.defs.iter().flat_map(|m| m.keys()).collect();
    p.report.messages = all_ids.len();
}

/// One Fluent file: its limits, its syntax, and its messages added to `defs` (a message already
/// defined in the locale is an error).
pub(crate) fn read_file(
    file: &str,
    source: &str,
    defs: &mut HashMap<MessageId, MessageDef>,
    diags: &mut Vec<Diagnostic>,
) {
    let (safe, limits) = crate::words::guard_fluent(source);
    for l in limits {
        diags.push(
            Diagnostic::error(l.code, file, l.message)
                .at(l.line, l.col, 1)
                .hint(if l.code == codes::FILE_TOO_LARGE {
                    "a word file holds one lesson's words: split it, or remove what is not used"
                } else {
                    "a message needs a placeable or two, not a tower of them: write it more simply"
                }),
        );
    }
    let resource = match fluent_syntax::parser::parse(safe.as_ref()) {
        Ok(r) => r,
        Err((r, errors)) => {
            syntax_errors(file, source, errors, diags);
            r
        }
    };
    let positions = definition_positions(source);
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = MessageId::new(m.id.name);
        let (line, col) = positions.get(id.as_str()).copied().unwrap_or((1, 1));
        let mut variables = BTreeSet::new();
        let mut text = String::new();
        if let Some(v) = &m.value {
            pattern_vars(v, &mut variables, &mut text);
        }
        if let Some(first) = defs.get(&id) {
            diags.push(
                Diagnostic::error(
                    codes::DUPLICATE_MESSAGE,
                    file,
                    format!(
                        "message `{id}` is already defined at {}:{}",
                        first.file, first.line
                    ),
                )
                .at(line, col, id.as_str().chars().count())
                .hint("message ids are shared by all files of a locale: rename one"),
            );
            continue;
        }
        let def = MessageDef {
            file: file.to_string(),
            line,
            col,
            text,
            variables,
        };
        defs.insert(id, def);
    }
}

/// The parser's errors, each at its place in the file.
fn syntax_errors(
    file: &str,
    source: &str,
    errors: Vec<fluent_syntax::parser::ParserError>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut positions = crate::words::Positions::new(source);
    for e in errors {
        let offset = crate::words::fluent_error_offset(source, &e);
        let (line, col) = positions.line_col(offset);
        let len = e.slice.as_ref().map_or(1, |s| {
            source
                .get(e.pos.start..s.end.min(source.len()))
                .map_or(1, |t| t.lines().next().map_or(1, |l| l.chars().count()))
        });
        diags.push(
            Diagnostic::error(
                codes::FLUENT_SYNTAX,
                file,
                format!("Fluent syntax error: {}", e.kind),
            )
            .at(line, col, len.clamp(1, 80))
            .hint("a message is `id = text` at the start of a line; continued lines are indented"),
        );
    }
}

/// Where each `id =` at the start of a line is (the first one of each id), in one pass.
fn definition_positions(source: &str) -> HashMap<&str, (usize, usize)> {
    let mut out = HashMap::new();
    for (n, line) in source.lines().enumerate() {
        let id_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_end);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            out.entry(id).or_insert((n + 1, 1));
        }
    }
    out
}

/// Variables must agree between locales: a message uses the same ones in every locale.
pub(crate) fn same_variables(p: &mut Project) {
    if p.defs.len() != 2 {
        return;
    }
    for (id, vi) in &p.defs[0] {
        if let Some(en) = p.defs[1].get(id)
            && vi.variables != en.variables
        {
            let list = |s: &BTreeSet<String>| {
                if s.is_empty() {
                    "none".to_string()
                } else {
                    s.iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            p.diags.push(
                Diagnostic::error(
                    codes::FLUENT_VARIABLES,
                    &vi.file,
                    format!(
                        "`{id}` uses variables {} here but {} in {}:{}",
                        list(&vi.variables),
                        list(&en.variables),
                        en.file,
                        en.line
                    ),
                )
                .at(vi.line, vi.col, id.as_str().chars().count())
                .hint("every locale must use the same variables: the game passes the same ones"),
            );
        }
    }
}

/// Collects the variables a Fluent pattern references, and its plain text (default variants).
pub(crate) fn pattern_vars<S: AsRef<str>>(
    p: &ast::Pattern<S>,
    out: &mut BTreeSet<String>,
    text: &mut String,
) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => text.push_str(value.as_ref()),
            ast::PatternElement::Placeable { expression } => expr_vars(expression, out, text),
        }
    }
}

fn expr_vars<S: AsRef<str>>(e: &ast::Expression<S>, out: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                let mut ignored = String::new();
                pattern_vars(
                    &v.value,
                    out,
                    if v.default { &mut *text } else { &mut ignored },
                );
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars<S: AsRef<str>>(i: &ast::InlineExpression<S>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.as_ref().to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            let mut ignored = String::new();
            expr_vars(expression, out, &mut ignored);
        }
        _ => {}
    }
}
