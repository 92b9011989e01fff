//! The grown-ups' settings screen (egui): language, switched at once without a restart; separate
//! volumes for voice, music and sounds; captions on or off. Settings live in the core's
//! progress, so they are saved with it. (A grown-ups' gate in front of this screen comes later.)

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ui_messages as ui;

use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::screens::Screen;
use crate::theme::Fonts;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            give_egui_the_font,
            settings_ui.run_if(in_state(Screen::Settings)),
        ),
    );
}

/// egui's own fonts lack Vietnamese letters: give it the bundled font once it has loaded.
fn give_egui_the_font(
    mut contexts: EguiContexts,
    fonts: Option<Res<Fonts>>,
    font_assets: Res<Assets<Font>>,
    mut done: Local<bool>,
) -> Result {
    if *done {
        return Ok(());
    }
    let Some(fonts) = fonts else { return Ok(()) };
    let Some(font) = font_assets.get(&fonts.regular) else {
        return Ok(());
    };
    let mut defs = egui::FontDefinitions::default();
    defs.font_data.insert(
        "noto-sans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_owned(font.data.data().to_vec())),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        defs.families
            .entry(family)
            .or_default()
            .insert(0, "noto-sans".to_owned());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_fonts(defs);
    // Light widgets, like the rest of SafeKite (the dark default looked like a hole).
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|s| {
        s.text_styles
            .insert(egui::TextStyle::Body, egui::FontId::proportional(22.0));
        s.text_styles
            .insert(egui::TextStyle::Button, egui::FontId::proportional(22.0));
        s.text_styles
            .insert(egui::TextStyle::Heading, egui::FontId::proportional(32.0));
        s.spacing.item_spacing = egui::vec2(12.0, 14.0);
        s.spacing.slider_width = 280.0;
        // Navy text, as everywhere else: high contrast on the cream panel.
        s.visuals.override_text_color = Some(egui::Color32::from_rgb(2, 48, 71));
    });
    *done = true;
    Ok(())
}

fn settings_ui(
    mut contexts: EguiContexts,
    mut progress: ResMut<ProgressRes>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let t = |id: &str| words.words.text(&locale.0, id);
    let ctx = contexts.ctx_mut()?;
    let mut settings = progress.progress.settings.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        "settings-root".into(),
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
            ui.spacing_mut().slider_width = 360.0;
            ui.heading(t(ui::SETTINGS_TITLE));
            ui.add_space(16.0);
            egui::Grid::new("settings")
                .num_columns(2)
                .spacing([40.0, 24.0])
                .show(ui, |ui| {
                    ui.label(t(ui::SETTINGS_LANGUAGE));
                    ui.horizontal(|ui| {
                        for (code, id) in [("vi", ui::LANGUAGE_VI), ("en", ui::LANGUAGE_EN)] {
                            if ui
                                .selectable_label(settings.locale == code, t(id))
                                .clicked()
                            {
                                settings.locale = code.to_string();
                            }
                        }
                    });
                    ui.end_row();
                    for (id, value) in [
                        (ui::SETTINGS_VOICE_VOLUME, &mut settings.voice_volume),
                        (ui::SETTINGS_MUSIC_VOLUME, &mut settings.music_volume),
                        (ui::SETTINGS_EFFECTS_VOLUME, &mut settings.effects_volume),
                    ] {
                        ui.label(t(id));
                        let mut percent = (*value * 100.0).round();
                        if ui
                            .add(
                                egui::Slider::new(&mut percent, 0.0..=100.0)
                                    .integer()
                                    .suffix(" %"),
                            )
                            .changed()
                        {
                            *value = percent / 100.0;
                        }
                        ui.end_row();
                    }
                    ui.label(t(ui::SETTINGS_CAPTIONS));
                    ui.horizontal(|ui| {
                        if ui
                            .selectable_label(settings.captions, t(ui::SETTINGS_ON))
                            .clicked()
                        {
                            settings.captions = true;
                        }
                        if ui
                            .selectable_label(!settings.captions, t(ui::SETTINGS_OFF))
                            .clicked()
                        {
                            settings.captions = false;
                        }
                    });
                    ui.end_row();
                });
            ui.add_space(32.0);
            if ui
                .add(egui::Button::new(t(ui::BACK)).min_size(egui::vec2(160.0, 64.0)))
                .clicked()
            {
                next.set(Screen::Title);
            }
        });
    if settings != progress.progress.settings {
        progress.progress.settings = settings;
    }
    Ok(())
}
