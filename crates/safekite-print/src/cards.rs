//! The choice cards: every option of every choice in a lesson as a big card (its picture and
//! its words) with dashed cut lines, six to an A4 sheet, for a class without devices.

use crate::PrintError;
use crate::html::{Document, Paper, escape};
use crate::source::Project;
use safekite_core::model::{ArtKind, Node};

/// Cards on one A4 sheet (two columns, three rows).
const CARDS_PER_SHEET: usize = 6;

/// The choice cards of lesson `id` in `lang`.
pub fn cards(project: &Project, id: &str, lang: &str) -> Result<Document, PrintError> {
    let lesson = project.lesson(id)?;
    let words = project.words(lang, &[id])?;
    let t = |id: &str| escape(&words.text(lang, id));
    let title = t(lesson.title.as_str());
    let mut doc = Document::new(lang, &words.text(lang, lesson.title.as_str()), Paper::A4);
    let mut cards = Vec::new();
    for node in &lesson.nodes {
        let Node::Choice(choice) = node else { continue };
        for option in &choice.options {
            let icon = doc.img(ArtKind::Icon, &option.icon, "");
            cards.push(format!(
                r#"<div class="card">{icon}<div class="label">{}</div><div class="from">{}</div></div>"#,
                t(option.line.as_str()),
                t(choice.prompt.as_str())
            ));
        }
    }
    for sheet in cards.chunks(CARDS_PER_SHEET) {
        let body = format!(
            r#"<h1>{title}</h1><div class="hint">{hint}</div><div class="card-grid">{}</div>"#,
            sheet.concat(),
            hint = t("print-cards-hint"),
        );
        doc.page("cards", &body);
    }
    Ok(doc)
}
