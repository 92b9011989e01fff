//! The message ids of the game's own screens. The game uses these constants (never string
//! literals), and the checker requires each in every shipped locale's `ui.ftl` and warns about
//! `ui.ftl` messages that nothing uses. Spoken ones need a narration file like lesson lines.

/// A message of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiMessage {
    pub id: &'static str,
    /// Read aloud to pre-readers, so it needs narration.
    pub spoken: bool,
}

macro_rules! ui_messages {
    ($($name:ident = $id:literal, $spoken:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $name: &str = $id;
        )*
        /// Every interface message.
        pub const ALL: &[UiMessage] = &[$(UiMessage { id: $id, spoken: $spoken }),*];
    };
}

ui_messages! {
    APP_TITLE = "app-title", true;
    APP_TAGLINE = "app-tagline", false;
    TITLE_GROWN_UPS = "title-grown-ups", false;
    WHO_IS_PLAYING = "who-is-playing", true;
    PROFILE_NEW = "profile-new", true;
    PROFILE_CHOOSE_AVATAR = "profile-choose-avatar", true;
    AVATAR_FOX = "avatar-fox", false;
    AVATAR_CAT = "avatar-cat", false;
    AVATAR_RABBIT = "avatar-rabbit", false;
    AVATAR_BEAR = "avatar-bear", false;
    AVATAR_OWL = "avatar-owl", false;
    AVATAR_PANDA = "avatar-panda", false;
    AVATAR_TURTLE = "avatar-turtle", false;
    AVATAR_DUCK = "avatar-duck", false;
    AVATAR_PENGUIN = "avatar-penguin", false;
    AVATAR_LION = "avatar-lion", false;
    AVATAR_ELEPHANT = "avatar-elephant", false;
    AVATAR_FROG = "avatar-frog", false;
    AVATAR_MONKEY = "avatar-monkey", false;
    AVATAR_PIG = "avatar-pig", false;
    AVATAR_GIRAFFE = "avatar-giraffe", false;
    AVATAR_WHALE = "avatar-whale", false;
    BADGE_HEART = "badge-heart", false;
    BADGE_SQUARE = "badge-square", false;
    BADGE_STAR = "badge-star", false;
    BADGE_CIRCLE = "badge-circle", false;
    PROFILE_NICKNAME = "profile-nickname", false;
    PROFILE_NICKNAME_HINT = "profile-nickname-hint", false;
    PROFILE_CHOOSE_BAND = "profile-choose-band", false;
    PROFILE_CREATE = "profile-create", true;
    PROFILE_FULL = "profile-full", false;
    BAND_LITTLE = "band-3-6", false;
    BAND_KIDS = "band-6-10", false;
    BAND_TEENS = "band-11-15", false;
    MAP_TITLE = "map-title", true;
    MAP_UNAVAILABLE = "map-unavailable", false;
    MAP_STICKERS = "map-stickers", false;
    MAP_CONTINUE = "map-continue", false;
    MAP_INDEX_BROKEN = "map-index-broken", false;
    BACK = "back", false;
    PLAYER_TELL_GROWN_UP = "player-tell-grown-up", true;
    PLAYER_REPLAY = "player-replay", false;
    PLAYER_NEXT = "player-next", true;
    GLAD_YOU_ASKED_MUM = "glad-you-asked-mum", true;
    GLAD_YOU_ASKED_DAD = "glad-you-asked-dad", true;
    GLAD_YOU_ASKED_GRANDMA = "glad-you-asked-grandma", true;
    GLAD_YOU_ASKED_TEACHER = "glad-you-asked-teacher", true;
    GLAD_YOU_ASKED_COUNSELLOR = "glad-you-asked-counsellor", true;
    CHECK_BEFORE_TITLE = "check-before-title", true;
    CHECK_BEFORE_THANKS = "check-before-thanks", true;
    CHECK_AFTER_TITLE = "check-after-title", true;
    CHECK_REVIEW_TITLE = "check-review-title", true;
    CHECK_RIGHT = "check-right", true;
    CHECK_NOT_QUITE = "check-not-quite", true;
    END_STICKER_EARNED = "end-sticker-earned", true;
    END_TRY_AGAIN = "end-try-again", true;
    END_TIP_TITLE = "end-tip-title", false;
    END_STARTER_TITLE = "end-starter-title", false;
    END_BACK_TO_MAP = "end-back-to-map", true;
    END_STOP_HERE = "end-stop-here", true;
    END_ONE_MORE = "end-one-more", true;
    BREAK_TITLE = "break-title", true;
    BREAK_TEXT = "break-text", true;
    BREAK_OK = "break-ok", true;
    SETTINGS_BREAK = "settings-break", false;
    SETTINGS_HIGH_CONTRAST = "settings-high-contrast", false;
    SETTINGS_TEXT_SIZE = "settings-text-size", false;
    SETTINGS_MINUTES = "settings-minutes", false;
    SETTINGS_TITLE = "settings-title", false;
    SETTINGS_LANGUAGE = "settings-language", false;
    SETTINGS_VOICE_VOLUME = "settings-voice-volume", false;
    SETTINGS_EFFECTS_VOLUME = "settings-effects-volume", false;
    SETTINGS_CAPTIONS = "settings-captions", false;
    SETTINGS_ON = "settings-on", false;
    SETTINGS_OFF = "settings-off", false;
    GROWN_UPS_TITLE = "grown-ups-title", false;
    GATE_HOLD = "gate-hold", false;
    GATE_HOLD_BUTTON = "gate-hold-button", false;
    GATE_NUMBER = "gate-number", false;
    GATE_PIN = "gate-pin", false;
    GATE_WRONG = "gate-wrong", false;
    GATE_OK = "gate-ok", false;
    GATE_ERASE = "gate-erase", false;
    HOME_CLASSROOM = "home-classroom", false;
    HOME_RECORDS = "home-records", false;
    HOME_LEAVE = "home-leave", false;
    SETTINGS_PIN = "settings-pin", false;
    SETTINGS_PIN_NONE = "settings-pin-none", false;
    SETTINGS_PIN_IS_SET = "settings-pin-is-set", false;
    SETTINGS_PIN_NEW = "settings-pin-new", false;
    SETTINGS_PIN_SAVE = "settings-pin-save", false;
    SETTINGS_PIN_REMOVE = "settings-pin-remove", false;
    SETTINGS_PIN_BAD = "settings-pin-bad", false;
    SETTINGS_SCHOOL = "settings-school", false;
    SETTINGS_COUNSELLOR = "settings-counsellor", false;
    SETTINGS_COUNSELLOR_ROOM = "settings-counsellor-room", false;
    CLASSROOM_INTRO = "classroom-intro", false;
    CLASSROOM_NONE = "classroom-none", false;
    CLASSROOM_NEW = "classroom-new", false;
    CLASS_NAME = "class-name", false;
    CLASS_BAND = "class-band", false;
    CLASS_YEAR = "class-year", false;
    CLASS_SIZE = "class-size", false;
    CLASS_CREATE = "class-create", false;
    CLASS_NAME_NEEDED = "class-name-needed", false;
    CLASS_SESSIONS = "class-sessions", false;
    CLASS_OPEN = "class-open", false;
    CLASS_START = "class-start", false;
    CLASS_PICK_LESSONS = "class-pick-lessons", false;
    CLASS_STICKERS = "class-stickers", false;
    CLASS_NO_STICKERS = "class-no-stickers", false;
    CLASS_DELETE_RECORDS = "class-delete-records", false;
    CLASS_DELETE_CONFIRM = "class-delete-confirm", false;
    CLASS_DELETED = "class-deleted", false;
    CLASS_CHECKS = "class-checks", false;
    CLASS_CHECKS_BEFORE_AND_AFTER = "class-checks-before-and-after", false;
    CLASS_CHECKS_AFTER_ONLY = "class-checks-after-only", false;
    CLASS_CHECKS_OFF = "class-checks-off", false;
    CLASS_PLAYERS = "class-players", false;
    CLASS_NO_PLAYERS = "class-no-players", false;
    VOTE_TITLE = "vote-title", false;
    VOTE_HINT = "vote-hint", false;
    VOTE_GO = "vote-go", false;
    VOTE_TIE = "vote-tie", false;
    TEACHER_TITLE = "teacher-title", false;
    TEACHER_OBJECTIVE = "teacher-objective", false;
    TEACHER_BEHAVIOUR = "teacher-behaviour", false;
    TEACHER_NEXT = "teacher-next", false;
    TEACHER_FINISH = "teacher-finish", false;
    SESSION_TITLE = "session-title", false;
    SESSION_CHILDREN = "session-children", false;
    SESSION_PARENTS = "session-parents", false;
    SESSION_LETTERS = "session-letters", false;
    SESSION_NOTES = "session-notes", false;
    SESSION_SAVE = "session-save", false;
    RECORDS_COUNT = "records-count", false;
    RECORDS_PRIVACY = "records-privacy", false;
    RECORDS_YEAR = "records-year", false;
    RECORDS_MAKE_REPORT = "records-make-report", false;
    RECORDS_EXPORT = "records-export", false;
    RECORDS_SAVED = "records-saved", false;
    RECORDS_FAILED = "records-failed", false;
    RECORDS_PROBLEM = "records-problem", false;
    RECORDS_PLAYER = "records-player", false;
    RECORDS_EXPORT_DELETE = "records-export-delete", false;
    RECORDS_CLASS = "records-class", false;
    RECORDS_ALL_CLASSES = "records-all-classes", false;
    RECORDS_PLAYER_NUMBER = "records-player-number", false;
    SETTINGS_NARRATION_SPEED = "settings-narration-speed", false;
    SETTINGS_REDUCED_MOTION = "settings-reduced-motion", false;
    SETTINGS_SCANNING = "settings-scanning", false;
    SETTINGS_SCANNING_SECONDS = "settings-scanning-seconds", false;
    SETTINGS_KEYBOARD_HINT = "settings-keyboard-hint", false;
    HOME_PRINT = "home-print", false;
    PRINT_INTRO = "print-intro", false;
    PRINT_LESSON = "print-lesson", false;
    PRINT_STORYBOOK = "print-storybook", false;
    PRINT_BOOKLET = "print-booklet", false;
    PRINT_CARDS = "print-cards", false;
    PRINT_LETTER = "print-letter", false;
    PRINT_AGREEMENT = "print-agreement", false;
    PRINT_CLASS = "print-class", false;
    PRINT_URL = "print-url", false;
    PRINT_BROWSER_ONLY = "print-browser-only", false;
    QUIZ_TITLE = "quiz-title", false;
    QUIZ_START = "quiz-start", false;
    QUIZ_HINT = "quiz-hint", false;
    QUIZ_MODE_ELIMINATION = "quiz-mode-elimination", false;
    QUIZ_MODE_SCORING = "quiz-mode-scoring", false;
    QUIZ_QUESTION_NUMBER = "quiz-question-number", false;
    QUIZ_READ_AGAIN = "quiz-read-again", false;
    QUIZ_REVEAL = "quiz-reveal", false;
    QUIZ_STANDING = "quiz-standing", false;
    QUIZ_RIGHT = "quiz-right", false;
    QUIZ_NEXT = "quiz-next", false;
    QUIZ_BELL = "quiz-bell", false;
    QUIZ_BELL_STANDING = "quiz-bell-standing", false;
    QUIZ_BELL_SCORING = "quiz-bell-scoring", false;
    QUIZ_FINISH = "quiz-finish", false;
    DEVICE_TYPING = "device-typing", false;
    DEVICE_VIDEO_COVERED = "device-video-covered", false;
    DEVICE_ACCEPT = "device-accept", false;
    DEVICE_DECLINE = "device-decline", false;
    DEVICE_SAVE_EVIDENCE = "device-save-evidence", false;
    DEVICE_BLOCK = "device-block", false;
    DEVICE_REPORT = "device-report", false;
    DEVICE_LIKE = "device-like", false;
    DEVICE_SHARE = "device-share", false;
    DEVICE_NEW_POST = "device-new-post", false;
    DEVICE_POST = "device-post", false;
    DEVICE_AUDIENCE = "device-audience", false;
    DEVICE_AUDIENCE_PUBLIC = "device-audience-public", false;
    DEVICE_AUDIENCE_FRIENDS = "device-audience-friends", false;
    DEVICE_AUDIENCE_ONLY_ME = "device-audience-only-me", false;
    DEVICE_LOCATION = "device-location", false;
    DEVICE_PRIVACY = "device-privacy", false;
    DEVICE_PRIVATE_ACCOUNT = "device-private-account", false;
    DEVICE_MESSAGES_FROM = "device-messages-from", false;
    DEVICE_FROM_EVERYONE = "device-from-everyone", false;
    DEVICE_FROM_FRIENDS = "device-from-friends", false;
    DEVICE_FROM_NO_ONE = "device-from-no-one", false;
    DEVICE_REPORT_WHY = "device-report-why", false;
    DEVICE_SEND = "device-send", false;
    CAST_NARRATOR = "cast-narrator", false;
    CAST_MAI = "cast-mai", false;
    CAST_NAM = "cast-nam", false;
    CAST_MUM = "cast-mum", false;
    CAST_DAD = "cast-dad", false;
    CAST_GRANDMA = "cast-grandma", false;
    CAST_TEACHER = "cast-teacher", false;
    CAST_LINH = "cast-linh", false;
    CAST_MINH = "cast-minh", false;
    CAST_VY = "cast-vy", false;
    CAST_COUNSELLOR = "cast-counsellor", false;
    COUNSELLOR_DEFAULT_NAME = "counsellor-default-name", false;
    COUNSELLOR_DEFAULT_ROOM = "counsellor-default-room", false;
    PROGRESS_RECOVERED = "progress-recovered", false;
    PROGRESS_LOST = "progress-lost", false;
    PROGRESS_REPAIRED = "progress-repaired", false;
    PROGRESS_NOT_SAVED = "progress-not-saved", false;
    PREVIEW_TITLE = "preview-title", false;
    PREVIEW_WAITING = "preview-waiting", false;
    PREVIEW_COUNT = "preview-count", false;
    PREVIEW_HINT = "preview-hint", false;
    PREVIEW_MORE = "preview-more", false;
    PREVIEW_SAVE_AGAIN = "preview-save-again", false;
    PREVIEW_PICK_AGAIN = "preview-pick-again", false;
    PREVIEW_PICK = "preview-pick-lesson", false;
    PREVIEW_PICK_WORDS = "preview-pick-words", false;
    PREVIEW_CHOSEN = "preview-chosen", false;
    PREVIEW_VOICE_NOTE = "preview-voice-note", false;
    PREVIEW_READY = "preview-ready", false;
    PREVIEW_READY_CLEAN = "preview-ready-clean", false;
    PREVIEW_WARNINGS = "preview-warnings", false;
    PREVIEW_PLAY = "preview-play", false;
    PREVIEW_ENDED = "preview-ended", false;
    PREVIEW_PLAY_AGAIN = "preview-play-again", false;
    PREVIEW_NOT_DRAWN = "preview-not-drawn", false;
}

/// The interface message with this id.
pub fn ui_message(id: &str) -> Option<&'static UiMessage> {
    ALL.iter().find(|m| m.id == id)
}

/// What the grown-up `adult` says when the child asks for help away from a choice (see
/// [`crate::cast::CastMember::glad_you_asked`]); `None` for anyone who is not one of the cast's
/// grown-ups: never another grown-up's words.
pub fn glad_you_asked(adult: &crate::ids::CastId) -> Option<&'static str> {
    crate::cast::cast_member(adult).and_then(|c| c.glad_you_asked)
}

/// The name of an animal a player can be (one of `progress::AVATARS`: `fox`, "avatar-fox"), for
/// a screen reader and for a grown-up's list; `None` for any other name.
pub fn avatar_name(avatar: &str) -> Option<&'static str> {
    Some(match avatar {
        "fox" => AVATAR_FOX,
        "cat" => AVATAR_CAT,
        "rabbit" => AVATAR_RABBIT,
        "bear" => AVATAR_BEAR,
        "owl" => AVATAR_OWL,
        "panda" => AVATAR_PANDA,
        "turtle" => AVATAR_TURTLE,
        "duck" => AVATAR_DUCK,
        "penguin" => AVATAR_PENGUIN,
        "lion" => AVATAR_LION,
        "elephant" => AVATAR_ELEPHANT,
        "frog" => AVATAR_FROG,
        "monkey" => AVATAR_MONKEY,
        "pig" => AVATAR_PIG,
        "giraffe" => AVATAR_GIRAFFE,
        "whale" => AVATAR_WHALE,
        _ => return None,
    })
}

/// The name of a badge (one of `progress::BADGES`: `star`, "badge-star", "yellow star"): its
/// colour and its shape, for a screen reader and for a grown-up's list; `None` for any other.
pub fn badge_name(badge: &str) -> Option<&'static str> {
    Some(match badge {
        "heart" => BADGE_HEART,
        "square" => BADGE_SQUARE,
        "star" => BADGE_STAR,
        "circle" => BADGE_CIRCLE,
        _ => return None,
    })
}
