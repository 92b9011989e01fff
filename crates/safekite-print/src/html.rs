//! The HTML shared by every printed page: escaping, the print stylesheet (A4 pages, or A5 pages
//! two to an A4 sheet for a booklet), the project's font, and the pictures a document uses,
//! copied next to it so the folder prints anywhere, offline.

use crate::PrintError;
use crate::source::Project;
use safekite_core::model::ArtKind;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Text made safe to put in HTML (the same escaping as the yearly report).
pub use safekite_core::html::escape;

/// How the pages sit on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// One A4 page per page.
    A4,
    /// A5 pages, two to an A4 landscape sheet, in booklet order.
    A5Booklet,
}

/// A printable HTML document being built: its pages and the pictures they use.
#[derive(Debug)]
pub struct Document {
    lang: String,
    title: String,
    paper: Paper,
    pages: Vec<String>,
    pictures: BTreeSet<String>,
}

impl Document {
    /// An empty document in `lang` with `title`.
    pub fn new(lang: &str, title: &str, paper: Paper) -> Self {
        Document {
            lang: lang.to_string(),
            title: title.to_string(),
            paper,
            pages: Vec::new(),
            pictures: BTreeSet::new(),
        }
    }

    /// The path of picture `name` of `kind`, relative to the HTML, noted for copying.
    pub fn picture(&mut self, kind: ArtKind, name: &str) -> String {
        let rel = kind.asset_path(name);
        self.pictures.insert(rel.clone());
        rel
    }

    /// An `<img>` of picture `name` of `kind` with CSS class `class`.
    pub fn img(&mut self, kind: ArtKind, name: &str, class: &str) -> String {
        let src = self.picture(kind, name);
        format!(r#"<img class="{class}" src="{}" alt="">"#, escape(&src))
    }

    /// Adds a page; `body` is its inner HTML, `class` extra CSS classes.
    pub fn page(&mut self, class: &str, body: &str) {
        self.pages
            .push(format!(r#"<section class="page {class}">{body}</section>"#));
    }

    /// How many pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The whole HTML.
    pub fn html(&self) -> String {
        let mut body = String::new();
        match self.paper {
            Paper::A4 => self.pages.iter().for_each(|p| body.push_str(p)),
            Paper::A5Booklet => {
                let blank = r#"<section class="page blank"></section>"#.to_string();
                let mut pages = self.pages.clone();
                while !pages.len().is_multiple_of(4) {
                    pages.push(blank.clone());
                }
                for (left, right) in booklet_order(pages.len()) {
                    let _ = write!(
                        body,
                        r#"<div class="sheet">{}{}</div>"#,
                        pages[left], pages[right]
                    );
                }
            }
        }
        let paper = match self.paper {
            Paper::A4 => "a4",
            Paper::A5Booklet => "a5",
        };
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\n<style>{css}</style></head>\n<body class=\"{paper}\">\n{body}\n</body></html>\n",
            lang = escape(&self.lang),
            title = escape(&self.title),
            css = stylesheet(self.paper),
        )
    }

    /// Writes the HTML to `out/<file>`, with the font and the pictures it uses under `out/`.
    /// Returns the HTML's path.
    pub fn write(&self, project: &Project, out: &Path, file: &str) -> Result<PathBuf, PrintError> {
        create_dir(out)?;
        for font in FONT_FILES {
            copy(
                &project.root().join("assets/fonts").join(font),
                &out.join("fonts").join(font),
            )?;
        }
        for rel in &self.pictures {
            let from = project.root().join("assets").join(rel);
            copy(&from, &out.join(rel))?;
        }
        let path = out.join(file);
        std::fs::write(&path, self.html()).map_err(|e| PrintError::io(&path, e))?;
        Ok(path)
    }
}

/// The font files the pages use, from `assets/fonts/`.
const FONT_FILES: [&str; 2] = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"];

/// The order of A5 pages on the sides of folded A4 sheets, for `count` pages (a multiple of 4):
/// each pair is (left, right) of one side; print both sides, flipping on the short edge.
pub fn booklet_order(count: usize) -> Vec<(usize, usize)> {
    (0..count / 2)
        .map(|side| {
            let (outer, inner) = (count - 1 - side, side);
            if side.is_multiple_of(2) {
                (outer, inner)
            } else {
                (inner, outer)
            }
        })
        .collect()
}

fn create_dir(dir: &Path) -> Result<(), PrintError> {
    std::fs::create_dir_all(dir).map_err(|e| PrintError::io(dir, e))
}

fn copy(from: &Path, to: &Path) -> Result<(), PrintError> {
    if let Some(parent) = to.parent() {
        create_dir(parent)?;
    }
    std::fs::copy(from, to).map_err(|e| PrintError::io(from, e))?;
    Ok(())
}

/// The print stylesheet. Sizes are in `em` of the page's font size, so an A5 page is the A4
/// page scaled down.
fn stylesheet(paper: Paper) -> String {
    let page = match paper {
        Paper::A4 => {
            "@page { size: A4 portrait; margin: 0; }\n.page { width: 210mm; height: 297mm; font-size: 16pt; }"
        }
        Paper::A5Booklet => {
            "@page { size: A4 landscape; margin: 0; }\n.sheet { width: 297mm; height: 210mm; display: flex; break-after: page; overflow: hidden; }\n.page { width: 148.5mm; height: 210mm; font-size: 11pt; }"
        }
    };
    format!("{FONTS}\n{page}\n{BASE_CSS}")
}

const FONTS: &str = r#"@font-face { font-family: "SafeKite Noto"; src: url("fonts/NotoSans-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "SafeKite Noto"; src: url("fonts/NotoSans-Bold.ttf"); font-weight: 700; }"#;

const BASE_CSS: &str = include_str!("print.css");
