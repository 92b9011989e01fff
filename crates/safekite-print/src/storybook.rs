//! The storybook: a lesson told along its safe path, one step a page, with its pictures. Each
//! choice is a "What would you do?" page with the options as pictures; then the grown-up's
//! answer, the ending, and a page for the grown-up with the tip and the conversation starter.

use crate::PrintError;
use crate::html::{Document, Paper, escape};
use crate::source::Project;
use safekite_core::cast::{cast_member, name_message};
use safekite_core::ids::{CastId, MessageId};
use safekite_core::model::{
    ArtKind, Band, ChoiceOption, DeviceKind, Lesson, NARRATOR, Node, Outcome, Safety, Screen,
    Sender, Sticker,
};
use safekite_core::runner::{LessonRun, RunEvent};
use safekite_core::words::Words;
use std::sync::Arc;

/// One step of the safe path, as a page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Someone says a line, over the place, with a picture or the device if one is shown.
    Line {
        speaker: CastId,
        line: MessageId,
        picture: Option<String>,
        place: String,
        device: Option<(DeviceKind, Screen)>,
    },
    /// The story stops for a choice.
    Choice {
        prompt: MessageId,
        options: Vec<ChoiceOption>,
    },
    /// The child tells the grown-up, who answers.
    Tell {
        adult: CastId,
        prompt: MessageId,
        said: MessageId,
        answer: MessageId,
    },
    /// The ending.
    End {
        outcome: Outcome,
        line: MessageId,
        sticker: Option<Sticker>,
    },
}

/// The most steps a safe path may take before it is taken for a loop.
const MAX_STEPS: usize = 500;

/// Walks `lesson` through the core's runner, taking at each choice the option that tells a
/// grown-up (or else the first safe one), and saying the first line at each grown-up scene.
pub fn safe_path(lesson: Arc<Lesson>) -> Result<Vec<Step>, PrintError> {
    let id = lesson.id.clone();
    let walk_error = |message: String| PrintError::Walk {
        lesson: id.clone(),
        message,
    };
    let (mut run, events) = LessonRun::start(lesson).map_err(|e| walk_error(e.to_string()))?;
    let mut path = PathBuilder::default();
    path.take(events);
    for _ in 0..MAX_STEPS {
        let events = match run.current() {
            Node::End(_) => return Ok(path.steps),
            Node::Choice(c) => {
                let taken = run.state().choices.iter().filter(|m| m.choice == c.id);
                let taken: Vec<usize> = taken.map(|m| m.option).collect();
                let safe = safe_option(&c.options, &taken)
                    .ok_or_else(|| walk_error(format!("choice `{}` has no safe option", c.id)))?;
                run.choose(safe)
            }
            Node::TellAdult(_) if run.state().said.is_none() => run.say_to_adult(0),
            _ => run.advance(),
        };
        path.take(events.map_err(|e| walk_error(e.to_string()))?);
    }
    Err(walk_error(format!(
        "no ending after {MAX_STEPS} steps: the safe options go round in a loop"
    )))
}

/// The option that tells a grown-up, or else the first safe one; one not `taken` at this
/// choice before if there is one (a safe option may lead back to the choice, such as "look at
/// the profile first").
fn safe_option(options: &[ChoiceOption], taken: &[usize]) -> Option<usize> {
    let ranked: Vec<usize> = [Safety::TellAdult, Safety::Safe]
        .into_iter()
        .flat_map(|safety| (0..options.len()).filter(move |&i| options[i].safety == safety))
        .collect();
    ranked
        .iter()
        .copied()
        .find(|i| !taken.contains(i))
        .or_else(|| ranked.first().copied())
}

/// Turns the runner's events into steps, keeping track of the place and the device shown.
#[derive(Default)]
struct PathBuilder {
    steps: Vec<Step>,
    place: String,
    device: Option<(DeviceKind, Screen)>,
}

impl PathBuilder {
    fn take(&mut self, events: Vec<RunEvent>) {
        for event in events {
            match event {
                RunEvent::Background { place } => self.place = place,
                RunEvent::ShowDevice { device, screen } => self.device = Some((device, screen)),
                RunEvent::HideDevice => self.device = None,
                RunEvent::ShowLine {
                    speaker,
                    line,
                    picture,
                } => self.steps.push(Step::Line {
                    speaker,
                    line,
                    device: if picture.is_none() {
                        self.device.clone()
                    } else {
                        None
                    },
                    picture,
                    place: self.place.clone(),
                }),
                RunEvent::OfferChoice { prompt, options } => {
                    self.steps.push(Step::Choice { prompt, options })
                }
                RunEvent::GrownUpScene { adult, prompt, .. } => self.steps.push(Step::Tell {
                    adult,
                    prompt,
                    said: MessageId::default(),
                    answer: MessageId::default(),
                }),
                RunEvent::ChildSays { line } => {
                    if let Some(Step::Tell { said, .. }) = self.steps.last_mut() {
                        *said = line;
                    }
                }
                RunEvent::GrownUpAnswers { line, .. } => {
                    if let Some(Step::Tell { answer, .. }) = self.steps.last_mut() {
                        *answer = line;
                    }
                }
                RunEvent::Finished {
                    outcome,
                    line,
                    sticker,
                } => self.steps.push(Step::End {
                    outcome,
                    line,
                    sticker,
                }),
                RunEvent::PlayNarration { .. }
                | RunEvent::Mood { .. }
                | RunEvent::Chose { .. }
                | RunEvent::GrownUpReassures { .. } => {}
            }
        }
    }
}

/// The storybook of lesson `id` in `lang`, on A4 pages or as an A5 booklet.
pub fn storybook(
    project: &Project,
    id: &str,
    lang: &str,
    paper: Paper,
) -> Result<Document, PrintError> {
    let lesson = project.lesson(id)?;
    let words = project.words(lang, &[id])?;
    let steps = safe_path(lesson.clone())?;
    let mut book = Book {
        doc: Document::new(lang, &words.text(lang, lesson.title.as_str()), paper),
        words,
        lang: lang.to_string(),
        lesson,
    };
    book.cover();
    for step in &steps {
        book.step(step);
    }
    book.for_grown_ups();
    Ok(book.doc)
}

/// A storybook being laid out.
struct Book {
    doc: Document,
    words: Words,
    lang: String,
    lesson: Arc<Lesson>,
}

impl Book {
    fn t(&self, id: &str) -> String {
        escape(&self.words.text(&self.lang, id))
    }

    /// Message `id`, or its `-grown-ups` form in a rehearsal for grown-ups (who are asked
    /// what *they* would do, not the child).
    fn for_band(&self, id: &str) -> String {
        match self.lesson.band {
            Band::GrownUps => format!("{id}-grown-ups"),
            _ => id.to_string(),
        }
    }

    fn add_page(&mut self, class: &str, body: &str) {
        let n = self.doc.page_count() + 1;
        self.doc
            .page(class, &format!(r#"{body}<div class="pageno">{n}</div>"#));
    }

    fn cover(&mut self) {
        let mut cast = String::new();
        for who in self.lesson.characters.clone() {
            if cast_member(&who).is_some() {
                cast.push_str(&self.doc.img(ArtKind::Cast, who.as_str(), ""));
            }
        }
        let sticker = self
            .doc
            .img(ArtKind::Sticker, &self.lesson.sticker.picture, "sticker");
        let body = format!(
            r#"<p class="band">{app} · {band}</p><h1>{title}</h1><div class="cast-row">{cast}</div>{sticker}<p>{objective}</p>"#,
            app = self.t("app-title"),
            band = self.t(&format!("print-band-{}", self.lesson.band)),
            title = self.t(self.lesson.title.as_str()),
            objective = self.t(self.lesson.objective.as_str()),
        );
        self.add_page("cover-page", &body);
    }

    fn step(&mut self, step: &Step) {
        match step {
            Step::Line {
                speaker,
                line,
                picture,
                place,
                device,
            } => self.line_page(speaker, line, picture.as_deref(), place, device.as_ref()),
            Step::Choice { prompt, options } => self.choice_page(prompt, options),
            Step::Tell {
                adult,
                prompt,
                said,
                answer,
            } => self.tell_page(adult, prompt, said, answer),
            Step::End { line, sticker, .. } => self.end_page(line, sticker.as_ref()),
        }
    }

    fn line_page(
        &mut self,
        speaker: &CastId,
        line: &MessageId,
        picture: Option<&str>,
        place: &str,
        device: Option<&(DeviceKind, Screen)>,
    ) {
        let background = self.doc.picture(ArtKind::Place, place);
        let front = match (picture, device) {
            (Some(p), _) => self.doc.img(ArtKind::Picture, p, "picture"),
            (None, Some((kind, screen))) => {
                device_html(&mut self.doc, &self.words, &self.lang, *kind, screen)
            }
            (None, None) if cast_member(speaker).is_some() => {
                self.doc.img(ArtKind::Cast, speaker.as_str(), "cast")
            }
            (None, None) => String::new(),
        };
        let who = if *speaker == NARRATOR {
            String::new()
        } else {
            format!(
                r#"<div class="speaker">{}</div>"#,
                self.t(name_message(speaker).as_str())
            )
        };
        let class = if *speaker == NARRATOR {
            "story narrator"
        } else {
            "story"
        };
        let body = format!(
            r#"<div class="scene" style="background-image: url('{background}')">{front}</div><div class="words">{who}<div class="line">{line}</div></div>"#,
            background = escape(&background),
            line = self.t(line.as_str()),
        );
        self.add_page(class, &body);
    }

    fn choice_page(&mut self, prompt: &MessageId, options: &[ChoiceOption]) {
        let mut cells = String::new();
        for o in options {
            let icon = self.doc.img(ArtKind::Icon, &o.icon, "");
            cells.push_str(&format!(
                r#"<div class="option">{icon}<div class="label">{}</div><div class="mark"></div></div>"#,
                self.t(o.line.as_str())
            ));
        }
        let body = format!(
            r#"<h1>{heading}</h1><div class="prompt">{prompt}</div><div class="options">{cells}</div><div class="words"><p>{hint}</p></div>"#,
            heading = self.t(&self.for_band("print-what-would-you-do")),
            prompt = self.t(prompt.as_str()),
            hint = self.t(&self.for_band("print-choice-hint")),
        );
        self.add_page("choice", &body);
    }

    fn tell_page(
        &mut self,
        adult: &CastId,
        prompt: &MessageId,
        said: &MessageId,
        answer: &MessageId,
    ) {
        let child = self
            .lesson
            .characters
            .iter()
            .find(|c| cast_member(c).is_some_and(|m| !m.is_grown_up()))
            .cloned();
        let mut people = String::new();
        if let Some(child) = &child {
            people.push_str(&self.doc.img(ArtKind::Cast, child.as_str(), ""));
        }
        people.push_str(&self.doc.img(ArtKind::Cast, adult.as_str(), ""));
        let child_name = child.map_or_else(String::new, |c| self.t(name_message(&c).as_str()));
        let body = format!(
            r#"<h2>{heading}</h2><p>{prompt}</p><div class="people">{people}</div><div class="say child"><span class="who">{child_name}</span>{said}</div><div class="say adult"><span class="who">{adult_name}</span>{answer}</div>"#,
            heading = self.t(&self.for_band("print-telling-a-grown-up")),
            prompt = self.t(prompt.as_str()),
            said = self.t(said.as_str()),
            adult_name = self.t(name_message(adult).as_str()),
            answer = self.t(answer.as_str()),
        );
        self.add_page("tell", &body);
    }

    fn end_page(&mut self, line: &MessageId, sticker: Option<&Sticker>) {
        let picture = sticker.map_or_else(String::new, |s| {
            self.doc.img(ArtKind::Sticker, &s.picture, "sticker")
        });
        let name = sticker.map_or_else(String::new, |s| {
            format!("<p>{}</p>", self.t(s.name.as_str()))
        });
        let body = format!(
            r#"{picture}<div class="line">{line}</div>{name}<h2>{the_end}</h2>"#,
            line = self.t(line.as_str()),
            the_end = self.t("print-the-end"),
        );
        self.add_page("ending", &body);
    }

    fn for_grown_ups(&mut self) {
        let body = format!(
            r#"<h1>{heading}</h1><div class="box"><h2>{learnt}</h2><p>{objective}</p><p><b>{behaviour}</b></p></div><div class="box"><h2>{tip_heading}</h2><p>{tip}</p></div><div class="box"><h2>{starter_heading}</h2><p>{starter}</p></div><div class="box"><h2>{help_heading}</h2><p>{help}</p></div>"#,
            heading = self.t(&self.for_band("print-for-grown-ups")),
            learnt = self.t("print-what-we-learnt"),
            objective = self.t(self.lesson.objective.as_str()),
            behaviour = self.t(self.lesson.behaviour.as_str()),
            tip_heading = self.t("print-tip"),
            tip = self.t(self.lesson.parent_tip.as_str()),
            starter_heading = self.t("print-starter"),
            starter = self.t(self.lesson.conversation_starter.as_str()),
            help_heading = self.t("print-help-heading"),
            help = self.t("print-helpline"),
        );
        self.add_page("grown-up", &body);
    }
}

/// The pretend device showing `screen`, in HTML.
fn device_html(
    doc: &mut Document,
    words: &Words,
    lang: &str,
    kind: DeviceKind,
    screen: &Screen,
) -> String {
    let t = |id: &MessageId| escape(&words.text(lang, id.as_str()));
    let printer_text = |id: &str| escape(&words.text(lang, id));
    let inner = match screen {
        Screen::Chat {
            contact,
            avatar,
            messages,
            ..
        } => {
            let avatar = doc.img(ArtKind::Avatar, avatar, "");
            let mut s = format!(r#"<div class="contact">{avatar}{}</div>"#, t(contact));
            for m in messages {
                let who = if m.from == Sender::Me { "me" } else { "them" };
                s.push_str(&format!(
                    r#"<div class="bubble {who}">{}</div>"#,
                    t(&m.text)
                ));
            }
            s
        }
        Screen::Popup {
            title,
            body,
            button,
            picture,
        } => {
            let picture = picture
                .as_deref()
                .map_or_else(String::new, |p| doc.img(ArtKind::Picture, p, ""));
            format!(
                r#"<div class="title">{}</div>{picture}<div>{}</div><div class="button">{}</div>"#,
                t(title),
                t(body),
                t(button)
            )
        }
        Screen::Video {
            title,
            picture,
            covered,
        } => {
            let still = if *covered {
                format!(
                    r#"<div class="cover">{}</div>"#,
                    printer_text("print-covered-video")
                )
            } else {
                doc.img(ArtKind::Picture, picture, "")
            };
            format!(r#"{still}<div class="title">{}</div>"#, t(title))
        }
        Screen::Shop {
            item,
            price,
            button,
            picture,
        } => {
            let picture = doc.img(ArtKind::Picture, picture, "");
            format!(
                r#"{picture}<div class="title">{}</div><div>{}</div><div class="button">{}</div>"#,
                t(item),
                t(price),
                t(button)
            )
        }
        Screen::FriendRequest {
            name,
            avatar,
            detail,
        } => {
            let avatar = doc.img(ArtKind::Avatar, avatar, "");
            format!(
                r#"<div class="title">{}</div>{avatar}<div class="title">{}</div><div>{}</div>"#,
                printer_text("print-friend-request"),
                t(name),
                t(detail)
            )
        }
        Screen::LinkMessage {
            from,
            avatar,
            text,
            link,
        } => {
            let avatar = doc.img(ArtKind::Avatar, avatar, "");
            format!(
                r#"<div class="contact">{avatar}{}</div><div class="bubble them">{}<div class="link">{}</div></div>"#,
                t(from),
                t(text),
                t(link)
            )
        }
        // A screen kind newer than this printer: the narrator's line on the page still tells it.
        #[allow(unreachable_patterns)]
        _ => String::new(),
    };
    let class = match kind {
        DeviceKind::Tablet => "device",
        DeviceKind::Phone => "device phone",
    };
    format!(r#"<div class="{class}"><div class="screen">{inner}</div></div>"#)
}
