//! Print on paper: any lesson as an A4 storybook or an A5 booklet, its choice cards, the letter
//! home (with the class's name and a QR code of the school's web version) and the family
//! agreement, made by the `safekite-print` library into the export folder (with their pictures
//! and font), then opened in a browser and printed. Natively only: the library reads the
//! lessons, words and pictures from the SafeKite folder; the browser build says so.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::model::Band;
use safekite_core::ui_messages as ui;

use super::{Area, Go, Say, big_button, heading_with_back, page};
use crate::content::{LessonStatus, Library, WordsRes};
use crate::locale::CurrentLocale;
use crate::platform::{ContentRoot, ExportFolder};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<PrintAction>()
        .init_resource::<PrintPage>()
        .add_systems(Update, handle_print_actions)
        .add_systems(
            EguiPrimaryContextPass,
            print_ui.run_if(in_state(Area::Print)),
        );
}

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printout {
    Storybook,
    Booklet,
    Cards,
    Letter,
    Agreement,
}

/// Print this, for the lesson chosen, in the current language.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct PrintAction {
    pub printout: Printout,
    pub lesson: String,
    /// The class's name and the web address, for the letter.
    pub class: String,
    pub url: String,
}

/// The page's fields and what happened last.
#[derive(Resource, Debug, Default)]
pub struct PrintPage {
    lesson: String,
    class: String,
    url: String,
    /// Where the page went, or why it did not.
    pub notice: Option<Result<String, String>>,
}

fn handle_print_actions(
    mut actions: MessageReader<PrintAction>,
    mut page: ResMut<PrintPage>,
    export: Option<Res<ExportFolder>>,
    locale: Res<CurrentLocale>,
    root: Option<Res<ContentRoot>>,
) {
    for action in actions.read() {
        let out = export
            .as_deref()
            .map_or_else(|| ".".into(), |e| e.0.join("print"));
        let root = root.as_deref().map(|r| r.0.clone());
        page.notice = Some(print(action, &locale.0, out, root));
        info!("print: {:?}", page.notice);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn print(
    action: &PrintAction,
    lang: &str,
    out: std::path::PathBuf,
    root: Option<std::path::PathBuf>,
) -> Result<String, String> {
    use safekite_print::cli::{Args, Command, run};
    let lesson = action.lesson.clone();
    let command = match action.printout {
        Printout::Storybook => Command::Storybook {
            lesson,
            booklet: false,
        },
        Printout::Booklet => Command::Storybook {
            lesson,
            booklet: true,
        },
        Printout::Cards => Command::Cards { lesson },
        Printout::Letter => Command::Letter {
            lessons: vec![lesson],
            class: action.class.clone(),
            url: action.url.clone(),
        },
        Printout::Agreement => Command::Agreement,
    };
    let args = Args {
        command,
        lang: lang.to_string(),
        out,
        // The content folder found at start (tests: where the assets are read from).
        root: root.unwrap_or_else(bevy::asset::io::file::FileAssetReader::get_base_path),
    };
    run(&args)
        .map(|path| path.display().to_string())
        .map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
fn print(
    _: &PrintAction,
    _: &str,
    _: std::path::PathBuf,
    _: Option<std::path::PathBuf>,
) -> Result<String, String> {
    Err("the browser version does not print".into())
}

fn print_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    library: Res<Library>,
    mut state: ResMut<PrintPage>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<PrintAction>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    page(ctx, "print", |ui| {
        heading_with_back(ui, &say, &say.t(ui::HOME_PRINT), &mut go, Area::Home);
        ui.label(say.t(ui::PRINT_INTRO));
        if cfg!(target_arch = "wasm32") {
            ui.label(egui::RichText::new(say.t(ui::PRINT_BROWSER_ONLY)).strong());
            return;
        }
        ui.add_space(12.0);
        choices(ui, &say, &library, &mut state);
        ui.add_space(12.0);
        buttons(ui, &say, &state, &mut actions);
        match &state.notice {
            Some(Ok(path)) => {
                ui.label(say.t_with(ui::RECORDS_SAVED, &[("path", path.clone())]));
            }
            Some(Err(why)) => {
                ui.label(say.t_with(ui::RECORDS_FAILED, &[("why", why.clone())]));
            }
            None => {}
        }
    });
    Ok(())
}

fn choices(ui: &mut egui::Ui, say: &Say, library: &Library, state: &mut PrintPage) {
    let lessons: Vec<(String, String)> = library
        .lessons
        .iter()
        .filter_map(|e| match &e.status {
            LessonStatus::Ready(l) if l.band != Band::GrownUps => Some((
                l.id.clone(),
                format!("{} · {}", l.band.as_str(), say.t(l.title.as_str())),
            )),
            _ => None,
        })
        .collect();
    if state.lesson.is_empty()
        && let Some((id, _)) = lessons.first()
    {
        state.lesson = id.clone();
    }
    let shown = lessons
        .iter()
        .find(|(id, _)| *id == state.lesson)
        .map_or(String::new(), |(_, t)| t.clone());
    egui::Grid::new("print")
        .num_columns(2)
        .spacing([24.0, 14.0])
        .show(ui, |ui| {
            ui.label(say.t(ui::PRINT_LESSON));
            egui::ComboBox::from_id_salt("print-lesson")
                .selected_text(shown)
                .width(520.0)
                .height(480.0)
                .show_ui(ui, |ui| {
                    for (id, title) in &lessons {
                        ui.selectable_value(&mut state.lesson, id.clone(), title);
                    }
                });
            ui.end_row();
            ui.label(say.t(ui::PRINT_CLASS));
            ui.add(
                egui::TextEdit::singleline(&mut state.class)
                    .char_limit(40)
                    .hint_text("Lớp 2A"),
            );
            ui.end_row();
            ui.label(say.t(ui::PRINT_URL));
            ui.add(
                egui::TextEdit::singleline(&mut state.url)
                    .char_limit(200)
                    .desired_width(420.0),
            );
            ui.end_row();
        });
}

fn buttons(
    ui: &mut egui::Ui,
    say: &Say,
    state: &PrintPage,
    actions: &mut MessageWriter<PrintAction>,
) {
    ui.horizontal_wrapped(|ui| {
        for (printout, id) in [
            (Printout::Storybook, ui::PRINT_STORYBOOK),
            (Printout::Booklet, ui::PRINT_BOOKLET),
            (Printout::Cards, ui::PRINT_CARDS),
            (Printout::Letter, ui::PRINT_LETTER),
            (Printout::Agreement, ui::PRINT_AGREEMENT),
        ] {
            if big_button(ui, say.t(id)).clicked() {
                actions.write(PrintAction {
                    printout,
                    lesson: state.lesson.clone(),
                    class: state.class.clone(),
                    url: state.url.clone(),
                });
            }
        }
    });
}
