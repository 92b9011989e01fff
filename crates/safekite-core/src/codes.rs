//! The checker's stable problem codes. A code never changes meaning; retired codes are not reused.
//! `docs/lesson-format.md` lists them (a test keeps that list in step with this one).

/// One kind of problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    /// `error` or `warning` (by default).
    pub severity: &'static str,
    pub summary: &'static str,
}

const fn c(code: &'static str, severity: &'static str, summary: &'static str) -> Code {
    Code {
        code,
        severity,
        summary,
    }
}

pub const RON_SYNTAX: &str = "SK0001";
pub const SCHEMA: &str = "SK0002";
pub const FORMAT_VERSION: &str = "SK0003";
pub const FILE_NAME: &str = "SK0004";
pub const BAD_ID: &str = "SK0005";
pub const UNKNOWN_TOPIC: &str = "SK0006";
pub const CAST: &str = "SK0007";
pub const DUPLICATE_LESSON: &str = "SK0010";
pub const DUPLICATE_NODE: &str = "SK0011";
pub const MISSING_START: &str = "SK0012";
pub const MISSING_NODE: &str = "SK0013";
pub const UNREACHABLE: &str = "SK0014";
pub const NO_END: &str = "SK0015";
pub const OPTION_COUNT: &str = "SK0016";
pub const NO_TELL_ADULT_PATH: &str = "SK0017";
pub const CHILD_CAN_SAY_COUNT: &str = "SK0018";
pub const UNSAFE_ENDING: &str = "SK0019";
pub const MISSING_MESSAGE: &str = "SK0020";
pub const UNUSED_MESSAGE: &str = "SK0021";
pub const FLUENT_SYNTAX: &str = "SK0022";
pub const FLUENT_VARIABLES: &str = "SK0023";
pub const DUPLICATE_MESSAGE: &str = "SK0024";
pub const NO_WRONG_TURN: &str = "SK0025";
pub const WRONG_TURN_NO_WAY_BACK: &str = "SK0026";
pub const ORPHAN_LOCALE_FILE: &str = "SK0027";
pub const INDEX: &str = "SK0028";
pub const MISSING_PICTURE: &str = "SK0030";
pub const MISSING_NARRATION: &str = "SK0031";
pub const FILE_NAME_CASE: &str = "SK0032";
pub const CHAT_TOO_LONG: &str = "SK0033";
pub const ON_DEVICE: &str = "SK0034";
pub const ELEMENT: &str = "SK0035";
pub const MOOD_PICTURE: &str = "SK0036";
pub const LESSON_VARIABLE: &str = "SK0037";
pub const SCREEN_ITEMS: &str = "SK0038";
pub const LINE_TOO_LONG: &str = "SK0040";
pub const UNKIND_WORD: &str = "SK0041";
pub const IO: &str = "SK0050";
pub const NOT_UTF8: &str = "SK0051";
pub const INTERNAL: &str = "SK0099";

/// Every code, in order.
pub const ALL: &[Code] = &[
    c(
        RON_SYNTAX,
        "error",
        "RON syntax error: the file is not valid RON at this point",
    ),
    c(
        SCHEMA,
        "error",
        "the file does not match the lesson format (unknown or missing field, wrong type, unknown node kind)",
    ),
    c(
        FORMAT_VERSION,
        "error",
        "unsupported lesson `format` version",
    ),
    c(
        FILE_NAME,
        "error",
        "the lesson id does not match its file name, or the file is not in its band's folder",
    ),
    c(
        BAD_ID,
        "error",
        "an id or picture name is not lowercase ASCII letters, digits and `-`",
    ),
    c(
        UNKNOWN_TOPIC,
        "error",
        "the topic is not one of the topic slugs",
    ),
    c(
        CAST,
        "error",
        "unknown character, a speaker not listed in `characters`, or an `adult` who is not a grown-up",
    ),
    c(
        DUPLICATE_LESSON,
        "error",
        "two lesson files have the same id",
    ),
    c(
        DUPLICATE_NODE,
        "error",
        "two nodes of a lesson have the same id",
    ),
    c(MISSING_START, "error", "the `start` node does not exist"),
    c(
        MISSING_NODE,
        "error",
        "a `next` points at a node that does not exist",
    ),
    c(
        UNREACHABLE,
        "error",
        "a node cannot be reached from `start`",
    ),
    c(
        NO_END,
        "error",
        "no End can be reached from a node (a dead end or a closed loop)",
    ),
    c(
        OPTION_COUNT,
        "error",
        "a Choice has fewer than 2 or more than 4 options",
    ),
    c(
        NO_TELL_ADULT_PATH,
        "error",
        "no path goes through a TellAdult node to a Good End",
    ),
    c(
        CHILD_CAN_SAY_COUNT,
        "error",
        "a TellAdult node offers fewer than 1 or more than 3 things to say",
    ),
    c(
        UNSAFE_ENDING,
        "error",
        "a Good End can be reached without any safe action",
    ),
    c(
        MISSING_MESSAGE,
        "error",
        "a message id is missing from a shipped locale",
    ),
    c(
        UNUSED_MESSAGE,
        "warning",
        "a message is defined but no lesson or screen uses it",
    ),
    c(FLUENT_SYNTAX, "error", "Fluent syntax error"),
    c(
        FLUENT_VARIABLES,
        "error",
        "a message uses different Fluent variables in different locales",
    ),
    c(
        DUPLICATE_MESSAGE,
        "error",
        "a message id is defined twice in one locale",
    ),
    c(
        NO_WRONG_TURN,
        "warning",
        "a lesson has no gentle wrong turn (no Unsafe option)",
    ),
    c(
        WRONG_TURN_NO_WAY_BACK,
        "error",
        "an Unsafe option does not lead back to a choice",
    ),
    c(
        ORPHAN_LOCALE_FILE,
        "warning",
        "a locale file belongs to no lesson",
    ),
    c(
        INDEX,
        "error",
        "lessons/index.ron is missing, unreadable or out of date",
    ),
    c(MISSING_PICTURE, "error", "a picture file does not exist"),
    c(
        MISSING_NARRATION,
        "warning",
        "a spoken line has no narration file in a locale (an error with --require-narration)",
    ),
    c(
        FILE_NAME_CASE,
        "error",
        "a content file name is not lowercase ASCII",
    ),
    c(
        CHAT_TOO_LONG,
        "error",
        "a chat screen has more than 8 messages",
    ),
    c(
        ON_DEVICE,
        "error",
        "a Choice's `on_device` does not name a Device node of the lesson",
    ),
    c(
        ELEMENT,
        "error",
        "an option's `element` is not on the `on_device` screen, has no `on_device`, or is shared by two options",
    ),
    c(
        MOOD_PICTURE,
        "warning",
        "a `mood` has no picture (`assets/art/cast/<id>-<mood>.png`): the plain picture is shown",
    ),
    c(
        LESSON_VARIABLE,
        "error",
        "a lesson message uses a Fluent variable the game does not pass (only `$counsellor`, `$counsellor-room`)",
    ),
    c(
        SCREEN_ITEMS,
        "error",
        "a device screen has too few or too many items (feed posts 1-4, group chat messages 1-8, report reasons 2-5, web page fields 0-3)",
    ),
    c(
        LINE_TOO_LONG,
        "warning",
        "a spoken line is too long for its band (3-6: 12 words, 6-10: 18; Vietnamese: 18 and 27 syllables)",
    ),
    c(
        UNKIND_WORD,
        "error",
        "a child-facing line uses a frightening or blaming word",
    ),
    c(IO, "error", "a file or folder could not be read"),
    c(NOT_UTF8, "error", "a file is not UTF-8 text"),
    c(
        INTERNAL,
        "error",
        "the checker itself failed on this file (please report it)",
    ),
];

/// The Markdown table of codes for the docs.
pub fn markdown_table() -> String {
    let mut out = String::from("| code | default | meaning |\n|---|---|---|\n");
    for c in ALL {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            c.code, c.severity, c.summary
        ));
    }
    out
}
