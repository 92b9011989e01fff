//! Making a new player: pick an animal, pick the lessons (age band), optionally a nickname.
//! No real names are asked, ever.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::model::{ArtKind, Band};
use safekite_core::ui_messages as ui;

use super::{Action, GameButton, Screen, button, corner_back_button, screen_root, tr};
use crate::content::WordsRes;
use crate::progress::ProgressRes;
use crate::settings::CurrentLocale;
use crate::theme::{self, Fonts, palette};

/// The animals a player can be (the core validates saved avatars against the same list).
pub use safekite_core::progress::AVATARS;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Draft>()
        .add_systems(
            OnEnter(Screen::NewProfile),
            (reset_draft, spawn_new_profile_screen).chain(),
        )
        .add_systems(
            Update,
            handle_new_profile_actions.run_if(in_state(Screen::NewProfile)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            nickname_field.run_if(in_state(Screen::NewProfile)),
        );
}

/// The player being made.
#[derive(Resource, Debug, Clone)]
pub struct Draft {
    pub avatar: String,
    pub band: Band,
    pub nickname: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            avatar: AVATARS[0].to_string(),
            band: Band::Little,
            nickname: String::new(),
        }
    }
}

fn reset_draft(mut draft: ResMut<Draft>, progress: Res<ProgressRes>) {
    // Offer an animal nobody on this device has yet.
    let taken: Vec<&str> = progress
        .progress
        .profiles
        .iter()
        .map(|p| p.avatar.as_str())
        .collect();
    let avatar = AVATARS
        .iter()
        .find(|a| !taken.contains(a))
        .unwrap_or(&AVATARS[0]);
    *draft = Draft {
        avatar: avatar.to_string(),
        ..default()
    };
}

fn spawn_new_profile_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    draft: Res<Draft>,
) {
    let t = |id: &str| tr(&words, &locale, id);
    commands
        .spawn(screen_root("New player screen", Screen::NewProfile))
        .with_children(|p| {
            p.spawn(corner_back_button(&fonts, t(ui::BACK), 96.0));
            p.spawn(theme::bold(
                &fonts,
                t(ui::PROFILE_CHOOSE_AVATAR),
                theme::size::HEADING,
                palette::NAVY,
            ));
            p.spawn(Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                column_gap: px(14.0),
                row_gap: px(14.0),
                max_width: px(900.0),
                ..default()
            })
            .with_children(|row| {
                for a in AVATARS {
                    row.spawn((
                        Name::new(format!("avatar-{a}")),
                        Button,
                        Node {
                            width: px(104.0),
                            height: px(104.0),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border: UiRect::all(px(6.0)),
                            border_radius: BorderRadius::all(px(52.0)),
                            ..default()
                        },
                        BackgroundColor(palette::CREAM),
                        BorderColor::all(palette::NAVY.with_alpha(0.0)),
                        GameButton {
                            base: palette::CREAM,
                            selected: draft.avatar == a,
                        },
                        Action::PickAvatar(a.to_string()),
                        children![(
                            crate::art::picture(ArtKind::Avatar, a),
                            Node {
                                width: px(84.0),
                                height: px(84.0),
                                ..default()
                            },
                        )],
                    ));
                }
            });
            p.spawn(theme::bold(
                &fonts,
                t(ui::PROFILE_CHOOSE_BAND),
                theme::size::BODY,
                palette::NAVY,
            ));
            p.spawn(Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(16.0),
                ..default()
            })
            .with_children(|row| {
                for (band, id) in [
                    (Band::Little, ui::BAND_LITTLE),
                    (Band::Kids, ui::BAND_KIDS),
                    (Band::Teens, ui::BAND_TEENS),
                ] {
                    let mut b = row.spawn(button(
                        &fonts,
                        format!("band-{}", band.as_str()),
                        t(id),
                        Action::PickBand(band),
                        palette::CREAM,
                        96.0,
                    ));
                    b.insert(GameButton {
                        base: palette::CREAM,
                        selected: draft.band == band,
                    });
                }
            });
            // Room for the nickname field (drawn by egui on this spot, above the button).
            p.spawn((
                NicknameSlot,
                Node {
                    height: px(70.0),
                    width: px(640.0),
                    ..default()
                },
            ));
            p.spawn(button(
                &fonts,
                "create-profile",
                t(ui::PROFILE_CREATE),
                Action::CreateProfile,
                palette::ORANGE,
                96.0,
            ));
        });
}

fn handle_new_profile_actions(
    mut actions: MessageReader<Action>,
    mut draft: ResMut<Draft>,
    mut buttons: Query<(&Action, &mut GameButton)>,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            Action::PickAvatar(a) => draft.avatar = a.clone(),
            Action::PickBand(b) => draft.band = *b,
            Action::BackToTitle => next.set(Screen::Title),
            Action::CreateProfile => {
                let d = draft.clone();
                match progress
                    .progress
                    .add_profile(&d.avatar, &d.nickname, d.band)
                {
                    Ok(id) => {
                        progress.current = Some(id);
                        next.set(Screen::Map);
                    }
                    Err(e) => warn!("cannot add a player: {e:?}"),
                }
            }
            _ => continue,
        }
        for (a, mut b) in &mut buttons {
            let selected = match a {
                Action::PickAvatar(x) => *x == draft.avatar,
                Action::PickBand(x) => *x == draft.band,
                _ => continue,
            };
            if b.selected != selected {
                b.selected = selected;
            }
        }
    }
}

/// Where the nickname field goes on the screen.
#[derive(Component)]
struct NicknameSlot;

/// The optional nickname: a text field (egui), never a real name. It is drawn centred on its
/// slot in the Bevy UI layout, so it moves and scales with the rest of the screen.
fn nickname_field(
    mut contexts: EguiContexts,
    mut draft: ResMut<Draft>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    windows: Query<&Window>,
    slot: Query<&bevy::ui::UiGlobalTransform, With<NicknameSlot>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Ok(window), Ok(slot)) = (windows.single(), slot.single()) else {
        return Ok(());
    };
    // The slot's centre in physical pixels, in egui's points (logical pixels over its zoom).
    let centre = slot.translation / (window.scale_factor() * ctx.zoom_factor());
    egui::Area::new(egui::Id::new("nickname"))
        .pivot(egui::Align2::CENTER_CENTER)
        .fixed_pos(egui::pos2(centre.x, centre.y))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(words.words.text(&locale.0, ui::PROFILE_NICKNAME))
                        .size(20.0)
                        .color(egui::Color32::from_rgb(2, 48, 71)),
                );
                let mut name = draft.nickname.clone();
                let edit = egui::TextEdit::singleline(&mut name)
                    // The core cuts at 40 grapheme clusters; one can be several characters.
                    .char_limit(safekite_core::progress::MAX_NICKNAME_GRAPHEMES * 8)
                    .desired_width(320.0)
                    .hint_text(words.words.text(&locale.0, ui::PROFILE_NICKNAME_HINT));
                if ui.add(edit).changed() {
                    draft.nickname = name;
                }
            });
        });
    Ok(())
}
