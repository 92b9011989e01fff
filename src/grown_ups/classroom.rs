//! The classroom page: the teacher's classes (a name, an age band, a school year and a count of
//! children, never a roster), one class opened with its sessions and its sticker board, today's
//! lessons picked and the session started on the projector; the class's check questions (before
//! and after each lesson, after only, or off) and which of the device's players belong to it;
//! and deleting a class's records.

use bevy::prelude::*;
use bevy::window::{MonitorSelection, WindowMode};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, EguiTextureHandle, egui};
use safekite_core::ids::MessageId;
use safekite_core::learning::CheckMode;
use safekite_core::model::Band;
use safekite_core::model::Lesson;
use safekite_core::progress::Profile;
use safekite_core::ui_messages as ui;
use safekite_records::classes::Class;
use safekite_records::xapi::verbs;
use std::collections::BTreeSet;
use std::sync::Arc;
use uuid::Uuid;

use super::parents::player_name;
use super::quiz::{self, QuizMode};
use super::{Area, Go, Say, big_button, heading_with_back, page};
use crate::content::{LessonStatus, Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::records::{ClassBookRes, ClassSession, Records};
use crate::screens::Screen;
use crate::screens::map::ChosenLesson;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ClassroomAction>()
        .init_resource::<ClassroomPage>()
        .add_systems(Update, handle_classroom_actions)
        .add_systems(
            EguiPrimaryContextPass,
            classroom_ui.run_if(in_state(Area::Classroom)),
        );
}

/// What the classroom page does.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum ClassroomAction {
    CreateClass {
        name: String,
        band: Band,
        school_year: String,
        child_count: u32,
    },
    /// Play these lessons with the whole class, on the projector.
    StartSession { class: Uuid, lessons: Vec<String> },
    /// Delete every record of the class (its sessions and plays).
    DeleteClassRecords(Uuid),
    /// "Rung chuông vàng" with the checks of these lessons (none: the class's whole band).
    StartQuiz {
        class: Uuid,
        lessons: Vec<String>,
        mode: QuizMode,
    },
    /// Which check questions the class's children are asked.
    SetChecks { class: Uuid, mode: CheckMode },
    /// Player `player` of this device is in `class` (or in none).
    SetPlayerClass { player: u32, class: Option<Uuid> },
}

/// What the page remembers between frames: the form, the class open, the lessons ticked.
#[derive(Resource, Debug)]
pub struct ClassroomPage {
    pub open: Option<Uuid>,
    new_name: String,
    new_band: Band,
    new_year: String,
    new_size: u32,
    picked: BTreeSet<String>,
    quiz_mode: QuizMode,
    confirm_delete: bool,
    /// How many records the last deletion removed, or why it could not (shown on the list of
    /// classes, where the teacher lands after it).
    pub notice: Option<Result<usize, String>>,
}

impl Default for ClassroomPage {
    fn default() -> Self {
        ClassroomPage {
            open: None,
            new_name: String::new(),
            new_band: Band::Kids,
            new_year: school_year_now(),
            new_size: 30,
            picked: BTreeSet::new(),
            quiz_mode: QuizMode::Elimination,
            confirm_delete: false,
            notice: None,
        }
    }
}

impl ClassroomPage {
    /// Ticks a lesson for today's session (the tour, a teacher's shortcut).
    pub fn tick(&mut self, lesson: &str) {
        self.picked.insert(lesson.to_string());
    }
}

/// The school year under way: "2026-2027" from September 2026 to August 2027.
pub fn school_year_now() -> String {
    use chrono::Datelike;
    let today = chrono::Local::now().date_naive();
    let first = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    format!("{first}-{}", first + 1)
}

fn handle_classroom_actions(
    mut actions: MessageReader<ClassroomAction>,
    mut book: Option<ResMut<ClassBookRes>>,
    mut records: Option<ResMut<Records>>,
    mut page: ResMut<ClassroomPage>,
    mut commands: Commands,
    mut screen: ResMut<NextState<Screen>>,
    mut progress: ResMut<ProgressRes>,
    mut windows: Query<&mut Window>,
    (library, mut area): (Res<Library>, ResMut<NextState<Area>>),
) {
    for action in actions.read() {
        let Some(book) = book.as_deref_mut() else {
            return;
        };
        match action {
            ClassroomAction::CreateClass {
                name,
                band,
                school_year,
                child_count,
            } => {
                let class = Class {
                    id: Uuid::new_v4(),
                    name: name.trim().to_string(),
                    band: band.as_str().to_string(),
                    school_year: school_year.clone(),
                    child_count: *child_count,
                    checks: Default::default(),
                };
                page.open = Some(class.id);
                book.book.classes.push(class);
                book.save();
            }
            ClassroomAction::SetChecks { class, mode } => {
                if let Some(c) = book.book.classes.iter_mut().find(|c| c.id == *class) {
                    c.checks = *mode;
                    book.save();
                }
            }
            ClassroomAction::SetPlayerClass { player, class } => {
                if let Some(p) = progress
                    .progress
                    .profiles
                    .iter_mut()
                    .find(|p| p.id == *player)
                {
                    p.class = class.map(|c| c.to_string());
                }
            }
            ClassroomAction::StartSession { class, lessons } => {
                let Some(class) = book.book.class(*class).cloned() else {
                    continue;
                };
                let Some(first) = lessons.first() else {
                    continue;
                };
                info!("class session: {} plays {lessons:?}", class.name);
                commands.insert_resource(ChosenLesson(first.clone()));
                commands.insert_resource(ClassSession::start(class, lessons.clone()));
                progress.current = None;
                fill_the_projector(&mut windows);
                screen.set(Screen::Player);
            }
            ClassroomAction::StartQuiz {
                class,
                lessons,
                mode,
            } => {
                let Some(class) = book.book.class(*class).cloned() else {
                    continue;
                };
                let chosen = quiz_lessons(&library, &class.band, lessons);
                let ids = chosen.iter().map(|l| l.id.clone()).collect();
                quiz::start_quiz(
                    &mut commands,
                    ClassSession::start(class, ids),
                    &chosen,
                    *mode,
                );
                fill_the_projector(&mut windows);
                area.set(Area::Quiz);
            }
            ClassroomAction::DeleteClassRecords(class) => {
                let deleted = records
                    .as_deref_mut()
                    .map_or(Ok(0), |r| r.delete_class(*class));
                let sessions = book.book.sessions_of(*class).len();
                // The class goes too, with its sessions: nothing of it is left on the device.
                book.book.remove_class(*class);
                book.save();
                page.open = None;
                page.notice = Some(deleted.map(|n| n + sessions));
                page.confirm_delete = false;
            }
        }
    }
}

fn classroom_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut page_state: ResMut<ClassroomPage>,
    book: Option<Res<ClassBookRes>>,
    records: Option<Res<Records>>,
    library: Res<Library>,
    assets: Res<AssetServer>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<ClassroomAction>,
    progress: Res<ProgressRes>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let Some(book) = book else { return Ok(()) };
    let stickers = page_state
        .open
        .map(|c| class_stickers(c, records.as_deref(), &library))
        .unwrap_or_default();
    let sticker_images: Vec<egui::TextureId> = stickers
        .iter()
        .map(|name| {
            let handle = assets.load(format!("art/stickers/{name}.png"));
            contexts.add_image(EguiTextureHandle::Strong(handle))
        })
        .collect();
    let ctx = contexts.ctx_mut()?;
    let state = &mut *page_state;
    page(ctx, "classroom", |ui| {
        heading_with_back(ui, &say, &say.t(ui::HOME_CLASSROOM), &mut go, Area::Home);
        match state.open.and_then(|id| book.book.class(id)) {
            Some(class) => {
                let lessons = lessons_of_band(&library, &class.band);
                one_class(
                    ui,
                    &say,
                    class,
                    &book,
                    state,
                    &lessons,
                    &sticker_images,
                    &mut actions,
                );
                ui.add_space(24.0);
                checks_part(ui, &say, class, &progress.progress.profiles, &mut actions);
            }
            None => class_list(ui, &say, &book, state, &mut actions),
        }
    });
    Ok(())
}

/// A class session fills the screen (the teacher's attendance puts the window back).
fn fill_the_projector(windows: &mut Query<&mut Window>) {
    for mut window in windows {
        window.mode = WindowMode::BorderlessFullscreen(MonitorSelection::Current);
    }
}

/// The lessons a quiz asks about: those ticked, or every lesson of the band with checks.
fn quiz_lessons(library: &Library, band: &str, ticked: &[String]) -> Vec<Arc<Lesson>> {
    lessons_of_band(library, band)
        .into_iter()
        .filter(|(id, _)| ticked.is_empty() || ticked.contains(id))
        .filter_map(|(id, _)| library.lesson(&id).cloned())
        .filter(|l| !l.checks.is_empty())
        .collect()
}

/// The lessons of a band that can be played, as (id, title message id), in the index's order.
fn lessons_of_band(library: &Library, band: &str) -> Vec<(String, MessageId)> {
    library
        .lessons
        .iter()
        .filter_map(|e| match &e.status {
            LessonStatus::Ready(l) if l.band.as_str() == band => {
                Some((l.id.clone(), l.title.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The stickers a class earned together: the lessons it finished well, in the order finished.
pub fn class_stickers(class: Uuid, records: Option<&Records>, library: &Library) -> Vec<String> {
    let id = class.to_string();
    let mut seen = BTreeSet::new();
    records
        .map(|r| r.statements())
        .unwrap_or_default()
        .iter()
        .filter(|s| s.actor_is_class() && s.actor_id() == Some(id.as_str()))
        .filter(|s| s.verb.id == verbs::COMPLETED)
        .filter(|s| s.result.as_ref().and_then(|r| r.success) == Some(true))
        .filter_map(|s| s.context_str(safekite_records::xapi::ext::LESSON))
        .filter(|lesson| seen.insert(lesson.to_string()))
        .filter_map(|lesson| library.lesson(lesson).map(|l| l.sticker.picture.clone()))
        .collect()
}

fn class_list(
    ui: &mut egui::Ui,
    say: &Say,
    book: &ClassBookRes,
    state: &mut ClassroomPage,
    actions: &mut MessageWriter<ClassroomAction>,
) {
    ui.label(say.t(ui::CLASSROOM_INTRO));
    match &state.notice {
        Some(Ok(n)) => {
            ui.label(say.t_with(ui::CLASS_DELETED, &[("count", n.to_string())]));
        }
        Some(Err(why)) => {
            ui.label(say.t_with(ui::RECORDS_FAILED, &[("why", why.clone())]));
        }
        None => {}
    }
    ui.add_space(12.0);
    if book.book.classes.is_empty() {
        ui.label(say.t(ui::CLASSROOM_NONE));
    }
    for class in &book.book.classes {
        ui.horizontal(|ui| {
            let sessions = book.book.sessions_of(class.id).len();
            let line = format!(
                "{} · {} · {} · {}",
                class.name,
                say.t(band_message(&class.band)),
                class.school_year,
                say.t_with(ui::CLASS_SESSIONS, &[("count", sessions.to_string())])
            );
            if ui
                .add(egui::Button::new(say.t(ui::CLASS_OPEN)).min_size(egui::vec2(100.0, 52.0)))
                .clicked()
            {
                state.open = Some(class.id);
                state.picked.clear();
                state.notice = None;
            }
            ui.label(line);
        });
    }
    ui.add_space(24.0);
    new_class_form(ui, say, state, actions);
}

/// The band's name message (`band-3-6`, ...).
pub fn band_message(band: &str) -> &'static str {
    match band {
        "3-6" => ui::BAND_LITTLE,
        "11-15" => ui::BAND_TEENS,
        _ => ui::BAND_KIDS,
    }
}

fn new_class_form(
    ui: &mut egui::Ui,
    say: &Say,
    state: &mut ClassroomPage,
    actions: &mut MessageWriter<ClassroomAction>,
) {
    ui.heading(say.t(ui::CLASSROOM_NEW));
    egui::Grid::new("new-class")
        .num_columns(2)
        .spacing([24.0, 16.0])
        .show(ui, |ui| {
            ui.label(say.t(ui::CLASS_NAME));
            ui.add(
                egui::TextEdit::singleline(&mut state.new_name)
                    .char_limit(40)
                    .hint_text("Lớp 2A"),
            );
            ui.end_row();
            ui.label(say.t(ui::CLASS_BAND));
            ui.horizontal(|ui| {
                for band in [Band::Little, Band::Kids, Band::Teens] {
                    let label = say.t(band_message(band.as_str()));
                    if ui.selectable_label(state.new_band == band, label).clicked() {
                        state.new_band = band;
                    }
                }
            });
            ui.end_row();
            ui.label(say.t(ui::CLASS_YEAR));
            ui.add(egui::TextEdit::singleline(&mut state.new_year).char_limit(9));
            ui.end_row();
            ui.label(say.t(ui::CLASS_SIZE));
            ui.add(egui::DragValue::new(&mut state.new_size).range(1..=80));
            ui.end_row();
        });
    ui.add_space(12.0);
    let named = !state.new_name.trim().is_empty();
    if big_button(ui, say.t(ui::CLASS_CREATE)).clicked() && named {
        actions.write(ClassroomAction::CreateClass {
            name: std::mem::take(&mut state.new_name),
            band: state.new_band,
            school_year: state.new_year.clone(),
            child_count: state.new_size,
        });
    }
    if !named {
        ui.label(say.t(ui::CLASS_NAME_NEEDED));
    }
}

fn one_class(
    ui: &mut egui::Ui,
    say: &Say,
    class: &Class,
    book: &ClassBookRes,
    state: &mut ClassroomPage,
    lessons: &[(String, MessageId)],
    stickers: &[egui::TextureId],
    actions: &mut MessageWriter<ClassroomAction>,
) {
    ui.heading(format!(
        "{} · {} · {}",
        class.name,
        say.t(band_message(&class.band)),
        class.school_year
    ));
    let sessions = book.book.sessions_of(class.id).len();
    ui.label(say.t_with(ui::CLASS_SESSIONS, &[("count", sessions.to_string())]));
    ui.add_space(12.0);
    sticker_board(ui, say, stickers);
    ui.add_space(16.0);
    ui.label(egui::RichText::new(say.t(ui::CLASS_PICK_LESSONS)).strong());
    for (id, title) in lessons {
        let mut ticked = state.picked.contains(id);
        if ui.checkbox(&mut ticked, say.t(title.as_str())).changed() {
            if ticked {
                state.picked.insert(id.clone());
            } else {
                state.picked.remove(id);
            }
        }
    }
    ui.add_space(12.0);
    let today: Vec<String> = lessons
        .iter()
        .filter(|(id, _)| state.picked.contains(id))
        .map(|(id, _)| id.clone())
        .collect();
    let start = egui::Button::new(egui::RichText::new(say.t(ui::CLASS_START)).size(26.0))
        .min_size(egui::vec2(320.0, 72.0));
    if ui.add_enabled(!today.is_empty(), start).clicked() {
        actions.write(ClassroomAction::StartSession {
            class: class.id,
            lessons: today.clone(),
        });
    }
    ui.add_space(24.0);
    quiz_part(ui, say, class, state, &today, actions);
    ui.add_space(32.0);
    delete_records(ui, say, class, state, actions);
}

/// The class's check questions (before and after, after only, off) and which of this
/// device's players belong to the class (so the choice applies to them).
fn checks_part(
    ui: &mut egui::Ui,
    say: &Say,
    class: &Class,
    players: &[Profile],
    actions: &mut MessageWriter<ClassroomAction>,
) {
    ui.label(egui::RichText::new(say.t(ui::CLASS_CHECKS)).strong());
    ui.horizontal_wrapped(|ui| {
        for (mode, label) in [
            (CheckMode::BeforeAndAfter, ui::CLASS_CHECKS_BEFORE_AND_AFTER),
            (CheckMode::AfterOnly, ui::CLASS_CHECKS_AFTER_ONLY),
            (CheckMode::Off, ui::CLASS_CHECKS_OFF),
        ] {
            if ui.radio(class.checks == mode, say.t(label)).clicked() {
                actions.write(ClassroomAction::SetChecks {
                    class: class.id,
                    mode,
                });
            }
        }
    });
    ui.add_space(8.0);
    ui.label(say.t(ui::CLASS_PLAYERS));
    if players.is_empty() {
        ui.label(say.t(ui::CLASS_NO_PLAYERS));
    }
    let id = class.id.to_string();
    ui.horizontal_wrapped(|ui| {
        for p in players {
            let mut inside = p.class.as_deref() == Some(id.as_str());
            if ui.checkbox(&mut inside, player_name(say, p)).changed() {
                actions.write(ClassroomAction::SetPlayerClass {
                    player: p.id,
                    class: inside.then_some(class.id),
                });
            }
        }
    });
}

fn quiz_part(
    ui: &mut egui::Ui,
    say: &Say,
    class: &Class,
    state: &mut ClassroomPage,
    today: &[String],
    actions: &mut MessageWriter<ClassroomAction>,
) {
    ui.label(egui::RichText::new(format!("🔔 {}", say.t(ui::QUIZ_TITLE))).strong());
    ui.label(say.t(ui::QUIZ_HINT));
    ui.horizontal(|ui| {
        for (mode, id) in [
            (QuizMode::Elimination, ui::QUIZ_MODE_ELIMINATION),
            (QuizMode::Scoring, ui::QUIZ_MODE_SCORING),
        ] {
            if ui
                .selectable_label(state.quiz_mode == mode, say.t(id))
                .clicked()
            {
                state.quiz_mode = mode;
            }
        }
    });
    if big_button(ui, say.t(ui::QUIZ_START)).clicked() {
        actions.write(ClassroomAction::StartQuiz {
            class: class.id,
            lessons: today.to_vec(),
            mode: state.quiz_mode,
        });
    }
}

fn sticker_board(ui: &mut egui::Ui, say: &Say, stickers: &[egui::TextureId]) {
    ui.label(egui::RichText::new(say.t(ui::CLASS_STICKERS)).strong());
    if stickers.is_empty() {
        ui.label(say.t(ui::CLASS_NO_STICKERS));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for texture in stickers {
            ui.add(egui::Image::new((*texture, egui::vec2(96.0, 96.0))));
        }
    });
}

fn delete_records(
    ui: &mut egui::Ui,
    say: &Say,
    class: &Class,
    state: &mut ClassroomPage,
    actions: &mut MessageWriter<ClassroomAction>,
) {
    if !state.confirm_delete {
        if ui.button(say.t(ui::CLASS_DELETE_RECORDS)).clicked() {
            state.confirm_delete = true;
        }
    } else if ui
        .add(
            egui::Button::new(say.t(ui::CLASS_DELETE_CONFIRM))
                .fill(egui::Color32::from_rgb(0xf4, 0xc7, 0xb8)),
        )
        .clicked()
    {
        actions.write(ClassroomAction::DeleteClassRecords(class.id));
    }
}
