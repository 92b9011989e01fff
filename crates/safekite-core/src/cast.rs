//! The recurring cast. Each has a name message `cast-<id>` in `locales/<lang>/ui.ftl` and a
//! picture `assets/art/cast/<id>.png`.

use crate::ids::{CastId, MessageId};
use crate::ui_messages as ui;

/// One recurring character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CastMember {
    pub id: &'static str,
    /// For a grown-up the child can tell: what they say when the child taps "Tell a grown-up"
    /// away from a choice (each in their own words: Vietnamese speakers name themselves). `None`
    /// for a child.
    pub glad_you_asked: Option<&'static str>,
}

impl CastMember {
    /// A grown-up the child can tell.
    pub fn is_grown_up(&self) -> bool {
        self.glad_you_asked.is_some()
    }
}

/// The cast. For 3-6 and 6-10: two children, their mum and dad, their grandma, and their
/// teacher. For 11-15: three young teens (Linh, 13; Minh, 13; Vy, 12) and the school
/// counsellor, whose name and room a teacher can set (`$counsellor`, `$counsellor-room`).
pub const CAST: &[CastMember] = &[
    CastMember {
        id: "mai",
        glad_you_asked: None,
    },
    CastMember {
        id: "nam",
        glad_you_asked: None,
    },
    CastMember {
        id: "mum",
        glad_you_asked: Some(ui::GLAD_YOU_ASKED_MUM),
    },
    CastMember {
        id: "dad",
        glad_you_asked: Some(ui::GLAD_YOU_ASKED_DAD),
    },
    CastMember {
        id: "grandma",
        glad_you_asked: Some(ui::GLAD_YOU_ASKED_GRANDMA),
    },
    CastMember {
        id: "teacher",
        glad_you_asked: Some(ui::GLAD_YOU_ASKED_TEACHER),
    },
    CastMember {
        id: "linh",
        glad_you_asked: None,
    },
    CastMember {
        id: "minh",
        glad_you_asked: None,
    },
    CastMember {
        id: "vy",
        glad_you_asked: None,
    },
    CastMember {
        id: "counsellor",
        glad_you_asked: Some(ui::GLAD_YOU_ASKED_COUNSELLOR),
    },
];

/// The grown-ups of the cast, for hints: `mum, dad, grandma, teacher, counsellor`.
pub fn grown_ups() -> String {
    let ids: Vec<&str> = CAST
        .iter()
        .filter(|c| c.is_grown_up())
        .map(|c| c.id)
        .collect();
    ids.join(", ")
}

/// The cast member with this id.
pub fn cast_member(id: &CastId) -> Option<&'static CastMember> {
    CAST.iter().find(|c| *id == c.id)
}

/// The message id of a cast member's name.
pub fn name_message(id: &CastId) -> MessageId {
    MessageId::new(format!("cast-{id}"))
}
