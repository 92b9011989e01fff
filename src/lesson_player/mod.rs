//! The lesson player: a thin view over the core's [`LessonRun`]. It forwards the child's input
//! (next, an option, what to say to the grown-up, "Tell a grown-up", replay) to the run and
//! draws the [`RunEvent`]s that come back: the place, who speaks and the caption, the pretend
//! device, the choice as big picture buttons, the grown-up scene, the narration. It never
//! decides what happens next. The run's state is saved after every step, so a child can stop
//! and carry on later on the same step.

use bevy::prelude::*;
use safekite_core::cast;
use safekite_core::model::{
    ArtKind, ChoiceOption, DeviceKind, Lesson, NARRATOR, Outcome, Screen as DeviceScreen, Sticker,
};
use safekite_core::runner::{LessonRun, RunEvent};
use safekite_core::ui_messages as ui;
use std::sync::Arc;

use crate::content::{Library, WordsRes};
use crate::narration::Narrate;
use crate::progress::ProgressRes;
use crate::screens::map::ChosenLesson;
use crate::screens::{Action, GameButton, HoldToHear, Screen, button, player_band};
use crate::settings::CurrentLocale;
use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerView>()
        .init_resource::<RunLog>()
        .add_systems(OnEnter(Screen::Player), start_or_resume_lesson)
        .add_systems(
            Update,
            (handle_player_actions, rebuild_stage)
                .chain()
                .run_if(in_state(Screen::Player)),
        )
        .add_systems(OnExit(Screen::Player), |mut commands: Commands| {
            commands.remove_resource::<ActiveRun>()
        });
}

/// The lesson being played.
#[derive(Resource)]
pub struct ActiveRun(pub LessonRun);

/// Every event the core's runs sent, in order (for tests, the tour and a teacher's log later).
#[derive(Resource, Default, Debug)]
pub struct RunLog(pub Vec<RunEvent>);

/// How the last lesson ended, for the end screen.
#[derive(Resource, Clone, Debug)]
pub struct LastResult {
    pub lesson: Arc<Lesson>,
    pub outcome: Outcome,
    pub line: String,
    pub sticker: Option<Sticker>,
}

/// The grown-up scene as it stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrownUpView {
    pub adult: String,
    pub prompt: String,
    pub child_can_say: Vec<String>,
    pub said: Option<String>,
    pub answer: Option<String>,
}

/// Everything the stage shows, built from the run's events.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct PlayerView {
    pub place: String,
    pub speaker: String,
    pub line: Option<String>,
    pub picture: Option<String>,
    pub device: Option<(DeviceKind, DeviceScreen)>,
    pub choice: Option<Vec<ChoiceOption>>,
    pub grown_up: Option<GrownUpView>,
    /// "Tell a grown-up" pressed elsewhere: (adult, line), shown over the story until "next".
    pub reassure: Option<(String, String)>,
    /// The narration ids of what is on screen, for "hear it again".
    pub last_narration: Vec<String>,
    /// The face of the figure on stage (calm at every new line).
    pub mood: safekite_core::model::Mood,
}

impl PlayerView {
    /// Applies the run's events; returns the ending if the lesson finished.
    pub fn apply(
        &mut self,
        events: Vec<RunEvent>,
        narrate: &mut Vec<String>,
    ) -> Option<(Outcome, String, Option<Sticker>)> {
        let mut finished = None;
        let mut narration = Vec::new();
        for e in events {
            match e {
                RunEvent::Background { place } => self.place = place,
                RunEvent::ShowLine {
                    speaker,
                    line,
                    picture,
                } => {
                    self.speaker = speaker;
                    self.mood = Default::default();
                    self.line = Some(line);
                    self.picture = picture;
                    self.choice = None;
                    self.grown_up = None;
                    self.reassure = None;
                }
                RunEvent::PlayNarration { id } => narration.push(id),
                RunEvent::Mood { mood, .. } => self.mood = mood,
                RunEvent::ShowDevice { device, screen } => self.device = Some((device, screen)),
                RunEvent::HideDevice => self.device = None,
                RunEvent::OfferChoice { prompt, options } => {
                    self.speaker = NARRATOR.to_string();
                    self.line = Some(prompt);
                    self.picture = None;
                    self.choice = Some(options);
                    self.grown_up = None;
                    self.reassure = None;
                }
                RunEvent::Chose { .. } => {}
                RunEvent::GrownUpScene {
                    adult,
                    prompt,
                    child_can_say,
                } => {
                    self.choice = None;
                    self.picture = None;
                    self.reassure = None;
                    self.speaker = adult.clone();
                    self.mood = Default::default();
                    self.line = Some(prompt.clone());
                    self.grown_up = Some(GrownUpView {
                        adult,
                        prompt,
                        child_can_say,
                        said: None,
                        answer: None,
                    });
                }
                RunEvent::ChildSays { line } => {
                    if let Some(g) = &mut self.grown_up {
                        g.said = Some(line);
                    }
                }
                RunEvent::GrownUpAnswers { line, .. } => {
                    if let Some(g) = &mut self.grown_up {
                        g.answer = Some(line.clone());
                    }
                    self.line = Some(line);
                }
                RunEvent::GrownUpReassures { adult, line } => self.reassure = Some((adult, line)),
                RunEvent::Finished {
                    outcome,
                    line,
                    sticker,
                } => finished = Some((outcome, line, sticker)),
            }
        }
        if !narration.is_empty() {
            self.last_narration = narration.clone();
        }
        narrate.extend(narration);
        finished
    }
}

fn start_or_resume_lesson(
    mut commands: Commands,
    chosen: Option<Res<ChosenLesson>>,
    library: Res<Library>,
    mut progress: ResMut<ProgressRes>,
    mut view: ResMut<PlayerView>,
    mut narrate: MessageWriter<Narrate>,
    mut next: ResMut<NextState<Screen>>,
    mut art: ResMut<crate::art::Art>,
    assets: Res<AssetServer>,
    mut log: ResMut<RunLog>,
) {
    let Some(lesson) = chosen.and_then(|c| library.lesson(&c.0).cloned()) else {
        warn!("no playable lesson was chosen");
        next.set(Screen::Map);
        return;
    };
    let saved = progress
        .player()
        .and_then(|p| p.resume.get(&lesson.id).cloned());
    let started = match saved {
        Some(state) => LessonRun::resume(lesson.clone(), state).or_else(|e| {
            warn!(
                "lesson {}: {e}; starting again from the beginning",
                lesson.id
            );
            LessonRun::start(lesson.clone())
        }),
        None => LessonRun::start(lesson.clone()),
    };
    let (run, events) = match started {
        Ok(x) => x,
        Err(e) => {
            error!("lesson {} cannot start: {e}", lesson.id);
            next.set(Screen::Map);
            return;
        }
    };
    art.preload(&assets, &lesson);
    *view = PlayerView::default();
    let mut lines = Vec::new();
    log.0.extend(events.iter().cloned());
    view.apply(events, &mut lines);
    for id in lines {
        narrate.write(Narrate(id));
    }
    if let Some(p) = progress.player_mut() {
        p.resume.insert(lesson.id.clone(), run.state().clone());
    }
    info!(
        "lesson {} started on step {}",
        lesson.id,
        run.current().id()
    );
    commands.insert_resource(ActiveRun(run));
}

fn handle_player_actions(
    mut actions: MessageReader<Action>,
    mut run: Option<ResMut<ActiveRun>>,
    mut view: ResMut<PlayerView>,
    mut progress: ResMut<ProgressRes>,
    mut narrate: MessageWriter<Narrate>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut log: ResMut<RunLog>,
) {
    let Some(run) = run.as_mut() else { return };
    for action in actions.read() {
        let result = match action {
            Action::Next if view.reassure.is_some() => {
                view.reassure = None;
                continue;
            }
            Action::Next => run.0.advance(),
            Action::Choose(i) => run.0.choose(*i),
            Action::Say(i) => run.0.say_to_adult(*i),
            Action::TellGrownUp => Ok(run.0.tell_grown_up()),
            Action::Replay => {
                for id in view.last_narration.clone() {
                    narrate.write(Narrate(id));
                }
                continue;
            }
            Action::BackToMap => {
                next.set(Screen::Map);
                continue;
            }
            _ => continue,
        };
        let events = match result {
            Ok(events) => events,
            Err(e) => {
                // A button that does not fit the step (a double tap): nothing happens.
                debug!("ignored {action:?}: {e}");
                continue;
            }
        };
        let mut lines = Vec::new();
        log.0.extend(events.iter().cloned());
        let finished = view.apply(events, &mut lines);
        for id in lines {
            narrate.write(Narrate(id));
        }
        let lesson = run.0.lesson().clone();
        let state = run.0.state().clone();
        if let Some((outcome, line, sticker)) = finished {
            if let Some(p) = progress.player_mut() {
                p.finish_lesson(&lesson.id, sticker.as_ref().map(|s| s.picture.as_str()));
            }
            info!("lesson {} finished: {outcome:?}", lesson.id);
            commands.insert_resource(LastResult {
                lesson,
                outcome,
                line,
                sticker,
            });
            next.set(Screen::End);
        } else if let Some(p) = progress.player_mut() {
            p.resume.insert(lesson.id.clone(), state);
        }
    }
}

/// The root of everything the player shows.
#[derive(Component)]
struct StageRoot;

fn rebuild_stage(
    mut commands: Commands,
    view: Res<PlayerView>,
    roots: Query<Entity, With<StageRoot>>,
    locale: Res<CurrentLocale>,
    words: Res<WordsRes>,
    progress: Res<ProgressRes>,
    run: Option<Res<ActiveRun>>,
    fonts: Res<Fonts>,
) {
    let Some(run) = run else { return };
    if !(view.is_changed() || locale.is_changed() || words.is_changed() || roots.is_empty()) {
        return;
    }
    for r in &roots {
        commands.entity(r).despawn();
    }
    let t = |id: &str| words.words.text(&locale.0, id);
    let band = player_band(&progress);
    let min = theme::min_button(band);
    let captions = progress.progress.settings.captions;
    let lesson = run.0.lesson();
    let adult = lesson.adult.clone();

    let root = commands
        .spawn((
            Name::new("Lesson player"),
            StageRoot,
            DespawnOnExit(Screen::Player),
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect {
                    left: px(20.0),
                    right: px(20.0),
                    top: px(16.0),
                    // Nothing tappable where little hands rest.
                    bottom: if band == safekite_core::model::Band::Little {
                        percent(theme::size::LITTLE_HANDS_REST)
                    } else {
                        px(16.0)
                    },
                },
                row_gap: px(12.0),
                ..default()
            },
        ))
        .id();
    // The place, behind everything: its own full-window root (the stage has padding), the
    // picture covering the window whatever its shape (cut at the sides or top, never squashed).
    commands.spawn((
        Name::new("Place"),
        StageRoot,
        DespawnOnExit(Screen::Player),
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(palette::SKY),
        GlobalZIndex(-1),
        children![(
            crate::art::picture(ArtKind::Place, &view.place),
            Node {
                height: percent(100),
                min_width: percent(100),
                aspect_ratio: Some(16.0 / 9.0),
                flex_shrink: 0.0,
                ..default()
            },
        )],
    ));
    commands.entity(root).with_children(|stage| {
        // Top bar: back to the map, hear it again, and (always in the same place) Tell a grown-up.
        stage
            .spawn(Node {
                flex_direction: FlexDirection::Row,
                justify_content: JustifyContent::SpaceBetween,
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|bar| {
                bar.spawn(Node {
                    column_gap: px(12.0),
                    ..default()
                })
                .with_children(|left| {
                    left.spawn(button(
                        &fonts,
                        "back-to-map",
                        t(ui::BACK),
                        Action::BackToMap,
                        palette::CREAM,
                        min,
                    ));
                    left.spawn(button(
                        &fonts,
                        "replay",
                        t(ui::PLAYER_REPLAY),
                        Action::Replay,
                        palette::CREAM,
                        min,
                    ));
                });
                bar.spawn((
                    Name::new("tell-grown-up"),
                    Button,
                    Node {
                        min_height: px(min.max(110.0)),
                        padding: UiRect::axes(px(18.0), px(8.0)),
                        column_gap: px(12.0),
                        align_items: AlignItems::Center,
                        border: UiRect::all(px(4.0)),
                        border_radius: BorderRadius::all(px(32.0)),
                        ..default()
                    },
                    BackgroundColor(palette::DEEP_GREEN),
                    BorderColor::all(palette::NAVY.with_alpha(0.0)),
                    GameButton {
                        base: palette::DEEP_GREEN,
                        selected: false,
                    },
                    Action::TellGrownUp,
                    children![
                        (
                            crate::art::picture(ArtKind::Cast, &adult),
                            Node {
                                width: px(64.0),
                                height: px(96.0),
                                ..default()
                            },
                        ),
                        theme::bold(
                            &fonts,
                            t(ui::PLAYER_TELL_GROWN_UP),
                            theme::size::BODY,
                            palette::WARM_WHITE
                        ),
                    ],
                ));
            });
        // The middle: who speaks (or the grown-up), and the device or a picture.
        stage
            .spawn(Node {
                flex_grow: 1.0,
                flex_direction: FlexDirection::Row,
                justify_content: JustifyContent::SpaceAround,
                align_items: AlignItems::FlexEnd,
                column_gap: px(24.0),
                min_height: px(0.0),
                ..default()
            })
            .with_children(|mid| {
                let figure = match &view.grown_up {
                    Some(g) => Some(g.adult.clone()),
                    None if view.speaker != NARRATOR && !view.speaker.is_empty() => {
                        Some(view.speaker.clone())
                    }
                    None => lesson
                        .characters
                        .iter()
                        .find(|c| cast::cast_member(c).is_some_and(|m| !m.grown_up))
                        .cloned(),
                };
                if let Some(who) = figure {
                    mid.spawn((
                        Name::new(format!("figure-{who}")),
                        crate::art::cast_picture(&who, view.mood),
                        Node {
                            height: percent(100),
                            max_height: px(430.0),
                            aspect_ratio: Some(512.0 / 768.0),
                            ..default()
                        },
                    ));
                }
                // A step's own picture is the news of that step: it shows in front of the
                // device (which comes back on the next step if the story keeps it out).
                if let Some(pic) = &view.picture {
                    mid.spawn((
                        Name::new(format!("picture-{pic}")),
                        crate::art::picture(ArtKind::Picture, pic),
                        Node {
                            height: percent(90),
                            max_height: px(380.0),
                            aspect_ratio: Some(640.0 / 480.0),
                            align_self: AlignSelf::Center,
                            ..default()
                        },
                    ));
                } else if let Some((kind, screen)) = &view.device {
                    crate::device::spawn_device(
                        mid,
                        *kind,
                        screen,
                        &words.words,
                        &locale.0,
                        &fonts,
                        view.choice.as_deref().unwrap_or(&[]),
                    );
                }
            });
        // The caption: who speaks and what they say.
        let speaker_name = t(&cast::name_message(if view.grown_up.is_some() {
            &adult
        } else {
            &view.speaker
        }));
        if let Some(g) = &view.grown_up {
            stage
                .spawn((
                    theme::panel(palette::CREAM.with_alpha(0.95)),
                    Name::new("Grown-up scene"),
                ))
                .with_children(|panel| {
                    if let Some(said) = &g.said {
                        panel.spawn(theme::text(
                            &fonts,
                            format!("“{}”", t(said)),
                            theme::size::BODY,
                            palette::DEEP_BLUE,
                        ));
                    }
                    let line = g.answer.clone().unwrap_or_else(|| g.prompt.clone());
                    if captions || g.answer.is_none() {
                        panel.spawn(theme::bold(
                            &fonts,
                            format!("{speaker_name}: {}", t(&line)),
                            theme::size::CAPTION,
                            palette::NAVY,
                        ));
                    }
                });
        } else if let Some(line) = &view.line
            && captions
        {
            stage
                .spawn((
                    theme::panel(palette::CREAM.with_alpha(0.95)),
                    Name::new("Caption"),
                ))
                .with_children(|panel| {
                    let who = if view.speaker == NARRATOR || view.speaker.is_empty() {
                        String::new()
                    } else {
                        format!("{speaker_name}: ")
                    };
                    panel.spawn(theme::bold(
                        &fonts,
                        format!("{who}{}", t(line)),
                        theme::size::CAPTION,
                        palette::NAVY,
                    ));
                });
        }
        // The controls for this step.
        stage
            .spawn(Node {
                flex_direction: FlexDirection::Row,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Stretch,
                column_gap: px(18.0),
                ..default()
            })
            .with_children(|row| {
                if view.reassure.is_some() {
                    // The grown-up's card has its own button.
                } else if let Some(options) = &view.choice {
                    for (i, o) in options.iter().enumerate() {
                        row.spawn((
                            Name::new(format!("option-{i}")),
                            Button,
                            Node {
                                width: px(230.0),
                                min_height: px(min.max(150.0)),
                                flex_direction: FlexDirection::Column,
                                align_items: AlignItems::Center,
                                justify_content: JustifyContent::Center,
                                padding: UiRect::all(px(10.0)),
                                row_gap: px(6.0),
                                border: UiRect::all(px(4.0)),
                                border_radius: BorderRadius::all(px(28.0)),
                                ..default()
                            },
                            BackgroundColor(palette::WARM_WHITE),
                            BorderColor::all(palette::NAVY.with_alpha(0.0)),
                            GameButton {
                                base: palette::WARM_WHITE,
                                selected: false,
                            },
                            Action::Choose(i),
                            // Chosen on release; held, it is read aloud instead.
                            HoldToHear(o.line.clone()),
                            children![
                                (
                                    crate::art::picture(ArtKind::Icon, &o.icon),
                                    Node {
                                        width: px(96.0),
                                        height: px(96.0),
                                        ..default()
                                    }
                                ),
                                (
                                    theme::bold(
                                        &fonts,
                                        t(&o.line),
                                        theme::size::SMALL * 1.1,
                                        palette::NAVY
                                    ),
                                    // A label over two lines stays centred under its picture.
                                    TextLayout::justify(Justify::Center),
                                ),
                            ],
                        ));
                    }
                } else if let Some(g) = view.grown_up.as_ref().filter(|g| g.said.is_none()) {
                    for (i, s) in g.child_can_say.iter().enumerate() {
                        row.spawn(button(
                            &fonts,
                            format!("say-{i}"),
                            // Quote marks without spaces: never alone on a line.
                            format!("“{}”", t(s)),
                            Action::Say(i),
                            palette::DEEP_BLUE,
                            min,
                        ));
                    }
                } else {
                    row.spawn(button(
                        &fonts,
                        "next",
                        t(ui::PLAYER_NEXT),
                        Action::Next,
                        palette::ORANGE,
                        min,
                    ));
                }
            });
        // "Tell a grown-up" pressed elsewhere: the grown-up is glad, over the story.
        if let Some((who, line)) = &view.reassure {
            stage
                .spawn((
                    Name::new("Reassurance"),
                    Node {
                        position_type: PositionType::Absolute,
                        left: px(0.0),
                        top: px(0.0),
                        width: percent(100),
                        height: percent(100),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                    BackgroundColor(palette::SHADE),
                    ZIndex(10),
                ))
                .with_children(|shade| {
                    shade
                        .spawn((
                            BackgroundColor(palette::CREAM),
                            Node {
                                flex_direction: FlexDirection::Row,
                                align_items: AlignItems::Center,
                                column_gap: px(24.0),
                                padding: UiRect::all(px(32.0)),
                                max_width: px(900.0),
                                border_radius: BorderRadius::all(px(28.0)),
                                ..default()
                            },
                        ))
                        .with_children(|card| {
                            card.spawn((
                                crate::art::picture(ArtKind::Cast, who),
                                Node {
                                    width: px(160.0),
                                    height: px(240.0),
                                    ..default()
                                },
                            ));
                            card.spawn(Node {
                                flex_direction: FlexDirection::Column,
                                row_gap: px(20.0),
                                flex_shrink: 1.0,
                                ..default()
                            })
                            .with_children(|col| {
                                col.spawn(theme::bold(
                                    &fonts,
                                    t(line),
                                    theme::size::CAPTION,
                                    palette::NAVY,
                                ));
                                col.spawn(button(
                                    &fonts,
                                    "next",
                                    t(ui::PLAYER_NEXT),
                                    Action::Next,
                                    palette::ORANGE,
                                    min,
                                ));
                            });
                        });
                });
        }
    });
}
