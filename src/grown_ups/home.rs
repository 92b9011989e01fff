//! The grown-ups' home: the way to the settings, the classroom, the records and the report, and
//! the parents' corner, and back to the children's start screen (the gate closes behind).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ui_messages as ui;

use super::{Area, Go, Say, page};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, home_ui.run_if(in_state(Area::Home)));
}

fn home_ui(
    mut contexts: EguiContexts,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut go: MessageWriter<Go>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    page(ctx, "grown-ups-home", |ui| {
        ui.vertical_centered(|ui| home_buttons(ui, &say, &mut go));
    });
    Ok(())
}

fn home_buttons(ui: &mut egui::Ui, say: &Say, go: &mut MessageWriter<Go>) {
    {
        ui.heading(say.t(ui::GROWN_UPS_TITLE));
        ui.add_space(16.0);
        let pages = [
            (ui::HOME_CLASSROOM, Area::Classroom),
            (ui::HOME_RECORDS, Area::Records),
            ("parents-title", Area::Parents),
            (ui::HOME_PRINT, Area::Print),
            ("recorder-title", Area::Recorder),
            (ui::SETTINGS_TITLE, Area::Settings),
        ];
        for (id, area) in pages {
            let label = egui::RichText::new(say.t(id)).size(26.0);
            if ui
                .add(egui::Button::new(label).min_size(egui::vec2(520.0, 62.0)))
                .clicked()
            {
                go.write(Go(Some(area)));
            }
            ui.add_space(6.0);
        }
        // Room for the way out above the page's bottom edge, at 800 pixels high too.
        ui.add_space(14.0);
        if ui
            .add(egui::Button::new(say.t(ui::HOME_LEAVE)).min_size(egui::vec2(320.0, 60.0)))
            .clicked()
        {
            go.write(Go(None));
        }
        ui.add_space(32.0);
    }
}
