//! The recurring cast. Each has a name message `cast-<id>` in `locales/<lang>/ui.ftl` and a
//! picture `assets/art/cast/<id>.png`.

/// One recurring character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CastMember {
    pub id: &'static str,
    /// A grown-up the child can tell.
    pub grown_up: bool,
}

/// The cast: two children, their mum and dad, their grandma, and their teacher.
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
];

/// The cast member with this id.
pub fn cast_member(id: &str) -> Option<&'static CastMember> {
    CAST.iter().find(|c| c.id == id)
}

/// The message id of a cast member's name.
pub fn name_message(id: &str) -> String {
    format!("cast-{id}")
}
