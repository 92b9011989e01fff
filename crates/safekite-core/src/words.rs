//! Words through Fluent: one bundle per locale, looked up through a fallback chain
//! (the requested locale, then English). Every word SafeKite shows or speaks comes from here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::borrow::Cow;

use crate::codes;

/// Fluent values for [`Words::get_with`].
pub use fluent_bundle::FluentValue;
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The locales SafeKite ships, in the order they are offered. A language is a folder and a line:
/// `locales/<code>/` with every word file, and its code here (its name, `language-<code>`, in
/// every `ui.ftl`; see [`language_name`]). Nothing else counts the languages.
pub const LOCALES: &[&str] = &["vi", "en"];

/// The message id of a language's own name, as the language picker shows it ("Tiếng Việt").
pub fn language_name(code: &str) -> String {
    format!("language-{code}")
}

/// The locale every lookup falls back to.
pub const FALLBACK_LOCALE: &str = "en";

/// A Fluent file that did not parse; the valid messages in it are still loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FluentSyntaxError {
    /// The checker's code for it: [`codes::FLUENT_SYNTAX`], [`codes::FLUENT_TOO_DEEP`] or
    /// [`codes::FILE_TOO_LARGE`].
    pub code: &'static str,
    pub name: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The words of every loaded locale.
pub struct Words {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// The school counsellor's name and room as a teacher set them (`None`: the defaults).
    counsellor: Option<(String, String)>,
}

impl Default for Words {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Words {
    /// No words yet.
    pub fn new() -> Self {
        Words {
            bundles: BTreeMap::new(),
            counsellor: None,
        }
    }

    /// Adds the Fluent file `name` (for error messages) with text `source` to `locale`.
    /// Returns the syntax errors found; messages that parsed are added anyway. A message id
    /// already present in the locale is replaced (so a reloaded file updates its words).
    /// A file over [`MAX_WORD_FILE_BYTES`] adds nothing; a message nested deeper than
    /// [`MAX_FLUENT_NESTING`] is left out (see [`guard_fluent`]).
    pub fn add_file(&mut self, locale: &str, name: &str, source: &str) -> Vec<FluentSyntaxError> {
        let (safe, limits) = guard_fluent(source);
        let mut errors: Vec<FluentSyntaxError> = limits
            .into_iter()
            .map(|l| FluentSyntaxError {
                code: l.code,
                name: name.to_string(),
                line: l.line,
                col: l.col,
                message: l.message,
            })
            .collect();
        let resource = match FluentResource::try_new(safe.into_owned()) {
            Ok(r) => r,
            Err((r, errs)) => {
                let mut positions = Positions::new(source);
                errors.extend(errs.into_iter().map(|e| {
                    let (line, col) = positions.line_col(fluent_error_offset(source, &e));
                    FluentSyntaxError {
                        code: codes::FLUENT_SYNTAX,
                        name: name.to_string(),
                        line,
                        col,
                        message: describe_fluent_error(&e.kind),
                    }
                }));
                r
            }
        };
        let bundle = self.bundles.entry(locale.to_string()).or_insert_with(|| {
            let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
            let mut b = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks render as boxes in game fonts.
            b.set_use_isolating(false);
            b
        });
        bundle.add_resource_overriding(resource);
        errors
    }

    /// The locales with words loaded.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    /// Whether `locale` itself (without fallback) has message `id`.
    pub fn has(&self, locale: &str, id: &str) -> bool {
        self.bundles
            .get(locale)
            .is_some_and(|b| b.get_message(id).and_then(|m| m.value()).is_some())
    }

    /// The text of message `id` in `locale`, falling back to English. `None` if neither has it.
    pub fn get(&self, locale: &str, id: &str) -> Option<String> {
        self.get_with(locale, id, &[])
    }

    /// Like [`Words::get`], with Fluent variables (`{ $count }`).
    pub fn get_with(
        &self,
        locale: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        self.add_counsellor(locale, &mut fluent_args);
        for loc in [locale, FALLBACK_LOCALE] {
            let Some(bundle) = self.bundles.get(loc) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return Some(text.into_owned());
        }
        None
    }

    /// Like [`Words::text`], for the players of `band`: the message gets `$band` (`little`, `kid`
    /// or `teen`), so an interface message can speak to a four-year-old and a teenager differently.
    pub fn text_for_band(&self, locale: &str, id: &str, band: crate::model::Band) -> String {
        self.get_with(locale, id, &[("band", FluentValue::from(band.ui_key()))])
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// Sets the school counsellor's name and room (from the grown-ups' area); `None` goes back
    /// to `counsellor-default-name` and `counsellor-default-room` of each locale's `ui.ftl`.
    pub fn set_counsellor(&mut self, counsellor: Option<(String, String)>) {
        self.counsellor = counsellor;
    }

    /// The counsellor's name and room as set (`None`: the defaults).
    pub fn counsellor(&self) -> Option<&(String, String)> {
        self.counsellor.as_ref()
    }

    /// Every message gets `$counsellor` and `$counsellor-room` (the only variables a lesson
    /// line may use) unless the caller passed them.
    fn add_counsellor(&self, locale: &str, args: &mut FluentArgs<'_>) {
        let [name_var, room_var] = crate::check::device::LESSON_VARIABLES else {
            return;
        };
        for (var, default_id, set) in [
            (
                name_var,
                crate::ui_messages::COUNSELLOR_DEFAULT_NAME,
                self.counsellor.as_ref().map(|c| &c.0),
            ),
            (
                room_var,
                crate::ui_messages::COUNSELLOR_DEFAULT_ROOM,
                self.counsellor.as_ref().map(|c| &c.1),
            ),
        ] {
            if args.get(*var).is_some() {
                continue;
            }
            // A room left empty is said in the lesson's own words.
            let value = match set.filter(|v| !v.is_empty()) {
                Some(v) => v.clone(),
                None => self.plain(locale, default_id).unwrap_or_default(),
            };
            args.set(*var, value);
        }
    }

    /// A message without variables, with the English fallback.
    fn plain(&self, locale: &str, id: &str) -> Option<String> {
        [locale, FALLBACK_LOCALE].into_iter().find_map(|loc| {
            let bundle = self.bundles.get(loc)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned(),
            )
        })
    }

    /// The text of `id`, or the id itself in brackets so a missing word is visible, never blank.
    pub fn text(&self, locale: &str, id: &str) -> String {
        self.get(locale, id).unwrap_or_else(|| format!("[{id}]"))
    }
}

/// 1-based line and column (in characters) of byte offset `pos` in `source`.
pub fn line_col(source: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(source.len());
    let mut pos = pos;
    while !source.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &source[..pos];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Where a Fluent parse error is, for a person: Fluent reports some errors (an unclosed `{`) at
/// the start of the next line; those are moved back to the end of the line that is wrong.
pub fn fluent_error_position(
    source: &str,
    e: &fluent_syntax::parser::ParserError,
) -> (usize, usize) {
    line_col(source, fluent_error_offset(source, e))
}

/// The byte offset [`fluent_error_position`] reports.
pub fn fluent_error_offset(source: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let mut pos = e.pos.start.min(source.len());
    let entry_start = e.slice.as_ref().map_or(0, |s| s.start);
    while pos > entry_start && pos > 0 && source.as_bytes()[pos - 1].is_ascii_whitespace() {
        pos -= 1;
    }
    pos
}

/// Lines and columns of many offsets in one text, like [`line_col`], in one pass when they
/// are asked in order (a file with thousands of errors stays linear to report).
pub struct Positions<'a> {
    source: &'a str,
    pos: usize,
    line: usize,
    col: usize,
}

impl<'a> Positions<'a> {
    pub fn new(source: &'a str) -> Self {
        Positions {
            source,
            pos: 0,
            line: 1,
            col: 1,
        }
    }

    /// 1-based line and column (in characters) of byte offset `pos`.
    pub fn line_col(&mut self, pos: usize) -> (usize, usize) {
        let mut pos = pos.min(self.source.len());
        while !self.source.is_char_boundary(pos) {
            pos -= 1;
        }
        if pos < self.pos {
            *self = Positions::new(self.source);
        }
        for c in self.source[self.pos..pos].chars() {
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
        self.pos = pos;
        (self.line, self.col)
    }
}

fn describe_fluent_error(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedMessageField { entry_id } => {
            format!("message `{entry_id}` has no text after `=`")
        }
        other => other.to_string(),
    }
}

/// The largest word file read, in bytes (the biggest shipped one is a few KiB).
pub const MAX_WORD_FILE_BYTES: usize = 1 << 20;

/// How deep placeables (`{`) and call arguments (`(`) may nest in a word file. Real messages
/// nest two or three deep; the Fluent parser recurses once per level and a few thousand levels
/// overflow the stack, so deeper input is refused before it is parsed.
pub const MAX_FLUENT_NESTING: usize = 16;

/// A word file, or one message in it, over a limit: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FluentLimit {
    /// [`codes::FLUENT_TOO_DEEP`] or [`codes::FILE_TOO_LARGE`].
    pub code: &'static str,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// Makes a word file's text safe to give the Fluent parser: a file over
/// [`MAX_WORD_FILE_BYTES`] becomes empty, and each entry nested deeper than
/// [`MAX_FLUENT_NESTING`] is blanked out (its lines kept empty, so every other line keeps its
/// number). Returns the text to parse and one [`FluentLimit`] per problem. Linear in the input.
pub fn guard_fluent(source: &str) -> (Cow<'_, str>, Vec<FluentLimit>) {
    if source.len() > MAX_WORD_FILE_BYTES {
        let limit = FluentLimit {
            code: codes::FILE_TOO_LARGE,
            line: 1,
            col: 1,
            message: format!(
                "the word file is too large ({} KiB; the limit is {} KiB)",
                source.len() / 1024,
                MAX_WORD_FILE_BYTES / 1024
            ),
        };
        return (Cow::Borrowed(""), vec![limit]);
    }
    let too_deep = entries_nested_too_deep(source);
    if too_deep.is_empty() {
        return (Cow::Borrowed(source), Vec::new());
    }
    let mut safe = String::with_capacity(source.len());
    let mut limits = Vec::new();
    let mut blanked = too_deep.iter().peekable();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let end = offset + line.len();
        while blanked.peek().is_some_and(|b| b.entry.end <= offset) {
            blanked.next();
        }
        match blanked.peek() {
            Some(b) if b.entry.start <= offset && line.ends_with('\n') => safe.push('\n'),
            Some(b) if b.entry.start <= offset => {}
            _ => safe.push_str(line),
        }
        offset = end;
    }
    let mut positions = Positions::new(source);
    for b in &too_deep {
        let (line, col) = positions.line_col(b.at);
        limits.push(FluentLimit {
            code: codes::FLUENT_TOO_DEEP,
            line,
            col,
            message: format!(
                "placeables are nested more than {MAX_FLUENT_NESTING} deep here; this message is left out"
            ),
        });
    }
    (Cow::Owned(safe), limits)
}

/// An entry (byte range, from its first line to the next entry) that nests too deep at `at`.
struct TooDeep {
    entry: std::ops::Range<usize>,
    at: usize,
}

/// Finds the entries nested deeper than [`MAX_FLUENT_NESTING`]. Counts `{` (and `(` inside a
/// placeable) outside string literals. The count starts again only at a line that the parser
/// cannot read as part of an expression (`id =`, `-term =`, or a `#` comment at the start of a
/// line), so no layout of lines can hide nesting from it.
fn entries_nested_too_deep(source: &str) -> Vec<TooDeep> {
    let mut found = Vec::new();
    let (mut braces, mut parens) = (0usize, 0usize);
    let mut entry_start = 0;
    let mut deep_at: Option<usize> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if starts_entry(line) {
            if let Some(at) = deep_at.take() {
                found.push(TooDeep {
                    entry: entry_start..offset,
                    at,
                });
            }
            entry_start = offset;
            (braces, parens) = (0, 0);
        }
        let mut in_string = false;
        let mut escaped = false;
        for (i, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' => braces += 1,
                '}' => braces = braces.saturating_sub(1),
                '(' if braces > 0 => parens += 1,
                ')' => parens = parens.saturating_sub(1),
                '"' if braces > 0 => in_string = true,
                _ => continue,
            }
            if braces + parens > MAX_FLUENT_NESTING && deep_at.is_none() {
                deep_at = Some(offset + i);
            }
        }
        offset += line.len();
    }
    if let Some(at) = deep_at {
        found.push(TooDeep {
            entry: entry_start..offset,
            at,
        });
    }
    found
}

/// True for a line that starts a message (`id =`), a term (`-id =`) or a comment (`#`).
fn starts_entry(line: &str) -> bool {
    if line.starts_with('#') {
        return true;
    }
    let name = line.strip_prefix('-').unwrap_or(line);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let rest = name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    rest.trim_start_matches([' ', '\t']).starts_with('=')
}
