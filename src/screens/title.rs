//! The title screen, which is also "who is playing?": the players on this device as big avatar
//! buttons (one tap to the lesson map), "new player", and the grown-ups' settings.

use bevy::prelude::*;
use safekite_core::model::ArtKind;
use safekite_core::ui_messages as ui;

use super::{Action, Screen, button, screen_root, tr};
use crate::content::WordsRes;
use crate::progress::ProgressRes;
use crate::settings::CurrentLocale;
use crate::theme::{self, Fonts, palette};

/// Players shown at once on the title (two rows); more are on further pages (a classroom
/// tablet holds up to 40).
pub const PLAYERS_PER_PAGE: usize = 10;

/// The page of players shown.
#[derive(Resource, Default, Debug)]
pub struct PlayerPage(pub usize);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerPage>();
    app.add_systems(OnEnter(Screen::Title), spawn_title_screen)
        .add_systems(Update, handle_title_actions.run_if(in_state(Screen::Title)))
        .add_systems(
            Update,
            respawn_on_language_change.run_if(in_state(Screen::Title)),
        );
}

#[derive(Component)]
struct TitleRoot;

fn spawn_title_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    progress: Res<ProgressRes>,
    page: Res<PlayerPage>,
) {
    let t = |id: &str| tr(&words, &locale, id);
    let profiles = &progress.progress.profiles;
    let pages = profiles.len().div_ceil(PLAYERS_PER_PAGE).max(1);
    let page = page.0.min(pages - 1);
    let root = commands
        .spawn((screen_root("Title screen", Screen::Title), TitleRoot))
        .id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Node {
                position_type: PositionType::Absolute,
                top: px(24.0),
                right: px(24.0),
                ..default()
            },
            children![button(
                &fonts,
                "settings",
                t(ui::TITLE_SETTINGS),
                Action::Settings,
                palette::CREAM,
                64.0
            )],
        ));
        p.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                column_gap: px(24.0),
                ..default()
            },
            children![
                (
                    crate::art::picture(ArtKind::Picture, "kite-logo"),
                    Node {
                        width: px(120.0),
                        height: px(120.0),
                        ..default()
                    },
                ),
                (
                    Node {
                        flex_direction: FlexDirection::Column,
                        ..default()
                    },
                    children![
                        theme::bold(
                            &fonts,
                            t(ui::APP_TITLE),
                            theme::size::TITLE * 1.3,
                            palette::NAVY
                        ),
                        theme::text(&fonts, t(ui::APP_TAGLINE), theme::size::BODY, palette::NAVY),
                    ],
                ),
            ],
        ));
        p.spawn(theme::bold(
            &fonts,
            t(ui::WHO_IS_PLAYING),
            theme::size::HEADING,
            palette::NAVY,
        ));
        p.spawn((
            Name::new("Players"),
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                column_gap: px(20.0),
                row_gap: px(20.0),
                max_width: px(760.0),
                ..default()
            },
        ))
        .with_children(|row| {
            for profile in profiles
                .iter()
                .skip(page * PLAYERS_PER_PAGE)
                .take(PLAYERS_PER_PAGE)
            {
                let label = if profile.nickname.is_empty() {
                    String::new()
                } else {
                    profile.nickname.clone()
                };
                row.spawn((
                    Name::new(format!("profile-{}", profile.id)),
                    Button,
                    Node {
                        width: px(132.0),
                        min_height: px(150.0),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        justify_content: JustifyContent::Center,
                        padding: UiRect::all(px(8.0)),
                        border: UiRect::all(px(4.0)),
                        border_radius: BorderRadius::all(px(24.0)),
                        ..default()
                    },
                    BackgroundColor(palette::CREAM),
                    BorderColor::all(palette::NAVY.with_alpha(0.0)),
                    super::GameButton {
                        base: palette::CREAM,
                        selected: false,
                    },
                    Action::PickProfile(profile.id),
                    children![
                        (
                            crate::art::picture(ArtKind::Avatar, &profile.avatar),
                            Node {
                                width: px(96.0),
                                height: px(96.0),
                                ..default()
                            },
                        ),
                        theme::text(&fonts, label, theme::size::SMALL, palette::NAVY),
                    ],
                ));
            }
        });
        // New player, and the pages of players when there are many.
        p.spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(20.0),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|row| {
            if pages > 1 {
                row.spawn(button(
                    &fonts,
                    "players-previous",
                    "‹",
                    Action::ProfilePage(-1),
                    palette::CREAM,
                    96.0,
                ));
                row.spawn(theme::bold(
                    &fonts,
                    format!("{} / {pages}", page + 1),
                    theme::size::BODY,
                    palette::NAVY,
                ));
            }
            if profiles.len() < safekite_core::progress::MAX_PROFILES {
                row.spawn(button(
                    &fonts,
                    "new-profile",
                    format!("+ {}", t(ui::PROFILE_NEW)),
                    Action::NewProfile,
                    palette::ORANGE,
                    96.0,
                ));
            }
            if pages > 1 {
                row.spawn(button(
                    &fonts,
                    "players-next",
                    "›",
                    Action::ProfilePage(1),
                    palette::CREAM,
                    96.0,
                ));
            }
        });
        if let Some(problem) = progress.storage_problem {
            p.spawn(theme::text(
                &fonts,
                t(problem),
                theme::size::SMALL,
                palette::NAVY,
            ));
        }
    });
}

fn handle_title_actions(
    mut actions: MessageReader<Action>,
    mut next: ResMut<NextState<Screen>>,
    mut progress: ResMut<ProgressRes>,
    mut page: ResMut<PlayerPage>,
) {
    for action in actions.read() {
        match action {
            Action::ProfilePage(delta) => {
                let pages = progress
                    .progress
                    .profiles
                    .len()
                    .div_ceil(PLAYERS_PER_PAGE)
                    .max(1);
                page.0 = (page.0 as i32 + delta).rem_euclid(pages as i32) as usize;
            }
            Action::Settings => next.set(Screen::Settings),
            Action::NewProfile => next.set(Screen::NewProfile),
            Action::PickProfile(id) => {
                progress.current = Some(*id);
                next.set(Screen::Map);
            }
            _ => {}
        }
    }
}

fn respawn_on_language_change(
    page: Res<PlayerPage>,
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    roots: Query<Entity, With<TitleRoot>>,
    mut commands: Commands,
) {
    if (locale.is_changed() || words.is_changed() || page.is_changed()) && !roots.is_empty() {
        for root in &roots {
            commands.entity(root).despawn();
        }
        commands.run_system_cached(spawn_title_screen);
    }
}
