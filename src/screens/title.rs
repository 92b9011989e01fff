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

pub(super) fn plugin(app: &mut App) {
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
) {
    let t = |id: &str| tr(&words, &locale, id);
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
                        width: px(140.0),
                        height: px(140.0),
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
                max_width: percent(92),
                ..default()
            },
        ))
        .with_children(|row| {
            for profile in &progress.progress.profiles {
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
            if progress.progress.profiles.len() < safekite_core::progress::MAX_PROFILES {
                row.spawn(button(
                    &fonts,
                    "new-profile",
                    format!("+ {}", t(ui::PROFILE_NEW)),
                    Action::NewProfile,
                    palette::ORANGE,
                    150.0,
                ));
            }
        });
        if let Some(problem) = &progress.storage_problem {
            p.spawn(theme::text(
                &fonts,
                problem.clone(),
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
) {
    for action in actions.read() {
        match action {
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
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    roots: Query<Entity, With<TitleRoot>>,
    mut commands: Commands,
) {
    if (locale.is_changed() || words.is_changed()) && !roots.is_empty() {
        for root in &roots {
            commands.entity(root).despawn();
        }
        commands.run_system_cached(spawn_title_screen);
    }
}
