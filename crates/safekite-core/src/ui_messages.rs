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
    TITLE_SETTINGS = "title-settings", false;
    WHO_IS_PLAYING = "who-is-playing", true;
    PROFILE_NEW = "profile-new", true;
    PROFILE_CHOOSE_AVATAR = "profile-choose-avatar", true;
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
    END_STICKER_EARNED = "end-sticker-earned", true;
    END_TRY_AGAIN = "end-try-again", true;
    END_TIP_TITLE = "end-tip-title", false;
    END_STARTER_TITLE = "end-starter-title", false;
    END_BACK_TO_MAP = "end-back-to-map", true;
    SETTINGS_TITLE = "settings-title", false;
    SETTINGS_LANGUAGE = "settings-language", false;
    SETTINGS_VOICE_VOLUME = "settings-voice-volume", false;
    SETTINGS_MUSIC_VOLUME = "settings-music-volume", false;
    SETTINGS_EFFECTS_VOLUME = "settings-effects-volume", false;
    SETTINGS_CAPTIONS = "settings-captions", false;
    SETTINGS_ON = "settings-on", false;
    SETTINGS_OFF = "settings-off", false;
    LANGUAGE_VI = "language-vi", false;
    LANGUAGE_EN = "language-en", false;
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
}

/// The interface message with this id.
pub fn ui_message(id: &str) -> Option<&'static UiMessage> {
    ALL.iter().find(|m| m.id == id)
}

/// What a grown-up says when "Tell a grown-up" is pressed where the story did not ask for it.
/// Each grown-up has their own line, because Vietnamese speakers name themselves ("Mẹ", "Bà").
pub fn glad_you_asked(adult: &str) -> &'static str {
    match adult {
        "dad" => GLAD_YOU_ASKED_DAD,
        "grandma" => GLAD_YOU_ASKED_GRANDMA,
        "teacher" => GLAD_YOU_ASKED_TEACHER,
        "counsellor" => GLAD_YOU_ASKED_COUNSELLOR,
        _ => GLAD_YOU_ASKED_MUM,
    }
}
