//! The grown-ups' area, behind the gate: a sub-state of [`Screen::GrownUps`] with its pages
//! (the gate, home, settings, the classroom, records and the report, the parents' corner, the
//! recorder), drawn
//! with egui, and the teacher's panels over the lesson player during a class session (the vote,
//! the end of a lesson, the attendance). Each page draws itself and sends its verbs as messages;
//! the systems that act on them run whether or not anything is drawn (so tests drive them).

mod classroom;
mod gate;
mod home;
pub mod parents;
mod print_page;
pub mod quiz;
mod recorder_page;
mod records_page;
mod settings;
mod teacher;
#[cfg(target_arch = "wasm32")]
mod text_input;

use bevy::prelude::*;
use bevy_egui::egui;

use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::screens::Screen;

pub use classroom::{ClassroomAction, ClassroomPage, school_year_now};
pub use gate::{GateAction, GateRes};
pub use print_page::{PrintAction, Printout};
pub use recorder_page::{
    PackNotice, Phase as RecorderPhase, RecorderAction, RecorderPage, Removal,
};
pub use records_page::RecordsAction;
pub use teacher::{TeacherAction, VoteTally};

pub(super) fn plugin(app: &mut App) {
    app.add_sub_state::<Area>()
        .add_message::<Go>()
        .add_systems(Update, go_where_asked)
        .add_plugins((
            gate::plugin,
            home::plugin,
            settings::plugin,
            classroom::plugin,
            records_page::plugin,
            recorder_page::plugin,
            parents::plugin,
            print_page::plugin,
            quiz::plugin,
            teacher::plugin,
        ));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(text_input::plugin);
}

/// Where the grown-up is in their area.
#[derive(SubStates, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[source(Screen = Screen::GrownUps)]
pub enum Area {
    /// Hold, then answer: nothing else is reachable before.
    #[default]
    Gate,
    Home,
    Settings,
    Classroom,
    Records,
    Parents,
    /// The end of a class session: who came.
    Attendance,
    /// "Rung chuông vàng", the class quiz on the projector.
    Quiz,
    /// Storybooks, choice cards, the letter home, the family agreement.
    Print,
    /// Recording the spoken lines in a grown-up's voice.
    Recorder,
}

/// Go to another page of the area (or, with `None`, back to the title: the gate closes).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Go(pub Option<Area>);

fn go_where_asked(
    mut go: MessageReader<Go>,
    mut area: ResMut<NextState<Area>>,
    mut screen: ResMut<NextState<Screen>>,
    current: Option<Res<State<Area>>>,
) {
    for Go(to) in go.read() {
        match to {
            // Only an open gate leads anywhere inside.
            Some(to) if current.as_ref().is_some_and(|a| *a.get() != Area::Gate) => {
                area.set(*to);
            }
            Some(_) => warn!("the gate is closed"),
            None => screen.set(Screen::Title),
        }
    }
}

/// The words of the current language (`t(id)`, `t_with(id, args)`).
pub(crate) struct Say<'a> {
    pub words: &'a WordsRes,
    pub locale: &'a CurrentLocale,
}

impl Say<'_> {
    pub fn t(&self, id: &str) -> String {
        self.words.words.text(&self.locale.0, id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue)> = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<f64>() {
                    Ok(n) => fluent_bundle::FluentValue::from(n),
                    Err(_) => fluent_bundle::FluentValue::from(v.clone()),
                };
                (*k, value)
            })
            .collect();
        self.words
            .words
            .get_with(&self.locale.0, id, &args)
            .unwrap_or_else(|| format!("[{id}]"))
    }
}

/// The cream page every grown-ups' screen is drawn on, scrolling when it is taller than the
/// window.
pub(crate) fn page(ctx: &egui::Context, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(egui::Color32::from_rgb(0xff, 0xf4, 0xe0))
                .inner_margin(40.0),
        )
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, add);
        });
}

/// A big, easy button.
pub(crate) fn big_button(ui: &mut egui::Ui, label: impl Into<egui::WidgetText>) -> egui::Response {
    ui.add(egui::Button::new(label).min_size(egui::vec2(200.0, 64.0)))
}

/// A small page heading with a "Back" button before it.
pub(crate) fn heading_with_back(
    ui: &mut egui::Ui,
    say: &Say,
    title: &str,
    go: &mut MessageWriter<Go>,
    back: Area,
) {
    ui.horizontal(|ui| {
        if ui
            .add(
                egui::Button::new(say.t(safekite_core::ui_messages::BACK))
                    .min_size(egui::vec2(120.0, 56.0)),
            )
            .clicked()
        {
            go.write(Go(Some(back)));
        }
        ui.add_space(16.0);
        ui.heading(title);
    });
    ui.add_space(12.0);
}
