//! The grown-ups' settings (egui, behind the gate): language, switched at once without a
//! restart; separate volumes for the voice and the sound effects (SafeKite plays no music: the
//! voice is the lesson); captions on or off; the grown-ups'
//! PIN (kept as a salted hash); the school's name (for the report) and the school counsellor's
//! name and room (said in the 11-15 lessons). Settings live in the core's progress, so they are
//! saved with it. Also gives egui its font, for every grown-ups' page.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::ui_messages as ui;
use safekite_core::words::{LOCALES, language_name};

use safekite_core::gate::{PinLock, check_pin};

use super::{Area, Go, Say, heading_with_back};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;
use crate::theme::Fonts;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<SettingsAction>()
        .add_systems(
            EguiPrimaryContextPass,
            (
                give_egui_the_font,
                settings_ui.run_if(in_state(Area::Settings)),
            ),
        )
        .add_systems(Update, (handle_settings_actions, tell_words_the_counsellor));
}

/// What the settings page does beyond its plain fields.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum SettingsAction {
    /// Lock the gate with this PIN (refused unless 4-8 digits).
    SetPin(String),
    RemovePin,
}

fn handle_settings_actions(
    mut actions: MessageReader<SettingsAction>,
    mut progress: ResMut<ProgressRes>,
) {
    for action in actions.read() {
        let settings = &mut progress.progress.settings;
        match action {
            SettingsAction::SetPin(pin) => {
                let salt = *uuid::Uuid::new_v4().as_bytes();
                match PinLock::new(pin, salt) {
                    Ok(lock) => settings.pin = Some(lock),
                    Err(e) => warn!("PIN refused: {e:?}"),
                }
            }
            SettingsAction::RemovePin => settings.pin = None,
        }
    }
}

/// The lessons say the counsellor's name and room the school set (or their own words).
fn tell_words_the_counsellor(progress: Res<ProgressRes>, mut words: ResMut<WordsRes>) {
    if !progress.is_changed() && !words.is_changed() {
        return;
    }
    let s = &progress.progress.settings;
    let wanted = (!s.counsellor_name.trim().is_empty()).then(|| {
        (
            s.counsellor_name.trim().to_string(),
            s.counsellor_room.trim().to_string(),
        )
    });
    if words.words.counsellor() != wanted.as_ref() {
        words.words.set_counsellor(wanted);
    }
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
        style_widgets_like_the_game(s);
    });
    *done = true;
    Ok(())
}

/// Rounded sky-blue buttons with a navy outline when hovered, sunny yellow for what is
/// selected: the grown-ups' pages look like the rest of SafeKite.
fn style_widgets_like_the_game(s: &mut egui::Style) {
    let sky = egui::Color32::from_rgb(0xd3, 0xea, 0xf5);
    let sky_deeper = egui::Color32::from_rgb(0x8e, 0xca, 0xe6);
    let navy = egui::Color32::from_rgb(2, 48, 71);
    let w = &mut s.visuals.widgets;
    for (state, fill) in [
        (&mut w.inactive, sky),
        (&mut w.hovered, sky_deeper),
        (&mut w.active, sky_deeper),
        (&mut w.open, sky),
    ] {
        state.weak_bg_fill = fill;
        state.bg_fill = fill;
        state.corner_radius = egui::CornerRadius::same(14);
    }
    w.hovered.bg_stroke = egui::Stroke::new(2.0, navy);
    w.active.bg_stroke = egui::Stroke::new(3.0, navy);
    w.noninteractive.corner_radius = egui::CornerRadius::same(14);
    s.visuals.selection.bg_fill = egui::Color32::from_rgb(0xff, 0xd1, 0x66);
    s.visuals.selection.stroke = egui::Stroke::new(2.0, navy);
    s.visuals.extreme_bg_color = egui::Color32::WHITE;
    s.spacing.button_padding = egui::vec2(18.0, 10.0);
    s.spacing.interact_size.y = 44.0;
}

fn settings_ui(
    mut contexts: EguiContexts,
    mut progress: ResMut<ProgressRes>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut go: MessageWriter<Go>,
    mut actions: MessageWriter<SettingsAction>,
    mut new_pin: Local<String>,
) -> Result {
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    let mut settings = progress.progress.settings.clone();
    super::page(ctx, "settings", |ui| {
        ui.spacing_mut().slider_width = 360.0;
        heading_with_back(ui, &say, &say.t(ui::SETTINGS_TITLE), &mut go, Area::Home);
        egui::Grid::new("settings")
            .num_columns(2)
            .spacing([40.0, 24.0])
            .show(ui, |ui| {
                sound_and_language(ui, &say, &mut settings);
                school_fields(ui, &say, &mut settings);
                pin_fields(ui, &say, &settings, &mut new_pin, &mut actions);
            });
    });
    if settings != progress.progress.settings {
        progress.progress.settings = settings;
    }
    Ok(())
}

fn sound_and_language(
    ui: &mut egui::Ui,
    say: &Say,
    settings: &mut safekite_core::progress::Settings,
) {
    ui.label(say.t(ui::SETTINGS_LANGUAGE));
    ui.horizontal(|ui| {
        for &code in LOCALES {
            if ui
                .selectable_label(settings.locale == code, say.t(&language_name(code)))
                .clicked()
            {
                settings.locale = code.to_string();
            }
        }
    });
    ui.end_row();
    for (id, value) in [
        (ui::SETTINGS_VOICE_VOLUME, &mut settings.voice_volume),
        (ui::SETTINGS_EFFECTS_VOLUME, &mut settings.effects_volume),
    ] {
        ui.label(say.t(id));
        let mut percent = (*value * 100.0).round();
        let slider = egui::Slider::new(&mut percent, 0.0..=100.0)
            .integer()
            .suffix(" %");
        if ui.add(slider).changed() {
            *value = percent / 100.0;
        }
        ui.end_row();
    }
    ui.label(say.t(ui::SETTINGS_NARRATION_SPEED));
    let mut percent = (settings.narration_speed * 100.0).round();
    let slider = egui::Slider::new(&mut percent, 75.0..=125.0)
        .integer()
        .step_by(5.0)
        .suffix(" %");
    if ui.add(slider).changed() {
        settings.narration_speed = percent / 100.0;
    }
    ui.end_row();
    text_size_row(ui, say, settings);
    on_off_row(
        ui,
        say,
        ui::SETTINGS_HIGH_CONTRAST,
        &mut settings.high_contrast,
    );
    on_off_row(
        ui,
        say,
        ui::SETTINGS_REDUCED_MOTION,
        &mut settings.reduced_motion,
    );
    scanning_row(ui, say, settings);
    break_row(ui, say, settings);
    on_off_row(ui, say, ui::SETTINGS_CAPTIONS, &mut settings.captions);
}

/// The children's text size: 100, 125 or 150 %.
fn text_size_row(ui: &mut egui::Ui, say: &Say, settings: &mut safekite_core::progress::Settings) {
    ui.label(say.t(ui::SETTINGS_TEXT_SIZE));
    ui.horizontal(|ui| {
        for size in safekite_core::progress::TEXT_SIZES {
            if ui
                .selectable_label(settings.text_size == size, format!("{size} %"))
                .clicked()
            {
                settings.text_size = size;
            }
        }
    });
    ui.end_row();
}

/// A setting that is on or off.
fn on_off_row(ui: &mut egui::Ui, say: &Say, label: &str, value: &mut bool) {
    ui.label(say.t(label));
    ui.horizontal(|ui| {
        if ui
            .selectable_label(*value, say.t(ui::SETTINGS_ON))
            .clicked()
        {
            *value = true;
        }
        if ui
            .selectable_label(!*value, say.t(ui::SETTINGS_OFF))
            .clicked()
        {
            *value = false;
        }
    });
    ui.end_row();
}

/// The break reminder: off, or after 10, 20 or 30 minutes of lessons.
fn break_row(ui: &mut egui::Ui, say: &Say, settings: &mut safekite_core::progress::Settings) {
    ui.label(say.t(ui::SETTINGS_BREAK));
    ui.horizontal(|ui| {
        for minutes in safekite_core::progress::BREAK_MINUTES {
            let label = if minutes == 0 {
                say.t(ui::SETTINGS_OFF)
            } else {
                say.t_with(ui::SETTINGS_MINUTES, &[("minutes", minutes.to_string())])
            };
            if ui
                .selectable_label(settings.break_minutes == minutes, label)
                .clicked()
            {
                settings.break_minutes = minutes;
            }
        }
    });
    ui.end_row();
}

/// One-switch scanning: off, or the focus stepping on every 1, 2 or 3 seconds; with how the
/// keyboard works.
fn scanning_row(ui: &mut egui::Ui, say: &Say, settings: &mut safekite_core::progress::Settings) {
    ui.label(say.t(ui::SETTINGS_SCANNING));
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            if ui
                .selectable_label(settings.scan_seconds == 0.0, say.t(ui::SETTINGS_OFF))
                .clicked()
            {
                settings.scan_seconds = 0.0;
            }
            for seconds in [1.0, 2.0, 3.0] {
                let label = say.t_with(
                    ui::SETTINGS_SCANNING_SECONDS,
                    &[("seconds", format!("{seconds}"))],
                );
                if ui
                    .selectable_label(settings.scan_seconds == seconds, label)
                    .clicked()
                {
                    settings.scan_seconds = seconds;
                }
            }
        });
        ui.label(say.t(ui::SETTINGS_KEYBOARD_HINT));
    });
    ui.end_row();
}

fn school_fields(ui: &mut egui::Ui, say: &Say, settings: &mut safekite_core::progress::Settings) {
    for (id, text) in [
        (ui::SETTINGS_SCHOOL, &mut settings.school_name),
        (ui::SETTINGS_COUNSELLOR, &mut settings.counsellor_name),
        (ui::SETTINGS_COUNSELLOR_ROOM, &mut settings.counsellor_room),
    ] {
        ui.label(say.t(id));
        ui.add(
            egui::TextEdit::singleline(text)
                .char_limit(80)
                .desired_width(360.0),
        );
        ui.end_row();
    }
}

fn pin_fields(
    ui: &mut egui::Ui,
    say: &Say,
    settings: &safekite_core::progress::Settings,
    new_pin: &mut String,
    actions: &mut MessageWriter<SettingsAction>,
) {
    ui.label(say.t(ui::SETTINGS_PIN));
    ui.vertical(|ui| {
        let state = if settings.pin.is_some() {
            ui::SETTINGS_PIN_IS_SET
        } else {
            ui::SETTINGS_PIN_NONE
        };
        ui.label(say.t(state));
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(new_pin)
                    .password(true)
                    .char_limit(8)
                    .desired_width(300.0)
                    .hint_text(say.t(ui::SETTINGS_PIN_NEW)),
            );
            let valid = check_pin(new_pin).is_ok();
            if ui
                .add_enabled(valid, egui::Button::new(say.t(ui::SETTINGS_PIN_SAVE)))
                .clicked()
            {
                actions.write(SettingsAction::SetPin(std::mem::take(new_pin)));
            }
            if settings.pin.is_some() && ui.button(say.t(ui::SETTINGS_PIN_REMOVE)).clicked() {
                actions.write(SettingsAction::RemovePin);
            }
        });
        if !new_pin.is_empty() && !valid_pin(new_pin) {
            ui.label(say.t(ui::SETTINGS_PIN_BAD));
        }
    });
    ui.end_row();
}

fn valid_pin(pin: &str) -> bool {
    check_pin(pin).is_ok()
}
