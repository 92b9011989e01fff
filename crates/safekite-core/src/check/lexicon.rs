//! The narration's pronunciation lexicons (`scripts/narrate.d/lexicon.<locale>.tsv`, read by
//! `scripts/narrate`): each line is `written<TAB>spoken` ([`codes::LEXICON`] when not), and every
//! spoken line is searched for words espeak-ng would say badly unless the lexicon says how
//! ([`codes::UNSPEAKABLE_WORD`]): abbreviations it spells letter by letter ("CLB"), links it would
//! read out, and, in Vietnamese, foreign words (letters or letter pairs Vietnamese never writes:
//! "Rocket", "selfie"), which its Vietnamese voice spells or reads with English sounds. A project
//! without a `scripts/narrate.d` folder is not judged.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::locate::SourceMap;
use crate::model::Lesson;
use crate::ui_messages;
use crate::words::{LOCALES, Words};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The lexicons' folder, from the project root.
const LEXICON_DIR: &str = "scripts/narrate.d";

/// Every vowel letter of Vietnamese (and so of English), lower case, with its diacritics.
const VOWELS: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

/// Checks the lexicons of `root` and the spoken lines of `lessons` and of the interface.
pub(crate) fn check(
    root: &Path,
    lessons: &[(String, Lesson, SourceMap)],
    out: &mut Vec<Diagnostic>,
) {
    if !root.join(LEXICON_DIR).is_dir() {
        return;
    }
    let mut spoken: BTreeSet<MessageId> = ui_messages::ALL
        .iter()
        .filter(|m| m.spoken)
        .map(|m| MessageId::from(m.id))
        .collect();
    for (_, lesson, _) in lessons {
        spoken.extend(
            lesson
                .messages()
                .into_iter()
                .filter(|m| m.spoken)
                .map(|m| m.id),
        );
    }
    for locale in LOCALES {
        let rel = format!("{LEXICON_DIR}/lexicon.{locale}.tsv");
        let written = match fs::read_to_string(root.join(&rel)) {
            Ok(text) => read_lexicon(&rel, &text, out),
            Err(_) => BTreeSet::new(),
        };
        check_locale(root, locale, &spoken, &written, out);
    }
}

/// The written words of a lexicon (regular-expression entries excluded); malformed lines reported.
fn read_lexicon(file: &str, text: &str, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    let mut written = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let problem = match fields.as_slice() {
            [w, _] if w.trim().is_empty() || *w == "re:" => Some("the written word is empty"),
            [w, _] if !w.starts_with("re:") && !written.insert(w.to_string()) => {
                Some("this word already has an entry above")
            }
            [_, _] => None,
            _ => Some("expected `written<TAB>spoken` (one tab)"),
        };
        if let Some(p) = problem {
            out.push(
                Diagnostic::error(codes::LEXICON, file, format!("lexicon line {}: {p}", n + 1))
                    .at(n + 1, 1, line.chars().count())
                    .hint("write the word as captioned, a tab, then how the voice should say it"),
            );
        }
    }
    written
}

/// Warns about the words of `locale`'s spoken lines the voice would say badly.
fn check_locale(
    root: &Path,
    locale: &str,
    spoken: &BTreeSet<MessageId>,
    written: &BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let dir = root.join("locales").join(locale);
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "ftl")
            && let Ok(text) = fs::read_to_string(&path)
        {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            files.insert(format!("locales/{locale}/{name}"), text);
        }
    }
    for (file, source) in &files {
        let mut words = Words::new();
        words.add_file(locale, file, source);
        for (line_no, line) in source.lines().enumerate() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            if !spoken.contains(id) || !words.has(locale, id) {
                continue;
            }
            let text = words.get(locale, id).unwrap_or_default();
            for (word, why) in unspeakable(locale, &text, written) {
                out.push(
                    Diagnostic::warning(
                        codes::UNSPEAKABLE_WORD,
                        file.as_str(),
                        format!("`{id}` says `{word}`: {why}"),
                    )
                    .at(line_no + 1, 1, id.chars().count())
                    .hint(format!(
                        "write it as it is said, or add `{word}<TAB>how to say it` to {LEXICON_DIR}/lexicon.{locale}.tsv"
                    )),
                );
            }
        }
    }
}

/// The words of `text` the voice would say badly, with why; words in `written` are fine.
fn unspeakable(
    locale: &str,
    text: &str,
    written: &BTreeSet<String>,
) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        if word.is_empty()
            || written.contains(word)
            || written.contains(raw)
            || found.iter().any(|(w, _)| w == word)
        {
            continue;
        }
        let why = if is_link(word) {
            "a link would be read out character by character (links are never narrated)"
        } else if is_abbreviation(word) {
            "an abbreviation the voice spells letter by letter"
        } else if locale == "vi" && is_foreign_in_vietnamese(word) {
            "not a Vietnamese word: the Vietnamese voice spells it or reads it with English sounds"
        } else {
            continue;
        };
        found.push((word.to_string(), why));
    }
    found
}

fn is_link(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.contains("://")
        || lower.starts_with("www.")
        || [".com", ".vn", ".net", ".org"]
            .iter()
            .any(|d| lower.contains(d))
        || word
            .split('/')
            .filter(|part| part.chars().any(char::is_alphabetic))
            .count()
            > 1
}

/// Two or more capital letters and no vowel: "CLB", "TV".
fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && !letters.iter().any(|c| is_vowel(*c))
}

/// Letters Vietnamese never writes (f, j, w, z), a doubled letter, or "ck".
fn is_foreign_in_vietnamese(word: &str) -> bool {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    lower.iter().any(|c| matches!(c, 'f' | 'j' | 'w' | 'z'))
        || lower
            .windows(2)
            .any(|p| (p[0] == p[1] && p[0].is_alphabetic()) || p == ['c', 'k'])
}

fn is_vowel(c: char) -> bool {
    c.to_lowercase().any(|l| VOWELS.contains(l))
}
