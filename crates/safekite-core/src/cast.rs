//! The recurring cast. Each has a name message `cast-<id>` in `locales/<lang>/ui.ftl` and a
//! picture `assets/art/cast/<id>.png`.

/// One recurring character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CastMember {
    pub id: &'static str,
    /// A grown-up the child can tell.
    pub grown_up: bool,
}

/// The cast. For 3-6 and 6-10: two children, their mum and dad, their grandma, and their
/// teacher. For 11-15: three young teens (Linh, 13; Minh, 13; Vy, 12) and the school
/// counsellor, whose name and room a teacher can set (`$counsellor`, `$counsellor-room`).
pub const CAST: &[CastMember] = &[
    CastMember {
        id: "mai",
        grown_up: false,
    },
    CastMember {
        id: "nam",
        grown_up: false,
    },
    CastMember {
        id: "mum",
        grown_up: true,
    },
    CastMember {
        id: "dad",
        grown_up: true,
    },
    CastMember {
        id: "grandma",
        grown_up: true,
    },
    CastMember {
        id: "teacher",
        grown_up: true,
    },
    CastMember {
        id: "linh",
        grown_up: false,
    },
    CastMember {
        id: "minh",
        grown_up: false,
    },
    CastMember {
        id: "vy",
        grown_up: false,
    },
    CastMember {
        id: "counsellor",
        grown_up: true,
    },
];

/// The grown-ups of the cast, for hints: `mum, dad, grandma, teacher, counsellor`.
pub fn grown_ups() -> String {
    let ids: Vec<&str> = CAST.iter().filter(|c| c.grown_up).map(|c| c.id).collect();
    ids.join(", ")
}

/// The cast member with this id.
pub fn cast_member(id: &str) -> Option<&'static CastMember> {
    CAST.iter().find(|c| c.id == id)
}

/// The message id of a cast member's name.
pub fn name_message(id: &str) -> String {
    format!("cast-{id}")
}
