//! The `safekite` binary: plays SafeKite; `safekite check PATH...` checks lessons (without
//! opening a window); `safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]` plays
//! a lesson along every option in a real window and saves a PNG of every step. The command line
//! is read with lexopt (native only).

use bevy::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage:\n  safekite                play\n  safekite check [PATH...] check lessons (see `safekite check --help`)\n  safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]  screenshot every step of a lesson";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> AppExit {
    use lexopt::Arg::{Long, Short, Value};
    let mut parser = lexopt::Parser::from_env();
    match parser.next() {
        Ok(Some(Value(command))) if command == "check" => {
            let rest: Vec<String> = parser
                .raw_args()
                .map(|raw| raw.map(|a| a.to_string_lossy().into_owned()).collect())
                .unwrap_or_default();
            std::process::exit(safekite_core::cli::run_check(&rest))
        }
        Ok(Some(Value(command))) if command == "tour" => {
            match safekite::tour::TourOptions::parse_from(&mut parser) {
                Ok(opts) => safekite::tour::run(opts, |progress| {
                    safekite::game_app("SafeKite tour", Some(progress))
                }),
                Err(e) => {
                    eprintln!(
                        "error: {e}\n\nusage: safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]"
                    );
                    std::process::exit(2);
                }
            }
        }
        Ok(Some(Short('h') | Long("help"))) => {
            println!("{USAGE}");
            AppExit::Success
        }
        _ => safekite::game_app("SafeKite", None).run(),
    }
}

/// In the browser there is no command line: the game plays.
#[cfg(target_arch = "wasm32")]
fn main() -> AppExit {
    safekite::game_app("SafeKite", None).run()
}
