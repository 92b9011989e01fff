//! A tool's word files ([`TOOL_WORD_FILES`]): no lesson uses them, so nothing else notices when
//! a locale lacks one of their messages; here every locale must define the same ids in them.

use super::Project;
use super::load::display;
use super::locales::MessageDef;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::words::LOCALES;

/// Fluent files that belong to a tool or a screen outside the lessons (the printed pages' own
/// words, `print`; the grown-ups' parents' corner, `parents`; the grown-ups' recorder,
/// `recorder`): they are no lesson's and are not checked for unused messages, but their syntax
/// is, and every locale must define the same ids in them (the tool asks for them by name).
pub const TOOL_WORD_FILES: &[&str] = &["print", "parents", "recorder"];

/// A tool's word file defines the same ids in every locale; a missing one is reported in the
/// file that lacks it.
pub(crate) fn in_every_locale(p: &mut Project) {
    let (root, defs, locale_files) = (&p.root, &p.defs, &p.locale_files);
    let diags = &mut p.diags;
    if defs.len() != LOCALES.len() || locale_files.len() != LOCALES.len() {
        return;
    }
    let file_of = |li: usize, stem: &str| {
        locale_files[li]
            .iter()
            .find(|(_, p)| p.file_stem().and_then(|s| s.to_str()) == Some(stem))
            .map(|(f, _)| f.clone())
    };
    for stem in TOOL_WORD_FILES {
        for (li, locale) in LOCALES.iter().enumerate() {
            let Some(here) = file_of(li, stem) else {
                continue;
            };
            let mut ids: Vec<(&MessageId, &MessageDef)> =
                defs[li].iter().filter(|(_, d)| d.file == here).collect();
            ids.sort_by_key(|(_, d)| d.line);
            for (other, other_locale) in LOCALES.iter().enumerate() {
                if other == li {
                    continue;
                }
                let there = file_of(other, stem).unwrap_or_else(|| {
                    display(
                        root,
                        &root
                            .join("locales")
                            .join(other_locale)
                            .join(format!("{stem}.ftl")),
                    )
                });
                for (id, d) in &ids {
                    if defs[other].get(*id).is_some_and(|o| o.file == there) {
                        continue;
                    }
                    diags.push(
                        Diagnostic::error(
                            codes::MISSING_MESSAGE,
                            &there,
                            format!(
                                "message `{id}` is in {}:{} but missing from locale `{other_locale}`",
                                d.file, d.line
                            ),
                        )
                        .hint(format!(
                            "add `{id} = ...` to locales/{other_locale}/{stem}.ftl, or remove it from `{locale}`: every locale needs the same ids in this file"
                        )),
                    );
                }
            }
        }
    }
}
