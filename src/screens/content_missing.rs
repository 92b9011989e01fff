//! The screen shown, natively, when the game's content (`assets/`, `lessons/`, `locales/`)
//! is not found: in Vietnamese and in English, with every folder looked in. Its words are the
//! constants below, not Fluent messages, because the word files are part of what is missing;
//! its font is built into the program for the same reason. Nothing else runs: no lesson, no
//! progress, no map. (The lookup is `platform::ContentSearch`.)

use bevy::prelude::*;
use std::path::PathBuf;

use crate::theme::palette;

/// The heading, in Vietnamese.
pub const TITLE_VI: &str = "Không tìm thấy nội dung của SafeKite";
/// What to do, in Vietnamese.
pub const BODY_VI: &str = "SafeKite cần ba thư mục assets, lessons và locales nằm cạnh \
chương trình safekite. Hãy giải nén lại toàn bộ gói vào một thư mục rồi mở lại, hoặc chỉ \
cho chương trình thư mục chứa chúng bằng --content THƯ_MỤC hay biến môi trường \
SAFEKITE_CONTENT_DIR.";
/// The heading, in English.
pub const TITLE_EN: &str = "SafeKite cannot find its content";
/// What to do, in English.
pub const BODY_EN: &str = "SafeKite needs its three folders assets, lessons and locales next \
to the safekite program. Unpack the whole bundle again into one folder and start it again, or \
show the program the folder that holds them with --content FOLDER or the SAFEKITE_CONTENT_DIR \
environment variable.";
/// Before the list of folders looked in.
pub const LOOKED_IN: &str = "Đã tìm ở / Looked in:";

/// Noto Sans (full Vietnamese coverage), built in: the fonts folder may be missing too.
const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");

/// The folders looked in, shown on the screen.
#[derive(Resource, Clone, Debug)]
pub struct LookedIn(pub Vec<PathBuf>);

/// The whole message as text (for the terminal and the log).
pub fn message(looked_in: &[PathBuf]) -> String {
    let mut text = format!("{TITLE_VI}\n{BODY_VI}\n\n{TITLE_EN}\n{BODY_EN}\n\n{LOOKED_IN}\n");
    for dir in looked_in {
        text.push_str(&format!("  {}\n", dir.display()));
    }
    text
}

/// Draws the screen (the caller adds the window, the camera and [`LookedIn`]).
pub fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_content_missing_screen);
}

fn spawn_content_missing_screen(
    mut commands: Commands,
    mut fonts: ResMut<Assets<Font>>,
    looked_in: Res<LookedIn>,
) {
    let font = fonts.add(Font::from_bytes(FONT.to_vec()));
    // On screen, `--content` never breaks after its dashes (non-breaking hyphens).
    let line = |s: &str, px: f32| {
        (
            Text::new(s.replace("--", "\u{2011}\u{2011}")),
            TextFont {
                font: font.clone().into(),
                font_size: FontSize::Px(px),
                ..default()
            },
            TextColor(palette::NAVY),
        )
    };
    let panel = commands
        .spawn((
            Name::new("Content missing"),
            Node {
                // A definite width, so the words wrap inside it (the screen is scaled to the
                // window, as every screen is).
                width: px(1120.0),
                flex_direction: FlexDirection::Column,
                row_gap: px(12.0),
                padding: UiRect::all(px(36.0)),
                border_radius: BorderRadius::all(px(24.0)),
                ..default()
            },
            BackgroundColor(palette::CREAM),
        ))
        .id();
    let mut children = vec![
        commands.spawn(line(TITLE_VI, 34.0)).id(),
        commands.spawn(line(BODY_VI, 22.0)).id(),
        commands
            .spawn((
                line(TITLE_EN, 34.0),
                Node {
                    margin: UiRect::top(px(16.0)),
                    ..default()
                },
            ))
            .id(),
        commands.spawn(line(BODY_EN, 22.0)).id(),
        commands
            .spawn((
                line(LOOKED_IN, 20.0),
                Node {
                    margin: UiRect::top(px(16.0)),
                    ..default()
                },
            ))
            .id(),
    ];
    for dir in &looked_in.0 {
        children.push(commands.spawn(line(&dir.display().to_string(), 18.0)).id());
    }
    commands.entity(panel).add_children(&children);
    commands
        .spawn((
            Name::new("Content missing screen"),
            Node {
                width: percent(100),
                height: percent(100),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                padding: UiRect::all(px(24.0)),
                ..default()
            },
        ))
        .add_child(panel);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_every_folder_in_both_languages() {
        let looked = vec![PathBuf::from("/media/usb/safekite"), PathBuf::from("/home")];
        let text = message(&looked);
        for part in [
            TITLE_VI,
            BODY_VI,
            TITLE_EN,
            BODY_EN,
            "/media/usb/safekite",
            "/home",
        ] {
            assert!(text.contains(part), "{part} missing from {text}");
        }
    }
}
