//! `safekite-print`: SafeKite's storybooks, choice cards, letter home and family agreement as
//! printable HTML. See `safekite-print --help` and docs/print.md.

use std::process::ExitCode;

fn main() -> ExitCode {
    let result = safekite_print::cli::parse(std::env::args().skip(1))
        .and_then(|args| safekite_print::cli::run(&args));
    match result {
        Ok(path) => {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(safekite_print::PrintError::Usage(text)) => {
            eprintln!("{text}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
