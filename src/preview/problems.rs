//! The preview's page (`Screen::Preview`): for a lesson that cannot play yet, how many
//! problems, each with its code, `file:line:col`, message and hint as the checker gives them
//! (the first few), and what to do next; for a lesson that plays, its warnings the same way
//! and a "Play" button; after the lesson's end, "Play it again". The words around them are the
//! interface's, in the preview's language. Also the note shown over a playing preview: lines
//! without a recorded voice are shown as captions, and which pictures are not drawn yet.

use bevy::prelude::*;
use safekite_core::diagnostic::Diagnostic;
use safekite_core::ui_messages as ui;
use safekite_core::words::FluentValue;

use super::{PlayPreview, PreviewOutcome, PreviewPause};
use crate::art::Art;
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::screens::{Screen, button, button_actions, screen_root};
use crate::theme::{self, ButtonRole, Fonts, palette, size};

/// How many problems are shown (the rest are counted; the terminal has them all).
const SHOWN: usize = 3;

pub(super) fn plugin(app: &mut App) {
    button_actions::<PlayPreview>(app);
    #[cfg(target_arch = "wasm32")]
    button_actions::<super::source::PickFiles>(app);
}

/// The problems screen's root.
#[derive(Component)]
pub(super) struct ProblemsRoot;

/// A word of the interface in the preview's language, with variables.
fn say(words: &WordsRes, locale: &CurrentLocale, id: &str, args: &[(&str, FluentValue)]) -> String {
    words
        .words
        .get_with(&locale.0, id, args)
        .unwrap_or_else(|| format!("[{id}]"))
}

/// Draws the page for the outcome: its heading, (in the browser) the file buttons, its
/// problems, the "Play" button when the lesson plays, and what to do next.
pub(super) fn spawn_problems(
    mut commands: Commands,
    outcome: Res<PreviewOutcome>,
    pause: Res<PreviewPause>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    fonts: Res<Fonts>,
) {
    let w = |id: &str, args: &[(&str, FluentValue)]| say(&words, &locale, id, args);
    let (problems, count): (&[Diagnostic], _) = match &*outcome {
        PreviewOutcome::Problems(p) => {
            let errors = p.iter().filter(|d| d.is_error()).count();
            (p, w(ui::PREVIEW_COUNT, &[("errors", errors.into())]))
        }
        PreviewOutcome::Ready { warnings, .. } => (
            warnings,
            w(ui::PREVIEW_WARNINGS, &[("warnings", warnings.len().into())]),
        ),
        PreviewOutcome::Waiting => (&[], String::new()),
    };
    let ready = matches!(*outcome, PreviewOutcome::Ready { .. });
    // From the top down: the heading and (in the browser) the file buttons always show, however
    // long the problems run.
    let mut screen_node = screen_root("Preview problems", Screen::Preview);
    screen_node.1.justify_content = JustifyContent::FlexStart;
    screen_node.1.padding.top = px(24.0);
    let mut root = commands.spawn((screen_node, ProblemsRoot));
    root.with_children(|screen| {
        let heading = w(heading(&outcome, &pause), &[]);
        screen.spawn(theme::bold(&fonts, heading, size::HEADING, palette::NAVY));
        #[cfg(target_arch = "wasm32")]
        {
            super::source::spawn_pick_buttons(screen, &fonts, w(ui::PREVIEW_PICK, &[]), |locale| {
                w(ui::PREVIEW_PICK_WORDS, &[("locale", locale.into())])
            });
            let names = super::source::picked_names();
            if !names.is_empty() {
                let chosen = w(ui::PREVIEW_CHOSEN, &[("files", names.join(", ").into())]);
                screen.spawn(theme::text(&fonts, chosen, size::SMALL, palette::NAVY));
            }
        }
        if ready {
            let label = if pause.ended {
                ui::PREVIEW_PLAY_AGAIN
            } else {
                ui::PREVIEW_PLAY
            };
            screen.spawn(button(
                &fonts,
                "play-preview",
                w(label, &[]),
                PlayPreview,
                ButtonRole::Main,
                72.0,
            ));
        }
        if !problems.is_empty() {
            screen.spawn(theme::text(&fonts, count, size::BODY, palette::NAVY));
        }
        spawn_cards(screen, &fonts, problems, &w);
        let picked_any = !matches!(*outcome, PreviewOutcome::Waiting);
        if picked_any && (!ready || !problems.is_empty()) {
            screen.spawn(theme::text(
                &fonts,
                w(next_step(), &[]),
                size::BODY,
                palette::NAVY,
            ));
        }
    });
}

/// The page's heading: what to pick, what stops the lesson, that it was left, or that it plays
/// (with warnings to look at first).
fn heading(outcome: &PreviewOutcome, pause: &PreviewPause) -> &'static str {
    match outcome {
        PreviewOutcome::Waiting => ui::PREVIEW_WAITING,
        PreviewOutcome::Problems(_) => ui::PREVIEW_TITLE,
        PreviewOutcome::Ready { .. } if pause.ended => ui::PREVIEW_ENDED,
        PreviewOutcome::Ready { warnings, .. } if !warnings.is_empty() => ui::PREVIEW_READY,
        PreviewOutcome::Ready { .. } => ui::PREVIEW_READY_CLEAN,
    }
}

/// The first few problems as cards, and how many more there are.
fn spawn_cards(
    screen: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    problems: &[Diagnostic],
    w: &dyn Fn(&str, &[(&str, FluentValue)]) -> String,
) {
    for d in problems.iter().take(SHOWN) {
        let hint = d
            .hint
            .as_ref()
            .map(|h| w(ui::PREVIEW_HINT, &[("hint", h.as_str().into())]));
        screen.spawn(problem_card(fonts, d, hint));
    }
    if problems.len() > SHOWN {
        let more = w(
            ui::PREVIEW_MORE,
            &[("count", (problems.len() - SHOWN).into())],
        );
        screen.spawn(theme::text(fonts, more, size::SMALL, palette::NAVY));
    }
}

/// What the author does next: save (the files are looked at again), or pick them again.
fn next_step() -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ui::PREVIEW_PICK_AGAIN
    } else {
        ui::PREVIEW_SAVE_AGAIN
    }
}

/// One problem: `error[SK0013] file:line:col`, the message, and the hint.
fn problem_card(fonts: &Fonts, d: &Diagnostic, hint: Option<String>) -> impl Bundle {
    let place = format!(
        "{}[{}] {}:{}:{}",
        d.severity.as_str(),
        d.code,
        d.file,
        d.line,
        d.col
    );
    let colour = if d.is_error() {
        palette::CORAL
    } else {
        palette::SUN
    };
    (
        Name::new(format!("Problem {}", d.code)),
        Node {
            width: px(1120.0),
            flex_direction: FlexDirection::Column,
            row_gap: px(4.0),
            padding: UiRect::all(px(12.0)),
            border: UiRect::left(px(8.0)),
            border_radius: BorderRadius::all(px(12.0)),
            ..default()
        },
        BackgroundColor(palette::WARM_WHITE),
        BorderColor::all(colour),
        children![
            theme::bold(fonts, place, size::SMALL, palette::NAVY),
            theme::text(fonts, d.message.clone(), size::SMALL, palette::NAVY),
            theme::text(fonts, hint.unwrap_or_default(), size::SMALL, palette::NAVY),
        ],
    )
}

/// The words of the note over a playing preview.
#[derive(Component)]
pub(super) struct VoiceNote;

/// Over a playing preview: lines without a recorded voice are shown as captions.
pub(super) fn spawn_voice_note(
    mut commands: Commands,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    fonts: Res<Fonts>,
) {
    let note = say(&words, &locale, ui::PREVIEW_VOICE_NOTE, &[]);
    commands.spawn((
        Name::new("Preview voice note"),
        Node {
            position_type: PositionType::Absolute,
            bottom: px(4.0),
            left: px(8.0),
            // At most the window's width, so a long list of pictures wraps instead of running
            // off the screen.
            max_width: percent(98.0),
            padding: UiRect::axes(px(8.0), px(2.0)),
            border_radius: BorderRadius::all(px(8.0)),
            ..default()
        },
        BackgroundColor(palette::CREAM),
        GlobalZIndex(10),
        // Taps pass through to what is under it (a node's focus policy is `Pass` by default).
        bevy::ui::FocusPolicy::Pass,
        DespawnOnExit(Screen::Player),
        children![(
            theme::text(&fonts, note, size::SMALL, palette::NAVY),
            VoiceNote
        )],
    ));
}

/// The note also names the lesson's pictures that are not drawn yet (each shows as a plain
/// card with its name) and its faces not drawn yet (the calm face shows), once the pictures
/// have been looked for.
pub(super) fn name_missing_pictures(
    art: Res<Art>,
    outcome: Res<PreviewOutcome>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut named_for: Local<usize>,
    mut note: Query<(&mut Text, Ref<VoiceNote>)>,
) {
    let PreviewOutcome::Ready { lesson, .. } = &*outcome else {
        return;
    };
    // Only when a picture was newly found missing, or a new note (a new play) was drawn.
    let new_note = note.iter().any(|(_, n)| n.is_added());
    if !new_note && *named_for == art.missing_count() {
        return;
    }
    *named_for = art.missing_count();
    let named = lesson.pictures().into_iter();
    let missing: std::collections::BTreeSet<String> = named
        .map(|(kind, name)| kind.asset_path(name))
        .chain(crate::art::faces(lesson))
        .filter(|path| art.is_missing(path))
        .collect();
    let mut text = say(&words, &locale, ui::PREVIEW_VOICE_NOTE, &[]);
    if !missing.is_empty() {
        let list = missing.into_iter().collect::<Vec<_>>().join(", ");
        let more = say(
            &words,
            &locale,
            ui::PREVIEW_NOT_DRAWN,
            &[("pictures", list.into())],
        );
        text = format!("{text} {more}");
    }
    for (mut shown, _) in &mut note {
        if shown.0 != text {
            shown.0 = text.clone();
        }
    }
}
