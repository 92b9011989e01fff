//! The check screen: a lesson's check questions, one at a time, big, read aloud (the question,
//! and the answers too for pre-readers, who choose by picture and can hold an answer to hear it).
//!
//! - Before the story ("What do you think?") the child's answer is thanked, never marked.
//! - After the ending and in a review ("Do you remember?") the safe answer lights up green with
//!   a short reason, and a wrong pick gets "Good try", never a cross: nothing is taken away.
//!
//! Every answer is a `Record::CheckAnswered` (an xAPI `answered` with its phase). What was asked
//! goes into the player's progress, so the same question is not asked twice. The questions
//! arrive as a [`CheckRound`] from whoever led here; this screen only shows them.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::learning::Moment;
use safekite_core::model::{ArtKind, Band, Check, CheckOption};
use safekite_core::ui_messages as ui;
use safekite_records::xapi::Phase;

use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::narration::Narrate;
use crate::progress::ProgressRes;
use crate::records::Record;
use crate::screens::check_round::{CheckRound, today};
use crate::screens::{
    HoldToHear, Screen, band_of_player_or, button, button_actions, corner_button, screen_root,
};
use crate::sounds::Effect;
use crate::theme::{self, ButtonLook, ButtonRole, Fonts, card_button, palette};

pub(super) fn plugin(app: &mut App) {
    button_actions::<CheckAction>(app);
    app.init_resource::<Asking>()
        .add_systems(OnEnter(Screen::Check), start_round)
        .add_systems(
            Update,
            (handle_check_actions, redraw)
                .chain()
                .run_if(in_state(Screen::Check)),
        );
}

/// What the check screen's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum CheckAction {
    /// This answer.
    Pick(usize),
    /// On to the next question (or on from the last).
    Next,
    /// Hear the question again.
    Replay,
}

/// Where the child is in the round.
#[derive(Resource, Default, Debug)]
pub struct Asking {
    pub index: usize,
    /// The answer picked for the question on screen.
    pub picked: Option<usize>,
    /// Whether each question answered so far was answered right.
    pub right: Vec<bool>,
}

#[derive(Component)]
struct CheckRoot;

fn start_round(
    round: Option<Res<CheckRound>>,
    mut asking: ResMut<Asking>,
    progress: Res<ProgressRes>,
    mut narrate: MessageWriter<Narrate>,
    mut next: ResMut<NextState<Screen>>,
) {
    *asking = Asking::default();
    let Some(round) = round else {
        warn!("the check screen opened with no questions");
        next.set(Screen::Map);
        return;
    };
    let band = band_of_player_or(&progress, round.lesson.band);
    narrate.write_batch(read_aloud(&round, 0, band));
}

/// What is read when question `index` comes up: the title the first time, the question, and
/// for pre-readers its answers.
fn read_aloud(round: &CheckRound, index: usize, band: Band) -> Vec<Narrate> {
    let Some(check) = round.questions.get(index) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if index == 0 {
        lines.push(MessageId::from(title(round.moment)));
    }
    lines.push(check.question.clone());
    if band == Band::Little {
        lines.extend(check.options.iter().map(|o| o.line.clone()));
    }
    lines.into_iter().map(Narrate).collect()
}

fn title(moment: Moment) -> &'static str {
    match moment {
        Moment::Before => ui::CHECK_BEFORE_TITLE,
        Moment::After => ui::CHECK_AFTER_TITLE,
        Moment::Review => ui::CHECK_REVIEW_TITLE,
    }
}

fn phase(moment: Moment) -> Phase {
    match moment {
        Moment::Before => Phase::Before,
        Moment::After => Phase::After,
        Moment::Review => Phase::Review,
    }
}

fn handle_check_actions(
    mut actions: MessageReader<CheckAction>,
    round: Option<Res<CheckRound>>,
    mut asking: ResMut<Asking>,
    mut progress: ResMut<ProgressRes>,
    mut narrate: MessageWriter<Narrate>,
    mut records: MessageWriter<Record>,
    mut effects: MessageWriter<Effect>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    let Some(round) = round else { return };
    let band = band_of_player_or(&progress, round.lesson.band);
    for action in actions.read() {
        let Some(check) = round.questions.get(asking.index) else {
            continue;
        };
        match action {
            CheckAction::Replay => {
                narrate.write_batch(read_aloud(&round, asking.index, band));
            }
            CheckAction::Pick(i) if asking.picked.is_none() && *i < check.options.len() => {
                let right = check.options[*i].right;
                asking.picked = Some(*i);
                asking.right.push(right);
                records.write(Record::CheckAnswered {
                    lesson: round.lesson.clone(),
                    check: check.id.clone(),
                    phase: phase(round.moment),
                    right,
                });
                narrate.write_batch(feedback(round.moment, right, check).map(Narrate));
                if right && round.moment != Moment::Before {
                    effects.write(Effect::Chime);
                }
            }
            CheckAction::Next if asking.picked.is_some() => {
                asking.index += 1;
                asking.picked = None;
                if asking.index < round.questions.len() {
                    narrate.write_batch(read_aloud(&round, asking.index, band));
                } else {
                    remember_what_was_asked(&round, &asking, &mut progress);
                    commands.remove_resource::<CheckRound>();
                    next.set(round.then);
                }
            }
            _ => {}
        }
    }
}

/// What the child hears after answering: thanks before the story; after it, "that's right" or
/// "good try", then the reason.
fn feedback(moment: Moment, right: bool, check: &Check) -> impl Iterator<Item = MessageId> {
    let (first, why) = match (moment, right) {
        (Moment::Before, _) => (ui::CHECK_BEFORE_THANKS, None),
        (_, true) => (ui::CHECK_RIGHT, Some(check.why.clone())),
        (_, false) => (ui::CHECK_NOT_QUITE, Some(check.why.clone())),
    };
    std::iter::once(MessageId::from(first)).chain(why)
}

/// Notes in the player's progress that the round was asked (and a review's answer).
fn remember_what_was_asked(round: &CheckRound, asking: &Asking, progress: &mut ProgressRes) {
    let Some(player) = progress.player_mut() else {
        return;
    };
    let asked = player.checks.entry(round.lesson.id.clone()).or_default();
    match round.moment {
        Moment::Before => asked.asked_before = true,
        Moment::After => asked.asked_after = true,
        Moment::Review => asked.reviewed(today(), asking.right.iter().all(|r| *r)),
    }
}

fn redraw(
    mut commands: Commands,
    round: Option<Res<CheckRound>>,
    asking: Res<Asking>,
    roots: Query<Entity, With<CheckRoot>>,
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    progress: Res<ProgressRes>,
    fonts: Res<Fonts>,
    text_scale: Res<theme::TextScale>,
) {
    let Some(round) = round else { return };
    if !(asking.is_changed() || locale.is_changed() || words.is_changed() || roots.is_empty()) {
        return;
    }
    let Some(check) = round.questions.get(asking.index) else {
        return;
    };
    for root in &roots {
        commands.entity(root).despawn();
    }
    let band = band_of_player_or(&progress, round.lesson.band);
    let t = |id: &str| words.words.text_for_band(&locale.0, id, band);
    let page = Page {
        fonts: &fonts,
        t: &t,
        band,
        moment: round.moment,
        picked: asking.picked,
        large_text: text_scale.0 >= LARGE_TEXT,
    };
    let mut root = screen_root("Check", Screen::Check);
    // With large words the page is tighter, so it still fits above where little hands rest.
    root.1.row_gap = px(theme::size::GAP * if page.large_text { 0.5 } else { 1.0 });
    if band == Band::Little {
        // Nothing tappable where little hands rest.
        root.1.padding.bottom = vh(theme::size::LITTLE_HANDS_REST + 2.0);
    }
    commands
        .spawn((root, CheckRoot))
        .with_children(|root| page.spawn(root, &round, check, asking.index));
}

/// From this text size on (150 %), the page is laid out for large words.
const LARGE_TEXT: f32 = 1.4;

/// What one question's page is drawn with.
struct Page<'a> {
    fonts: &'a Fonts,
    t: &'a dyn Fn(&str) -> String,
    band: Band,
    moment: Moment,
    picked: Option<usize>,
    /// Large words: the question keeps clear of the corner button (740 of the layout's 1280
    /// logical px, centred, where the button ends at about 260) and the answers' pictures are
    /// smaller.
    large_text: bool,
}

impl Page<'_> {
    fn spawn(&self, root: &mut ChildSpawnerCommands, round: &CheckRound, check: &Check, i: usize) {
        let t = self.t;
        let min = theme::min_button(self.band);
        root.spawn(corner_button(
            self.fonts,
            "replay",
            t(ui::PLAYER_REPLAY),
            min,
            CheckAction::Replay,
        ));
        let heading = if round.questions.len() > 1 {
            format!(
                "{} ({}/{})",
                t(title(self.moment)),
                i + 1,
                round.questions.len()
            )
        } else {
            t(title(self.moment))
        };
        // The lesson's sticker beside the title: which lesson the question is about.
        root.spawn(Node {
            align_items: AlignItems::Center,
            column_gap: px(16.0),
            ..default()
        })
        .with_children(|row| {
            row.spawn((
                Name::new("lesson picture"),
                crate::art::picture(ArtKind::Sticker, &round.lesson.sticker.picture),
                theme::sized(56.0, 56.0),
            ));
            row.spawn(theme::bold(
                self.fonts,
                heading,
                theme::size::BODY,
                palette::NAVY,
            ));
        });
        root.spawn((
            Name::new("question"),
            theme::bold(
                self.fonts,
                t(check.question.as_str()),
                theme::size::HEADING * 0.9,
                palette::NAVY,
            ),
            TextLayout::justify(Justify::Center),
            Node {
                max_width: if self.large_text {
                    px(740.0)
                } else {
                    px(1000.0)
                },
                ..default()
            },
        ));
        root.spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            column_gap: px(18.0),
            row_gap: px(18.0),
            ..default()
        })
        .with_children(|row| {
            for (k, option) in check.options.iter().enumerate() {
                self.option(row, k, option);
            }
        });
        if let Some(picked) = self.picked {
            self.feedback(root, check, picked, min);
        }
    }

    /// Answer `k`: its picture (pre-readers') over its words. Once answered, after the story,
    /// the safe answer turns green; before it, only the child's pick is outlined.
    fn option(&self, row: &mut ChildSpawnerCommands, k: usize, option: &CheckOption) {
        let marks = self.moment != Moment::Before;
        let role = if marks && self.picked.is_some() && option.right {
            ButtonRole::Done
        } else {
            ButtonRole::Option
        };
        let look = ButtonLook::new(role).selected(self.picked == Some(k));
        let mut button = row.spawn(card_button(
            format!("check-option-{k}"),
            look,
            Node {
                width: px(260.0),
                min_height: px(theme::min_button(self.band).max(110.0)),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                padding: UiRect::all(px(12.0)),
                row_gap: px(6.0),
                border: UiRect::all(px(4.0)),
                border_radius: BorderRadius::all(px(28.0)),
                ..default()
            },
        ));
        button.insert(CheckAction::Pick(k));
        if self.band == Band::Little {
            button.insert(HoldToHear(option.line.clone()));
        }
        button.with_children(|b| {
            if let Some(icon) = &option.icon {
                let largest = if self.large_text { 64.0 } else { 100.0 };
                let side = theme::choice_picture(self.band).min(largest);
                b.spawn((
                    crate::art::picture(ArtKind::Icon, icon),
                    theme::sized(side, side),
                ));
            }
            b.spawn((
                theme::bold(
                    self.fonts,
                    (self.t)(option.line.as_str()),
                    theme::size::SMALL * 1.1,
                    palette::NAVY,
                ),
                TextLayout::justify(Justify::Center),
            ));
        });
    }

    /// Under the answers once one is picked: thanks, or right / good try with the reason; and
    /// the way on.
    fn feedback(&self, root: &mut ChildSpawnerCommands, check: &Check, picked: usize, min: f32) {
        let right = check.options.get(picked).is_some_and(|o| o.right);
        let lines: Vec<MessageId> = feedback(self.moment, right, check).collect();
        root.spawn((
            Name::new("feedback"),
            BackgroundColor(palette::CREAM),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: px(4.0),
                padding: UiRect::axes(px(28.0), px(10.0)),
                max_width: px(1000.0),
                border_radius: BorderRadius::all(px(theme::size::RADIUS)),
                ..default()
            },
        ))
        .with_children(|card| {
            for (n, id) in lines.iter().enumerate() {
                let size = if n == 0 {
                    theme::size::BODY
                } else {
                    theme::size::SMALL * 1.1
                };
                card.spawn((
                    theme::bold(self.fonts, (self.t)(id.as_str()), size, palette::NAVY),
                    TextLayout::justify(Justify::Center),
                ));
            }
        });
        root.spawn(button(
            self.fonts,
            "next",
            (self.t)(ui::PLAYER_NEXT),
            CheckAction::Next,
            ButtonRole::Main,
            min,
        ));
    }
}
