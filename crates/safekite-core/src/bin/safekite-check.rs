//! `safekite-check [PATH...]`: checks lessons and locales without building the game.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(safekite_core::cli::run_check(&args));
}
