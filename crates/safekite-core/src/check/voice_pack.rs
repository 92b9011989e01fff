//! Checking a voice pack against the lessons (`safekite-check --voice-pack FILE`): a pack that
//! cannot be read ([`codes::VOICE_PACK`], where and what), a take of a line the lessons do not
//! have ([`codes::VOICE_PACK_UNKNOWN_LINE`]), and a take recorded with other words than the
//! line has now ([`codes::VOICE_PACK_CHANGED_LINE`]), each at its line of `voice-pack.tsv`.

use super::Report;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::voice_pack::{self, MANIFEST, PackError, Stale, StaleLine, VoicePack};
use std::collections::BTreeMap;

/// The spoken lines by (locale, id): their words now.
pub type SpokenWords = BTreeMap<(String, String), String>;

/// Checks the pack `name` (its bytes) against the spoken lines; returns the report (its
/// diagnostics, and the manifest's text for excerpts) and the pack, when it could be read.
pub fn check_voice_pack(
    name: &str,
    bytes: &[u8],
    lines: &SpokenWords,
) -> (Report, Option<VoicePack>) {
    let mut report = Report::default();
    let pack = match voice_pack::read(bytes) {
        Ok(p) => p,
        Err(e) => {
            report.diagnostics.push(unreadable(name, &e));
            return (report, None);
        }
    };
    let file = format!("{name}/{MANIFEST}");
    for s in voice_pack::stale_lines(&pack, lines) {
        report.diagnostics.push(stale(&file, &pack, &s));
    }
    report.sources.insert(file, pack.manifest.clone());
    (report, Some(pack))
}

/// The pack's read error, at its entry (and line) inside the pack.
fn unreadable(name: &str, e: &PackError) -> Diagnostic {
    let file = match e.place.as_str() {
        "zip" => name.to_string(),
        place => format!("{name}/{place}"),
    };
    let d = Diagnostic::error(codes::VOICE_PACK, file, e.message.clone()).hint(
        "export the pack again from SafeKite, or see docs/narration.md (\"Voice packs\") for its format",
    );
    if e.line > 0 {
        d.at(e.line, e.col, 1)
    } else {
        d
    }
}

/// A take that must not be played, at its manifest line.
fn stale(file: &str, pack: &VoicePack, s: &StaleLine) -> Diagnostic {
    let take = &pack.takes[s.index];
    let line = pack.line_of(s.index);
    let text = pack
        .manifest
        .lines()
        .nth(line.saturating_sub(1))
        .unwrap_or("");
    let what = format!("{}/{}", s.locale, s.id);
    match &s.why {
        Stale::Unknown => Diagnostic::warning(
            codes::VOICE_PACK_UNKNOWN_LINE,
            file,
            format!("`{what}` is not a spoken line of these lessons"),
        )
        .at(line, voice_pack::column(text, 2), s.id.chars().count())
        .hint("the line was renamed or removed, or the pack was made for other lessons: this take is never played; record the line that replaced it"),
        Stale::Changed { now } => Diagnostic::error(
            codes::VOICE_PACK_CHANGED_LINE,
            file,
            format!(
                "`{what}` was recorded saying \"{}\", but the line now says \"{now}\"",
                take.words
            ),
        )
        .at(line, voice_pack::column(text, 6), take.words.chars().count())
        .hint("record it again: until then the game plays the generated narration, never this take"),
    }
}
