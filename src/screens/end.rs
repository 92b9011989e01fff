//! The end of a lesson: the sticker, praise, and a tip card "show this to your grown-up" with a
//! conversation starter. Then back to the map.

use bevy::prelude::*;

use crate::records::ClassSession;
use safekite_core::model::{ArtKind, Band, Lesson, Outcome};
use safekite_core::ui_messages as ui;
use std::sync::Arc;

use super::{Screen, band_of_player_or, button, button_actions, screen_root};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::theme::{self, ButtonRole, Fonts, palette};

/// How the last lesson ended: handed to this screen by the lesson player when a lesson ends.
#[derive(Resource, Clone, Debug)]
pub(crate) struct LastResult {
    pub lesson: Arc<Lesson>,
    pub outcome: Outcome,
    pub line: String,
}

/// What the end screen's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum EndAction {
    BackToMap,
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
) {
    let Some(result) = result else { return };
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
                        col.spawn((
                            Name::new("sticker"),
                            crate::art::picture(ArtKind::Sticker, &lesson.sticker.picture),
                            theme::sized(260.0, 260.0),
                        ));
                        col.spawn(theme::bold(
                            &fonts,
                            t(ui::END_STICKER_EARNED),
                            theme::size::HEADING,
                            palette::NAVY,
                        ));
                        col.spawn(theme::text(
                            &fonts,
                            t(&lesson.sticker.name),
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
                        theme::text(&fonts, t(&result.line), theme::size::BODY, palette::NAVY),
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
            p.spawn(button(
                &fonts,
                "back-to-map",
                t(ui::END_BACK_TO_MAP),
                EndAction::BackToMap,
                ButtonRole::Main,
                min,
            ));
        });
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
            theme::bold(
                fonts,
                t(ui::END_TIP_TITLE),
                theme::size::BODY,
                palette::NAVY
            ),
            theme::text(
                fonts,
                t(&lesson.parent_tip),
                theme::size::SMALL,
                palette::NAVY
            ),
            theme::bold(
                fonts,
                t(ui::END_STARTER_TITLE),
                theme::size::SMALL * 1.1,
                palette::NAVY
            ),
            theme::text(
                fonts,
                t(&lesson.conversation_starter),
                theme::size::SMALL,
                palette::NAVY
            ),
        ],
    )
}

fn handle_end_actions(
    mut actions: MessageReader<EndAction>,
    mut next: ResMut<NextState<Screen>>,
    session: Option<Res<ClassSession>>,
) {
    for action in actions.read() {
        // In a class session the teacher's panel decides what comes next.
        if *action == EndAction::BackToMap && session.is_none() {
            next.set(Screen::Map);
        }
    }
}
