//! The lesson format, version 1: the Rust types that a `*.lesson.ron` file deserialises into.
//!
//! Every word a child sees or hears is a Fluent message id chosen by the author; the same id
//! names the narration file `assets/voice/<locale>/<id>.ogg`. Pictures are named, not pathed:
//! each kind of picture lives in its own folder under `assets/art/` (see [`ArtKind`]).
//! The format is documented for authors in `docs/lesson-format.md`.

use crate::ids::{CastId, MessageId, NodeId};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// The lesson format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The speaker id for the storyteller, who needs no picture.
pub const NARRATOR: &str = "narrator";

/// One lesson: a short interactive story with its choices, its grown-up moment and its ending.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Lesson format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable lesson id: lowercase letters, digits and `-`; also the file name.
    pub id: String,
    /// The age band the lesson is written for.
    pub band: Band,
    /// The topic slug, one of [`crate::topics::TOPICS`].
    pub topic: String,
    /// Message id: the lesson's title, shown on the lesson map.
    pub title: MessageId,
    /// Message id: the learning objective, in one sentence, for teachers and parents.
    pub objective: MessageId,
    /// Message id: the safe behaviour the lesson rehearses, for teachers and parents.
    pub behaviour: MessageId,
    /// Characters who appear (ids of the recurring cast, see [`crate::cast::CAST`]).
    pub characters: Vec<CastId>,
    /// The grown-up who answers when the child presses "Tell a grown-up" (a cast id).
    pub adult: CastId,
    /// The default background place (a picture in `assets/art/places/`).
    pub place: String,
    /// The id of the first node.
    pub start: NodeId,
    /// The story, as a list of nodes; each has its own id.
    pub nodes: Vec<Node>,
    /// Message id: a short tip for the grown-up after the lesson.
    pub parent_tip: MessageId,
    /// Message id: a question the grown-up can ask to start a conversation.
    pub conversation_starter: MessageId,
    /// The sticker the child earns at a good ending.
    pub sticker: Sticker,
    /// Optional check questions about the lesson's safe behaviour (see [`Check`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
}

/// A check question: did the child learn the lesson's safe behaviour? Every text is spoken.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Stable id, `<lesson id>-check-<n>-<word>`: answers are recorded under it.
    pub id: String,
    /// Message id of the question.
    pub question: MessageId,
    /// Two to four answers, exactly one of them right.
    pub options: Vec<CheckOption>,
    /// Message id of the short, warm reason shown after answering.
    pub why: MessageId,
}

/// One answer of a check question.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename = "Option", deny_unknown_fields)]
pub struct CheckOption {
    /// Message id of the answer.
    pub line: MessageId,
    /// Picture in `assets/art/icons/`; required in the 3-6 band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// True for the one right answer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub right: bool,
}

/// Who a lesson is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    /// Ages 3-6: pre-readers, everything spoken.
    Little,
    /// Ages 6-10: early readers.
    Kids,
    /// Ages 11-15: young teens.
    Teens,
    /// Grown-ups rehearsing a calm response when a child tells them something (not on the
    /// children's map). Longer lines are allowed; every safety rule still holds.
    GrownUps,
}

impl Band {
    /// Every band, youngest first.
    pub const ALL: [Band; 4] = [Band::Little, Band::Kids, Band::Teens, Band::GrownUps];

    /// The band as written in lesson files and folder names: `3-6`, `6-10`, `11-15`.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Little => "3-6",
            Band::Kids => "6-10",
            Band::Teens => "11-15",
            Band::GrownUps => "grown-ups",
        }
    }

    /// Parses `3-6`, `6-10`, `11-15` or `grown-ups`.
    pub fn parse(s: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.as_str() == s)
    }

    /// The band as the `$band` variable of interface messages sees it: `little`, `kid`, `teen`,
    /// `grown-up` (`ui.ftl` selects the words for the age on it; grown-ups get the default
    /// wording unless a message has a `[grown-up]` variant).
    pub fn ui_key(self) -> &'static str {
        match self {
            Band::Little => "little",
            Band::Kids => "kid",
            Band::Teens => "teen",
            Band::GrownUps => "grown-up",
        }
    }

    /// The longest a spoken line may be, in words, before the checker warns.
    pub fn max_words(self) -> Option<usize> {
        match self {
            Band::Little => Some(12),
            Band::Kids => Some(18),
            Band::Teens => None,
            Band::GrownUps => Some(30),
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Band {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Band {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Band::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown band \"{s}\": expected \"3-6\", \"6-10\", \"11-15\" or \"grown-ups\""
            ))
        })
    }
}

/// The sticker earned at the end of a lesson.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sticker {
    /// Picture in `assets/art/stickers/`.
    pub picture: String,
    /// Message id: the sticker's name, spoken when it is awarded.
    pub name: MessageId,
}

/// One step of a lesson.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub enum Node {
    /// A character speaks a line.
    Say(Say),
    /// The pretend phone or tablet shows something.
    Device(Device),
    /// The story pauses and the child decides.
    Choice(Choice),
    /// The child goes to a grown-up, chooses what to say, and the grown-up answers.
    TellAdult(TellAdult),
    /// The lesson ends.
    End(End),
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> &NodeId {
        match self {
            Node::Say(n) => &n.id,
            Node::Device(n) => &n.id,
            Node::Choice(n) => &n.id,
            Node::TellAdult(n) => &n.id,
            Node::End(n) => &n.id,
        }
    }

    /// The node's type name as written in lesson files.
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Say(_) => "Say",
            Node::Device(_) => "Device",
            Node::Choice(_) => "Choice",
            Node::TellAdult(_) => "TellAdult",
            Node::End(_) => "End",
        }
    }

    /// The node's line variants (a TellAdult's are its answer's); none for a Choice.
    pub fn variants(&self) -> &[Variant] {
        match self {
            Node::Say(n) => &n.variants,
            Node::Device(n) => &n.variants,
            Node::TellAdult(n) => &n.variants,
            Node::End(n) => &n.variants,
            Node::Choice(_) => &[],
        }
    }

    /// The ids of the nodes this node can lead to, in order, with the field that names each.
    pub fn targets(&self) -> Vec<(&NodeId, TargetField)> {
        match self {
            Node::Say(n) => vec![(&n.next, TargetField::Next)],
            Node::Device(n) => vec![(&n.next, TargetField::Next)],
            Node::TellAdult(n) => vec![(&n.next, TargetField::Next)],
            Node::Choice(n) => n
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| (&o.next, TargetField::Option(i)))
                .collect(),
            Node::End(_) => Vec::new(),
        }
    }
}

/// Which field of a node names a target node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetField {
    /// The node's `next` field.
    Next,
    /// The `next` field of the option with this index.
    Option(usize),
}

/// A character speaks a line.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Say {
    pub id: NodeId,
    /// A cast id from the lesson's `characters`, or `narrator`.
    pub speaker: CastId,
    /// Message id of the line (spoken and captioned).
    pub line: MessageId,
    /// Optional picture in `assets/art/pictures/`, shown beside the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Optional background place for this node and the ones after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The speaker's face (default `Calm`): the stage shows `assets/art/cast/<id>-<mood>.png`.
    #[serde(default, skip_serializing_if = "Mood::is_calm")]
    pub mood: Mood,
    /// Lines said instead of `line` when the run's flags match; the first that holds wins
    /// (see [`Variant`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// The node that follows.
    pub next: NodeId,
}

/// A character's face on the stage. `Calm` is the plain picture `<id>.png`; every other mood
/// is `<id>-<mood>.png` (lower case), and the stage falls back to `<id>.png` without it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Mood {
    #[default]
    Calm,
    Happy,
    Worried,
    Sad,
    Cross,
    Relieved,
    Scared,
}

impl Mood {
    /// True for the default face.
    pub fn is_calm(&self) -> bool {
        *self == Mood::Calm
    }

    /// The mood as it appears in picture names: `worried`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mood::Calm => "calm",
            Mood::Happy => "happy",
            Mood::Worried => "worried",
            Mood::Sad => "sad",
            Mood::Cross => "cross",
            Mood::Relieved => "relieved",
            Mood::Scared => "scared",
        }
    }

    /// The cast picture name for `cast_id` with this face: `linh-worried`, or `linh` when calm.
    pub fn picture(self, cast_id: &CastId) -> String {
        match self {
            Mood::Calm => cast_id.to_string(),
            m => format!("{cast_id}-{}", m.as_str()),
        }
    }
}

/// The pretend device shows a screen.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    pub id: NodeId,
    /// Phone or tablet.
    #[serde(default)]
    pub device: DeviceKind,
    /// Who says `line` while the screen appears: a cast id from `characters` (Mum pointing at
    /// the address), or the narrator when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<CastId>,
    /// Message id: what the speaker (the narrator by default) says while the screen appears.
    pub line: MessageId,
    /// Lines said instead of `line` when the run's flags match; the first that holds wins
    /// (see [`Variant`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// What the device shows.
    pub screen: Screen,
    /// The node that follows.
    pub next: NodeId,
}

/// The kind of pretend device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum DeviceKind {
    #[default]
    Tablet,
    Phone,
}

/// A screen on the pretend device. Every text is a message id.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub enum Screen {
    /// A chat: contact name and avatar, message bubbles, and optionally typing dots.
    Chat {
        /// Message id of the contact's display name.
        contact: MessageId,
        /// Avatar picture in `assets/art/avatars/`.
        avatar: String,
        messages: Vec<ChatMessage>,
        /// Show the "is typing" dots after the last message.
        #[serde(default)]
        typing: bool,
        /// Show the toolbar with "save evidence", "block" and "report" (elements
        /// `save-evidence`, `block`, `report`).
        #[serde(default)]
        actions: bool,
    },
    /// A pop-up over a game, with a pulsing button.
    Popup {
        title: MessageId,
        body: MessageId,
        button: MessageId,
        /// Optional picture in `assets/art/pictures/`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        picture: Option<String>,
    },
    /// A video player.
    Video {
        title: MessageId,
        /// The still shown in the player, in `assets/art/pictures/`.
        picture: String,
        /// Cover the picture (for a video that should not be watched).
        #[serde(default)]
        covered: bool,
    },
    /// An in-app shop with a buy button.
    Shop {
        item: MessageId,
        price: MessageId,
        button: MessageId,
        picture: String,
    },
    /// A friend request.
    FriendRequest {
        /// Message id of the requester's display name.
        name: MessageId,
        avatar: String,
        /// Message id of a detail line ("0 friends in common").
        detail: MessageId,
    },
    /// A message with a link in it.
    LinkMessage {
        /// Message id of the sender's display name.
        from: MessageId,
        avatar: String,
        text: MessageId,
        /// Message id of the link as shown (never a real address). Shown, never spoken.
        link: MessageId,
    },
    /// A web page in a browser: the address bar, a title, a login form. Elements: `address`,
    /// `log-in` (the button).
    WebPage {
        /// Message id of the address as shown in the address bar. Shown, never spoken.
        address: MessageId,
        title: MessageId,
        /// Message ids of the form's field labels (0 to 3).
        #[serde(default)]
        fields: Vec<MessageId>,
        /// Message id of the button's label.
        button: MessageId,
        /// A look-alike page: the address bar shows no padlock.
        #[serde(default)]
        fake: bool,
        /// Optional picture in `assets/art/pictures/` (a logo or banner).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        picture: Option<String>,
    },
    /// A social feed. Elements: `like-N`, `share-N`, `report-N` (N = the post's number, from 1).
    Feed { posts: Vec<Post> },
    /// Writing a post. Elements: `audience`, `location`, `post`.
    Composer {
        /// Message id of the post's text.
        text: MessageId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        picture: Option<String>,
        /// Who will see it.
        #[serde(default)]
        audience: Audience,
        /// The location switch is on.
        #[serde(default)]
        location: bool,
    },
    /// A group chat with several people. Elements (with `actions: true`): `save-evidence`,
    /// `block`, `report`.
    GroupChat {
        /// Message id of the group's name.
        name: MessageId,
        messages: Vec<GroupMessage>,
        #[serde(default)]
        actions: bool,
    },
    /// The privacy settings. Elements: `private-account`, `location`, `messages-from`.
    PrivacySettings {
        #[serde(default)]
        private_account: bool,
        #[serde(default)]
        location: bool,
        #[serde(default)]
        messages_from: MessagesFrom,
    },
    /// A text message with a one-time code.
    CodeMessage {
        /// Message id of the sender's name.
        from: MessageId,
        text: MessageId,
        /// Message id of the code as shown. Shown, never spoken.
        code: MessageId,
    },
    /// Reporting: choose a reason, send. Elements: `reason-N` (from 1), `send`.
    Report {
        /// Message ids of the reasons (2 to 5).
        reasons: Vec<MessageId>,
        /// Message id of the confirmation shown once the report is sent.
        confirmation: MessageId,
        /// Show the confirmation (the report has been sent) instead of the reasons.
        #[serde(default)]
        sent: bool,
    },
}

/// One post in a [`Screen::Feed`].
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    /// Message id of the author's display name.
    pub author: MessageId,
    /// Avatar picture in `assets/art/avatars/`.
    pub avatar: String,
    pub text: MessageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
}

/// One message in a [`Screen::GroupChat`].
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GroupMessage {
    /// Message id of the sender's name; `None` for the child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<MessageId>,
    /// Avatar picture in `assets/art/avatars/` (not needed for the child's own messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    pub text: MessageId,
}

/// Who sees a post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Audience {
    #[default]
    Public,
    Friends,
    OnlyMe,
}

/// Who may send the child messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum MessagesFrom {
    #[default]
    Everyone,
    Friends,
    NoOne,
}

/// One bubble in a chat.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChatMessage {
    /// Who sent it.
    pub from: Sender,
    /// Message id of the text.
    pub text: MessageId,
}

/// The sender of a chat bubble.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Sender {
    /// The other person.
    Them,
    /// The child's side of the chat.
    Me,
}

/// The story pauses and the child chooses.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: NodeId,
    /// Message id of the question.
    pub prompt: MessageId,
    /// Two to four options.
    pub options: Vec<ChoiceOption>,
    /// A Device node of this lesson whose screen stays on stage during the choice, so the
    /// child can act on the pretend phone (see [`ChoiceOption::element`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_device: Option<NodeId>,
    /// Message ids: one or two questions for the class to talk about before they choose, shown
    /// to the teacher only in class mode (never spoken).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discuss: Vec<MessageId>,
}

/// One option of a choice.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename = "Option", deny_unknown_fields)]
pub struct ChoiceOption {
    /// Message id of the option's label (spoken when pressed and held in the 3-6 band).
    pub line: MessageId,
    /// Picture in `assets/art/icons/`.
    pub icon: String,
    /// How safe this option is.
    pub safety: Safety,
    /// The node it leads to.
    pub next: NodeId,
    /// An element of the `on_device` screen (such as `log-in`): tapping it takes this option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Lesson flags set when this option is taken (they stay set for the rest of the run); a
    /// [`Variant`] tests them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<String>,
}

/// A line said instead of a node's own line (a TellAdult's `answer`) when the run's flags
/// match: every flag in `when` is set and none in `unless` is.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Flags that must all be set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<String>,
    /// Flags none of which may be set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
    /// Message id of the line said instead (spoken and captioned like the node's own).
    pub line: MessageId,
}

impl Variant {
    /// True when the flags for which `is_set` is true match this variant.
    pub fn holds(&self, is_set: impl Fn(&str) -> bool) -> bool {
        self.when.iter().all(|f| is_set(f)) && !self.unless.iter().any(|f| is_set(f))
    }

    /// Every flag the variant tests, with its field (`when` or `unless`) and index there.
    pub(crate) fn tested(&self) -> impl Iterator<Item = (&'static str, usize, &str)> {
        let when = self
            .when
            .iter()
            .enumerate()
            .map(|(i, f)| ("when", i, f.as_str()));
        let unless = self
            .unless
            .iter()
            .enumerate()
            .map(|(i, f)| ("unless", i, f.as_str()));
        when.chain(unless)
    }
}

/// The line said: the first variant whose flags match, else `line`.
pub(crate) fn pick_line<'a>(
    line: &'a MessageId,
    variants: &'a [Variant],
    is_set: impl Fn(&str) -> bool,
) -> &'a MessageId {
    variants
        .iter()
        .find(|v| v.holds(&is_set))
        .map_or(line, |v| &v.line)
}

/// How safe an option is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Safety {
    /// A safe action (close the pop-up, block, ask first).
    Safe,
    /// An unsafe action; it leads to a gentle consequence and back to the choice.
    Unsafe,
    /// Telling a grown-up: the always-visible "Tell a grown-up" button picks this option.
    TellAdult,
}

/// The child goes to a grown-up and says what happened; the grown-up answers calmly.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TellAdult {
    pub id: NodeId,
    /// The grown-up (a cast id from `characters`).
    pub adult: CastId,
    /// Message id of the question to the child ("What will you say?").
    pub prompt: MessageId,
    /// One to three message ids: what the child may say.
    pub child_can_say: Vec<MessageId>,
    /// Message id of the grown-up's calm answer and praise.
    pub answer: MessageId,
    /// Answers said instead of `answer` when the run's flags match (see [`Variant`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// The grown-up's face at the answer (default `Calm`).
    #[serde(default, skip_serializing_if = "Mood::is_calm")]
    pub mood: Mood,
    /// Optional background place: where the grown-up is (changes the background, like a
    /// Say's `place`, for this node and the ones after it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The node that follows.
    pub next: NodeId,
}

/// The lesson ends.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct End {
    pub id: NodeId,
    /// How it ended.
    pub outcome: Outcome,
    /// Message id of the closing line (praise).
    pub line: MessageId,
    /// Lines said instead of `line` when the run's flags match; the first that holds wins
    /// (see [`Variant`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// How a lesson ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Outcome {
    /// The child did the safe thing: praise and a sticker.
    Good,
    /// The lesson ended without the safe action; no sticker, an invitation to try again.
    TryAgain,
}

/// The folders pictures are looked up in, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArtKind {
    Place,
    Picture,
    Icon,
    Avatar,
    Sticker,
    Cast,
}

impl ArtKind {
    /// The folder under `assets/` that holds this kind of picture.
    pub fn folder(self) -> &'static str {
        match self {
            ArtKind::Place => "art/places",
            ArtKind::Picture => "art/pictures",
            ArtKind::Icon => "art/icons",
            ArtKind::Avatar => "art/avatars",
            ArtKind::Sticker => "art/stickers",
            ArtKind::Cast => "art/cast",
        }
    }

    /// The asset path (relative to `assets/`) of the picture with this name.
    pub fn asset_path(self, name: &str) -> String {
        format!("{}/{name}.png", self.folder())
    }
}

/// The asset path (relative to `assets/`) of a narration file.
pub fn voice_asset_path(locale: &str, message_id: &MessageId) -> String {
    format!("voice/{locale}/{message_id}.ogg")
}

impl Lesson {
    /// The node with this id.
    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id() == id)
    }

    /// The index of the node with this id.
    pub fn node_index(&self, id: &NodeId) -> Option<usize> {
        self.nodes.iter().position(|n| n.id() == id)
    }

    /// Every message id the lesson uses, with whether it is spoken to the child and where.
    /// Adult-facing texts (objective, behaviour, discussion prompts, tip, starter) are not spoken.
    pub fn messages(&self) -> Vec<MessageUse> {
        let mut out = Vec::new();
        self.visit_refs(&mut |r| {
            if let RefKind::Message { spoken } = r.kind {
                out.push(MessageUse {
                    id: MessageId::from(r.value),
                    spoken,
                    path: r.path,
                });
            }
        });
        out
    }

    /// Every picture the lesson uses, as (kind, name).
    pub fn pictures(&self) -> Vec<(ArtKind, &str)> {
        let mut out = Vec::new();
        self.visit_refs(&mut |r| {
            if let RefKind::Picture(kind) = r.kind {
                out.push((kind, r.value));
            }
        });
        out
    }

    /// Calls `f` for every message id and picture name in the lesson, with the path of the
    /// field that holds it (such as `nodes[4].options[1].line`), in file order.
    pub fn visit_refs<'a>(&'a self, f: &mut dyn FnMut(Ref<'a>)) {
        let msg = |spoken| RefKind::Message { spoken };
        let mut emit = |kind, value: &'a str, path: String| f(Ref { kind, value, path });
        emit(msg(true), self.title.as_str(), "title".into());
        emit(msg(false), self.objective.as_str(), "objective".into());
        emit(msg(false), self.behaviour.as_str(), "behaviour".into());
        for (i, c) in self.characters.iter().enumerate() {
            if c != NARRATOR {
                emit(
                    RefKind::Picture(ArtKind::Cast),
                    c.as_str(),
                    format!("characters[{i}]"),
                );
            }
        }
        emit(
            RefKind::Picture(ArtKind::Place),
            &self.place,
            "place".into(),
        );
        for (i, node) in self.nodes.iter().enumerate() {
            node_refs(i, node, &mut emit);
        }
        emit(msg(false), self.parent_tip.as_str(), "parent_tip".into());
        emit(
            msg(false),
            self.conversation_starter.as_str(),
            "conversation_starter".into(),
        );
        emit(
            RefKind::Picture(ArtKind::Sticker),
            &self.sticker.picture,
            "sticker.picture".into(),
        );
        emit(msg(true), self.sticker.name.as_str(), "sticker.name".into());
        for (i, c) in self.checks.iter().enumerate() {
            let p = |field: &str| format!("checks[{i}].{field}");
            emit(msg(true), c.question.as_str(), p("question"));
            for (j, o) in c.options.iter().enumerate() {
                emit(msg(true), o.line.as_str(), p(&format!("options[{j}].line")));
                if let Some(icon) = &o.icon {
                    let path = p(&format!("options[{j}].icon"));
                    emit(RefKind::Picture(ArtKind::Icon), icon, path);
                }
            }
            emit(msg(true), c.why.as_str(), p("why"));
        }
    }
}

/// The references of node `i` (see [`Lesson::visit_refs`]), its line variants last.
fn node_refs<'a>(i: usize, node: &'a Node, emit: &mut impl FnMut(RefKind, &'a str, String)) {
    let msg = |spoken| RefKind::Message { spoken };
    let p = |field: &str| format!("nodes[{i}].{field}");
    match node {
        Node::Say(n) => {
            emit(msg(true), n.line.as_str(), p("line"));
            if let Some(pic) = &n.picture {
                emit(RefKind::Picture(ArtKind::Picture), pic, p("picture"));
            }
            if let Some(place) = &n.place {
                emit(RefKind::Picture(ArtKind::Place), place, p("place"));
            }
        }
        Node::Device(n) => {
            emit(msg(true), n.line.as_str(), p("line"));
            for (field, value) in n.screen.fields() {
                let kind = match field_kind(&field) {
                    FieldKind::Avatar => RefKind::Picture(ArtKind::Avatar),
                    FieldKind::Picture => RefKind::Picture(ArtKind::Picture),
                    FieldKind::Silent => msg(false),
                    FieldKind::Spoken => msg(true),
                };
                emit(kind, value.as_str(), p(&format!("screen.{field}")));
            }
        }
        Node::Choice(n) => {
            emit(msg(true), n.prompt.as_str(), p("prompt"));
            for (j, o) in n.options.iter().enumerate() {
                emit(msg(true), o.line.as_str(), p(&format!("options[{j}].line")));
                emit(
                    RefKind::Picture(ArtKind::Icon),
                    &o.icon,
                    p(&format!("options[{j}].icon")),
                );
            }
            for (j, d) in n.discuss.iter().enumerate() {
                emit(msg(false), d.as_str(), p(&format!("discuss[{j}]")));
            }
        }
        Node::TellAdult(n) => {
            emit(msg(true), n.prompt.as_str(), p("prompt"));
            for (j, s) in n.child_can_say.iter().enumerate() {
                emit(msg(true), s.as_str(), p(&format!("child_can_say[{j}]")));
            }
            emit(msg(true), n.answer.as_str(), p("answer"));
            if let Some(place) = &n.place {
                emit(RefKind::Picture(ArtKind::Place), place, p("place"));
            }
        }
        Node::End(n) => emit(msg(true), n.line.as_str(), p("line")),
    }
    for (j, v) in node.variants().iter().enumerate() {
        emit(
            msg(true),
            v.line.as_str(),
            p(&format!("variants[{j}].line")),
        );
    }
}

/// A message id or picture name used in a lesson, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ref<'a> {
    pub kind: RefKind,
    /// The id's or name's text: plain, because a ref is either kind (see `kind`).
    pub value: &'a str,
    /// The field's path in the lesson file, e.g. `nodes[4].options[1].line`.
    pub path: String,
}

/// What a [`Ref`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// A Fluent message; `spoken` if it is read to the child and so needs narration.
    Message { spoken: bool },
    /// A picture of this kind.
    Picture(ArtKind),
}

/// A message id used by a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageUse {
    pub id: MessageId,
    /// Spoken to the child (so it needs a narration file).
    pub spoken: bool,
    /// Where in the lesson file, e.g. `nodes[2].line`.
    pub path: String,
}

impl Screen {
    /// The screen's kind as written in lesson files.
    pub fn kind(&self) -> &'static str {
        match self {
            Screen::Chat { .. } => "Chat",
            Screen::Popup { .. } => "Popup",
            Screen::Video { .. } => "Video",
            Screen::Shop { .. } => "Shop",
            Screen::FriendRequest { .. } => "FriendRequest",
            Screen::LinkMessage { .. } => "LinkMessage",
            Screen::WebPage { .. } => "WebPage",
            Screen::Feed { .. } => "Feed",
            Screen::Composer { .. } => "Composer",
            Screen::GroupChat { .. } => "GroupChat",
            Screen::PrivacySettings { .. } => "PrivacySettings",
            Screen::CodeMessage { .. } => "CodeMessage",
            Screen::Report { .. } => "Report",
        }
    }

    /// Every message id shown on the screen, in reading order (spoken or not).
    pub fn texts(&self) -> Vec<&MessageId> {
        self.fields()
            .into_iter()
            .filter_map(|(_, v)| match v {
                FieldValue::Message(id) => Some(id),
                FieldValue::Picture(_) => None,
            })
            .collect()
    }

    /// The message ids on screen as it stands: like [`Screen::texts`], but a report shows its
    /// reasons before it is sent and its confirmation after.
    pub fn shown_texts(&self) -> Vec<&MessageId> {
        match self {
            Screen::Report {
                confirmation,
                sent: true,
                ..
            } => vec![confirmation],
            Screen::Report {
                reasons,
                sent: false,
                ..
            } => reasons.iter().collect(),
            _ => self.texts(),
        }
    }

    /// The screen's elements a Choice option can name (see [`ChoiceOption::element`]): what
    /// the child can tap on the pretend device, in screen order.
    pub fn elements(&self) -> Vec<String> {
        const TOOLBAR: [&str; 3] = ["save-evidence", "block", "report"];
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        match self {
            Screen::Chat { actions, .. } | Screen::GroupChat { actions, .. } => {
                if *actions {
                    list(&TOOLBAR)
                } else {
                    Vec::new()
                }
            }
            Screen::Popup { .. } => list(&["button"]),
            Screen::Video { .. } | Screen::CodeMessage { .. } => Vec::new(),
            Screen::Shop { .. } => list(&["buy"]),
            Screen::FriendRequest { .. } => list(&["accept", "decline"]),
            Screen::LinkMessage { .. } => list(&["link"]),
            Screen::WebPage { .. } => list(&["address", "log-in"]),
            Screen::Feed { posts } => (1..=posts.len())
                .flat_map(|n| ["like", "share", "report"].map(|a| format!("{a}-{n}")))
                .collect(),
            Screen::Composer { .. } => list(&["audience", "location", "post"]),
            Screen::PrivacySettings { .. } => {
                list(&["private-account", "location", "messages-from"])
            }
            Screen::Report { sent: true, .. } => Vec::new(),
            Screen::Report { reasons, .. } => (1..=reasons.len())
                .map(|n| format!("reason-{n}"))
                .chain(["send".to_string()])
                .collect(),
        }
    }

    /// The screen's text and picture fields in file order, as (field path, value), e.g.
    /// `("messages[1].text", FieldValue::Message(id))`. [`field_kind`] tells avatars from
    /// pictures and spoken texts from silent ones.
    pub fn fields(&self) -> Vec<(String, FieldValue<'_>)> {
        let mut v: Vec<(String, FieldValue)> = Vec::new();
        match self {
            Screen::Chat {
                contact,
                avatar,
                messages,
                ..
            } => {
                v.push(("contact".into(), FieldValue::Message(contact)));
                v.push(("avatar".into(), FieldValue::Picture(avatar.as_str())));
                for (i, m) in messages.iter().enumerate() {
                    v.push((format!("messages[{i}].text"), FieldValue::Message(&m.text)));
                }
            }
            Screen::Popup {
                title,
                body,
                button,
                picture,
            } => {
                v.push(("title".into(), FieldValue::Message(title)));
                v.push(("body".into(), FieldValue::Message(body)));
                v.push(("button".into(), FieldValue::Message(button)));
                if let Some(p) = picture {
                    v.push(("picture".into(), FieldValue::Picture(p.as_str())));
                }
            }
            Screen::Video { title, picture, .. } => {
                v.push(("title".into(), FieldValue::Message(title)));
                v.push(("picture".into(), FieldValue::Picture(picture.as_str())));
            }
            Screen::Shop {
                item,
                price,
                button,
                picture,
            } => {
                v.push(("item".into(), FieldValue::Message(item)));
                v.push(("price".into(), FieldValue::Message(price)));
                v.push(("button".into(), FieldValue::Message(button)));
                v.push(("picture".into(), FieldValue::Picture(picture.as_str())));
            }
            Screen::FriendRequest {
                name,
                avatar,
                detail,
            } => {
                v.push(("name".into(), FieldValue::Message(name)));
                v.push(("avatar".into(), FieldValue::Picture(avatar.as_str())));
                v.push(("detail".into(), FieldValue::Message(detail)));
            }
            Screen::LinkMessage {
                from,
                avatar,
                text,
                link,
            } => {
                v.push(("from".into(), FieldValue::Message(from)));
                v.push(("avatar".into(), FieldValue::Picture(avatar.as_str())));
                v.push(("text".into(), FieldValue::Message(text)));
                v.push(("link".into(), FieldValue::Message(link)));
            }
            Screen::WebPage {
                address,
                title,
                fields,
                button,
                picture,
                ..
            } => {
                v.push(("address".into(), FieldValue::Message(address)));
                if let Some(p) = picture {
                    v.push(("picture".into(), FieldValue::Picture(p.as_str())));
                }
                v.push(("title".into(), FieldValue::Message(title)));
                for (i, f) in fields.iter().enumerate() {
                    v.push((format!("fields[{i}]"), FieldValue::Message(f)));
                }
                v.push(("button".into(), FieldValue::Message(button)));
            }
            Screen::Feed { posts } => feed_fields(posts, &mut v),
            Screen::Composer { text, picture, .. } => {
                v.push(("text".into(), FieldValue::Message(text)));
                if let Some(p) = picture {
                    v.push(("picture".into(), FieldValue::Picture(p.as_str())));
                }
            }
            Screen::GroupChat { name, messages, .. } => {
                v.push(("name".into(), FieldValue::Message(name)));
                group_chat_fields(messages, &mut v);
            }
            Screen::PrivacySettings { .. } => {}
            Screen::CodeMessage { from, text, code } => {
                v.push(("from".into(), FieldValue::Message(from)));
                v.push(("text".into(), FieldValue::Message(text)));
                v.push(("code".into(), FieldValue::Message(code)));
            }
            Screen::Report {
                reasons,
                confirmation,
                ..
            } => {
                for (i, r) in reasons.iter().enumerate() {
                    v.push((format!("reasons[{i}]"), FieldValue::Message(r)));
                }
                v.push(("confirmation".into(), FieldValue::Message(confirmation)));
            }
        }
        v
    }
}

/// A feed's fields in file order (see [`Screen::fields`]).
fn feed_fields<'a>(posts: &'a [Post], v: &mut Vec<(String, FieldValue<'a>)>) {
    for (i, p) in posts.iter().enumerate() {
        v.push((format!("posts[{i}].author"), FieldValue::Message(&p.author)));
        v.push((
            format!("posts[{i}].avatar"),
            FieldValue::Picture(p.avatar.as_str()),
        ));
        v.push((format!("posts[{i}].text"), FieldValue::Message(&p.text)));
        if let Some(pic) = &p.picture {
            v.push((
                format!("posts[{i}].picture"),
                FieldValue::Picture(pic.as_str()),
            ));
        }
    }
}

/// A group chat's messages' fields in file order (see [`Screen::fields`]).
fn group_chat_fields<'a>(messages: &'a [GroupMessage], v: &mut Vec<(String, FieldValue<'a>)>) {
    for (i, m) in messages.iter().enumerate() {
        if let Some(from) = &m.from {
            v.push((format!("messages[{i}].from"), FieldValue::Message(from)));
        }
        if let Some(a) = &m.avatar {
            v.push((
                format!("messages[{i}].avatar"),
                FieldValue::Picture(a.as_str()),
            ));
        }
        v.push((format!("messages[{i}].text"), FieldValue::Message(&m.text)));
    }
}

/// The value of a screen field (see [`Screen::fields`]): a message id, or the name of an
/// avatar or picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValue<'a> {
    Message(&'a MessageId),
    Picture(&'a str),
}

impl<'a> FieldValue<'a> {
    /// The message id's or picture name's text.
    pub fn as_str(self) -> &'a str {
        match self {
            FieldValue::Message(id) => id.as_str(),
            FieldValue::Picture(name) => name,
        }
    }
}

/// What a screen field holds, from its path (see [`Screen::fields`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A message read aloud with the screen's narration.
    Spoken,
    /// A message shown but never spoken: a web address, a one-time code, a link.
    Silent,
    /// An avatar (`assets/art/avatars/`).
    Avatar,
    /// A picture (`assets/art/pictures/`).
    Picture,
}

/// The kind of a screen field, by the last part of its path (`posts[0].avatar` is an avatar).
pub fn field_kind(path: &str) -> FieldKind {
    match path.rsplit('.').next().unwrap_or(path) {
        "avatar" => FieldKind::Avatar,
        "picture" => FieldKind::Picture,
        "address" | "code" | "link" => FieldKind::Silent,
        _ => FieldKind::Spoken,
    }
}

/// `lessons/index.ron`: every lesson file, relative to `lessons/`. The game reads it because a
/// browser cannot list folders; `safekite-check --write-index` writes it and the checker
/// reports it when it is out of date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LessonIndex {
    /// Paths such as `3-6/prize-popup.lesson.ron`, sorted.
    pub lessons: Vec<String>,
}

impl LessonIndex {
    /// The file name of the index inside `lessons/`.
    pub const FILE: &'static str = "index.ron";

    /// The lesson id of an index entry (`3-6/prize-popup.lesson.ron` → `prize-popup`).
    pub fn lesson_id(entry: &str) -> &str {
        let name = entry.rsplit('/').next().unwrap_or(entry);
        name.strip_suffix(".lesson.ron").unwrap_or(name)
    }

    pub fn parse(source: &str) -> Result<LessonIndex, String> {
        ron::from_str(source).map_err(|e| e.to_string())
    }

    pub fn to_ron(&self) -> String {
        let mut out = String::from(
            "// Every lesson file, relative to lessons/. Written by `safekite-check --write-index`.\n(\n    lessons: [\n",
        );
        for l in &self.lessons {
            out.push_str(&format!("        \"{l}\",\n"));
        }
        out.push_str("    ],\n)\n");
        out
    }
}
