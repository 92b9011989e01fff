//! Words through Fluent: one bundle per locale, looked up through a fallback chain
//! (the requested locale, then English). Every word SafeKite shows or speaks comes from here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// Fluent values for [`Words::get_with`].
pub use fluent_bundle::FluentValue;
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The locales SafeKite ships, in the order they are offered.
pub const LOCALES: [&str; 2] = ["vi", "en"];

/// The locale every lookup falls back to.
pub const FALLBACK_LOCALE: &str = "en";

/// A Fluent file that did not parse; the valid messages in it are still loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FluentSyntaxError {
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
    pub fn add_file(&mut self, locale: &str, name: &str, source: &str) -> Vec<FluentSyntaxError> {
        let (resource, errors) = match FluentResource::try_new(source.to_string()) {
            Ok(r) => (r, Vec::new()),
            Err((r, errs)) => {
                let errors = errs
                    .into_iter()
                    .map(|e| {
                        let (line, col) = fluent_error_position(source, &e);
                        FluentSyntaxError {
                            name: name.to_string(),
                            line,
                            col,
                            message: describe_fluent_error(&e.kind),
                        }
                    })
                    .collect();
                (r, errors)
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

    /// Sets the school counsellor's name and room (from the grown-ups' area); `None` goes back
    /// to `counsellor-default-name` and `counsellor-default-room` of each locale's `ui.ftl`.
    pub fn set_counsellor(&mut self, counsellor: Option<(String, String)>) {
        self.counsellor = counsellor;
    }

    /// Every message gets `$counsellor` and `$counsellor-room` (the only variables a lesson
    /// line may use) unless the caller passed them.
    fn add_counsellor(&self, locale: &str, args: &mut FluentArgs<'_>) {
        let [name_var, room_var] = crate::check_device::LESSON_VARIABLES else {
            return;
        };
        for (var, default_id, set) in [
            (
                name_var,
                "counsellor-default-name",
                self.counsellor.as_ref().map(|c| &c.0),
            ),
            (
                room_var,
                "counsellor-default-room",
                self.counsellor.as_ref().map(|c| &c.1),
            ),
        ] {
            if args.get(*var).is_some() {
                continue;
            }
            let value = match set {
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
    let mut pos = e.pos.start.min(source.len());
    let entry_start = e.slice.as_ref().map_or(0, |s| s.start);
    while pos > entry_start && pos > 0 && source.as_bytes()[pos - 1].is_ascii_whitespace() {
        pos -= 1;
    }
    line_col(source, pos)
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
