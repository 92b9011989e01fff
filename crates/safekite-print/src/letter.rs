//! The one-page letter home after a class session: what the class practised, the band's
//! catchphrase, two questions to ask at home, the child helpline, and a QR code of the school's
//! own address of the web build so the family can play the same lessons at home.

use crate::PrintError;
use crate::html::{Document, Paper, escape};
use crate::source::Project;
use qrcode::QrCode;
use qrcode::render::svg;
use safekite_core::words::FluentValue;

/// What the teacher fills in for the letter.
#[derive(Clone, Debug)]
pub struct LetterRequest {
    /// The lessons the class played, by id (at least one).
    pub lessons: Vec<String>,
    pub lang: String,
    /// The class, as the teacher writes it ("Lớp 2A").
    pub class: String,
    /// The school's address of the web build.
    pub url: String,
}

/// The letter home.
pub fn letter(project: &Project, req: &LetterRequest) -> Result<Document, PrintError> {
    if req.lessons.is_empty() {
        return Err(PrintError::Usage(
            "the letter needs at least one --lesson ID".into(),
        ));
    }
    let lessons = req
        .lessons
        .iter()
        .map(|id| project.lesson(id))
        .collect::<Result<Vec<_>, _>>()?;
    let ids: Vec<&str> = req.lessons.iter().map(String::as_str).collect();
    let words = project.words(&req.lang, &ids)?;
    let lang = req.lang.as_str();
    let t = |id: &str| escape(&words.text(lang, id));
    let mut practised = String::new();
    let mut catchphrases = Vec::new();
    let mut questions = Vec::new();
    for l in &lessons {
        practised.push_str(&format!(
            "<li><b>{}</b>: {}</li>",
            t(l.title.as_str()),
            t(l.behaviour.as_str())
        ));
        let catchphrase = t(&format!("print-catchphrase-{}", l.band));
        if !catchphrases.contains(&catchphrase) {
            catchphrases.push(catchphrase);
        }
        questions.push(t(l.conversation_starter.as_str()));
    }
    if questions.len() < 2 {
        questions.push(t("print-letter-question-extra"));
    }
    let questions: String = questions
        .iter()
        .take(2)
        .map(|q| format!("<li>{q}</li>"))
        .collect();
    let catchphrases: String = catchphrases
        .iter()
        .map(|c| format!(r#"<div class="catch">{c}</div>"#))
        .collect();
    let greeting = words
        .get_with(
            lang,
            "print-letter-intro",
            &[("class", FluentValue::from(req.class.as_str()))],
        )
        .unwrap_or_default();
    let body = format!(
        r#"<div class="class">{class}</div><h1>{title}</h1><p>{greeting}</p>
<h2>{practised_heading}</h2><ul>{practised}</ul>
<h2>{catch_heading}</h2>{catchphrases}
<h2>{questions_heading}</h2><ul>{questions}</ul><p>{listen}</p>
<div class="help"><span class="number">{helpline}</span><p>{help_more}</p></div>
<div class="qr">{qr}<div><p>{qr_text}</p><p class="url">{url}</p></div></div>"#,
        class = escape(&req.class),
        title = t("print-letter-title"),
        greeting = escape(&greeting),
        practised_heading = t("print-letter-practised"),
        catch_heading = t("print-letter-catchphrase"),
        questions_heading = t("print-letter-questions"),
        listen = t("print-letter-listen"),
        helpline = t("print-helpline"),
        help_more = t("print-letter-help-more"),
        qr = qr_svg(&req.url)?,
        qr_text = t("print-letter-qr"),
        url = escape(&req.url),
    );
    let mut doc = Document::new(lang, &words.text(lang, "print-letter-title"), Paper::A4);
    doc.page("letter", &body);
    Ok(doc)
}

/// The QR code of `url` as an inline SVG.
pub fn qr_svg(url: &str) -> Result<String, PrintError> {
    let code = QrCode::new(url.as_bytes())
        .map_err(|e| PrintError::Usage(format!("cannot make a QR code of `{url}`: {e}")))?;
    Ok(code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build()
        .replace(r#"<?xml version="1.0" standalone="yes"?>"#, ""))
}
