//! Records and the yearly report: how many records the device keeps; "Make the report" for a
//! school year and the whole school or one class (the same A4 HTML and CSV as
//! `safekite-records report`, written to the documents folder natively, downloaded in the
//! browser); "Export records" (an xAPI JSON array); and one player's records exported, then
//! deleted (a parent's right).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ids::MessageId;
use safekite_core::ui_messages as ui;
use safekite_records::files::export_json;
use safekite_records::render::{Writer, csv, html};
use safekite_records::report::{Figures, ReportOptions, Tally, figures, parse_school_year};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

use super::classroom::school_year_now;
use super::{Area, Go, Say, big_button, heading_with_back, page};
use crate::content::{LessonStatus, Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::platform::{ExportFolder, save_for_grown_up};
use crate::progress::ProgressRes;
use crate::records::{ClassBookRes, Records, today};
use crate::theme::Fonts;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RecordsAction>()
        .init_resource::<RecordsPage>()
        .add_systems(Update, handle_records_actions)
        .add_systems(
            EguiPrimaryContextPass,
            records_ui.run_if(in_state(Area::Records)),
        );
}

/// What the records page does.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum RecordsAction {
    /// The yearly report for `year` ("2025-2026"), for one class or the whole school.
    MakeReport { year: String, class: Option<Uuid> },
    /// Every statement, as an xAPI JSON array.
    Export,
    /// One player's records, exported then deleted from the device.
    ExportAndDeletePlayer(u32),
}

/// The page's fields and what happened last.
#[derive(Resource, Debug)]
pub struct RecordsPage {
    year: String,
    class: Option<Uuid>,
    /// Where the last file went, or why it did not (shown to the grown-up).
    pub notice: Option<Result<String, String>>,
    /// The figures on screen, and what they were counted for (statements, year, class).
    summary: Option<((usize, String, Option<Uuid>), Figures)>,
}

impl Default for RecordsPage {
    fn default() -> Self {
        RecordsPage {
            year: school_year_now(),
            class: None,
            notice: None,
            summary: None,
        }
    }
}

/// Everything the records page's actions need.
#[derive(bevy::ecs::system::SystemParam)]
struct ReportInputs<'w> {
    records: Option<ResMut<'w, Records>>,
    progress: ResMut<'w, ProgressRes>,
    words: Res<'w, WordsRes>,
    library: Res<'w, Library>,
    export: Option<Res<'w, ExportFolder>>,
    fonts: Option<Res<'w, Fonts>>,
    font_assets: Res<'w, Assets<Font>>,
}

fn handle_records_actions(
    mut actions: MessageReader<RecordsAction>,
    mut inputs: ReportInputs,
    mut page: ResMut<RecordsPage>,
) {
    for action in actions.read() {
        let out = inputs
            .export
            .as_deref()
            .map_or_else(|| ".".into(), |e| e.0.clone());
        page.notice = Some(match action {
            RecordsAction::MakeReport { year, class } => make_report(&inputs, &out, year, *class),
            RecordsAction::Export => export_all(&inputs, &out),
            RecordsAction::ExportAndDeletePlayer(id) => export_and_delete(&mut inputs, &out, *id),
        });
        info!("records: {:?}", page.notice);
    }
}

fn make_report(
    inputs: &ReportInputs,
    out: &std::path::Path,
    year: &str,
    class: Option<Uuid>,
) -> Result<String, String> {
    let first_year = parse_school_year(year)?;
    let statements = inputs
        .records
        .as_deref()
        .map_or(&[][..], |r| r.statements());
    let settings = &inputs.progress.progress.settings;
    let mut options = ReportOptions::school_year(&settings.school_name, first_year, made_on());
    options.classes = class.map(|c| BTreeSet::from([c.to_string()]));
    let words = &inputs.words.words;
    let titles: BTreeMap<String, MessageId> = inputs
        .library
        .lessons
        .iter()
        .filter_map(|e| match &e.status {
            LessonStatus::Ready(l) => Some((l.id.clone(), l.title.clone())),
            _ => None,
        })
        .collect();
    let lang = settings.locale.as_str();
    let writer = Writer {
        words,
        lesson_titles: &titles,
        lang,
    };
    let f = figures(statements, &options);
    let dir = out.join(format!("report-{year}"));
    save_fonts(inputs, &dir)?;
    save_for_grown_up(
        &dir,
        &format!("report-{lang}.csv"),
        csv(&f, &writer).as_bytes(),
    )?;
    save_for_grown_up(
        &dir,
        &format!("report-{lang}.html"),
        html(&f, &writer).as_bytes(),
    )
}

/// The report's fonts go next to it (`fonts/`), so it prints the same everywhere.
fn save_fonts(inputs: &ReportInputs, dir: &std::path::Path) -> Result<(), String> {
    if cfg!(target_arch = "wasm32") {
        // A download is one file: the browser's own sans-serif is used.
        return Ok(());
    }
    let Some(fonts) = inputs.fonts.as_deref() else {
        return Ok(());
    };
    let fonts_dir = dir.join("fonts");
    for (name, handle) in [
        ("NotoSans-Regular.ttf", &fonts.regular),
        ("NotoSans-Bold.ttf", &fonts.bold),
    ] {
        if let Some(font) = inputs.font_assets.get(handle) {
            save_for_grown_up(&fonts_dir, name, font.data.data())?;
        }
    }
    save_for_grown_up(&fonts_dir, "OFL.txt", FONT_LICENCE.as_bytes()).map(drop)
}

const FONT_LICENCE: &str = include_str!("../../assets/fonts/OFL.txt");

/// Today, for the report's "made on".
fn made_on() -> time::Date {
    use chrono::Datelike;
    let d = chrono::Local::now().date_naive();
    let month = time::Month::try_from(d.month() as u8).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(d.year(), month, d.day() as u8).unwrap_or(time::Date::MIN)
}

fn export_all(inputs: &ReportInputs, out: &std::path::Path) -> Result<String, String> {
    let statements = inputs
        .records
        .as_deref()
        .map_or(&[][..], |r| r.statements());
    let name = format!("safekite-records-{}.json", today());
    save_for_grown_up(out, &name, export_json(statements).as_bytes())
}

fn export_and_delete(
    inputs: &mut ReportInputs,
    out: &std::path::Path,
    player: u32,
) -> Result<String, String> {
    let profile = inputs
        .progress
        .progress
        .profile(player)
        .ok_or("no such player")?;
    let Ok(record_id) = Uuid::parse_str(&profile.record_id) else {
        // A player who never played has no records: nothing to export or delete.
        return Ok(String::new());
    };
    let name = format!("safekite-player-{}-{}.json", player, today());
    let records = inputs.records.as_deref_mut().ok_or("no records")?;
    // Written first: the records go only once the export is safe.
    let path = save_for_grown_up(out, &name, records.export_profile(record_id).as_bytes())?;
    records.delete_profile(record_id)?;
    Ok(path)
}

fn records_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    records: Option<Res<Records>>,
    book: Option<Res<ClassBookRes>>,
    progress: Res<ProgressRes>,
    mut state: ResMut<RecordsPage>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<RecordsAction>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    let count = records.as_deref().map_or(0, |r| r.statements().len());
    page(ctx, "records", |ui| {
        heading_with_back(ui, &say, &say.t(ui::HOME_RECORDS), &mut go, Area::Home);
        ui.label(say.t_with(ui::RECORDS_COUNT, &[("count", count.to_string())]));
        ui.label(say.t(ui::RECORDS_PRIVACY));
        if let Some(problem) = records
            .as_deref()
            .map(|r| &r.problem)
            .filter(|p| !p.is_empty())
        {
            ui.label(say.t_with(ui::RECORDS_PROBLEM, &[("why", problem.clone())]));
        }
        ui.add_space(16.0);
        report_form(ui, &say, book.as_deref(), &mut state, &mut actions);
        let statements = records.as_deref().map_or(&[][..], |r| r.statements());
        if let Some(f) = summary(
            &mut state,
            statements,
            &progress.progress.settings.school_name,
        ) {
            figures_on_screen(ui, &say, f);
        }
        notice(ui, &say, &state);
        ui.add_space(24.0);
        players(ui, &say, &progress, &mut actions);
    });
    Ok(())
}

fn report_form(
    ui: &mut egui::Ui,
    say: &Say,
    book: Option<&ClassBookRes>,
    state: &mut RecordsPage,
    actions: &mut MessageWriter<RecordsAction>,
) {
    egui::Grid::new("report")
        .num_columns(2)
        .spacing([24.0, 16.0])
        .show(ui, |ui| {
            ui.label(say.t(ui::RECORDS_YEAR));
            ui.add(
                egui::TextEdit::singleline(&mut state.year)
                    .char_limit(9)
                    .desired_width(140.0),
            );
            ui.end_row();
            ui.label(say.t(ui::RECORDS_CLASS));
            ui.horizontal_wrapped(|ui| {
                if ui
                    .selectable_label(state.class.is_none(), say.t(ui::RECORDS_ALL_CLASSES))
                    .clicked()
                {
                    state.class = None;
                }
                for class in book.map(|b| b.book.classes.as_slice()).unwrap_or_default() {
                    if ui
                        .selectable_label(state.class == Some(class.id), &class.name)
                        .clicked()
                    {
                        state.class = Some(class.id);
                    }
                }
            });
            ui.end_row();
        });
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if big_button(ui, say.t(ui::RECORDS_MAKE_REPORT)).clicked() {
            actions.write(RecordsAction::MakeReport {
                year: state.year.trim().to_string(),
                class: state.class,
            });
        }
        if big_button(ui, say.t(ui::RECORDS_EXPORT)).clicked() {
            actions.write(RecordsAction::Export);
        }
    });
}

fn notice(ui: &mut egui::Ui, say: &Say, state: &RecordsPage) {
    match &state.notice {
        Some(Ok(path)) if !path.is_empty() => {
            ui.label(
                egui::RichText::new(say.t_with(ui::RECORDS_SAVED, &[("path", path.clone())]))
                    .strong(),
            );
        }
        Some(Err(why)) => {
            ui.label(
                egui::RichText::new(say.t_with(ui::RECORDS_FAILED, &[("why", why.clone())]))
                    .strong(),
            );
        }
        _ => {}
    }
}

fn players(
    ui: &mut egui::Ui,
    say: &Say,
    progress: &ProgressRes,
    actions: &mut MessageWriter<RecordsAction>,
) {
    ui.label(egui::RichText::new(say.t(ui::RECORDS_PLAYER)).strong());
    for profile in &progress.progress.profiles {
        ui.horizontal(|ui| {
            ui.label(super::parents::player_name(say, profile));
            let has_records = !profile.record_id.is_empty();
            if ui
                .add_enabled(
                    has_records,
                    egui::Button::new(say.t(ui::RECORDS_EXPORT_DELETE)),
                )
                .clicked()
            {
                actions.write(RecordsAction::ExportAndDeletePlayer(profile.id));
            }
        });
    }
}

/// The figures of the year and class chosen, counted again only when they change.
fn summary<'a>(
    state: &'a mut RecordsPage,
    statements: &[safekite_records::xapi::Statement],
    school: &str,
) -> Option<&'a Figures> {
    let key = (statements.len(), state.year.trim().to_string(), state.class);
    if state.summary.as_ref().is_none_or(|(k, _)| *k != key) {
        let first_year = parse_school_year(&key.1).ok()?;
        let mut options = ReportOptions::school_year(school, first_year, made_on());
        options.classes = state.class.map(|c| BTreeSet::from([c.to_string()]));
        state.summary = Some((key, figures(statements, &options)));
    }
    state.summary.as_ref().map(|(_, f)| f)
}

/// The report's main figures, as the report words them: sessions, classes, children, parents,
/// and how often the first answer was the safe one.
fn figures_on_screen(ui: &mut egui::Ui, say: &Say, f: &Figures) {
    let first_try = f.topics.iter().fold(Tally::default(), |mut t, topic| {
        t.answers += topic.first_try.answers;
        t.good += topic.first_try.good;
        t
    });
    let percent = first_try
        .percent()
        .map_or("–".to_string(), |p| format!("{p} %"));
    let rows = [
        ("report-sum-sessions", f.sessions().to_string()),
        ("report-sum-classes", f.classes.to_string()),
        ("report-sum-children", f.children_total().to_string()),
        ("report-sum-parents", f.parents_present.to_string()),
        ("report-col-safe-first", percent),
    ];
    ui.add_space(12.0);
    egui::Grid::new("figures")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            for (id, value) in rows {
                ui.label(say.t(id));
                ui.label(egui::RichText::new(value).strong().size(24.0));
                ui.end_row();
            }
        });
}
