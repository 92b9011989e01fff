//! The words of spoken lines: short enough for the band (English counted by words, Vietnamese by
//! syllables) and kind (no word that frightens or blames a child), checked in every locale at
//! the message's definition.

use super::Project;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Band;
use crate::words::LOCALES;
use std::collections::HashSet;

/// Every spoken line of every lesson (once per lesson), in each locale: its length for the
/// lesson's band, and its words.
pub(crate) fn spoken_lines_fit(p: &mut Project) {
    for (_, lesson, _) in &p.lessons {
        let mut seen = HashSet::new();
        for m in lesson.messages() {
            if !seen.insert(m.id.clone()) || !m.spoken {
                continue;
            }
            for (li, locale) in LOCALES.iter().enumerate() {
                let Some(def) = p.defs[li].get(&m.id) else {
                    continue;
                };
                if let Some(max) = max_words(lesson.band, locale) {
                    let n = count_words(&def.text);
                    if n > max {
                        let unit = if *locale == "vi" {
                            "syllables"
                        } else {
                            "words"
                        };
                        p.diags.push(
                            Diagnostic::warning(
                                codes::LINE_TOO_LONG,
                                &def.file,
                                format!(
                                    "`{}` has {n} {unit}; lines for ages {} have at most {max}",
                                    m.id, lesson.band
                                ),
                            )
                            .at(def.line, def.col, m.id.as_str().chars().count())
                            .hint("split it into two lines, or say it more simply"),
                        );
                    }
                }
                if let Some(w) = find_unkind_word(locale, &def.text) {
                    p.diags.push(
                        Diagnostic::error(codes::UNKIND_WORD, &def.file, format!("`{}` uses \"{w}\", which can frighten or blame a child", m.id))
                            .at(def.line, def.col, m.id.as_str().chars().count())
                            .hint("talk about feelings and tricks, never villains or fault (see docs/curriculum.md, \"Words\")"),
                    );
                }
            }
        }
    }
}

/// Counts words the way the line-length rule does: English by words, Vietnamese by syllables.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The longest a spoken line of `band` may be in `locale`, in counted words.
pub fn max_words(band: Band, locale: &str) -> Option<usize> {
    band.max_words()
        .map(|w| if locale == "vi" { w * 3 / 2 } else { w })
}

/// Words a child-facing line may not contain: they frighten or blame.
pub const UNKIND_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "scary",
            "terrifying",
            "horror",
            "danger",
            "dangerous",
            "kidnap",
            "kill",
            "killed",
            "die",
            "dead",
            "death",
            "blood",
            "monster",
            "evil",
            "bad person",
            "bad people",
            "stupid",
            "idiot",
            "naughty",
            "your fault",
            "punish",
            "punished",
            "punishment",
        ],
    ),
    (
        "vi",
        &[
            "đáng sợ",
            "kinh khủng",
            "kinh dị",
            "nguy hiểm",
            "bắt cóc",
            "giết",
            "chết",
            "máu",
            "quái vật",
            "kẻ xấu",
            "người xấu",
            "ngu ngốc",
            "đồ ngốc",
            "lỗi của con",
            "lỗi của em",
            "lỗi của cháu",
            "bị phạt",
            "trừng phạt",
        ],
    ),
];

/// The first unkind word or phrase in `text`, matched on whole words, ignoring case.
pub fn find_unkind_word(locale: &str, text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let list = UNKIND_WORDS.iter().find(|(l, _)| *l == locale)?.1;
    // "It's not your fault" / "không phải lỗi của con" is what a child should hear: a phrase
    // right after a negation does not count.
    const NEGATIONS: &[&str] = &[
        "not", "never", "isn't", "wasn't", "no", "không", "chẳng", "chả",
    ];
    list.iter().copied().find(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words.windows(parts.len()).enumerate().any(|(i, w)| {
            let negated = words[i.saturating_sub(2)..i]
                .iter()
                .any(|x| NEGATIONS.contains(&x.as_str()));
            !negated && w.iter().zip(&parts).all(|(a, b)| a == b)
        })
    })
}
