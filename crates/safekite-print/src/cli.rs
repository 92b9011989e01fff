//! The `safekite-print` command line: which page to print, in which language, into which folder.

use crate::PrintError;
use crate::html::Paper;
use crate::letter::LetterRequest;
use crate::source::Project;
use std::path::PathBuf;

/// How to use `safekite-print`.
pub const USAGE: &str = "\
usage:
  safekite-print storybook LESSON --lang vi --out DIR [--booklet]
  safekite-print cards LESSON --lang vi --out DIR
  safekite-print letter --lesson ID [--lesson ID2] --lang vi --class \"Lớp 2A\" --url URL --out DIR
  safekite-print agreement --lang vi --out DIR

Writes DIR/<page>.html with its pictures and font next to it; open it in a browser and print
(A4, no margins, background graphics on). --booklet lays the storybook out as an A5 booklet:
print on both sides, flip on the short edge, fold in the middle.
--root DIR: the SafeKite folder (default: the current folder).";

/// What to print.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Storybook {
        lesson: String,
        booklet: bool,
    },
    Cards {
        lesson: String,
    },
    Letter {
        lessons: Vec<String>,
        class: String,
        url: String,
    },
    Agreement,
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub command: Command,
    pub lang: String,
    pub out: PathBuf,
    pub root: PathBuf,
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, PrintError> {
    use lexopt::prelude::*;
    let usage = |why: String| PrintError::Usage(format!("{why}\n\n{USAGE}"));
    let mut parser = lexopt::Parser::from_args(args);
    let (mut what, mut positional) = (None::<String>, None::<String>);
    let (mut lang, mut out, mut class, mut url) = (None, None, None, None);
    let (mut lessons, mut booklet, mut root) = (Vec::new(), false, PathBuf::from("."));
    let text = |v: std::ffi::OsString| v.string().map_err(|e| usage(e.to_string()));
    while let Some(arg) = parser.next().map_err(|e| usage(e.to_string()))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(|e| usage(e.to_string()));
        match arg {
            Long("lang") => lang = Some(text(value(&mut parser)?)?),
            Long("out") => out = Some(PathBuf::from(value(&mut parser)?)),
            Long("root") => root = PathBuf::from(value(&mut parser)?),
            Long("class") => class = Some(text(value(&mut parser)?)?),
            Long("url") => url = Some(text(value(&mut parser)?)?),
            Long("lesson") => lessons.push(text(value(&mut parser)?)?),
            Long("booklet") => booklet = true,
            Short('h') | Long("help") => return Err(PrintError::Usage(USAGE.into())),
            Value(v) if what.is_none() => what = Some(text(v)?),
            Value(v) if positional.is_none() => positional = Some(text(v)?),
            other => return Err(usage(other.unexpected().to_string())),
        }
    }
    let need = |v: Option<String>, name: &str| v.ok_or_else(|| usage(format!("missing {name}")));
    let command = match what.as_deref() {
        Some("storybook") => Command::Storybook {
            lesson: need(positional, "LESSON")?,
            booklet,
        },
        Some("cards") => Command::Cards {
            lesson: need(positional, "LESSON")?,
        },
        Some("letter") => {
            if lessons.is_empty() {
                return Err(usage("missing --lesson ID".into()));
            }
            Command::Letter {
                lessons,
                class: need(class, "--class")?,
                url: need(url, "--url")?,
            }
        }
        Some("agreement") => Command::Agreement,
        Some(other) => return Err(usage(format!("unknown page `{other}`"))),
        None => return Err(usage("what should be printed?".into())),
    };
    Ok(Args {
        command,
        lang: need(lang, "--lang")?,
        out: out.ok_or_else(|| usage("missing --out DIR".into()))?,
        root,
    })
}

/// Runs a parsed command; returns the HTML file written.
pub fn run(args: &Args) -> Result<PathBuf, PrintError> {
    let project = Project::at(&args.root)?;
    let lang = args.lang.as_str();
    let (doc, file) = match &args.command {
        Command::Storybook { lesson, booklet } => {
            let paper = if *booklet {
                Paper::A5Booklet
            } else {
                Paper::A4
            };
            let doc = crate::storybook::storybook(&project, lesson, lang, paper)?;
            let suffix = if *booklet { "-booklet" } else { "" };
            (doc, format!("storybook-{lesson}-{lang}{suffix}.html"))
        }
        Command::Cards { lesson } => (
            crate::cards::cards(&project, lesson, lang)?,
            format!("cards-{lesson}-{lang}.html"),
        ),
        Command::Letter {
            lessons,
            class,
            url,
        } => {
            let req = LetterRequest {
                lessons: lessons.clone(),
                lang: args.lang.clone(),
                class: class.clone(),
                url: url.clone(),
            };
            (
                crate::letter::letter(&project, &req)?,
                format!("letter-{lang}.html"),
            )
        }
        Command::Agreement => (
            crate::agreement::agreement(&project, lang)?,
            format!("agreement-{lang}.html"),
        ),
    };
    doc.write(&project, &args.out, &file)
}
