//! The checker's stable problem codes. A code never changes meaning; retired codes are not reused.
//! `docs/lesson-format.md` lists them (a test keeps that list in step with this one).

use crate::diagnostic::Severity;

/// One kind of problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    /// Its severity by default.
    pub severity: Severity,
    pub summary: &'static str,
}

const fn c(code: &'static str, severity: Severity, summary: &'static str) -> Code {
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
pub const FLUENT_TOO_DEEP: &str = "SK0029";
pub const MISSING_PICTURE: &str = "SK0030";
pub const MISSING_NARRATION: &str = "SK0031";
pub const FILE_NAME_CASE: &str = "SK0032";
pub const CHAT_TOO_LONG: &str = "SK0033";
pub const ON_DEVICE: &str = "SK0034";
pub const ELEMENT: &str = "SK0035";
pub const MOOD_PICTURE: &str = "SK0036";
pub const LESSON_VARIABLE: &str = "SK0037";
pub const SCREEN_ITEMS: &str = "SK0038";
pub const DISCUSS_COUNT: &str = "SK0039";
pub const LINE_TOO_LONG: &str = "SK0040";
pub const UNKIND_WORD: &str = "SK0041";
pub const UNSAFE_OPTION_POSITION: &str = "SK0045";
pub const LEXICON: &str = "SK0046";
pub const UNSPEAKABLE_WORD: &str = "SK0047";
pub const REAL_ADDRESS: &str = "SK0048";
pub const IO: &str = "SK0050";
pub const CHECK_OPTION_COUNT: &str = "SK0060";
pub const CHECK_RIGHT_ANSWER: &str = "SK0061";
pub const CHECK_ICON: &str = "SK0062";
pub const DUPLICATE_CHECK: &str = "SK0063";
pub const RIGHT_ANSWER_POSITION: &str = "SK0064";
pub const FLAG_NEVER_SET: &str = "SK0065";
pub const FLAG_NOT_SET_HERE: &str = "SK0066";
pub const FLAG_NEVER_TESTED: &str = "SK0067";
pub const STICKER_REUSED: &str = "SK0068";
pub const NOT_UTF8: &str = "SK0051";
pub const FILE_TOO_LARGE: &str = "SK0052";
pub const VOICE_PACK: &str = "SK0070";
pub const VOICE_PACK_UNKNOWN_LINE: &str = "SK0071";
pub const VOICE_PACK_CHANGED_LINE: &str = "SK0072";
pub const STARTER_STICKER: &str = "SK0073";
pub const INTERNAL: &str = "SK0099";

/// The code's entry in [`ALL`].
pub fn code(code: &str) -> Option<&'static Code> {
    ALL.iter().find(|c| c.code == code)
}

/// Every code, in order.
pub const ALL: &[Code] = &[
    c(
        RON_SYNTAX,
        Severity::Error,
        "RON syntax error: the file is not valid RON at this point",
    ),
    c(
        SCHEMA,
        Severity::Error,
        "the file does not match the lesson format (unknown or missing field, wrong type, unknown node kind)",
    ),
    c(
        FORMAT_VERSION,
        Severity::Error,
        "unsupported lesson `format` version",
    ),
    c(
        FILE_NAME,
        Severity::Error,
        "the lesson id does not match its file name, or the file is not in its band's folder",
    ),
    c(
        BAD_ID,
        Severity::Error,
        "an id or picture name is not lowercase ASCII letters, digits and `-`",
    ),
    c(
        UNKNOWN_TOPIC,
        Severity::Error,
        "the topic is not one of the topic slugs",
    ),
    c(
        CAST,
        Severity::Error,
        "unknown character, a speaker not listed in `characters`, or an `adult` who is not a grown-up",
    ),
    c(
        DUPLICATE_LESSON,
        Severity::Error,
        "two lesson files have the same id",
    ),
    c(
        DUPLICATE_NODE,
        Severity::Error,
        "two nodes of a lesson have the same id",
    ),
    c(
        MISSING_START,
        Severity::Error,
        "the `start` node does not exist",
    ),
    c(
        MISSING_NODE,
        Severity::Error,
        "a `next` points at a node that does not exist",
    ),
    c(
        UNREACHABLE,
        Severity::Error,
        "a node cannot be reached from `start`",
    ),
    c(
        NO_END,
        Severity::Error,
        "no End can be reached from a node (a dead end or a closed loop)",
    ),
    c(
        OPTION_COUNT,
        Severity::Error,
        "a Choice has fewer than 2 or more than 4 options",
    ),
    c(
        NO_TELL_ADULT_PATH,
        Severity::Error,
        "no path goes through a TellAdult node to a Good End",
    ),
    c(
        CHILD_CAN_SAY_COUNT,
        Severity::Error,
        "a TellAdult node offers fewer than 1 or more than 3 things to say",
    ),
    c(
        UNSAFE_ENDING,
        Severity::Error,
        "a Good End can be reached without any safe action",
    ),
    c(
        MISSING_MESSAGE,
        Severity::Error,
        "a message id is missing from a shipped locale",
    ),
    c(
        UNUSED_MESSAGE,
        Severity::Warning,
        "a message is defined but no lesson or screen uses it",
    ),
    c(FLUENT_SYNTAX, Severity::Error, "Fluent syntax error"),
    c(
        FLUENT_VARIABLES,
        Severity::Error,
        "a message uses different Fluent variables in different locales",
    ),
    c(
        DUPLICATE_MESSAGE,
        Severity::Error,
        "a message id is defined twice in one locale",
    ),
    c(
        NO_WRONG_TURN,
        Severity::Warning,
        "a lesson has no gentle wrong turn (no Unsafe option)",
    ),
    c(
        WRONG_TURN_NO_WAY_BACK,
        Severity::Error,
        "an Unsafe option does not lead back to a choice",
    ),
    c(
        ORPHAN_LOCALE_FILE,
        Severity::Warning,
        "a locale file belongs to no lesson",
    ),
    c(
        INDEX,
        Severity::Error,
        "lessons/index.ron is missing, unreadable or out of date",
    ),
    c(
        FLUENT_TOO_DEEP,
        Severity::Error,
        "a message nests placeables `{` or call arguments `(` more than 16 deep; it is left out",
    ),
    c(
        MISSING_PICTURE,
        Severity::Error,
        "a picture file does not exist",
    ),
    c(
        MISSING_NARRATION,
        Severity::Warning,
        "a spoken line has no narration file in a locale (an error with --require-narration)",
    ),
    c(
        FILE_NAME_CASE,
        Severity::Error,
        "a content file name is not lowercase ASCII",
    ),
    c(
        CHAT_TOO_LONG,
        Severity::Error,
        "a chat screen has more than 8 messages",
    ),
    c(
        ON_DEVICE,
        Severity::Error,
        "a Choice's `on_device` does not name a Device node of the lesson",
    ),
    c(
        ELEMENT,
        Severity::Error,
        "an option's `element` is not on the `on_device` screen, has no `on_device`, or is shared by two options",
    ),
    c(
        MOOD_PICTURE,
        Severity::Warning,
        "a `mood` has no picture (`assets/art/cast/<id>-<mood>.png`): the plain picture is shown",
    ),
    c(
        LESSON_VARIABLE,
        Severity::Error,
        "a lesson message uses a Fluent variable the game does not pass (only `$counsellor`, `$counsellor-room`)",
    ),
    c(
        SCREEN_ITEMS,
        Severity::Error,
        "a device screen has too few or too many items (feed posts 1-4, group chat messages 1-8, report reasons 2-5, web page fields 0-3)",
    ),
    c(
        DISCUSS_COUNT,
        Severity::Error,
        "a Choice has more than 2 `discuss` prompts for the teacher",
    ),
    c(
        LINE_TOO_LONG,
        Severity::Warning,
        "a spoken line is too long for its band (3-6: 12 words, 6-10: 18; Vietnamese: 18 and 27 syllables)",
    ),
    c(
        UNKIND_WORD,
        Severity::Error,
        "a child-facing line uses a frightening or blaming word",
    ),
    c(
        UNSAFE_OPTION_POSITION,
        Severity::Warning,
        "more than half of a band's unsafe options sit at one position of their choice (at least 4 unsafe options)",
    ),
    c(
        LEXICON,
        Severity::Error,
        "a line of a pronunciation lexicon (scripts/narrate.d/lexicon.<locale>.tsv) is not `written<TAB>spoken`, or repeats a word",
    ),
    c(
        UNSPEAKABLE_WORD,
        Severity::Warning,
        "a spoken line has a word the voice would spell out or misread (an abbreviation, a link, a foreign word in Vietnamese) and no lexicon entry for it",
    ),
    c(
        REAL_ADDRESS,
        Severity::Error,
        "a web address shown to the child has a real-looking domain, not a made-up one (`.example`, `.test`, `.invalid`, `.localhost`, `example.com`/`.org`/`.net`)",
    ),
    c(IO, Severity::Error, "a file or folder could not be read"),
    c(NOT_UTF8, Severity::Error, "a file is not UTF-8 text"),
    c(
        FILE_TOO_LARGE,
        Severity::Error,
        "a lesson file is over 4 MiB or a word file over 1 MiB; it is not read",
    ),
    c(
        CHECK_OPTION_COUNT,
        Severity::Error,
        "a check question does not have 2 to 4 answers",
    ),
    c(
        CHECK_RIGHT_ANSWER,
        Severity::Error,
        "a check question does not have exactly one answer marked `right: true`",
    ),
    c(
        CHECK_ICON,
        Severity::Error,
        "an answer of a check question in the 3-6 band has no icon",
    ),
    c(
        DUPLICATE_CHECK,
        Severity::Error,
        "a check id is used twice in a lesson, or does not start with the lesson's id",
    ),
    c(
        RIGHT_ANSWER_POSITION,
        Severity::Warning,
        "every check question of a lesson (at least 2) has its right answer at the same position",
    ),
    c(
        FLAG_NEVER_SET,
        Severity::Error,
        "a variant tests a lesson flag that no option of the lesson `sets`",
    ),
    c(
        FLAG_NOT_SET_HERE,
        Severity::Error,
        "a variant tests a lesson flag that no path reaching its node can have set",
    ),
    c(
        FLAG_NEVER_TESTED,
        Severity::Warning,
        "an option `sets` a lesson flag that no variant tests",
    ),
    c(
        STICKER_REUSED,
        Severity::Error,
        "two children's lessons (or two grown-ups' rehearsals) have the same sticker picture",
    ),
    c(
        VOICE_PACK,
        Severity::Error,
        "a voice pack cannot be read (not a zip, no or a bad `voice-pack.tsv`, a take missing, unlisted, not OGG or too large)",
    ),
    c(
        VOICE_PACK_UNKNOWN_LINE,
        Severity::Warning,
        "a voice pack has a take of a line these lessons do not have (it is never played)",
    ),
    c(
        VOICE_PACK_CHANGED_LINE,
        Severity::Error,
        "a voice pack's take was recorded with other words than the line has now (it is never played: record it again)",
    ),
    c(
        STARTER_STICKER,
        Severity::Warning,
        "a lesson still has the starter sticker `draft-sticker` that scripts/new-lesson gives (draw the lesson its own)",
    ),
    c(
        INTERNAL,
        Severity::Error,
        "the checker itself failed on this file (please report it)",
    ),
];

/// The Markdown table of codes for the docs.
pub fn markdown_table() -> String {
    let mut out = String::from("| code | default | meaning |\n|---|---|---|\n");
    for c in ALL {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            c.code,
            c.severity.as_str(),
            c.summary
        ));
    }
    out
}
