//! `safekite-records`: the school's tool for SafeKite's records. Validates exports and logs
//! against xAPI 1.0.3, merges the files of a school's devices, makes the yearly report, and
//! pushes to and pulls from the school's own Learning Record Store. Native only; the game never
//! links it.

mod content;
mod lrs;

use lexopt::prelude::*;
use safekite_records::files::{Located, export_json, merge, read_statements, write_export};
use safekite_records::generate::{SchoolSpec, generate};
use safekite_records::xapi::Statement;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  safekite-records validate FILE...
  safekite-records merge FILE... --out FILE
  safekite-records report FILE... --year 2025-2026 [--lang vi|en] --out DIR
        [--school NAME] [--office NAME] [--class ID]... [--start YYYY-MM-DD] [--end YYYY-MM-DD]
        [--term2 YYYY-MM-DD] [--made-on YYYY-MM-DD] [--content DIR]
  safekite-records push FILE --lrs URL [--user USER] [--password PASSWORD] [--batch N]
  safekite-records pull --lrs URL --out FILE [--user USER] [--password PASSWORD]
  safekite-records generate [--small] [--class N] --out FILE

FILE is an export (a JSON array of statements) or a record log (JSON Lines).
URL is the LRS's xAPI endpoint, such as http://127.0.0.1:8100/xAPI/; the password may
also come from the SAFEKITE_LRS_PASSWORD environment variable.";

/// An error for the person at the keyboard.
pub(crate) struct Failure(pub(crate) String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The options every command may take.
#[derive(Default)]
pub(crate) struct Options {
    pub(crate) files: Vec<PathBuf>,
    pub(crate) out: Option<PathBuf>,
    pub(crate) named: std::collections::BTreeMap<String, Vec<String>>,
    pub(crate) small: bool,
}

impl Options {
    pub(crate) fn one(&self, name: &str) -> Option<&str> {
        self.named.get(name)?.last().map(String::as_str)
    }
    fn out(&self) -> Result<&Path, Failure> {
        self.out
            .as_deref()
            .ok_or_else(|| Failure(format!("error: --out is required\n{USAGE}")))
    }
}

fn parse(args: Vec<String>) -> Result<(String, Options), Failure> {
    let mut p = lexopt::Parser::from_args(args);
    let mut command = None;
    let mut o = Options::default();
    while let Some(arg) = p.next()? {
        match arg {
            Value(v) if command.is_none() => command = Some(v.string()?),
            Value(v) => o.files.push(PathBuf::from(v)),
            Long("out") => o.out = Some(p.value()?.into()),
            Long("small") => o.small = true,
            Long("help") | Short('h') => return Err(Failure(USAGE.into())),
            Long(name) => {
                let name = name.to_string();
                let value = p.value()?.string()?;
                o.named.entry(name).or_default().push(value);
            }
            _ => return Err(Failure(format!("error: {}\n{USAGE}", arg.unexpected()))),
        }
    }
    let command = command.ok_or_else(|| Failure(USAGE.into()))?;
    Ok((command, o))
}

fn run(args: Vec<String>) -> Result<(), Failure> {
    let (command, o) = parse(args)?;
    match command.as_str() {
        "validate" => validate(&o),
        "merge" => merge_files(&o),
        "report" => content::report(&o),
        "push" => lrs::push(&o),
        "pull" => lrs::pull(&o),
        "generate" => generate_file(&o),
        other => Err(Failure(format!(
            "error: unknown command {other:?}\n{USAGE}"
        ))),
    }
}

fn located(file: &Path, errors: &[Located]) -> String {
    const SHOWN: usize = 20;
    let mut lines: Vec<String> = errors
        .iter()
        .take(SHOWN)
        .map(|e| format!("error: {}:{e}", file.display()))
        .collect();
    if errors.len() > SHOWN {
        lines.push(format!(
            "error: {}: {} more bad statements",
            file.display(),
            errors.len() - SHOWN
        ));
    }
    lines.join("\n")
}

/// Reads the statements of one file; every bad statement is reported with file:line:col.
pub(crate) fn read_file(file: &Path) -> Result<Vec<Statement>, Failure> {
    read_file_into(file, &mut String::new())
}

/// [`read_file`] with the text read into `text` (whose memory the next file reuses).
fn read_file_into(file: &Path, text: &mut String) -> Result<Vec<Statement>, Failure> {
    text.clear();
    std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read_to_string(&mut f, text))
        .map_err(|e| Failure(format!("error: {}: {e}", file.display())))?;
    read_statements(text).map_err(|errors| Failure(located(file, &errors)))
}

/// Reads and merges files (deduplicated by statement id).
pub(crate) fn read_files(files: &[PathBuf]) -> Result<Vec<Statement>, Failure> {
    if files.is_empty() {
        return Err(Failure(format!("error: no files given\n{USAGE}")));
    }
    let mut lists = Vec::new();
    let mut errors = Vec::new();
    let mut text = String::new();
    for f in files {
        match read_file_into(f, &mut text) {
            Ok(list) => lists.push(list),
            Err(Failure(e)) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(Failure(errors.join("\n")));
    }
    Ok(merge(lists))
}

fn validate(o: &Options) -> Result<(), Failure> {
    let mut failures = Vec::new();
    for f in &o.files {
        match read_file(f) {
            Ok(list) => println!(
                "{}: {} statements, valid xAPI 1.0.3",
                f.display(),
                list.len()
            ),
            Err(Failure(e)) => failures.push(e),
        }
    }
    if o.files.is_empty() {
        return Err(Failure(format!("error: no files given\n{USAGE}")));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Failure(failures.join("\n")))
    }
}

pub(crate) fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| Failure(format!("error: {}: {e}", path.display())))
}

fn merge_files(o: &Options) -> Result<(), Failure> {
    let out = o.out()?;
    let all = read_files(&o.files)?;
    // Straight to the file through a buffer: a school's year is over 100 MB of text.
    let fail = |e: std::io::Error| Failure(format!("error: {}: {e}", out.display()));
    let mut file =
        std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(out).map_err(fail)?);
    write_export(&all, &mut file)
        .and_then(|()| std::io::Write::flush(&mut file))
        .map_err(fail)?;
    println!(
        "{}: {} statements from {} files",
        out.display(),
        all.len(),
        o.files.len()
    );
    // The process ends here: freeing a year's statements one by one would only cost time.
    std::mem::forget(all);
    Ok(())
}

fn generate_file(o: &Options) -> Result<(), Failure> {
    let spec = if o.small {
        SchoolSpec::small()
    } else {
        SchoolSpec::school()
    };
    let school = generate(&spec);
    let statements = match o.one("class") {
        None => school.statements,
        Some(n) => {
            let i: usize = n
                .parse()
                .map_err(|_| Failure(format!("error: --class {n:?} is not a number")))?;
            school.by_class().into_iter().nth(i).unwrap_or_default()
        }
    };
    let out = o.out()?;
    write(out, &export_json(&statements))?;
    println!("{}: {} statements", out.display(), statements.len());
    Ok(())
}
