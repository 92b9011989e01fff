//! The `safekite` binary: plays SafeKite; `safekite check PATH...` checks lessons (without
//! opening a window); `safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH]` plays a lesson along every
//! option in a real window and saves a PNG of every step.

use bevy::prelude::*;

fn main() -> AppExit {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => std::process::exit(safekite_core::cli::run_check(&args[1..])),
        Some("tour") => match safekite::tour::TourOptions::parse(&args[1..]) {
            Ok(opts) => safekite::tour::run(opts),
            Err(e) => {
                eprintln!(
                    "error: {e}\n\nusage: safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH]"
                );
                std::process::exit(2);
            }
        },
        Some("-h") | Some("--help") => {
            println!(
                "usage:\n  safekite                play\n  safekite check [PATH...] check lessons (see `safekite check --help`)\n  safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH]  screenshot every step of a lesson"
            );
            AppExit::Success
        }
        _ => safekite::game_app("SafeKite", None).run(),
    }
}
