//! The topics SafeKite teaches (described in docs/curriculum.md, "The topics"): a stable slug, the band it is written for,
//! and the safe behaviour it rehearses (in English, for tools and reports).

use crate::model::Band;

/// One topic of the curriculum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    /// The topic's number in the curriculum's list (the order below).
    pub number: u8,
    /// The slug written in a lesson's `topic` field.
    pub slug: &'static str,
    /// The band the topic is taught in first.
    pub band: Band,
    /// The safe behaviour, in a few words.
    pub behaviour: &'static str,
}

const fn t(number: u8, slug: &'static str, band: Band, behaviour: &'static str) -> Topic {
    Topic {
        number,
        slug,
        band,
        behaviour,
    }
}

/// Every topic, in the curriculum's order.
pub const TOPICS: &[Topic] = &[
    t(
        1,
        "scary-content",
        Band::Little,
        "cover or turn the screen, tell a grown-up",
    ),
    t(
        2,
        "prize-popup",
        Band::Little,
        "don't tap a prize pop-up, ask a grown-up",
    ),
    t(
        3,
        "private-info",
        Band::Little,
        "name and address are private, tell a grown-up",
    ),
    t(
        4,
        "ads-and-buying",
        Band::Little,
        "adverts want to sell; ask before buying",
    ),
    t(
        5,
        "photo-consent",
        Band::Little,
        "ask before taking or sharing a photo",
    ),
    t(
        6,
        "stranger-in-game",
        Band::Little,
        "play only with people you know; tell",
    ),
    t(
        7,
        "mean-in-game",
        Band::Little,
        "be kind yourself, tell a grown-up",
    ),
    t(
        8,
        "screen-goodbye",
        Band::Little,
        "device rules, no screens in bed, finish calmly",
    ),
    t(
        9,
        "trusted-grown-ups",
        Band::Little,
        "name your trusted grown-ups, practise telling",
    ),
    t(
        10,
        "bad-secrets",
        Band::Little,
        "surprises are fine, bad secrets are told",
    ),
    t(
        11,
        "password-sharing",
        Band::Kids,
        "share passwords only with parents or carers",
    ),
    t(
        12,
        "downloading-games",
        Band::Kids,
        "ask first, look at the age rating",
    ),
    t(
        13,
        "is-it-true",
        Band::Kids,
        "fact or opinion, check another place, ask",
    ),
    t(
        14,
        "meeting-online-friends",
        Band::Kids,
        "never meet without a parent; tell",
    ),
    t(
        15,
        "prize-and-chain-messages",
        Band::Kids,
        "don't click or forward; check",
    ),
    t(
        16,
        "forwarding-photos",
        Band::Kids,
        "don't forward; think how they would feel",
    ),
    t(
        17,
        "bystander-bullying",
        Band::Kids,
        "support, block, report, keep evidence, tell",
    ),
    t(
        18,
        "gifts-and-secrets",
        Band::Kids,
        "gifts for secrets are a sign to tell",
    ),
    t(
        19,
        "screen-time-sleep",
        Band::Kids,
        "set limits, one thing at a time",
    ),
    t(
        20,
        "oversharing-location",
        Band::Teens,
        "location off, think before posting",
    ),
    t(
        21,
        "stranger-friend-requests",
        Band::Teens,
        "accept only people you know",
    ),
    t(
        22,
        "grooming",
        Band::Teens,
        "don't send pictures; block, keep evidence, tell, report",
    ),
    t(
        23,
        "sextortion",
        Band::Teens,
        "don't pay or send; keep evidence, tell, call 111",
    ),
    t(
        24,
        "non-consensual-sharing",
        Band::Teens,
        "don't share, report, support them",
    ),
    t(
        25,
        "account-security",
        Band::Teens,
        "passphrases, two-step login, never share a code",
    ),
    t(
        26,
        "phishing",
        Band::Teens,
        "check the address, don't log in from a link",
    ),
    t(27, "misinformation", Band::Teens, "check several sources"),
    t(
        28,
        "group-chat-kindness",
        Band::Teens,
        "stand up for others, step away, report",
    ),
    t(29, "scams", Band::Teens, "too good to be true usually is"),
    t(
        30,
        "where-to-get-help",
        Band::Teens,
        "block, report, counsellor, helpline 111",
    ),
    t(
        31,
        "healthy-balance",
        Band::Teens,
        "sleep, gaming time, feeds that keep you scrolling",
    ),
    t(
        32,
        "ask-before-online",
        Band::Little,
        "ask first; use only the apps a grown-up chose",
    ),
    t(
        33,
        "keep-telling",
        Band::Little,
        "keep telling until a grown-up listens",
    ),
    t(
        34,
        "my-body-my-pictures",
        Band::Little,
        "say no to photos in pyjamas or the bath; tell",
    ),
    // For grown-ups: rehearsing the reply when a child tells them what happened online.
    t(
        35,
        "calm-response",
        Band::GrownUps,
        "listen, thank the child, keep the device, save evidence, get help (111, the school)",
    ),
];

/// The topic with this slug.
pub fn topic(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.slug == slug)
}
