//! `safekite tour LESSON --out DIR [--lang vi|en] [--once] [--size WxH] [--classroom]`: plays a lesson in a
//! real window along every option once (replaying the lesson until each option and each thing to
//! say has been chosen), presses "Tell a grown-up" once where the story did not ask for it, and
//! saves a PNG of every step, plus the title, the map (before and after), the end and the
//! settings screens. Then it exits. Authors review content with it; the docs take their pictures
//! from it. `--size` checks a layout at another window size.

mod checks;
mod classroom;
mod fit;
mod layout;
mod names;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use safekite_core::graph::distances_to;
use safekite_core::ids::NodeId;
use safekite_core::learning::{self, CheckMode};
use safekite_core::model::Node;
use safekite_core::runner::LessonRun;
use std::collections::HashSet;
use std::path::PathBuf;

use crate::checks::CheckAction;
use crate::content::Library;
use crate::grown_ups::{Area, GateRes};
use crate::lesson_player::{ActiveRun, PlayerAction};
use crate::progress::ProgressRes;
use safekite_core::gate::{GateStep, HOLD_SECONDS};

/// The grown-ups' pages the tour shows, in order, with their screenshots' names.
const GROWN_UPS_PAGES: &[(Area, &str)] = &[
    (Area::Gate, "grown-ups-gate"),
    (Area::Gate, "grown-ups-gate-question"),
    (Area::Home, "grown-ups-home"),
    (Area::Settings, "grown-ups-settings"),
    (Area::Classroom, "grown-ups-classroom"),
    (Area::Records, "grown-ups-records"),
    (Area::Parents, "grown-ups-parents"),
    (Area::Print, "grown-ups-print"),
    (Area::Recorder, "grown-ups-recorder"),
];
use crate::screens::Screen;
use crate::screens::check_round::{self, CheckRound};
use crate::screens::map::ChosenLesson;

/// What to tour.
#[derive(Clone, Debug)]
pub struct TourOptions {
    /// The lesson id (a path to a `.lesson.ron` file is accepted too).
    pub lesson: String,
    pub out: PathBuf,
    pub lang: String,
    /// Stop after the first ending (one pass, for a lesson's contact sheet).
    pub once: bool,
    /// The window's size in logical pixels (default 1280x800), to check a layout at the sizes
    /// the game must fit: tablets from 1024x600 to 1920x1080, phones in landscape.
    pub size: Option<(u32, u32)>,
    /// The text size, in percent (100, 125 or 150): the layout check at larger words.
    pub text_size: u32,
    /// After the grown-ups' pages, run a class session of the lesson on the projector (a
    /// class made, the vote, the teacher's end panel, the attendance, the sticker board).
    pub classroom: bool,
}

impl TourOptions {
    /// Reads the tour's arguments (after `tour`) from a list (the unit tests).
    #[cfg(test)]
    fn parse(args: &[String]) -> Result<TourOptions, String> {
        Self::parse_from(&mut lexopt::Parser::from_args(args))
    }

    /// Reads the tour's arguments from a command line being read.
    pub fn parse_from(parser: &mut lexopt::Parser) -> Result<TourOptions, String> {
        use lexopt::Arg::{Long, Value};
        let (mut lesson, mut out, mut lang, mut once) = (None, None, "vi".to_string(), false);
        let mut size = None;
        let mut classroom = false;
        let mut text_size = 100;
        let text = |v: std::ffi::OsString| v.to_string_lossy().into_owned();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Long("out") => out = Some(text(parser.value().map_err(|e| e.to_string())?)),
                Long("lang") => {
                    lang = text(parser.value().map_err(|_| "--lang needs a language code")?)
                }
                Long("once") => once = true,
                Long("classroom") => classroom = true,
                Long("text") => {
                    let value = text(parser.value().map_err(|_| "--text needs 100, 125 or 150")?);
                    text_size = value
                        .parse()
                        .ok()
                        .filter(|s| safekite_core::progress::TEXT_SIZES.contains(s))
                        .ok_or(format!("--text must be 100, 125 or 150, not {value}"))?;
                }
                Long("size") => {
                    let value = parser
                        .value()
                        .map_err(|_| "--size needs WIDTHxHEIGHT, e.g. 1024x600")?;
                    size = Some(parse_size(&text(value))?);
                }
                Value(v) => lesson = Some(text(v)),
                other => return Err(other.unexpected().to_string()),
            }
        }
        let lesson = lesson.ok_or("which lesson?")?;
        let lesson = lesson
            .rsplit('/')
            .next()
            .unwrap_or(&lesson)
            .trim_end_matches(".lesson.ron")
            .to_string();
        let languages = safekite_core::words::LOCALES;
        if !languages.contains(&lang.as_str()) {
            return Err(format!(
                "--lang must be one of {}, not {lang}",
                languages.join(", ")
            ));
        }
        Ok(TourOptions {
            lesson,
            out: PathBuf::from(out.ok_or("--out DIR is needed")?),
            lang,
            once,
            size,
            text_size,
            classroom,
        })
    }
}

/// `1024x600` as (1024, 600).
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--size must be WIDTHxHEIGHT in pixels (e.g. 1024x600), not {text}");
    let (w, h) = text.split_once('x').ok_or_else(bad)?;
    let (w, h) = (w.parse::<u32>(), h.parse::<u32>());
    match (w, h) {
        (Ok(w), Ok(h)) if (320..=7680).contains(&w) && (240..=4320).contains(&h) => Ok((w, h)),
        _ => Err(bad()),
    }
}

/// Runs the tour and returns when it is done. `game_app` builds the whole game over the
/// progress given (the crate's `game_app`: handed in, so the tour does not reach up to the
/// crate's root).
pub fn run(opts: TourOptions, game_app: impl FnOnce(ProgressRes) -> App) -> AppExit {
    std::fs::create_dir_all(&opts.out).expect("cannot create the output folder");
    // A fresh, throwaway progress file: the tour never touches a child's progress.
    let data = std::env::temp_dir().join(format!("safekite-tour-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let store = safekite_core::progress::FileStore::new(&data);
    let mut progress = ProgressRes::with_store(Box::new(store));
    progress.progress.settings.locale = opts.lang.clone();
    progress.progress.settings.text_size = opts.text_size;
    let mut app = game_app(progress);
    app.insert_resource(crate::platform::DataFolder(data.clone()));
    app.insert_resource(crate::platform::ExportFolder(data.join("exports")));
    if let Some((width, height)) = opts.size {
        app.add_systems(Startup, move |mut windows: Query<&mut Window>| {
            for mut window in &mut windows {
                window.resolution.set(width as f32, height as f32);
            }
        });
    }
    app.insert_resource(Tour::new(opts));
    app.add_systems(
        Update,
        (
            drive_tour,
            checks::drive_checks,
            classroom::drive_class_tour,
            names::check_names_of_screenshots,
            layout::check_layout_of_screenshots,
        )
            .chain(),
    );
    let exit = app.run();
    let _ = std::fs::remove_dir_all(&data);
    exit
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    WaitForTitle,
    Title,
    NewProfile,
    Map,
    Lesson,
    End,
    MapWithSticker,
    /// The map days later, with the lesson's "Do you remember?" card.
    ReviewDue,
    /// Answering the review (the check screen leads back to the map).
    Review,
    /// The grown-ups' pages, one after the other (the gate first; the tour opens it).
    GrownUps(usize),
    /// A class session (`--classroom`): see [`classroom`].
    Class(classroom::ClassStep),
    Done,
}

/// The tour's progress.
#[derive(Resource)]
pub(crate) struct Tour {
    opts: TourOptions,
    phase: Phase,
    wait: u32,
    /// The action to send on the next frame (after a screenshot).
    then: Option<PlayerAction>,
    /// The same on the check screen.
    check_then: Option<CheckAction>,
    /// The screenshot just asked for, whose layout is to be checked.
    check_layout: Option<layout::ShotToCheck>,
    /// Every layout problem seen, one line each.
    layout_problems: Vec<String>,
    /// Screenshots, buttons, texts and pictures whose layout was checked.
    layout_checked: (usize, usize, usize, usize),
    /// The lesson's band is 3-6 (its map, player and end keep the bottom 8% free).
    little: bool,
    shots: u32,
    runs: u32,
    taken: HashSet<(NodeId, usize)>,
    said: HashSet<(NodeId, usize)>,
    reassured: bool,
    /// The options taken in the run now playing.
    this_run: HashSet<(NodeId, usize)>,
    /// Steps shot in the run now playing (a lesson that never ends stops the tour).
    steps_this_run: u32,
    /// Options taken and lines said before the run now playing.
    seen_before_run: usize,
    /// Screenshots saved, for the summary.
    pub saved: Vec<PathBuf>,
}

/// A bound on screenshots, so a lesson that never ends fails the tour instead of filling a disk.
const MAX_SHOTS: u32 = 400;

impl Tour {
    /// A node where the tour has not yet taken every option or said every line.
    fn unfinished(&self, n: &Node) -> bool {
        match n {
            Node::Choice(c) => {
                (0..c.options.len()).any(|i| !self.taken.contains(&(c.id.clone(), i)))
            }
            Node::TellAdult(t) => {
                (0..t.child_can_say.len()).any(|i| !self.said.contains(&(t.id.clone(), i)))
            }
            _ => false,
        }
    }

    fn seen(&self) -> usize {
        self.taken.len() + self.said.len()
    }
}

/// The most steps one run through a lesson may take in the tour.
const MAX_STEPS: u32 = 150;

/// Frames to let layout, pictures and text settle before a screenshot.
const SETTLE: u32 = 12;

impl Tour {
    fn new(opts: TourOptions) -> Self {
        Tour {
            opts,
            phase: Phase::WaitForTitle,
            wait: 0,
            then: None,
            check_then: None,
            check_layout: None,
            layout_problems: Vec::new(),
            layout_checked: (0, 0, 0, 0),
            little: false,
            shots: 0,
            runs: 0,
            taken: HashSet::new(),
            said: HashSet::new(),
            reassured: false,
            this_run: HashSet::new(),
            steps_this_run: 0,
            seen_before_run: 0,
            saved: Vec::new(),
        }
    }

    fn shoot(&mut self, commands: &mut Commands, what: &str) {
        self.shots += 1;
        let name = format!("{:03}-{what}", self.shots);
        // The band's own screens: the title, a new player and the settings come before any band.
        let band_screen = !matches!(what, "title" | "new-player") && !what.starts_with("grown-ups");
        self.check_layout = Some(layout::ShotToCheck {
            name: name.clone(),
            little: self.little && band_screen,
        });
        let path = self.opts.out.join(format!("{name}.png"));
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path.clone()));
        self.saved.push(path);
        self.wait = SETTLE;
    }
}

impl Tour {
    /// What the tour presses on a lesson step: each option and each thing to say once, "Tell a
    /// grown-up" once where the story did not ask for it, else "next".
    fn action_for_step(&mut self, node: &Node, run: &LessonRun) -> PlayerAction {
        match node {
            Node::Choice(c) => {
                let untaken =
                    (0..c.options.len()).find(|i| !self.taken.contains(&(c.id.clone(), *i)));
                // Once every option here has been seen: towards a step with options still
                // unseen if one can be reached, else towards the nearest good ending (an
                // option that loops back would never finish).
                let i = untaken.unwrap_or_else(|| {
                    let lesson = run.lesson();
                    let todo = distances_to(lesson, |n| self.unfinished(n));
                    let good = distances_to(lesson, |n| {
                        matches!(n, Node::End(e) if e.outcome == safekite_core::model::Outcome::Good)
                    });
                    let nearest = |dist: &std::collections::HashMap<&NodeId, usize>| {
                        (0..c.options.len())
                            .filter(|i| dist.contains_key(&c.options[*i].next))
                            .min_by_key(|i| dist[&c.options[*i].next])
                    };
                    nearest(&todo).or_else(|| nearest(&good)).unwrap_or(0)
                });
                self.taken.insert((c.id.clone(), i));
                PlayerAction::Choose(i)
            }
            Node::TellAdult(t) => {
                if run.state().said.is_some() {
                    PlayerAction::Next
                } else {
                    let i = (0..t.child_can_say.len())
                        .find(|i| !self.said.contains(&(t.id.clone(), *i)))
                        .unwrap_or(0);
                    self.said.insert((t.id.clone(), i));
                    PlayerAction::Say(i)
                }
            }
            Node::Say(_) | Node::Device(_) if !self.reassured && run.state().visited.len() >= 2 => {
                // Once: "Tell a grown-up" where the story did not ask for it. The reassurance
                // card is shot on the next pass; then "next" closes it.
                self.reassured = true;
                PlayerAction::TellGrownUp
            }
            _ => PlayerAction::Next,
        }
    }

    /// On the title, once the lesson has loaded: a player of its band, and the title again so it
    /// shows them. A lesson that is not there (or not playable) ends the tour with an error.
    fn start(
        &mut self,
        library: &Library,
        progress: &mut ProgressRes,
        next: &mut NextState<Screen>,
        exit: &mut MessageWriter<AppExit>,
    ) {
        let Some(lesson) = library.lesson(&self.opts.lesson).cloned() else {
            if !library.all_lessons_in() {
                // The lessons finish loading behind the title.
                return;
            }
            let known: Vec<&str> = library.lessons.iter().map(|e| e.id.as_str()).collect();
            error!(
                "tour: no playable lesson `{}` (lessons: {})",
                self.opts.lesson,
                known.join(", ")
            );
            exit.write(AppExit::error());
            self.phase = Phase::Done;
            return;
        };
        self.little = lesson.band == safekite_core::model::Band::Little;
        let id = progress
            .progress
            .add_profile("fox", "", lesson.band)
            .expect("a fresh progress has room");
        progress.current = Some(id);
        // Re-enter the title so it shows the new player.
        next.set(Screen::Title);
        self.phase = Phase::Title;
        self.wait = SETTLE;
    }

    /// Plays the lesson (again): a new run.
    fn start_run(&mut self, commands: &mut Commands, next: &mut NextState<Screen>) {
        self.start_run_after(commands, next, None);
    }

    /// Plays the lesson, after the question before its story if there is one (as from the map
    /// the first time).
    fn start_run_after(
        &mut self,
        commands: &mut Commands,
        next: &mut NextState<Screen>,
        before: Option<CheckRound>,
    ) {
        commands.insert_resource(ChosenLesson(self.opts.lesson.clone()));
        match before {
            Some(round) => {
                commands.insert_resource(round);
                next.set(Screen::Check);
            }
            None => next.set(Screen::Player),
        }
        self.phase = Phase::Lesson;
        self.runs += 1;
        self.this_run.clear();
        self.steps_this_run = 0;
    }

    /// Moves the lesson's first good ending four days back, so its review is due (the tour's
    /// way of showing the map days later). False when the lesson has no review to show.
    fn pretend_days_passed(&self, progress: &mut ProgressRes) -> bool {
        let Some(asked) = progress
            .player_mut()
            .and_then(|p| p.checks.get_mut(&self.opts.lesson))
        else {
            return false;
        };
        let four_days_ago = check_round::today() - time::Duration::days(4);
        asked.finished_on = Some(learning::date_text(four_days_ago));
        true
    }

    /// The summary at the end, and the exit: a failure if any layout problem was seen.
    fn finish(&self, exit: &mut MessageWriter<AppExit>) {
        info!(
            "tour: saved {} screenshots to {}",
            self.saved.len(),
            self.opts.out.display()
        );
        if self.layout_problems.is_empty() {
            let (shots, buttons, texts, pictures) = self.layout_checked;
            info!(
                "tour: layout checked on {shots} screenshots ({buttons} buttons, {texts} texts, \
                 {pictures} pictures): no problems"
            );
            exit.write(AppExit::Success);
        } else {
            for problem in &self.layout_problems {
                error!("tour: layout: {problem}");
            }
            error!(
                "tour: {} layout problem(s) (see above)",
                self.layout_problems.len()
            );
            exit.write(AppExit::error());
        }
    }
}

fn drive_tour(
    mut tour: ResMut<Tour>,
    mut commands: Commands,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut progress: ResMut<ProgressRes>,
    library: Res<Library>,
    run: Option<Res<ActiveRun>>,
    mut actions: MessageWriter<PlayerAction>,
    mut exit: MessageWriter<AppExit>,
    (area_now, mut next_area, mut gate): (
        Option<Res<State<Area>>>,
        ResMut<NextState<Area>>,
        Option<ResMut<GateRes>>,
    ),
) {
    // A step's action goes the frame after its screenshot was asked for: that screenshot is of
    // the frame it was asked in, which must not show the action's effect already.
    if let Some(action) = tour.then.take() {
        actions.write(action);
        return;
    }
    if tour.wait > 0 {
        tour.wait -= 1;
        return;
    }
    let tour = tour.as_mut();
    let on = *screen.get();
    match tour.phase {
        Phase::WaitForTitle if on == Screen::Title => {
            tour.start(&library, &mut progress, &mut next, &mut exit);
        }
        Phase::Title => {
            tour.shoot(&mut commands, "title");
            tour.phase = Phase::NewProfile;
            next.set(Screen::NewProfile);
        }
        Phase::NewProfile if on == Screen::NewProfile => {
            tour.shoot(&mut commands, "new-player");
            tour.phase = Phase::Map;
            next.set(Screen::Map);
        }
        Phase::Map if on == Screen::Map => {
            tour.shoot(&mut commands, "map");
            let before = library
                .lesson(&tour.opts.lesson)
                .zip(progress.player())
                .and_then(|(l, p)| CheckRound::before(l, p, CheckMode::default()));
            tour.start_run_after(&mut commands, &mut next, before);
        }
        Phase::Lesson if on == Screen::End => tour.phase = Phase::End,
        Phase::Lesson => {
            if let Some(run) = run {
                tour.shoot_lesson_step(&mut commands, &run.0, &mut exit);
            }
        }
        Phase::End => tour.end_of_run(&mut commands, &mut next, &library),
        Phase::MapWithSticker if on == Screen::Map => {
            tour.map_with_sticker(&mut commands, &mut next, &mut progress);
        }
        Phase::ReviewDue => tour.review_due(&mut commands, &mut next, &library, &progress),
        Phase::Review if on == Screen::Map => {
            next.set(Screen::GrownUps);
            tour.phase = Phase::GrownUps(0);
            tour.wait = SETTLE;
        }
        Phase::GrownUps(i) => {
            let page = GrownUpsPage {
                now: area_now.as_ref().map(|a| *a.get()),
                next: &mut next_area,
                gate: gate.as_deref_mut(),
            };
            tour.grown_ups_page(&mut commands, i, page);
        }
        // Driven by `classroom::drive_class_tour`.
        Phase::Class(_) => {}
        Phase::Done => tour.finish(&mut exit),
        // Waiting for the screen the phase needs.
        _ => {}
    }
}

/// What the tour needs of the grown-ups' area to visit its pages.
struct GrownUpsPage<'a> {
    /// The page showing, if the area is open.
    now: Option<Area>,
    next: &'a mut NextState<Area>,
    gate: Option<&'a mut GateRes>,
}

impl Tour {
    /// A step of the lesson: its screenshot, then (the next frame) the action the tour takes.
    fn shoot_lesson_step(
        &mut self,
        commands: &mut Commands,
        run: &LessonRun,
        exit: &mut MessageWriter<AppExit>,
    ) {
        if self.shots > MAX_SHOTS {
            error!("tour: more than {MAX_SHOTS} screenshots: the lesson never ends?");
            exit.write(AppExit::error());
            self.phase = Phase::Done;
            return;
        }
        let node = run.current().clone();
        self.steps_this_run += 1;
        if self.steps_this_run > MAX_STEPS {
            error!(
                "tour: lesson {} did not end after {MAX_STEPS} steps; stopping",
                self.opts.lesson
            );
            exit.write(AppExit::error());
            self.phase = Phase::Done;
            return;
        }
        let step = format!("step-{}", node.id());
        self.shoot(commands, &step);
        self.then = Some(self.action_for_step(&node, run));
    }

    /// The end screen: another run while options are left untried (and the last run saw
    /// something new), else the map with the sticker.
    fn end_of_run(
        &mut self,
        commands: &mut Commands,
        next: &mut NextState<Screen>,
        library: &Library,
    ) {
        self.shoot(commands, "end");
        let remaining = library
            .lesson(&self.opts.lesson)
            .is_some_and(|l| l.nodes.iter().any(|n| self.unfinished(n)));
        // A run that saw nothing new would be repeated forever: stop there.
        let progressed = self.seen() > self.seen_before_run;
        self.seen_before_run = self.seen();
        if remaining && progressed && self.runs < 12 && !self.opts.once {
            self.start_run(commands, next);
        } else {
            next.set(Screen::Map);
            self.phase = Phase::MapWithSticker;
            self.wait = SETTLE;
        }
    }

    /// The map again, with the lesson done and its sticker in colour; then the map four days
    /// later (a review due), or the grown-ups' area.
    fn map_with_sticker(
        &mut self,
        commands: &mut Commands,
        next: &mut NextState<Screen>,
        progress: &mut ProgressRes,
    ) {
        self.shoot(commands, "map-with-sticker");
        if self.pretend_days_passed(progress) {
            next.set(Screen::Map);
            self.phase = Phase::ReviewDue;
        } else {
            next.set(Screen::GrownUps);
            self.phase = Phase::GrownUps(0);
        }
        self.wait = SETTLE;
    }

    /// The map with "Do you remember?", then the review's questions.
    fn review_due(
        &mut self,
        commands: &mut Commands,
        next: &mut NextState<Screen>,
        library: &Library,
        progress: &ProgressRes,
    ) {
        self.shoot(commands, "map-review-due");
        let review = library
            .lesson(&self.opts.lesson)
            .zip(progress.player())
            .and_then(|(l, p)| {
                CheckRound::review(l, p, CheckMode::default(), check_round::today())
            });
        if let Some(round) = review {
            commands.insert_resource(round);
            next.set(Screen::Check);
        }
        self.phase = Phase::Review;
        self.wait = SETTLE;
    }

    /// The grown-ups' page `i` (through the gate's question), then the next; after the last,
    /// the class session (with `--classroom`) or the end.
    fn grown_ups_page(&mut self, commands: &mut Commands, i: usize, page: GrownUpsPage) {
        let Some((area, name)) = GROWN_UPS_PAGES.get(i) else {
            self.phase = if self.opts.classroom {
                Phase::Class(classroom::ClassStep::Create)
            } else {
                Phase::Done
            };
            return;
        };
        if page.now != Some(*area) {
            page.next.set(*area);
            if *area == Area::Recorder {
                // The recorder shows the tour's lesson, at its first line.
                let lesson = self.opts.lesson.clone();
                commands.write_message(crate::grown_ups::RecorderAction::Lesson(lesson));
            }
            return;
        }
        // The gate's question, as after holding the button for 3 seconds.
        if let Some(gate) = page.gate.filter(|g| g.gate.step() == GateStep::Hold)
            && *name == "grown-ups-gate-question"
        {
            gate.gate.press();
            gate.gate.tick(HOLD_SECONDS);
            self.wait = SETTLE;
            return;
        }
        self.shoot(commands, name);
        self.phase = Phase::GrownUps(i + 1);
        self.wait = SETTLE;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn size_is_read_as_width_by_height() {
        let opts =
            TourOptions::parse(&args(&["prize-popup", "--out", "o", "--size", "844x390"])).unwrap();
        assert_eq!(opts.size, Some((844, 390)));
        let opts = TourOptions::parse(&args(&["prize-popup", "--out", "o"])).unwrap();
        assert_eq!(opts.size, None);
    }

    #[test]
    fn options_are_read_in_any_order_and_an_unknown_one_is_named() {
        let opts = TourOptions::parse(&args(&[
            "--lang",
            "en",
            "lessons/3-6/prize-popup.lesson.ron",
            "--once",
            "--out",
            "shots",
        ]))
        .unwrap();
        assert_eq!(opts.lesson, "prize-popup");
        assert_eq!(opts.lang, "en");
        assert!(opts.once);
        assert_eq!(opts.out, PathBuf::from("shots"));
        let err = TourOptions::parse(&args(&["prize-popup", "--out", "o", "--fast"])).unwrap_err();
        assert_eq!(err, "invalid option '--fast'");
        let err =
            TourOptions::parse(&args(&["prize-popup", "--out", "o", "--lang", "fr"])).unwrap_err();
        assert_eq!(err, "--lang must be one of vi, en, not fr");
        let err = TourOptions::parse(&args(&["prize-popup"])).unwrap_err();
        assert_eq!(err, "--out DIR is needed");
    }

    #[test]
    fn a_bad_size_says_what_is_expected() {
        for bad in ["1024", "1024x", "x600", "axb", "10x10", "1024x600x2"] {
            let err = TourOptions::parse(&args(&["prize-popup", "--out", "o", "--size", bad]))
                .unwrap_err();
            assert!(err.contains("WIDTHxHEIGHT"), "{bad}: {err}");
            assert!(err.contains(bad), "{bad}: {err}");
        }
    }
}
