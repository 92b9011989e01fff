//! How a player looks on the title screen: an animal (their avatar) on a badge, a coloured
//! shape behind it. Sixteen animals on four badges make 64 looks, so every child of a class of
//! forty can have one no one else on the device has; the badges differ by shape as well as by
//! colour, so a child who does not see colours can still find theirs.

use super::Profile;

/// The animals a player can be (pictures `<name>` in `assets/art/avatars/`). New animals are
/// added at the end only: the order is what [`unused_look`] offers first, and a saved avatar is
/// kept by its name.
pub const AVATARS: [&str; 16] = [
    "fox", "cat", "rabbit", "bear", "owl", "panda", "turtle", "duck", "penguin", "lion",
    "elephant", "frog", "monkey", "pig", "giraffe", "whale",
];

/// The badges, each a colour with a shape of its own: a red heart, a blue square, a yellow
/// star and a green circle (pictures `badge-<name>` in `assets/art/avatars/`, see
/// [`badge_picture`]). New badges are added at the end only.
pub const BADGES: [&str; 4] = ["heart", "square", "star", "circle"];

/// How big the animal is drawn on its badge, as a part of the badge's width: the badge's
/// picture is drawn first, the avatar's on top of it, both centred, the avatar this much
/// smaller, so the shape shows all around it.
pub const AVATAR_ON_BADGE: f32 = 0.66;

/// The picture of a badge, in `assets/art/avatars/` (`star`: `badge-star`).
pub fn badge_picture(badge: &str) -> String {
    format!("badge-{badge}")
}

/// How many of `profiles` have this animal, this badge, and both.
fn uses(profiles: &[Profile], avatar: &str, badge: &str) -> (usize, usize, usize) {
    profiles.iter().fold((0, 0, 0), |(a, b, both), p| {
        let same_avatar = p.avatar == avatar;
        let same_badge = p.badge.as_deref() == Some(badge);
        (
            a + usize::from(same_avatar),
            b + usize::from(same_badge),
            both + usize::from(same_avatar && same_badge),
        )
    })
}

/// The look a new player gets: an animal and a badge that no one in `profiles` has, spreading
/// the animals first, then the badges. Of the looks no one has, the one whose animal the fewest
/// players have, then whose badge the fewest have, then the first in the order animals-within-
/// badges ([`AVATARS`] on the first badge, then on the second...). The same profiles always
/// give the same look. With every look taken (more players than looks: never on one device,
/// which holds [`super::MAX_PROFILES`]), the one the fewest players share.
pub fn unused_look(profiles: &[Profile]) -> (&'static str, &'static str) {
    let looks = BADGES
        .iter()
        .flat_map(|b| AVATARS.iter().map(move |a| (*a, *b)));
    looks
        .min_by_key(|(a, b)| {
            let (avatar_uses, badge_uses, look_uses) = uses(profiles, a, b);
            (look_uses, avatar_uses, badge_uses)
        })
        .unwrap_or((AVATARS[0], BADGES[0]))
}

/// The badge a player with this animal gets: one no one in `profiles` has with the same
/// animal, the one the fewest players have, then the first in [`BADGES`]. For the animal
/// [`unused_look`] offers, it is the badge that look has, so a child who keeps the animal
/// offered gets the look offered.
pub fn free_badge(profiles: &[Profile], avatar: &str) -> &'static str {
    BADGES
        .iter()
        .copied()
        .min_by_key(|b| {
            let (_, badge_uses, look_uses) = uses(profiles, avatar, b);
            (look_uses, badge_uses)
        })
        .unwrap_or(BADGES[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Band;
    use crate::progress::{MAX_PROFILES, Progress};
    use std::collections::HashSet;

    /// A device filled by players who each keep the look offered to them.
    fn class_of(n: usize) -> Progress {
        let mut progress = Progress::default();
        for _ in 0..n {
            let (avatar, badge) = unused_look(&progress.profiles);
            let id = progress.add_profile(avatar, "", Band::Little).unwrap();
            assert_eq!(progress.profile(id).unwrap().badge.as_deref(), Some(badge));
        }
        progress
    }

    fn look(p: &Profile) -> (&str, &str) {
        (p.avatar.as_str(), p.badge.as_deref().unwrap())
    }

    #[test]
    fn forty_children_get_forty_looks() {
        let progress = class_of(MAX_PROFILES);
        let looks: HashSet<_> = progress.profiles.iter().map(look).collect();
        assert_eq!(looks.len(), MAX_PROFILES);
        assert!(AVATARS.len() * BADGES.len() >= MAX_PROFILES);
        // The first sixteen are sixteen animals.
        let animals: HashSet<_> = progress.profiles[..AVATARS.len()]
            .iter()
            .map(|p| p.avatar.as_str())
            .collect();
        assert_eq!(animals.len(), AVATARS.len());
        // Every animal and every badge is known, and the same device gives the same looks.
        for p in &progress.profiles {
            assert!(AVATARS.contains(&p.avatar.as_str()));
            assert!(BADGES.contains(&p.badge.as_deref().unwrap()));
        }
        assert_eq!(class_of(MAX_PROFILES), progress);
    }

    #[test]
    fn an_animal_a_child_chose_is_not_offered_again_while_others_are_free() {
        let mut progress = Progress::default();
        progress.add_profile("owl", "", Band::Kids).unwrap();
        progress.add_profile("owl", "", Band::Kids).unwrap();
        let owls: Vec<_> = progress.profiles.iter().map(look).collect();
        assert_eq!(owls, [("owl", "heart"), ("owl", "square")]);
        let (avatar, badge) = unused_look(&progress.profiles);
        assert_eq!((avatar, badge), ("fox", "star"));
    }

    #[test]
    fn the_order_spreads_animals_then_badges() {
        let first: Vec<String> = class_of(5)
            .profiles
            .iter()
            .map(|p| format!("{}-{}", p.avatar, p.badge.as_deref().unwrap()))
            .collect();
        assert_eq!(
            first,
            [
                "fox-heart",
                "cat-square",
                "rabbit-star",
                "bear-circle",
                "owl-heart"
            ]
        );
    }

    #[test]
    fn with_every_look_taken_the_least_shared_is_given() {
        // More players than looks (never on one device): every look once, and a second fox
        // on the heart.
        let one = class_of(1).profiles.remove(0);
        let mut profiles: Vec<Profile> = BADGES
            .iter()
            .flat_map(|b| AVATARS.iter().map(move |a| (a, b)))
            .chain([(&"fox", &"heart")])
            .map(|(a, b)| Profile {
                avatar: a.to_string(),
                badge: Some(b.to_string()),
                ..one.clone()
            })
            .collect();
        let (avatar, badge) = unused_look(&profiles);
        assert_eq!((avatar, badge), ("cat", "square"));
        profiles.truncate(AVATARS.len() * BADGES.len());
        // Every look had once: the first.
        assert_eq!(unused_look(&profiles), ("fox", "heart"));
        assert_eq!(free_badge(&profiles, "whale"), "heart");
    }

    #[test]
    fn every_animal_and_badge_has_a_name() {
        use crate::ui_messages::{avatar_name, badge_name, ui_message};
        for a in AVATARS {
            let name = avatar_name(a).unwrap_or_else(|| panic!("{a} has no name"));
            assert_eq!(name, format!("avatar-{a}"));
            assert!(ui_message(name).is_some());
        }
        for b in BADGES {
            let name = badge_name(b).unwrap_or_else(|| panic!("{b} has no name"));
            assert_eq!(name, badge_picture(b));
            assert!(ui_message(name).is_some());
        }
        assert_eq!(avatar_name("unknown"), None);
        assert_eq!(badge_name("fox"), None);
    }
}
