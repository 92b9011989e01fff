//! Making a new player: pick an animal, pick the lessons (age band), optionally a nickname.
//! No real names are asked, ever.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::model::{ArtKind, Band};
use safekite_core::ui_messages as ui;

use super::{Screen, button, button_actions, corner_back_button, screen_root, tr};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::theme::{self, ButtonLook, ButtonRole, Fonts, card_button, palette};

/// The animals a player can be (the core validates saved avatars against the same list).
pub(crate) use safekite_core::progress::AVATARS;
use safekite_core::progress::unused_look;

/// What the new-player screen's buttons do.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum NewProfileAction {
    PickAvatar(String),
    PickBand(Band),
    /// Make the player and go to their lesson map.
    CreateProfile,
    /// Back to the title, making nobody.
    BackToTitle,
}

pub(super) fn plugin(app: &mut App) {
    button_actions::<NewProfileAction>(app);
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
pub(crate) struct Draft {
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
    // Offer the animal of a look nobody on this device has yet (its badge comes with it).
    let (avatar, _) = unused_look(&progress.progress.profiles);
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
            p.spawn(corner_back_button(
                &fonts,
                t(ui::BACK),
                96.0,
                NewProfileAction::BackToTitle,
            ));
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
                // Sixteen animals in two rows of eight.
                max_width: px(960.0),
                ..default()
            })
            .with_children(|row| {
                for a in AVATARS {
                    row.spawn((
                        card_button(
                            format!("avatar-{a}"),
                            ButtonLook::new(ButtonRole::Quiet).selected(draft.avatar == a),
                            Node {
                                width: px(104.0),
                                height: px(104.0),
                                justify_content: JustifyContent::Center,
                                align_items: AlignItems::Center,
                                border: UiRect::all(px(6.0)),
                                border_radius: BorderRadius::all(px(52.0)),
                                ..default()
                            },
                        ),
                        NewProfileAction::PickAvatar(a.to_string()),
                        // A picture only: a screen reader says the animal's name.
                        AccessibleLabel::new(ui::avatar_name(a).map(&t).unwrap_or_default()),
                        children![(
                            crate::art::picture(ArtKind::Avatar, a),
                            theme::sized(84.0, 84.0),
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
                        NewProfileAction::PickBand(band),
                        ButtonRole::Quiet,
                        96.0,
                    ));
                    b.insert(ButtonLook::new(ButtonRole::Quiet).selected(draft.band == band));
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
                NewProfileAction::CreateProfile,
                ButtonRole::Main,
                96.0,
            ));
        });
}

fn handle_new_profile_actions(
    mut actions: MessageReader<NewProfileAction>,
    mut draft: ResMut<Draft>,
    mut buttons: Query<(&NewProfileAction, &mut ButtonLook)>,
    mut progress: ResMut<ProgressRes>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            NewProfileAction::PickAvatar(a) => draft.avatar = a.clone(),
            NewProfileAction::PickBand(b) => draft.band = *b,
            NewProfileAction::BackToTitle => next.set(Screen::Title),
            NewProfileAction::CreateProfile => {
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
        }
        for (a, mut b) in &mut buttons {
            let selected = match a {
                NewProfileAction::PickAvatar(x) => *x == draft.avatar,
                NewProfileAction::PickBand(x) => *x == draft.band,
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
