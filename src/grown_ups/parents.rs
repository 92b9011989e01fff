//! The parents' corner: for each player on the device, the lessons done, each with its tip for
//! the grown-up and its conversation starter (on the end screen only once before); "If your child
//! tells you something": what to say, what to do and what not to do, per situation, with a short
//! rehearsal of answering calmly where there is one; and where to get help (111, the school, the
//! app's report button, the police). Words in `locales/<lang>/parents.ftl`.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ui_messages as ui;

use super::{Area, Go, Say, big_button, heading_with_back, page};
use crate::content::{Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::screens::Screen;
use crate::screens::map::ChosenLesson;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ParentsAction>()
        .add_systems(Update, handle_parents_actions)
        .add_systems(OnEnter(Screen::Map), back_to_the_corner_after_a_rehearsal)
        .add_systems(
            EguiPrimaryContextPass,
            parents_ui.run_if(in_state(Area::Parents)),
        );
}

/// The situations of "If your child tells you something", in order, each with the grown-ups'
/// rehearsal that practises it (a lesson of the `grown-ups` band), if any.
pub const SITUATIONS: &[(&str, Option<&str>)] = &[
    ("stranger", Some("calm-online-friend")),
    ("photo", Some("calm-photo-requests")),
    ("mean", Some("calm-mean-every-day")),
    ("scary", Some("calm-upsetting-video")),
    ("prize", Some("calm-prize-address")),
    ("spending", Some("calm-game-spending")),
    ("password", None),
    ("shared-picture", None),
    ("threat", None),
];

/// The message ids of one situation: title, what to say, what to do, what not to do.
pub fn situation_messages(slug: &str) -> [String; 4] {
    ["title", "say", "do", "avoid"].map(|part| format!("parents-{slug}-{part}"))
}

/// The corner's other messages.
pub const HELP_MESSAGES: &[&str] = &[
    "parents-help-111",
    "parents-help-school",
    "parents-help-platform",
    "parents-help-police",
];

/// What the parents' corner does.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum ParentsAction {
    /// Play a grown-ups' rehearsal (a lesson id), then come back here.
    Rehearse(String),
}

/// A grown-up is rehearsing: the end of the lesson comes back to the corner.
#[derive(Resource)]
struct Rehearsing;

fn handle_parents_actions(
    mut actions: MessageReader<ParentsAction>,
    mut commands: Commands,
    mut progress: ResMut<ProgressRes>,
    mut screen: ResMut<NextState<Screen>>,
) {
    for ParentsAction::Rehearse(lesson) in actions.read() {
        commands.insert_resource(ChosenLesson(lesson.clone()));
        commands.insert_resource(Rehearsing);
        progress.current = None;
        screen.set(Screen::Player);
    }
}

fn back_to_the_corner_after_a_rehearsal(
    rehearsing: Option<Res<Rehearsing>>,
    mut commands: Commands,
    mut screen: ResMut<NextState<Screen>>,
    mut area: ResMut<NextState<Area>>,
) {
    if rehearsing.is_some() {
        commands.remove_resource::<Rehearsing>();
        screen.set(Screen::GrownUps);
        area.set(Area::Parents);
    }
}

fn parents_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    progress: Res<ProgressRes>,
    library: Res<Library>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<ParentsAction>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    page(ctx, "parents", |ui| {
        heading_with_back(ui, &say, &say.t("parents-title"), &mut go, Area::Home);
        ui.label(say.t("parents-intro"));
        ui.add_space(16.0);
        lessons_done(ui, &say, &progress, &library);
        ui.add_space(16.0);
        ui.heading(say.t("parents-tells-title"));
        for (slug, rehearsal) in SITUATIONS {
            situation(ui, &say, slug, *rehearsal, &library, &mut actions);
        }
        ui.add_space(16.0);
        ui.heading(say.t("parents-help-title"));
        for id in HELP_MESSAGES {
            ui.label(format!("• {}", say.t(id)));
        }
        ui.add_space(24.0);
        if big_button(ui, say.t("parents-back")).clicked() {
            go.write(Go(Some(Area::Home)));
        }
    });
    Ok(())
}

/// Each player's finished lessons, with the tip and the conversation starter.
fn lessons_done(ui: &mut egui::Ui, say: &Say, progress: &ProgressRes, library: &Library) {
    ui.heading(say.t("parents-lessons-title"));
    let done: Vec<_> = progress
        .progress
        .profiles
        .iter()
        .filter(|p| !p.lessons_done.is_empty())
        .collect();
    if done.is_empty() {
        ui.label(say.t("parents-lessons-none"));
    }
    let only_one = done.len() == 1;
    for profile in done {
        let who = player_name(say, profile);
        egui::CollapsingHeader::new(egui::RichText::new(who).strong())
            .id_salt(("player", profile.id))
            .default_open(only_one)
            .show(ui, |ui| {
                for lesson in profile
                    .lessons_done
                    .iter()
                    .filter_map(|id| library.lesson(id))
                {
                    ui.label(egui::RichText::new(say.t(lesson.title.as_str())).strong());
                    ui.label(format!(
                        "{}: {}",
                        say.t("parents-tip-label"),
                        say.t(lesson.parent_tip.as_str())
                    ));
                    ui.label(format!(
                        "{}: {}",
                        say.t("parents-starter-label"),
                        say.t(lesson.conversation_starter.as_str())
                    ));
                    ui.add_space(8.0);
                }
            });
    }
}

/// A player as a grown-up knows them: the nickname, else "Player 3".
pub(crate) fn player_name(say: &Say, profile: &safekite_core::progress::Profile) -> String {
    if profile.nickname.is_empty() {
        say.t_with(ui::RECORDS_PLAYER_NUMBER, &[("n", profile.id.to_string())])
    } else {
        profile.nickname.clone()
    }
}

fn situation(
    ui: &mut egui::Ui,
    say: &Say,
    slug: &str,
    rehearsal: Option<&str>,
    library: &Library,
    actions: &mut MessageWriter<ParentsAction>,
) {
    let [title, say_id, do_id, avoid] = situation_messages(slug);
    egui::CollapsingHeader::new(egui::RichText::new(say.t(&title)).size(24.0))
        .id_salt(("situation", slug))
        // The first is open: a parent sees at once what each holds.
        .default_open(slug == SITUATIONS[0].0)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(say.t(&say_id)).italics());
            ui.label(say.t(&do_id));
            ui.label(say.t(&avoid));
            if let Some(lesson) = rehearsal.filter(|l| library.lesson(l).is_some())
                && ui.button(say.t("parents-rehearse")).clicked()
            {
                actions.write(ParentsAction::Rehearse(lesson.to_string()));
            }
        });
}
