//! The `safekite` binary: plays SafeKite; `safekite check PATH...` checks lessons (without
//! opening a window); `safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]` plays
//! a lesson along every option in a real window and saves a PNG of every step;
//! `safekite preview LESSON [--locale vi|en]` plays one lesson as its author writes it (see
//! `preview`). Before the
//! command: `--content DIR` (where `assets/`, `lessons/` and `locales/` are; see
//! `platform::ContentSearch` for where they are looked for otherwise), and for play
//! `--fullscreen` and `--classroom`. The command line is read with lexopt (native only).
//!
//! On Windows the release build is a windowed program: double-clicking `SafeKite.exe` opens the
//! game without a console window behind it (closing that console would end the game). Started
//! from a console with arguments (`SafeKite.exe --version`, `check`), it writes to that console.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use bevy::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage:
  safekite [--content DIR] [--fullscreen] [--classroom]   play
  safekite check [PATH...]     check lessons (see `safekite check --help`)
  safekite [--content DIR] preview LESSON.lesson.ron [--locale vi|en] [--words-vi FILE] [--words-en FILE]
                               play one lesson as you write it (its problems first, if any);
                               it reloads when the lesson or its word files are saved
  safekite [--content DIR] tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]
                               screenshot every step of a lesson
  safekite --version

options:
  --content DIR   the folder holding assets/, lessons/ and locales/ (or SAFEKITE_CONTENT_DIR);
                  by default next to the program, in its parent folders, or the current folder
  --fullscreen    fill the screen (no window frame): a classroom's projector
  --classroom     open straight into the grown-ups' area (the gate), then the classroom page
A file named `portable` next to the program keeps progress and records in `safekite-data`
next to it (a USB stick).";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> AppExit {
    use lexopt::Arg::{Long, Short, Value};
    #[cfg(all(windows, not(debug_assertions)))]
    if std::env::args_os().len() > 1 {
        windows_console::attach_to_parent();
    }
    let mut parser = lexopt::Parser::from_env();
    let mut launch = safekite::Launch::default();
    let mut content_flag: Option<std::path::PathBuf> = None;
    loop {
        match parser.next() {
            Ok(Some(Value(command))) if command == "check" => {
                let rest: Vec<String> = parser
                    .raw_args()
                    .map(|raw| raw.map(|a| a.to_string_lossy().into_owned()).collect())
                    .unwrap_or_default();
                std::process::exit(safekite_core::cli::run_check(&rest))
            }
            Ok(Some(Value(command))) if command == "tour" => {
                let opts = match safekite::tour::TourOptions::parse_from(&mut parser) {
                    Ok(opts) => opts,
                    Err(e) => {
                        eprintln!(
                            "error: {e}\n\nusage: safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]"
                        );
                        std::process::exit(2);
                    }
                };
                let content = find_content(content_flag).unwrap_or_else(|missing| {
                    eprint!(
                        "{}",
                        safekite::screens::content_missing::message(&missing.looked_in)
                    );
                    std::process::exit(2)
                });
                let launch = safekite::Launch {
                    content: Some(content),
                    ..default()
                };
                return safekite::tour::run(opts, |progress| {
                    safekite::game_app("SafeKite tour", Some(progress), &launch)
                });
            }
            Ok(Some(Value(command))) if command == "preview" => {
                return preview(&mut parser, content_flag);
            }
            Ok(Some(Long("content"))) => match parser.value() {
                Ok(dir) => content_flag = Some(dir.into()),
                Err(e) => usage_error(e.to_string()),
            },
            Ok(Some(Long("fullscreen"))) => launch.fullscreen = true,
            Ok(Some(Long("classroom"))) => launch.classroom = true,
            Ok(Some(Short('h') | Long("help"))) => {
                println!("{USAGE}");
                return AppExit::Success;
            }
            Ok(Some(Short('V') | Long("version"))) => {
                println!("safekite {}", env!("CARGO_PKG_VERSION"));
                return AppExit::Success;
            }
            Ok(None) => break,
            Ok(Some(other)) => usage_error(other.unexpected().to_string()),
            Err(e) => usage_error(e.to_string()),
        }
    }
    match find_content(content_flag) {
        Ok(content) => {
            launch.content = Some(content);
            safekite::game_app("SafeKite", None, &launch).run()
        }
        Err(missing) => {
            // Said in the terminal too, for whoever started it from one.
            eprint!(
                "{}",
                safekite::screens::content_missing::message(&missing.looked_in)
            );
            safekite::content_missing_app(&missing).run()
        }
    }
}

/// `safekite preview LESSON`: the game, playing only that lesson (or showing its problems),
/// with throwaway progress and records.
#[cfg(not(target_arch = "wasm32"))]
fn preview(parser: &mut lexopt::Parser, content_flag: Option<std::path::PathBuf>) -> AppExit {
    use safekite::preview::{self, cli::PreviewOptions, source::PreviewSource};
    let opts = PreviewOptions::parse_from(parser).unwrap_or_else(|e| {
        eprintln!("error: {e}\n\n{}", preview::cli::USAGE);
        std::process::exit(2)
    });
    let content = find_content(content_flag).unwrap_or_else(|missing| {
        eprint!(
            "{}",
            safekite::screens::content_missing::message(&missing.looked_in)
        );
        std::process::exit(2)
    });
    let data = std::env::temp_dir().join(format!("safekite-preview-{}", std::process::id()));
    let launch = safekite::Launch {
        content: Some(content),
        ..default()
    };
    let progress = preview::progress(&opts.locale);
    let mut app = safekite::game_app("SafeKite preview", Some(progress), &launch);
    app.insert_resource(safekite::platform::DataFolder(data.clone()))
        .insert_resource(safekite::platform::ExportFolder(data.join("exports")));
    preview::open(&mut app, PreviewSource::new(opts.files));
    let exit = app.run();
    let _ = std::fs::remove_dir_all(&data);
    exit
}

#[cfg(not(target_arch = "wasm32"))]
fn usage_error(e: String) -> ! {
    eprintln!("error: {e}\n\n{USAGE}");
    std::process::exit(2)
}

/// The content folder: see `platform::ContentSearch` for the order it is looked for in.
#[cfg(not(target_arch = "wasm32"))]
fn find_content(
    flag: Option<std::path::PathBuf>,
) -> Result<std::path::PathBuf, safekite::platform::ContentNotFound> {
    safekite::platform::ContentSearch::from_process(flag).find()
}

/// A windowed Windows program has no console, so what `--version`, `--help` or `check` prints
/// would be lost when it is started from one; it borrows the console of the one that started it
/// (a Command Prompt) unless its output already goes somewhere (a pipe or a file).
#[cfg(all(windows, not(debug_assertions)))]
mod windows_console {
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    const STD_OUTPUT_HANDLE: u32 = -11i32 as u32;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
        fn GetStdHandle(std_handle: u32) -> *mut core::ffi::c_void;
    }

    pub fn attach_to_parent() {
        // SAFETY: both calls take plain values and have no preconditions; when there is no
        // console to attach to, AttachConsole fails and nothing changes.
        unsafe {
            if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}

/// In the browser there is no command line: the game plays, or with `?author` in the address
/// the authors' mode (`preview`: pick a lesson and its word files, see its problems or play it;
/// `&lang=en` for English).
#[cfg(target_arch = "wasm32")]
fn main() -> AppExit {
    use safekite::preview::{self, source::PreviewSource};
    let launch = safekite::Launch::default();
    let Some(locale) = preview::source::authors_mode() else {
        return safekite::game_app("SafeKite", None, &launch).run();
    };
    let mut app = safekite::game_app(
        "SafeKite preview",
        Some(preview::progress(&locale)),
        &launch,
    );
    preview::open(&mut app, PreviewSource::default());
    app.run()
}
