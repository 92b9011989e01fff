//! `safekite preview LESSON.ron [--locale vi|en] [--words-vi FILE] [--words-en FILE]`, read
//! with lexopt (native only).

use std::path::PathBuf;

use super::source::{PreviewFiles, words_beside};

/// What the command line asks to preview, and in which language.
#[derive(Debug, Clone)]
pub struct PreviewOptions {
    pub files: PreviewFiles,
    pub locale: String,
}

/// The usage line.
pub const USAGE: &str = "usage: safekite preview LESSON.lesson.ron [--locale vi|en] [--words-vi FILE] [--words-en FILE]";

impl PreviewOptions {
    /// Reads the rest of the command line after `preview`.
    pub fn parse_from(parser: &mut lexopt::Parser) -> Result<PreviewOptions, String> {
        use lexopt::Arg::{Long, Value};
        let (mut lesson, mut locale) = (None::<PathBuf>, "vi".to_string());
        let mut given: Vec<(String, PathBuf)> = Vec::new();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Value(v) if lesson.is_none() => lesson = Some(v.into()),
                Long("locale") => locale = string(parser.value())?,
                Long(flag) if flag.starts_with("words-") => {
                    let words_locale = flag["words-".len()..].to_string();
                    given.push((words_locale, string(parser.value())?.into()));
                }
                other => return Err(other.unexpected().to_string()),
            }
        }
        let lesson = lesson.ok_or("which lesson file? (LESSON.lesson.ron)")?;
        if !safekite_core::words::LOCALES.contains(&locale.as_str()) {
            let known = safekite_core::words::LOCALES.join(", ");
            return Err(format!("unknown locale `{locale}` (one of {known})"));
        }
        let mut words = words_beside(&lesson);
        for (l, path) in given {
            let slot = words.iter_mut().find(|(w, _)| *w == l);
            slot.ok_or(format!("unknown locale `{l}` in --words-{l}"))?
                .1 = path;
        }
        Ok(PreviewOptions {
            files: PreviewFiles { lesson, words },
            locale,
        })
    }
}

fn string(value: Result<std::ffi::OsString, lexopt::Error>) -> Result<String, String> {
    value
        .map_err(|e| e.to_string())?
        .into_string()
        .map_err(|_| "not valid Unicode".to_string())
}
