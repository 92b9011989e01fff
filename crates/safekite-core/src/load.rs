//! Parsing lesson files: RON text into a [`Lesson`], with errors at their line and column.

use crate::model::Lesson;
use ron::extensions::Extensions;

/// A parse failure at a position in the source (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    /// The end of the offending span, when known.
    pub end: Option<(usize, usize)>,
    pub message: String,
    /// True for a syntax error, false for a schema error (unknown field, wrong type...).
    pub syntax: bool,
}

/// The RON options lesson files are read with: `Some(..)` may be left out, and a node is written `Say(id: ..)`, not `Say(Say(id: ..))`.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Parses a lesson file's text.
pub fn parse_lesson(source: &str) -> Result<Lesson, ParseError> {
    ron_options().from_str::<Lesson>(source).map_err(|e| {
        let syntax = !matches!(
            e.code,
            ron::Error::Message(_)
                | ron::Error::NoSuchExtension(_)
                | ron::Error::NoSuchEnumVariant { .. }
                | ron::Error::NoSuchStructField { .. }
                | ron::Error::MissingStructField { .. }
                | ron::Error::DuplicateStructField { .. }
                | ron::Error::InvalidValueForType { .. }
                | ron::Error::ExpectedDifferentLength { .. }
                | ron::Error::ExpectedDifferentStructName { .. }
        );
        let end = (e.span.end != e.span.start).then_some((e.span.end.line, e.span.end.col));
        ParseError {
            line: e.span.start.line.max(1),
            col: e.span.start.col.max(1),
            end,
            message: e.code.to_string(),
            syntax,
        }
    })
}
