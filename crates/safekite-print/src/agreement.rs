//! The family agreement: one page the family fills in together (where devices sleep at night,
//! which apps and games, who to tell), in warm, plain words.

use crate::PrintError;
use crate::html::{Document, Paper, escape};
use crate::source::Project;

/// The parts of the agreement: a heading and the lines under it, as message ids in print.ftl.
const PARTS: &[(&str, &[&str])] = &[
    (
        "print-agreement-night",
        &["print-agreement-night-where", "print-agreement-night-time"],
    ),
    (
        "print-agreement-apps",
        &["print-agreement-apps-which", "print-agreement-apps-new"],
    ),
    (
        "print-agreement-tell",
        &["print-agreement-tell-who", "print-agreement-tell-promise"],
    ),
];

/// The people to tick in "who to tell"; the line under them is for anyone else.
const WHO_TO_TELL: &[&str] = &[
    "print-agreement-mum",
    "print-agreement-dad",
    "print-agreement-grandparents",
    "print-agreement-teacher",
];

/// The family agreement in `lang`.
pub fn agreement(project: &Project, lang: &str) -> Result<Document, PrintError> {
    let words = project.words(lang, &[])?;
    let t = |id: &str| escape(&words.text(lang, id));
    let mut body = format!(
        r#"<h1>{}</h1><p>{}</p>"#,
        t("print-agreement-title"),
        t("print-agreement-intro")
    );
    for (heading, lines) in PARTS {
        body.push_str(&format!("<h2>{}</h2>", t(heading)));
        for line in *lines {
            body.push_str(&format!("<p>{}</p>", t(line)));
            if *line == "print-agreement-tell-who" {
                let ticks: String = WHO_TO_TELL
                    .iter()
                    .map(|who| {
                        format!(
                            r#"<span class="who-tick"><span class="tick"></span>{}</span>"#,
                            t(who)
                        )
                    })
                    .collect();
                body.push_str(&format!(r#"<p class="ticks">{ticks}</p>"#));
            }
            if !line.ends_with("-promise") {
                body.push_str(r#"<div class="fill"></div>"#);
            }
        }
    }
    body.push_str(&format!(
        r#"<h2>{}</h2><p>{}</p><div class="help"><span class="number">{}</span></div><div class="signs"><div>{}</div><div>{}</div><div>{}</div></div>"#,
        t("print-agreement-grown-ups"),
        t("print-agreement-grown-ups-promise"),
        t("print-helpline"),
        t("print-agreement-sign-child"),
        t("print-agreement-sign-grown-up"),
        t("print-agreement-date"),
    ));
    let mut doc = Document::new(lang, &words.text(lang, "print-agreement-title"), Paper::A4);
    doc.page("agreement", &body);
    Ok(doc)
}
