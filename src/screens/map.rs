//! The lesson map: the lessons of the player's band as big cards, with the stickers earned.
//! A lesson with errors shows as "not ready yet" (in a development build, with its first error);
//! the others play.

use bevy::prelude::*;
use safekite_core::model::{ArtKind, Band, Lesson};
use safekite_core::progress::Profile;
use safekite_core::ui_messages as ui;
use safekite_core::words::FluentValue;
use std::sync::Arc;

use super::check_round::{CheckRound, check_mode, today};
use super::{
    HoldToHear, Screen, button_actions, corner_back_button, player_band, respawn, screen_root,
};
use crate::art::PictureTint;
use crate::content::{LessonEntry, LessonStatus, Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::records::ClassBookRes;
use crate::theme::{self, ButtonRole, Fonts, card_button, palette};

/// What the map's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum MapAction {
    /// Play (or carry on with) this lesson.
    OpenLesson(String),
    /// Answer this lesson's "Do you remember?" question.
    Review(String),
    /// Back to the title (who is playing?).
    BackToTitle,
}

pub(super) fn plugin(app: &mut App) {
    button_actions::<MapAction>(app);
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
pub(crate) struct ChosenLesson(pub String);

fn spawn_map(
    mut commands: Commands,
    fonts: Res<Fonts>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    progress: Res<ProgressRes>,
    library: Res<Library>,
    book: Option<Res<ClassBookRes>>,
) {
    let band = player_band(&progress);
    let review = due_review(&library, &progress, book.as_deref(), band);
    let t = |id: &str| words.words.text_for_band(&locale.0, id, band);
    let player = progress.player();
    let stickers = player.map_or(0, |p| p.stickers.len());
    let min = theme::min_button(band);
    let mut root = screen_root("Lesson map", Screen::Map);
    // From the top: a header row level with the Back button, then the lessons.
    root.1.justify_content = JustifyContent::FlexStart;
    root.1.padding.top = px(24.0);
    commands.spawn((root, MapRoot)).with_children(|p| {
        p.spawn(corner_back_button(
            &fonts,
            t(ui::BACK),
            min,
            MapAction::BackToTitle,
        ));
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
                        &[
                            ("count", FluentValue::from(stickers)),
                            ("band", FluentValue::from(band.ui_key()))
                        ]
                    )
                    .unwrap_or_default(),
                theme::size::BODY,
                palette::NAVY,
            )],
        ));
        // The heading sits in a header row as tall as the Back button beside it, so the
        // lessons start below the button and never under it. A review due takes its place.
        p.spawn(Node {
            height: px(min),
            flex_shrink: 0.0,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|header| match &review {
            Some(lesson) => {
                header.spawn(review_card(&fonts, &t, lesson, min));
            }
            None => {
                header.spawn(theme::bold(
                    &fonts,
                    t(ui::MAP_TITLE),
                    theme::size::HEADING,
                    palette::NAVY,
                ));
            }
        });
        if let Some(error) = &library.index_error {
            // A broken lesson index says why, instead of showing an empty map.
            p.spawn((
                Name::new("Index broken"),
                theme::bold(
                    &fonts,
                    t(ui::MAP_INDEX_BROKEN),
                    theme::size::BODY,
                    palette::NAVY,
                ),
            ));
            if cfg!(debug_assertions) {
                p.spawn(theme::text(&fonts, error.clone(), 13.0, palette::NAVY));
            }
        }
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
            let lessons: Vec<&LessonEntry> = library
                .lessons
                .iter()
                .filter(|e| e.band == Some(band))
                .collect();
            let width = card_width(lessons.len());
            for entry in lessons {
                spawn_lesson_card(grid, entry, player, band, width, &fonts, &t);
            }
        });
    });
}

/// The first lesson of the band whose "Do you remember?" question is due today (one at a time,
/// so the map never fills with questions).
fn due_review(
    library: &Library,
    progress: &ProgressRes,
    book: Option<&ClassBookRes>,
    band: Band,
) -> Option<Arc<Lesson>> {
    let player = progress.player()?;
    let mode = check_mode(progress, book, None);
    let today = today();
    library
        .lessons
        .iter()
        .filter(|e| e.band == Some(band))
        .filter_map(|e| library.lesson(&e.id))
        .find(|l| CheckRound::review(l, player, mode, today).is_some())
        .cloned()
}

/// "Do you remember?": a card in the header, where the map's title was, with the lesson's
/// sticker; one question, and nothing is taken away whatever the answer.
fn review_card(
    fonts: &Fonts,
    t: &dyn Fn(&str) -> String,
    lesson: &Lesson,
    min: f32,
) -> impl Bundle {
    (
        card_button(
            format!("review-{}", lesson.id),
            ButtonRole::Main,
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                column_gap: px(16.0),
                // Taller when the words take two lines (large text).
                min_height: px(min),
                max_width: px(760.0),
                flex_shrink: 0.0,
                padding: UiRect::axes(px(20.0), px(4.0)),
                border: UiRect::all(px(4.0)),
                border_radius: BorderRadius::all(px(32.0)),
                ..default()
            },
        ),
        MapAction::Review(lesson.id.clone()),
        HoldToHear(ui::CHECK_REVIEW_TITLE.into()),
        children![
            (
                crate::art::picture(ArtKind::Sticker, &lesson.sticker.picture),
                theme::sized(64.0, 64.0),
            ),
            theme::bold(
                fonts,
                format!("{} {}", t(ui::CHECK_REVIEW_TITLE), t(lesson.title.as_str())),
                theme::size::BODY,
                ButtonRole::Main.palette().label,
            ),
        ],
    )
}

/// The width of a lesson card, so that a band's lessons fit in two rows: five to a row (216 px)
/// up to ten lessons, narrower cards, up to seven to a row, for more. The grid is 96% of the
/// screen's 1232 logical px inside its padding (1182), with 18 px between cards; 12 px are left
/// over, so rounding never wraps the last card of a row.
fn card_width(lessons: usize) -> f32 {
    const GRID: f32 = 1170.0;
    const GAP: f32 = 18.0;
    let per_row = lessons.div_ceil(2).clamp(5, 7) as f32;
    ((GRID - GAP * (per_row - 1.0)) / per_row)
        .min(216.0)
        .floor()
}

/// A lesson's card on the map: its sticker (faded until earned), its title, and whether it can
/// be carried on or is not ready (with its first error in a development build). Only a ready
/// lesson's card is a button.
fn spawn_lesson_card(
    grid: &mut ChildSpawnerCommands,
    entry: &LessonEntry,
    player: Option<&Profile>,
    band: Band,
    width: f32,
    fonts: &Fonts,
    t: &dyn Fn(&str) -> String,
) {
    let done = player.is_some_and(|p| p.lessons_done.contains(&entry.id));
    let resumable = player.is_some_and(|p| p.resume.contains_key(&entry.id));
    let (title, ready, detail) = match &entry.status {
        LessonStatus::Ready(l) => (t(l.title.as_str()), true, None),
        LessonStatus::Loading => (entry.id.clone(), false, None),
        LessonStatus::Broken {
            first_error,
            errors,
        } => (
            entry.id.clone(),
            false,
            cfg!(debug_assertions).then(|| format!("{first_error} ({errors} error(s))")),
        ),
    };
    let name = if done {
        format!("lesson-{}-done", entry.id)
    } else {
        format!("lesson-{}", entry.id)
    };
    let node = Node {
        width: px(width),
        min_height: px(theme::min_button(band).max(170.0)),
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        padding: UiRect::all(px(14.0)),
        row_gap: px(8.0),
        border: UiRect::all(px(4.0)),
        border_radius: BorderRadius::all(px(24.0)),
        ..default()
    };
    let mut card = match &entry.status {
        LessonStatus::Ready(l) => {
            let role = if done {
                ButtonRole::Done
            } else {
                ButtonRole::Quiet
            };
            let mut card = grid.spawn((
                card_button(name, role, node),
                MapAction::OpenLesson(entry.id.clone()),
            ));
            // Little ones hear a lesson's name by holding its card; a tap opens it.
            if band == Band::Little {
                card.insert(HoldToHear(l.title.clone()));
            }
            card
        }
        _ => grid.spawn((
            Name::new(name),
            node,
            BackgroundColor(palette::LIGHT_GREY),
            BorderColor::all(palette::NAVY.with_alpha(0.0)),
        )),
    };
    card.with_children(|c| {
        // The lesson's sticker: pre-readers pick a lesson by its picture. Faded until it is
        // earned, in full colour once it is.
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
            theme::bold(fonts, title, theme::size::BODY * 0.85, palette::NAVY),
            TextLayout::justify(Justify::Center),
        ));
        if !ready {
            c.spawn(theme::text(
                fonts,
                t(ui::MAP_UNAVAILABLE),
                theme::size::SMALL,
                palette::NAVY,
            ));
        } else if resumable {
            c.spawn(theme::text(
                fonts,
                t(ui::MAP_CONTINUE),
                theme::size::SMALL,
                palette::NAVY,
            ));
        }
        if let Some(d) = detail {
            c.spawn(theme::text(fonts, d, 13.0, palette::NAVY));
        }
    });
}

fn handle_map_actions(
    mut actions: MessageReader<MapAction>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    library: Res<Library>,
    progress: Res<ProgressRes>,
    book: Option<Res<ClassBookRes>>,
) {
    for action in actions.read() {
        let mode = check_mode(&progress, book.as_deref(), None);
        match action {
            MapAction::OpenLesson(id) => {
                commands.insert_resource(ChosenLesson(id.clone()));
                // The first time, one question before the story.
                let before = library
                    .lesson(id)
                    .zip(progress.player())
                    .and_then(|(lesson, player)| CheckRound::before(lesson, player, mode));
                match before {
                    Some(round) => {
                        commands.insert_resource(round);
                        next.set(Screen::Check);
                    }
                    None => next.set(Screen::Player),
                }
            }
            MapAction::Review(id) => {
                let review = library
                    .lesson(id)
                    .zip(progress.player())
                    .and_then(|(lesson, player)| CheckRound::review(lesson, player, mode, today()));
                if let Some(round) = review {
                    commands.insert_resource(round);
                    next.set(Screen::Check);
                }
            }
            MapAction::BackToTitle => next.set(Screen::Title),
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
        respawn(&mut commands, roots, spawn_map);
    }
}

#[cfg(test)]
mod tests {
    use super::card_width;

    #[test]
    fn a_band_fits_in_two_rows() {
        assert_eq!(card_width(10), 216.0);
        assert_eq!(card_width(12), 180.0);
        assert_eq!(card_width(13), 151.0);
        assert_eq!(card_width(14), 151.0);
        assert_eq!(card_width(3), 216.0);
    }
}
