//! Trusting nothing in a progress file: the format is read and older ones upgraded, then every
//! value is checked and repaired (ids unique and allocated above every id, at most
//! [`MAX_PROFILES`] players, nicknames cleaned, avatars, badges and sticker names known or plain
//! ids).
//! Nicknames are counted and cut by grapheme cluster and normalised to NFC.

use super::look::{AVATARS, BADGES, free_badge};
use super::{MAX_PROFILES, PROGRESS_FORMAT, Profile, Progress, excerpt};
use crate::check::is_valid_id;
use crate::words::LOCALES;
use serde::Deserialize;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The longest nickname, in grapheme clusters (what a person counts as characters).
pub const MAX_NICKNAME_GRAPHEMES: usize = 40;

/// Why a nickname was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NicknameError {
    /// It has characters, but none that can be seen.
    LooksEmpty,
}

/// A nickname made safe to keep and show: NFC, without control or bidirectional-override
/// characters, trimmed, cut at [`MAX_NICKNAME_GRAPHEMES`] grapheme clusters. An empty input
/// (or only spaces) gives no nickname; one that only has invisible characters is refused.
///
/// Cleaning a clean nickname changes nothing (the characters are removed before normalising,
/// and what is kept is trimmed and checked after the cut), so a saved nickname stays as it is.
pub fn clean_nickname(raw: &str) -> Result<String, NicknameError> {
    if raw.trim().is_empty() {
        return Ok(String::new());
    }
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .nfc()
        .collect();
    let cut: String = kept
        .trim()
        .graphemes(true)
        .take(MAX_NICKNAME_GRAPHEMES)
        .collect();
    let cut = cut.trim_end();
    if !cut.chars().any(|c| !c.is_whitespace() && !is_invisible(c)) {
        return Err(NicknameError::LooksEmpty);
    }
    Ok(cut.to_string())
}

/// Marks that change the direction of text (embeddings, overrides, isolates, marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that draw nothing on their own (zero-width and filler characters).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{e0000}'..='\u{e0fff}'
    )
}

/// Just the version of a saved file.
#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

/// Reads progress text of any known format and upgrades it to [`PROGRESS_FORMAT`].
///
/// The upgrade path: format 1 has the same shape as format 2, but promised nothing about its
/// content (a file without `next_profile_id`, duplicate ids, any nickname); format 2 is
/// format 1 after [`Progress::validate`], which every load runs. The next change of shape adds
/// a `ProgressV2` here with a step from it, so no saved progress is ever reset.
pub(super) fn upgrade(text: &str) -> Result<Progress, String> {
    let format = ron::from_str::<FormatOnly>(text)
        .map_err(|e| excerpt(&e.to_string()))?
        .format;
    match format {
        1 | PROGRESS_FORMAT => {
            let mut progress: Progress =
                ron::from_str(text).map_err(|e| excerpt(&e.to_string()))?;
            progress.format = PROGRESS_FORMAT;
            Ok(progress)
        }
        newer if newer > PROGRESS_FORMAT => Err(format!(
            "progress format {newer} is newer than this SafeKite reads ({PROGRESS_FORMAT}): update SafeKite"
        )),
        other => Err(format!("progress format {other} is not supported")),
    }
}

impl Progress {
    /// Checks every value and repairs what is wrong; returns what was repaired (empty when the
    /// progress was sound). Ids stay unique (a duplicate gets a new id), `next_profile_id` is
    /// above every id, at most [`MAX_PROFILES`] players are kept, and names that become paths
    /// or are shown to children are cleaned.
    pub fn validate(&mut self) -> Vec<String> {
        let mut repairs = Vec::new();
        self.validate_settings(&mut repairs);
        if self.profiles.len() > MAX_PROFILES {
            repairs.push(format!(
                "{} players kept of {} (the most a device holds)",
                MAX_PROFILES,
                self.profiles.len()
            ));
            self.profiles.truncate(MAX_PROFILES);
        }
        let mut next = self.next_free_id();
        let mut seen = HashSet::new();
        for p in &mut self.profiles {
            if p.id == 0 || !seen.insert(p.id) {
                repairs.push(format!("player id {} was used twice; now {next}", p.id));
                p.id = next;
                seen.insert(next);
                next += 1;
            }
            validate_profile(p, &mut repairs);
        }
        if self.next_profile_id < next {
            // Not a repair to report: format 1 files may not have it.
            self.next_profile_id = next;
        }
        self.give_badges();
        repairs
    }

    /// Gives a badge to every player without one, in order, each one no one has with the same
    /// animal where one is left ([`free_badge`]). Not a repair to report: players made before
    /// badges have none (and one whose badge was unknown lost it above, with a repair).
    fn give_badges(&mut self) {
        for i in 0..self.profiles.len() {
            if self.profiles[i].badge.is_none() {
                let badge = free_badge(&self.profiles, &self.profiles[i].avatar);
                self.profiles[i].badge = Some(badge.to_string());
            }
        }
    }

    fn validate_settings(&mut self, repairs: &mut Vec<String>) {
        let defaults = super::Settings::default();
        let s = &mut self.settings;
        if !LOCALES.contains(&s.locale.as_str()) {
            repairs.push(format!("unknown language `{}`", excerpt(&s.locale)));
            s.locale = defaults.locale;
        }
        for (v, d) in [
            (&mut s.voice_volume, defaults.voice_volume),
            (&mut s.music_volume, defaults.music_volume),
            (&mut s.effects_volume, defaults.effects_volume),
        ] {
            if !(0.0..=1.0).contains(v) {
                repairs.push(format!("a volume of {v}"));
                *v = d;
            }
        }
        if !super::NARRATION_SPEEDS.contains(&s.narration_speed) {
            repairs.push(format!("a narration speed of {}", s.narration_speed));
            s.narration_speed = defaults.narration_speed;
        }
        if !super::TEXT_SIZES.contains(&s.text_size) {
            repairs.push(format!("a text size of {} %", s.text_size));
            s.text_size = defaults.text_size;
        }
        if !super::BREAK_MINUTES.contains(&s.break_minutes) {
            repairs.push(format!("a break reminder of {} minutes", s.break_minutes));
            s.break_minutes = defaults.break_minutes;
        }
        if s.scan_seconds != 0.0 && !super::SCAN_SECONDS.contains(&s.scan_seconds) {
            repairs.push(format!("a scanning speed of {} s", s.scan_seconds));
            s.scan_seconds = defaults.scan_seconds;
        }
        let pin_is_hex = |p: &crate::gate::PinLock| {
            [&p.salt, &p.hash]
                .iter()
                .all(|h| h.len() >= 32 && h.chars().all(|c| c.is_ascii_hexdigit()))
        };
        if s.pin.as_ref().is_some_and(|p| !pin_is_hex(p)) {
            repairs.push("the grown-ups' PIN was unreadable; the gate asks a number again".into());
            s.pin = None;
        }
        for text in [
            &mut s.school_name,
            &mut s.counsellor_name,
            &mut s.counsellor_room,
        ] {
            if text.chars().count() > 80 || text.chars().any(char::is_control) {
                repairs.push("a school or counsellor name was too long or unreadable".into());
                *text = text.chars().filter(|c| !c.is_control()).take(80).collect();
            }
        }
    }
}

/// Whether `s` is a UUID as records write it: 36 characters, hexadecimal digits in groups of
/// 8-4-4-4-12.
fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Repairs one player's nickname, avatar, badge and the names kept in their progress.
fn validate_profile(p: &mut Profile, repairs: &mut Vec<String>) {
    let id = p.id;
    match clean_nickname(&p.nickname) {
        Ok(clean) if clean == p.nickname => {}
        Ok(clean) => {
            repairs.push(format!("player {id}'s nickname was cleaned"));
            p.nickname = clean;
        }
        Err(_) => {
            repairs.push(format!("player {id}'s nickname could not be seen; removed"));
            p.nickname.clear();
        }
    }
    if !AVATARS.contains(&p.avatar.as_str()) {
        repairs.push(format!(
            "player {id}'s avatar `{}` is not one of the animals; now {}",
            excerpt(&p.avatar),
            AVATARS[0]
        ));
        p.avatar = AVATARS[0].to_string();
    }
    if let Some(badge) = p.badge.take_if(|b| !BADGES.contains(&b.as_str())) {
        // [`Progress::give_badges`] gives a free one.
        repairs.push(format!(
            "player {id}'s badge `{}` is not one of the badges; a free one is given",
            excerpt(&badge)
        ));
    }
    if !p.record_id.is_empty() && !is_uuid(&p.record_id) {
        repairs.push(format!(
            "player {id}'s record id was not a UUID; a new one will be made"
        ));
        p.record_id.clear();
    }
    if p.class.as_deref().is_some_and(|c| !is_uuid(c)) {
        repairs.push(format!("player {id}'s class was not a class id; removed"));
        p.class = None;
    }
    validate_checks(p, repairs);
    let before = (p.lessons_done.len(), p.stickers.len(), p.resume.len());
    p.lessons_done.retain(|l| is_valid_id(l));
    p.stickers.retain(|l, s| is_valid_id(l) && is_valid_id(s));
    p.resume.retain(|l, _| is_valid_id(l));
    if before != (p.lessons_done.len(), p.stickers.len(), p.resume.len()) {
        repairs.push(format!(
            "player {id} had lesson or sticker names that are not ids; removed"
        ));
    }
}

/// Repairs what a player was asked: lesson names that are not ids go, and so do days that are
/// not days (a review is then not offered, rather than offered at a wrong time).
fn validate_checks(p: &mut Profile, repairs: &mut Vec<String>) {
    use crate::learning::parse_date;
    let id = p.id;
    let count = p.checks.len();
    p.checks.retain(|l, _| is_valid_id(l));
    let mut bad_days = count != p.checks.len();
    for asked in p.checks.values_mut() {
        if asked
            .finished_on
            .as_deref()
            .is_some_and(|d| parse_date(d).is_none())
        {
            asked.finished_on = None;
            bad_days = true;
        }
        let reviews = asked.reviews.len();
        asked.reviews.retain(|r| parse_date(&r.on).is_some());
        bad_days |= reviews != asked.reviews.len();
    }
    if bad_days {
        repairs.push(format!(
            "player {id}'s check questions had lesson names or days that could not be read; removed"
        ));
    }
}
