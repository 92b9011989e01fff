//! The lesson map: the lessons of the player's band as big cards, with the stickers earned.
//! A lesson with errors shows as "not ready yet" (in a development build, with its first error);
//! the others play.

use bevy::prelude::*;
use safekite_core::model::{ArtKind, Band};
use safekite_core::ui_messages as ui;
use safekite_core::words::FluentValue;

use super::{
    Action, GameButton, HoldToHear, Screen, corner_back_button, player_band, screen_root, tr,
};
use crate::art::PictureTint;
use crate::content::{LessonStatus, Library, WordsRes};
use crate::progress::ProgressRes;
use crate::settings::CurrentLocale;
use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Map), spawn_map)
        .add_systems(
            Update,
            (handle_map_actions, respawn_on_change).run_if(in_state(Screen::Map)),
        );
}

#[derive(Component)]
struct MapRoot;

/// The lesson chosen on the map, for the lesson player.
#[derive(Resource, Debug, Clone)]
pub struct ChosenLesson(pub String);

fn spawn_map(
    mut commands: Commands,
    fonts: Res<Fonts>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    progress: Res<ProgressRes>,
    library: Res<Library>,
) {
    let t = |id: &str| tr(&words, &locale, id);
    let band = player_band(&progress);
    let player = progress.player();
    let stickers = player.map_or(0, |p| p.stickers.len());
    let min = theme::min_button(band);
    let mut root = screen_root("Lesson map", Screen::Map);
    // From the top: a header row level with the Back button, then the lessons.
    root.1.justify_content = JustifyContent::FlexStart;
    root.1.padding.top = px(24.0);
    commands.spawn((root, MapRoot)).with_children(|p| {
        p.spawn(corner_back_button(&fonts, t(ui::BACK), min));
        p.spawn((
            Node {
                position_type: PositionType::Absolute,
                top: px(24.0),
                right: px(24.0),
                column_gap: px(12.0),
                align_items: AlignItems::Center,
                ..default()
            },
            children![theme::bold(
                &fonts,
                words
                    .words
                    .get_with(
                        &locale.0,
                        ui::MAP_STICKERS,
                        &[("count", FluentValue::from(stickers))]
                    )
                    .unwrap_or_default(),
                theme::size::BODY,
                palette::NAVY,
            )],
        ));
        // The heading sits in a header row as tall as the Back button beside it, so the
        // lessons start below the button and never under it.
        p.spawn((
            Node {
                height: px(min),
                flex_shrink: 0.0,
                align_items: AlignItems::Center,
                ..default()
            },
            children![theme::bold(
                &fonts,
                t(ui::MAP_TITLE),
                theme::size::HEADING,
                palette::NAVY,
            )],
        ));
        p.spawn((
            Name::new("Lessons"),
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                align_content: AlignContent::FlexStart,
                column_gap: px(18.0),
                row_gap: px(18.0),
                max_width: percent(96),
                // Nothing tappable where little hands rest (the bottom 8% of the screen's height).
                margin: UiRect::bottom(vh(theme::size::LITTLE_HANDS_REST)),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        ))
        .with_children(|grid| {
            for entry in library.lessons.iter().filter(|e| e.band == Some(band)) {
                let done = player.is_some_and(|p| p.lessons_done.contains(&entry.id));
                let resumable = player.is_some_and(|p| p.resume.contains_key(&entry.id));
                let (title, ready, detail) = match &entry.status {
                    LessonStatus::Ready(l) => (t(&l.title), true, None),
                    LessonStatus::Loading => (entry.id.clone(), false, None),
                    LessonStatus::Broken {
                        first_error,
                        errors,
                    } => (
                        entry.id.clone(),
                        false,
                        cfg!(debug_assertions)
                            .then(|| format!("{first_error} ({errors} error(s))")),
                    ),
                };
                let name = if done {
                    format!("lesson-{}-done", entry.id)
                } else {
                    format!("lesson-{}", entry.id)
                };
                let base = if !ready {
                    palette::LIGHT_GREY
                } else if done {
                    palette::LEAF
                } else {
                    palette::CREAM
                };
                let mut card = grid.spawn((
                    Name::new(name),
                    Node {
                        // Seven to a row at 1280 logical px: fourteen lessons in two rows.
                        width: px(152.0),
                        min_height: px(min.max(170.0)),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        justify_content: JustifyContent::Center,
                        padding: UiRect::all(px(10.0)),
                        row_gap: px(8.0),
                        border: UiRect::all(px(4.0)),
                        border_radius: BorderRadius::all(px(24.0)),
                        ..default()
                    },
                    BackgroundColor(base),
                    BorderColor::all(palette::NAVY.with_alpha(0.0)),
                ));
                if ready {
                    card.insert((
                        Button,
                        GameButton {
                            base,
                            selected: false,
                        },
                        Action::OpenLesson(entry.id.clone()),
                    ));
                    // Little ones hear a lesson's name by holding its card; a tap opens it.
                    if let (Band::Little, LessonStatus::Ready(l)) = (band, &entry.status) {
                        card.insert(HoldToHear(l.title.clone()));
                    }
                }
                card.with_children(|c| {
                    // The lesson's sticker: pre-readers pick a lesson by its picture. Faded
                    // until it is earned, in full colour once it is.
                    if let LessonStatus::Ready(l) = &entry.status {
                        let mut sticker = c.spawn((
                            Name::new("lesson picture"),
                            crate::art::picture(ArtKind::Sticker, &l.sticker.picture),
                            Node {
                                width: px(96.0),
                                height: px(96.0),
                                flex_shrink: 0.0,
                                ..default()
                            },
                        ));
                        if !done {
                            sticker.insert(PictureTint(Color::WHITE.with_alpha(0.5)));
                        }
                    }
                    c.spawn((
                        theme::bold(&fonts, title, theme::size::BODY * 0.85, palette::NAVY),
                        TextLayout::justify(Justify::Center),
                    ));
                    if !ready {
                        c.spawn(theme::text(
                            &fonts,
                            t(ui::MAP_UNAVAILABLE),
                            theme::size::SMALL,
                            palette::NAVY,
                        ));
                    } else if resumable {
                        c.spawn(theme::text(
                            &fonts,
                            t(ui::MAP_CONTINUE),
                            theme::size::SMALL,
                            palette::NAVY,
                        ));
                    }
                    if let Some(d) = detail {
                        c.spawn(theme::text(&fonts, d, 13.0, palette::NAVY));
                    }
                });
            }
        });
    });
}

fn handle_map_actions(
    mut actions: MessageReader<Action>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            Action::OpenLesson(id) => {
                commands.insert_resource(ChosenLesson(id.clone()));
                next.set(Screen::Player);
            }
            Action::BackToTitle => next.set(Screen::Title),
            _ => {}
        }
    }
}

/// Rebuilds the map when the language, the words or a lesson changes (hot reload included).
fn respawn_on_change(
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    library: Res<Library>,
    roots: Query<Entity, With<MapRoot>>,
    mut commands: Commands,
) {
    if (locale.is_changed() || words.is_changed() || library.is_changed()) && !roots.is_empty() {
        for root in &roots {
            commands.entity(root).despawn();
        }
        commands.run_system_cached(spawn_map);
    }
}
