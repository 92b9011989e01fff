//! The title screen, which is also "who is playing?": the players on this device as big avatar
//! buttons (one tap to the lesson map), "new player", and the grown-ups' settings.

use bevy::prelude::*;
use safekite_core::model::ArtKind;
use safekite_core::progress::{AVATAR_ON_BADGE, BADGES, MAX_PROFILES, Profile, badge_picture};
use safekite_core::ui_messages as ui;
use safekite_core::words::FluentValue;

use super::{Screen, button, button_actions, respawn, screen_root, tr};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::theme::{self, ButtonRole, Fonts, card_button, palette};

/// Players shown at once on the title (two rows); more are on further pages (a classroom
/// tablet holds up to 40).
pub const PLAYERS_PER_PAGE: usize = 10;

/// The page of players shown.
#[derive(Resource, Default, Debug)]
pub(crate) struct PlayerPage(pub usize);

/// What the title's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum TitleAction {
    /// The grown-ups' area (behind its gate).
    GrownUps,
    /// Make a new player.
    NewProfile,
    /// This player is playing: to their lesson map.
    PickProfile(u32),
    /// The previous (-1) or next (+1) page of players.
    ProfilePage(i32),
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerPage>();
    button_actions::<TitleAction>(app);
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
                "grown-ups",
                t(ui::TITLE_GROWN_UPS),
                TitleAction::GrownUps,
                ButtonRole::Quiet,
                64.0
            )],
        ));
        p.spawn(header(&fonts, &t));
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
                row.spawn(profile_card(&fonts, profile, look_name(profile, &t)));
            }
        });
        // New player, and the pages of players when there are many.
        p.spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(20.0),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|row| page_controls(row, &fonts, &t, page, pages, profiles.len()));
        if profiles.len() >= MAX_PROFILES {
            // Full: no "new player" button, and the grown-up is told why.
            p.spawn(theme::text(
                &fonts,
                words
                    .words
                    .get_with(
                        &locale.0,
                        ui::PROFILE_FULL,
                        &[("count", FluentValue::from(profiles.len()))],
                    )
                    .unwrap_or_else(|| format!("[{}]", ui::PROFILE_FULL)),
                theme::size::SMALL,
                palette::NAVY,
            ));
        }
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

/// "New player" (unless the device is full), and the pages of players when there are many.
fn page_controls(
    row: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &dyn Fn(&str) -> String,
    page: usize,
    pages: usize,
    players: usize,
) {
    if pages > 1 {
        row.spawn(button(
            fonts,
            "players-previous",
            "‹",
            TitleAction::ProfilePage(-1),
            ButtonRole::Quiet,
            96.0,
        ));
        row.spawn(theme::bold(
            fonts,
            format!("{} / {pages}", page + 1),
            theme::size::BODY,
            palette::NAVY,
        ));
    }
    if players < MAX_PROFILES {
        row.spawn(button(
            fonts,
            "new-profile",
            format!("+ {}", t(ui::PROFILE_NEW)),
            TitleAction::NewProfile,
            ButtonRole::Main,
            96.0,
        ));
    }
    if pages > 1 {
        row.spawn(button(
            fonts,
            "players-next",
            "›",
            TitleAction::ProfilePage(1),
            ButtonRole::Quiet,
            96.0,
        ));
    }
}

/// The kite, the game's name and its tagline.
fn header(fonts: &Fonts, t: &dyn Fn(&str) -> String) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(24.0),
            ..default()
        },
        children![
            (
                crate::art::picture(ArtKind::Picture, "kite-logo"),
                theme::sized(160.0, 120.0),
            ),
            (
                Node {
                    flex_direction: FlexDirection::Column,
                    ..default()
                },
                children![
                    theme::bold(
                        fonts,
                        t(ui::APP_TITLE),
                        theme::size::TITLE * 1.3,
                        palette::NAVY
                    ),
                    theme::text(fonts, t(ui::APP_TAGLINE), theme::size::BODY, palette::NAVY),
                ],
            ),
        ],
    )
}

/// A player's look, `side` logical px square: their animal on their badge (a coloured shape:
/// with sixteen animals on four badges, every child of a class finds their own, by shape as
/// well as by colour).
pub(crate) fn player_look(profile: &Profile, side: f32) -> impl Bundle {
    let badge = profile.badge.as_deref().unwrap_or(BADGES[0]);
    let animal = side * AVATAR_ON_BADGE;
    (
        Name::new(format!("look {}-{badge}", profile.avatar)),
        crate::art::picture(ArtKind::Avatar, badge_picture(badge)),
        Node {
            width: px(side),
            height: px(side),
            flex_shrink: 0.0,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        children![(
            crate::art::picture(ArtKind::Avatar, &profile.avatar),
            theme::sized(animal, animal),
        )],
    )
}

/// What a screen reader says for a player's card: their nickname (if they chose one), their
/// animal and their badge ("Lan, Fox, Yellow star").
fn look_name(profile: &Profile, t: &dyn Fn(&str) -> String) -> AccessibleLabel {
    let badge = profile.badge.as_deref().unwrap_or(BADGES[0]);
    let parts = [
        Some(profile.nickname.clone()),
        ui::avatar_name(&profile.avatar).map(t),
        ui::badge_name(badge).map(t),
    ];
    let said: Vec<String> = parts
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect();
    AccessibleLabel::new(said.join(", "))
}

/// A player's card: their animal and nickname (if they chose one); one tap to their map.
fn profile_card(fonts: &Fonts, profile: &Profile, name: AccessibleLabel) -> impl Bundle {
    (
        card_button(
            format!("profile-{}", profile.id),
            ButtonRole::Quiet,
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
        ),
        TitleAction::PickProfile(profile.id),
        name,
        children![
            player_look(profile, 104.0),
            theme::text(
                fonts,
                profile.nickname.clone(),
                theme::size::SMALL,
                palette::NAVY
            ),
        ],
    )
}

fn handle_title_actions(
    mut actions: MessageReader<TitleAction>,
    mut next: ResMut<NextState<Screen>>,
    mut progress: ResMut<ProgressRes>,
    mut page: ResMut<PlayerPage>,
) {
    for action in actions.read() {
        match action {
            TitleAction::ProfilePage(delta) => {
                let pages = progress
                    .progress
                    .profiles
                    .len()
                    .div_ceil(PLAYERS_PER_PAGE)
                    .max(1);
                page.0 = (page.0 as i32 + delta).rem_euclid(pages as i32) as usize;
            }
            TitleAction::GrownUps => next.set(Screen::GrownUps),
            TitleAction::NewProfile => next.set(Screen::NewProfile),
            TitleAction::PickProfile(id) => {
                progress.current = Some(*id);
                next.set(Screen::Map);
            }
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
        respawn(&mut commands, roots, spawn_title_screen);
    }
}
