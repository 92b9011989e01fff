//! The stage: what the lesson player draws from its [`PlayerView`], rebuilt when the view, the
//! language or the words change. One function per part: the place behind everything, the top
//! bar (back, replay, "Tell a grown-up"), the middle (who speaks, the device or a picture), the
//! caption or the grown-up scene, the controls for the step, and the grown-up's reassurance card.

use bevy::prelude::*;
use safekite_core::cast;
use safekite_core::ids::{CastId, MessageId};
use safekite_core::model::{ArtKind, Band, ChoiceOption, Lesson, NARRATOR};
use safekite_core::ui_messages as ui;
use safekite_core::words::Words;

use super::view::GrownUpView;
use super::{ActiveRun, PlayerAction, PlayerView};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::records::ClassSession;
use crate::screens::{HoldToHear, Screen, band_of_player_or, button};
use crate::theme::{self, ButtonRole, Fonts, card_button, palette};

/// The root of everything the player shows.
#[derive(Component)]
pub(super) struct StageRoot;

/// What every part of the stage is drawn with.
struct Stage<'a> {
    fonts: &'a Fonts,
    words: &'a Words,
    locale: &'a str,
    view: &'a PlayerView,
    lesson: &'a Lesson,
    /// The player's band: interface words and sizes speak to each age.
    band: Band,
    /// The smallest button of the player's band.
    min: f32,
    captions: bool,
    /// Captions' text size: larger on a projector in a class session.
    caption_size: f32,
}

impl Stage<'_> {
    /// A word in the current language, for the player's band.
    fn t(&self, id: &str) -> String {
        self.words.text_for_band(self.locale, id, self.band)
    }
}

pub(super) fn rebuild_stage(
    mut commands: Commands,
    view: Res<PlayerView>,
    roots: Query<Entity, With<StageRoot>>,
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    progress: Res<ProgressRes>,
    run: Option<Res<ActiveRun>>,
    fonts: Res<Fonts>,
    session: Option<Res<ClassSession>>,
) {
    let Some(run) = run else { return };
    if !(view.is_changed() || locale.is_changed() || words.is_changed() || roots.is_empty()) {
        return;
    }
    for r in &roots {
        commands.entity(r).despawn();
    }
    // A class on the projector plays in its own band, always captioned, in larger letters.
    let class_band = session.as_ref().and_then(|s| Band::parse(&s.class.band));
    // Without a player (a grown-up rehearsing), the lesson's own band.
    let band = class_band.unwrap_or_else(|| band_of_player_or(&progress, run.0.lesson().band));
    let stage = Stage {
        fonts: &fonts,
        words: &words.words,
        locale: &locale.0,
        view: &view,
        lesson: run.0.lesson(),
        band,
        min: theme::min_button(band),
        captions: progress.progress.settings.captions || class_band.is_some(),
        caption_size: theme::size::CAPTION * if class_band.is_some() { 1.4 } else { 1.0 },
    };
    let root = commands.spawn(stage_root(band)).id();
    commands.spawn(place(&view.place));
    commands.entity(root).with_children(|parent| {
        top_bar(parent, &stage);
        middle(parent, &stage);
        caption(parent, &stage);
        controls(parent, &stage);
        if let Some((who, line)) = &view.reassure {
            reassurance(parent, &stage, who, line);
        }
    });
}

/// The stage's root: a column over the whole window, with nothing tappable where little hands
/// rest.
fn stage_root(band: Band) -> impl Bundle {
    (
        Name::new("Lesson player"),
        StageRoot,
        DespawnOnExit(Screen::Player),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect {
                left: px(20.0),
                right: px(20.0),
                top: px(16.0),
                // Nothing tappable where little hands rest.
                bottom: if band == Band::Little {
                    percent(theme::size::LITTLE_HANDS_REST)
                } else {
                    px(16.0)
                },
            },
            row_gap: px(12.0),
            ..default()
        },
    )
}

/// The place, behind everything: its own full-window root (the stage has padding), the picture
/// covering the window whatever its shape (cut at the sides or top, never squashed).
fn place(place: &str) -> impl Bundle {
    (
        Name::new("Place"),
        StageRoot,
        DespawnOnExit(Screen::Player),
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(palette::SKY),
        GlobalZIndex(-1),
        children![(
            crate::art::picture(ArtKind::Place, place),
            Node {
                height: percent(100),
                min_width: percent(100),
                aspect_ratio: Some(16.0 / 9.0),
                flex_shrink: 0.0,
                ..default()
            },
        )],
    )
}

/// Top bar: back to the map, hear it again, and (always in the same place) Tell a grown-up.
fn top_bar(parent: &mut ChildSpawnerCommands, stage: &Stage) {
    let (fonts, min) = (stage.fonts, stage.min);
    parent
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|bar| {
            bar.spawn(Node {
                column_gap: px(12.0),
                ..default()
            })
            .with_children(|left| {
                left.spawn(button(
                    fonts,
                    "back-to-map",
                    stage.t(ui::BACK),
                    PlayerAction::BackToMap,
                    ButtonRole::Quiet,
                    min,
                ));
                left.spawn(button(
                    fonts,
                    "replay",
                    stage.t(ui::PLAYER_REPLAY),
                    PlayerAction::Replay,
                    ButtonRole::Quiet,
                    min,
                ));
            });
            // A grown-up rehearsing is the grown-up: nobody to tell.
            if stage.band != Band::GrownUps {
                bar.spawn(tell_grown_up_button(stage));
            }
        });
}

/// "Tell a grown-up": the lesson's grown-up and the words, on a green card.
fn tell_grown_up_button(stage: &Stage) -> impl Bundle {
    (
        card_button(
            "tell-grown-up",
            ButtonRole::Tell,
            Node {
                min_height: px(stage.min.max(110.0)),
                padding: UiRect::axes(px(18.0), px(8.0)),
                column_gap: px(12.0),
                align_items: AlignItems::Center,
                border: UiRect::all(px(4.0)),
                border_radius: BorderRadius::all(px(32.0)),
                ..default()
            },
        ),
        PlayerAction::TellGrownUp,
        children![
            (
                crate::art::picture(ArtKind::Cast, stage.lesson.adult.as_str()),
                theme::sized(64.0, 96.0),
            ),
            theme::bold(
                stage.fonts,
                stage.t(ui::PLAYER_TELL_GROWN_UP),
                theme::size::BODY,
                palette::WARM_WHITE
            ),
        ],
    )
}

/// The middle: who speaks (or the grown-up), and the device or a picture.
fn middle(parent: &mut ChildSpawnerCommands, stage: &Stage) {
    let view = stage.view;
    parent
        .spawn(Node {
            flex_grow: 1.0,
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::SpaceAround,
            align_items: AlignItems::FlexEnd,
            column_gap: px(24.0),
            min_height: px(0.0),
            ..default()
        })
        .with_children(|mid| {
            if let Some(who) = figure(view, stage.lesson) {
                mid.spawn((
                    Name::new(format!("figure-{who}")),
                    crate::art::cast_picture(&who, view.mood),
                    Node {
                        height: percent(100),
                        max_height: px(430.0),
                        aspect_ratio: Some(512.0 / 768.0),
                        ..default()
                    },
                ));
            }
            // A step's own picture is the news of that step: it shows in front of the device
            // (which comes back on the next step if the story keeps it out).
            if let Some(pic) = &view.picture {
                mid.spawn((
                    Name::new(format!("picture-{pic}")),
                    crate::art::picture(ArtKind::Picture, pic),
                    Node {
                        height: percent(90),
                        max_height: px(380.0),
                        aspect_ratio: Some(640.0 / 480.0),
                        align_self: AlignSelf::Center,
                        ..default()
                    },
                ));
            } else if let Some((kind, screen)) = &view.device {
                crate::device::spawn_device(
                    mid,
                    *kind,
                    screen,
                    stage.words,
                    stage.locale,
                    stage.fonts,
                    view.choice.as_deref().unwrap_or(&[]),
                );
            }
        });
}

/// Who stands on the stage: the grown-up in their scene, else who speaks, else the lesson's
/// first child character (when the narrator speaks).
fn figure(view: &PlayerView, lesson: &Lesson) -> Option<CastId> {
    match &view.grown_up {
        Some(g) => Some(g.adult.clone()),
        None if view.speaker != NARRATOR && !view.speaker.as_str().is_empty() => {
            Some(view.speaker.clone())
        }
        None => lesson
            .characters
            .iter()
            .find(|c| cast::cast_member(c).is_some_and(|m| !m.is_grown_up()))
            .cloned(),
    }
}

/// The caption: who speaks and what they say (or, in the grown-up scene, what the child said
/// and the grown-up's line).
fn caption(parent: &mut ChildSpawnerCommands, stage: &Stage) {
    let view = stage.view;
    let speaker_name = stage.t(cast::name_message(if view.grown_up.is_some() {
        &stage.lesson.adult
    } else {
        &view.speaker
    })
    .as_str());
    if let Some(g) = &view.grown_up {
        grown_up_scene(parent, stage, g, &speaker_name);
    } else if let Some(line) = &view.line
        && stage.captions
    {
        parent
            .spawn((
                theme::panel(palette::CREAM.with_alpha(0.95)),
                Name::new("Caption"),
            ))
            .with_children(|panel| {
                let who = if view.speaker == NARRATOR || view.speaker.as_str().is_empty() {
                    String::new()
                } else {
                    format!("{speaker_name}: ")
                };
                panel.spawn(theme::bold(
                    stage.fonts,
                    format!("{who}{}", stage.t(line.as_str())),
                    stage.caption_size,
                    palette::NAVY,
                ));
            });
    }
}

/// The grown-up scene's panel: what the child said (in quotes), then the grown-up's prompt or
/// answer (the prompt always shows: the child reads it to choose what to say).
fn grown_up_scene(
    parent: &mut ChildSpawnerCommands,
    stage: &Stage,
    g: &GrownUpView,
    speaker_name: &str,
) {
    parent
        .spawn((
            theme::panel(palette::CREAM.with_alpha(0.95)),
            Name::new("Grown-up scene"),
        ))
        .with_children(|panel| {
            if let Some(said) = &g.said {
                panel.spawn(theme::text(
                    stage.fonts,
                    format!("“{}”", stage.t(said.as_str())),
                    theme::size::BODY,
                    palette::DEEP_BLUE,
                ));
            }
            let line = g.answer.clone().unwrap_or_else(|| g.prompt.clone());
            if stage.captions || g.answer.is_none() {
                panel.spawn(theme::bold(
                    stage.fonts,
                    format!("{speaker_name}: {}", stage.t(line.as_str())),
                    theme::size::CAPTION,
                    palette::NAVY,
                ));
            }
        });
}

/// The controls for this step: the options, what the child can say, or "next" (none while the
/// grown-up's card is open: it has its own button).
fn controls(parent: &mut ChildSpawnerCommands, stage: &Stage) {
    let view = stage.view;
    parent
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Stretch,
            column_gap: px(18.0),
            ..default()
        })
        .with_children(|row| {
            if view.reassure.is_some() {
                // The grown-up's card has its own button.
            } else if let Some(options) = &view.choice {
                for (i, o) in options.iter().enumerate() {
                    row.spawn(option_button(stage, i, o));
                }
            } else if let Some(g) = view.grown_up.as_ref().filter(|g| g.said.is_none()) {
                for (i, s) in g.child_can_say.iter().enumerate() {
                    row.spawn(button(
                        stage.fonts,
                        format!("say-{i}"),
                        // Quote marks without spaces: never alone on a line.
                        format!("“{}”", stage.t(s.as_str())),
                        PlayerAction::Say(i),
                        ButtonRole::Say,
                        stage.min,
                    ));
                }
            } else {
                row.spawn(next_button(stage));
            }
        });
}

/// Option `i` of a choice: its picture over its words (beside them while the device is on the
/// stage), chosen on release; held, it is read aloud instead.
fn option_button(stage: &Stage, i: usize, option: &ChoiceOption) -> impl Bundle {
    let compact = device_on_stage(stage);
    let full = theme::choice_picture(stage.band);
    let side = if compact {
        (full * 0.7).max(theme::smallest_choice_picture(stage.band))
    } else {
        full
    };
    (
        card_button(
            format!("option-{i}"),
            ButtonRole::Option,
            option_node(stage, compact),
        ),
        PlayerAction::Choose(i),
        HoldToHear(option.line.clone()),
        children![
            (
                crate::art::picture(ArtKind::Icon, &option.icon),
                theme::sized(side, side)
            ),
            (
                theme::bold(
                    stage.fonts,
                    stage.t(option.line.as_str()),
                    theme::size::SMALL * 1.1,
                    palette::NAVY
                ),
                // A label over two lines stays centred under its picture.
                TextLayout::justify(Justify::Center),
            ),
        ],
    )
}

/// The device is on the stage (no step picture in front of it): a choice's options are then
/// compact, their picture beside their words, so the device keeps the height its screen needs
/// (a chat's first messages, a pop-up's picture).
fn device_on_stage(stage: &Stage) -> bool {
    stage.view.device.is_some() && stage.view.picture.is_none()
}

/// An option button's node: a card with the picture over the words, or a lower, wider one with
/// the picture beside them.
fn option_node(stage: &Stage, compact: bool) -> Node {
    let card = Node {
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        padding: UiRect::all(px(10.0)),
        border: UiRect::all(px(4.0)),
        border_radius: BorderRadius::all(px(28.0)),
        ..default()
    };
    if compact {
        Node {
            width: px(300.0),
            min_width: px(200.0),
            min_height: px(stage.min),
            flex_direction: FlexDirection::Row,
            column_gap: px(10.0),
            ..card
        }
    } else {
        Node {
            width: px(230.0),
            min_height: px(stage.min.max(150.0)),
            flex_direction: FlexDirection::Column,
            row_gap: px(6.0),
            ..card
        }
    }
}

/// "Next".
fn next_button(stage: &Stage) -> impl Bundle {
    button(
        stage.fonts,
        "next",
        stage.t(ui::PLAYER_NEXT),
        PlayerAction::Next,
        ButtonRole::Main,
        stage.min,
    )
}

/// "Tell a grown-up" pressed elsewhere: the grown-up is glad, on a card over the story, until
/// "next".
fn reassurance(parent: &mut ChildSpawnerCommands, stage: &Stage, who: &CastId, line: &MessageId) {
    parent
        .spawn((
            Name::new("Reassurance"),
            Node {
                position_type: PositionType::Absolute,
                left: px(0.0),
                top: px(0.0),
                width: percent(100),
                height: percent(100),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                ..default()
            },
            BackgroundColor(palette::SHADE),
            ZIndex(10),
        ))
        .with_children(|shade| {
            shade
                .spawn((
                    BackgroundColor(palette::CREAM),
                    Node {
                        flex_direction: FlexDirection::Row,
                        align_items: AlignItems::Center,
                        column_gap: px(24.0),
                        padding: UiRect::all(px(32.0)),
                        max_width: px(900.0),
                        border_radius: BorderRadius::all(px(28.0)),
                        ..default()
                    },
                ))
                .with_children(|card| {
                    card.spawn((
                        crate::art::picture(ArtKind::Cast, who.as_str()),
                        theme::sized(160.0, 240.0),
                    ));
                    card.spawn(Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: px(20.0),
                        flex_shrink: 1.0,
                        ..default()
                    })
                    .with_children(|col| {
                        col.spawn(theme::bold(
                            stage.fonts,
                            stage.t(line.as_str()),
                            theme::size::CAPTION,
                            palette::NAVY,
                        ));
                        col.spawn(next_button(stage));
                    });
                });
        });
}
