//! The end of a lesson: the sticker, praise, and a tip card "show this to your grown-up" with a
//! conversation starter. Then "Stop here" (the big, easy choice: back to "who is playing?") or
//! "One more lesson" (the map); once the grown-up's break time has passed, only a calm "time for
//! a break" card. No streaks, no countdowns, nothing that pulls a child back.

use bevy::prelude::*;

use crate::records::ClassSession;
use safekite_core::ids::MessageId;
use safekite_core::model::{ArtKind, Band, Lesson, Outcome};
use safekite_core::ui_messages as ui;
use std::sync::Arc;

use super::play_clock::PlayClock;
use super::{Screen, band_of_player_or, button, button_actions, screen_root};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::narration::Narrate;
use crate::progress::ProgressRes;
use crate::theme::{self, ButtonRole, Fonts, GrownUpsWords, palette};

/// How the last lesson ended: handed to this screen by the lesson player when a lesson ends.
#[derive(Resource, Clone, Debug)]
pub(crate) struct LastResult {
    pub lesson: Arc<Lesson>,
    pub outcome: Outcome,
    pub line: MessageId,
}

/// What the end screen's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum EndAction {
    /// "One more lesson": back to the map.
    BackToMap,
    /// "Stop here" (the easy choice), or "OK" to the break: back to "who is playing?", and the
    /// play clock starts again.
    StopHere,
}

pub(super) fn plugin(app: &mut App) {
    button_actions::<EndAction>(app);
    app.add_systems(OnEnter(Screen::End), spawn_end_screen)
        .add_systems(Update, handle_end_actions.run_if(in_state(Screen::End)));
}

fn spawn_end_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    result: Option<Res<LastResult>>,
    progress: Res<ProgressRes>,
    clock: Res<PlayClock>,
    session: Option<Res<ClassSession>>,
    mut narrate: MessageWriter<Narrate>,
) {
    let Some(result) = result else { return };
    // A class on the projector: the teacher leads on (and decides about breaks).
    let in_class = session.is_some();
    let take_a_break = !in_class && clock.break_due(&progress);
    if take_a_break {
        narrate.write_batch([
            Narrate(ui::BREAK_TITLE.into()),
            Narrate(ui::BREAK_TEXT.into()),
        ]);
    }
    // Without a player (a grown-up rehearsing, a class), the lesson's own band.
    let band = band_of_player_or(&progress, result.lesson.band);
    let t = |id: &str| words.words.text_for_band(&locale.0, id, band);
    let lesson = &result.lesson;
    let good = result.outcome == Outcome::Good;
    let min = theme::min_button(band);
    commands
        .spawn(screen_root("End screen", Screen::End))
        .with_children(|p| {
            p.spawn(Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(40.0),
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|row| {
                row.spawn(Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: px(12.0),
                    // Long praise wraps instead of running off the screen.
                    max_width: px(560.0),
                    flex_shrink: 1.0,
                    ..default()
                })
                .with_children(|col| {
                    if good {
                        // Large words (a text size of 150 %) shrink the sticker, in its shape.
                        col.spawn(theme::shrinking_row(210.0)).with_child((
                            Name::new("sticker"),
                            crate::art::picture(ArtKind::Sticker, &lesson.sticker.picture),
                            theme::filling_height(1.0),
                        ));
                        col.spawn(theme::bold(
                            &fonts,
                            t(ui::END_STICKER_EARNED),
                            theme::size::HEADING,
                            palette::NAVY,
                        ));
                        col.spawn(theme::text(
                            &fonts,
                            t(lesson.sticker.name.as_str()),
                            theme::size::BODY,
                            palette::NAVY,
                        ));
                    } else {
                        col.spawn(theme::bold(
                            &fonts,
                            t(ui::END_TRY_AGAIN),
                            theme::size::HEADING,
                            palette::NAVY,
                        ));
                    }
                    col.spawn((
                        theme::text(
                            &fonts,
                            t(result.line.as_str()),
                            theme::size::BODY,
                            palette::NAVY,
                        ),
                        TextLayout {
                            justify: Justify::Center,
                            ..default()
                        },
                    ));
                });
                // The tip card is for a child's grown-up: not for a grown-up's own rehearsal.
                if band != Band::GrownUps {
                    row.spawn(tip_card(&fonts, &t, lesson));
                }
            });
            if take_a_break {
                p.spawn(break_card(&fonts, &t, min));
            } else if in_class {
                // On the projector it moves the session on (the teacher's panel listens).
                p.spawn(button(
                    &fonts,
                    "back-to-map",
                    t(ui::END_BACK_TO_MAP),
                    EndAction::BackToMap,
                    ButtonRole::Main,
                    min,
                ));
            } else {
                p.spawn(stop_or_one_more(&fonts, &t, min));
            }
        });
}

/// "Stop here" (the big, easy choice) or "One more lesson" (quiet): nothing pulls a child on.
fn stop_or_one_more(fonts: &Fonts, t: &dyn Fn(&str) -> String, min: f32) -> impl Bundle {
    (
        Node {
            column_gap: px(24.0),
            align_items: AlignItems::Center,
            ..default()
        },
        children![
            button(
                fonts,
                "stop-here",
                t(ui::END_STOP_HERE),
                EndAction::StopHere,
                ButtonRole::Main,
                min,
            ),
            button(
                fonts,
                "back-to-map",
                t(ui::END_ONE_MORE),
                EndAction::BackToMap,
                ButtonRole::Quiet,
                min,
            ),
        ],
    )
}

/// After the time the grown-up set: a calm card suggesting a break, and only "OK" (back to
/// "who is playing?").
fn break_card(fonts: &Fonts, t: &dyn Fn(&str) -> String, min: f32) -> impl Bundle {
    (
        Name::new("Break"),
        BackgroundColor(palette::CREAM),
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(28.0),
            padding: UiRect::axes(px(28.0), px(16.0)),
            max_width: px(1100.0),
            border: UiRect::all(px(4.0)),
            border_radius: BorderRadius::all(px(theme::size::RADIUS)),
            ..default()
        },
        BorderColor::all(palette::LEAF),
        children![
            (
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: px(8.0),
                    flex_shrink: 1.0,
                    ..default()
                },
                children![
                    theme::bold(fonts, t(ui::BREAK_TITLE), theme::size::BODY, palette::NAVY),
                    theme::text(
                        fonts,
                        t(ui::BREAK_TEXT),
                        theme::size::SMALL * 1.1,
                        palette::NAVY
                    ),
                ],
            ),
            button(
                fonts,
                "break-ok",
                t(ui::BREAK_OK),
                EndAction::StopHere,
                ButtonRole::Main,
                min,
            ),
        ],
    )
}

/// The card for the grown-up: a tip, and a question to start talking about the lesson.
fn tip_card(fonts: &Fonts, t: &dyn Fn(&str) -> String, lesson: &Lesson) -> impl Bundle {
    (
        Name::new("Tip card"),
        BackgroundColor(palette::CREAM),
        Node {
            width: px(440.0),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(28.0)),
            row_gap: px(14.0),
            border: UiRect::all(px(4.0)),
            border_radius: BorderRadius::all(px(24.0)),
            ..default()
        },
        BorderColor::all(palette::SUN),
        children![
            (
                theme::bold(
                    fonts,
                    t(ui::END_TIP_TITLE),
                    theme::size::BODY,
                    palette::NAVY
                ),
                GrownUpsWords,
            ),
            (
                theme::text(
                    fonts,
                    t(lesson.parent_tip.as_str()),
                    theme::size::SMALL,
                    palette::NAVY
                ),
                GrownUpsWords,
            ),
            (
                theme::bold(
                    fonts,
                    t(ui::END_STARTER_TITLE),
                    theme::size::SMALL * 1.1,
                    palette::NAVY
                ),
                GrownUpsWords,
            ),
            (
                theme::text(
                    fonts,
                    t(lesson.conversation_starter.as_str()),
                    theme::size::SMALL,
                    palette::NAVY
                ),
                GrownUpsWords,
            ),
        ],
    )
}

fn handle_end_actions(
    mut actions: MessageReader<EndAction>,
    mut next: ResMut<NextState<Screen>>,
    session: Option<Res<ClassSession>>,
    mut clock: ResMut<PlayClock>,
) {
    for action in actions.read() {
        // In a class session the teacher's panel decides what comes next
        // (`grown_ups::teacher` reads the same verbs).
        if session.is_some() {
            continue;
        }
        match action {
            EndAction::BackToMap => next.set(Screen::Map),
            EndAction::StopHere => {
                clock.seconds = 0.0;
                next.set(Screen::Title);
            }
        }
    }
}
