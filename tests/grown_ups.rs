//! The grown-ups' area, driven headless: the gate (random taps do not open it; holding 3 s and
//! typing the number does; a PIN when one is set), a class session on the projector with votes
//! (the majority's option is taken and the hands are recorded; a tie waits for the teacher),
//! the attendance, and the yearly report and export written from the records.

mod utils;

use bevy::prelude::*;
use safekite::grown_ups::{
    Area, ClassroomAction, GateAction, GateRes, RecordsAction, TeacherAction, VoteTally,
};
use safekite::lesson_player::{ActiveRun, PlayerAction, PlayerView};
use safekite::records::{ClassBookRes, ClassSession, Records};
use safekite::screens::Screen;
use safekite::screens::title::TitleAction;
use safekite::sounds::{Effect, EffectsLog};
use safekite_core::gate::{Ask, GateStep, PinLock};
use safekite_core::model::{Band, Node, Safety};
use safekite_records::xapi::{ext, verbs};
use utils::*;

fn area(app: &App) -> Option<Area> {
    app.world().get_resource::<State<Area>>().map(|s| *s.get())
}

fn open_gate_screen(app: &mut App) {
    press(app, TitleAction::GrownUps);
    update_until(app, "the gate", |app| area(app) == Some(Area::Gate));
    app.update();
}

fn gate_step(app: &App) -> GateStep {
    app.world().resource::<GateRes>().gate.step()
}

/// Holds the button for 3.5 s (time moves 50 ms a frame here) and lets go.
fn hold(app: &mut App) {
    press(app, GateAction::HoldDown);
    for _ in 0..70 {
        app.update();
    }
    press(app, GateAction::HoldUp);
}

fn type_digits(app: &mut App, digits: &str) {
    for d in digits.bytes() {
        press(app, GateAction::Digit(d - b'0'));
    }
    press(app, GateAction::Submit);
}

#[test]
fn the_gate_opens_for_a_grown_up_and_not_for_random_taps() {
    let data = temp_dir("gate");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    open_gate_screen(&mut app);

    // A child's random taps: short presses, digits, "OK", in a fixed-seed order.
    let mut rng = fastrand::Rng::with_seed(11);
    for _ in 0..400 {
        let action = match rng.u8(..5) {
            0 => GateAction::HoldDown,
            1 => GateAction::HoldUp,
            2 => GateAction::Digit(rng.u8(..10)),
            3 => GateAction::Submit,
            _ => GateAction::Erase,
        };
        app.world_mut().write_message(action);
        app.update();
        assert_eq!(area(&app), Some(Area::Gate), "random taps opened the gate");
    }
    press(&mut app, GateAction::HoldUp);

    // Letting go before 3 s: still the hold.
    press(&mut app, GateAction::HoldDown);
    for _ in 0..20 {
        app.update();
    }
    press(&mut app, GateAction::HoldUp);
    assert_eq!(gate_step(&app), GateStep::Hold);

    // Held long enough: the number in words; a wrong answer goes back to the hold.
    hold(&mut app);
    assert_eq!(gate_step(&app), GateStep::Answer);
    let Ask::Number(n) = app.world().resource::<GateRes>().gate.ask() else {
        panic!("no PIN is set: a number is asked");
    };
    type_digits(&mut app, &(n + 1).to_string());
    assert_eq!(gate_step(&app), GateStep::Hold);
    assert_eq!(area(&app), Some(Area::Gate));

    hold(&mut app);
    let Ask::Number(n) = app.world().resource::<GateRes>().gate.ask() else {
        panic!()
    };
    type_digits(&mut app, &n.to_string());
    update_until(&mut app, "the grown-ups' home", |app| {
        area(app) == Some(Area::Home)
    });
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn the_gates_answer_can_be_typed_on_the_keyboard() {
    let data = temp_dir("gate-keys");
    let mut app = headless(&data);
    app.add_plugins(bevy::input::InputPlugin);
    wait_for(&mut app, Screen::Title, 2_000);
    open_gate_screen(&mut app);
    hold(&mut app);
    let Ask::Number(n) = app.world().resource::<GateRes>().gate.ask() else {
        panic!("no PIN is set: a number is asked");
    };
    // A slip (9) taken back with Backspace, the number on the number row, Enter on the pad.
    let row = [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    tap_key(&mut app, KeyCode::Numpad9);
    tap_key(&mut app, KeyCode::Backspace);
    for d in n.to_string().bytes() {
        tap_key(&mut app, row[usize::from(d - b'0')]);
    }
    tap_key(&mut app, KeyCode::NumpadEnter);
    update_until(&mut app, "the grown-ups' home", |app| {
        area(app) == Some(Area::Home)
    });
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_pin_set_by_the_teacher_is_asked_instead_and_kept_hashed() {
    let data = temp_dir("gate-pin");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    let lock = PinLock::new("480516", [3; 16]).unwrap();
    app.world_mut()
        .resource_mut::<safekite::progress::ProgressRes>()
        .progress
        .settings
        .pin = Some(lock);
    app.update();
    open_gate_screen(&mut app);
    hold(&mut app);
    assert_eq!(app.world().resource::<GateRes>().gate.ask(), Ask::Pin);
    type_digits(&mut app, "480515");
    assert_eq!(area(&app), Some(Area::Gate));
    hold(&mut app);
    type_digits(&mut app, "480516");
    update_until(&mut app, "home", |app| area(app) == Some(Area::Home));
    let saved = std::fs::read_to_string(data.join("progress.ron")).unwrap();
    assert!(
        saved.contains("pin:") && !saved.contains("480516"),
        "{saved}"
    );
    let _ = std::fs::remove_dir_all(data);
}

/// The choice on stage and the index of its safe (or tell-a-grown-up) option and an unsafe one.
fn choice_on_stage(app: &App) -> Option<(usize, Option<usize>)> {
    let Node::Choice(c) = app.world().resource::<ActiveRun>().0.current() else {
        return None;
    };
    let safe = c.options.iter().position(|o| o.safety != Safety::Unsafe)?;
    let unsafe_ = c.options.iter().position(|o| o.safety == Safety::Unsafe);
    Some((safe, unsafe_))
}

/// Plays the lesson on stage to its end: at each choice the class votes 3 hands for the safe
/// option and 1 for an unsafe one; grown-up scenes say the first line.
fn play_with_votes(app: &mut App) -> usize {
    let mut choices = 0;
    for _ in 0..200 {
        if screen(app) == Screen::End {
            return choices;
        }
        if let Some((safe, unsafe_)) = choice_on_stage(app) {
            app.update();
            for _ in 0..3 {
                press(app, TeacherAction::Plus(safe));
            }
            if let Some(u) = unsafe_ {
                press(app, TeacherAction::Plus(u));
            }
            press(app, TeacherAction::GoWithTheClass);
            choices += 1;
            continue;
        }
        let view = app.world().resource::<PlayerView>().clone();
        match view.grown_up {
            Some(g) if g.said.is_none() => press(app, PlayerAction::Say(0)),
            _ => press(app, PlayerAction::Next),
        }
    }
    panic!("the lesson did not end");
}

fn statements(app: &App) -> Vec<safekite_records::xapi::Statement> {
    app.world().resource::<Records>().statements().to_vec()
}

#[test]
fn a_class_votes_on_the_projector_and_its_session_is_recorded_and_reported() {
    let data = temp_dir("class");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    app.world_mut()
        .resource_mut::<safekite::progress::ProgressRes>()
        .progress
        .settings
        .school_name = "Trường Tiểu học Kim Đồng".into();
    press(
        &mut app,
        ClassroomAction::CreateClass {
            name: "Lớp 3A".into(),
            band: Band::Kids,
            school_year: "2026-2027".into(),
            child_count: 32,
        },
    );
    let class = app.world().resource::<ClassBookRes>().book.classes[0].clone();
    assert_eq!((class.name.as_str(), class.child_count), ("Lớp 3A", 32));

    press(
        &mut app,
        ClassroomAction::StartSession {
            class: class.id,
            lessons: vec!["password-sharing".into()],
        },
    );
    wait_for(&mut app, Screen::Player, 500);
    let choices = play_with_votes(&mut app);
    assert!(choices >= 1, "the lesson has a choice");
    wait_for(&mut app, Screen::End, 100);

    // The class's answers carry the hands counted, and the class is the actor.
    let all = statements(&app);
    let answered: Vec<_> = all
        .iter()
        .filter(|s| s.verb.id == verbs::ANSWERED)
        .collect();
    assert_eq!(answered.len(), choices);
    for s in &answered {
        assert!(s.actor_is_class());
        assert_eq!(s.actor_id(), Some(class.id.to_string().as_str()));
        let result = s.result.as_ref().unwrap();
        assert_eq!(result.success, Some(true), "the majority's safe option");
        let votes = result.extensions.get(ext::VOTES).expect("votes recorded");
        let total: u64 = votes
            .as_object()
            .unwrap()
            .values()
            .filter_map(|v| v.as_u64())
            .sum();
        assert!(total >= 3, "{votes}");
    }
    assert!(all.iter().any(|s| s.verb.id == verbs::COMPLETED));

    // The end: on to the attendance, which ends the session.
    press(&mut app, TeacherAction::FinishSession);
    update_until(&mut app, "attendance", |app| {
        area(app) == Some(Area::Attendance)
    });
    press(
        &mut app,
        TeacherAction::SaveAttendance {
            children_present: 30,
            parents_present: 12,
            letters_printed: 30,
            notes: "Các con rất hào hứng.".into(),
        },
    );
    update_until(&mut app, "the session ends", |app| {
        !app.world().contains_resource::<ClassSession>()
    });
    let book = &app.world().resource::<ClassBookRes>().book;
    assert_eq!(book.sessions.len(), 1);
    assert_eq!(
        book.sessions[0].lessons,
        vec!["password-sharing".to_string()]
    );
    let attended = statements(&app)
        .into_iter()
        .find(|s| s.verb.id == verbs::ATTENDED)
        .expect("the session's attendance is recorded");
    assert_eq!(attended.result_count(ext::CHILDREN_PRESENT), Some(30));

    // Kept on disk: the log and the class book survive a restart.
    let log = std::fs::read_to_string(data.join("records.jsonl")).unwrap();
    assert_eq!(
        log.lines().count(),
        statements(&app).len() + 1,
        "header + one line each"
    );
    assert!(
        std::fs::read_to_string(data.join("classes.json"))
            .unwrap()
            .contains("Lớp 3A")
    );

    // The yearly report and the export, from these records.
    app.world_mut()
        .resource_mut::<safekite::progress::ProgressRes>()
        .progress
        .settings
        .locale = "vi".into();
    let year = safekite::grown_ups::school_year_now();
    press(
        &mut app,
        RecordsAction::MakeReport {
            year: year.clone(),
            class: None,
        },
    );
    let dir = data.join("exports").join(format!("report-{year}"));
    let html = std::fs::read_to_string(dir.join("report-vi.html")).expect("the report is written");
    assert!(
        html.contains("Trường Tiểu học Kim Đồng"),
        "the school's name heads it"
    );
    assert!(dir.join("fonts/OFL.txt").exists());
    let csv = std::fs::read_to_string(dir.join("report-vi.csv")).unwrap();
    assert!(csv.lines().count() > 3, "{csv}");
    press(&mut app, RecordsAction::Export);
    let export = std::fs::read_dir(data.join("exports"))
        .unwrap()
        .flatten()
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("safekite-records-")
        })
        .expect("the export is written");
    let text = std::fs::read_to_string(export.path()).unwrap();
    let read = safekite_records::files::read_statements(&text).expect("a valid export");
    assert_eq!(read.len(), statements(&app).len());

    // Deleting the class's records leaves nothing of it, and says how many went.
    let before = statements(&app).len();
    press(&mut app, ClassroomAction::DeleteClassRecords(class.id));
    assert!(
        statements(&app).is_empty(),
        "every statement here was the class's"
    );
    assert!(
        app.world()
            .resource::<ClassBookRes>()
            .book
            .classes
            .is_empty()
    );
    let notice = app
        .world()
        .resource::<safekite::grown_ups::ClassroomPage>()
        .notice
        .clone();
    assert_eq!(
        notice,
        Some(Ok(before + 1)),
        "its statements and its one session"
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_tied_vote_waits_for_the_teacher() {
    let data = temp_dir("tie");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    press(
        &mut app,
        ClassroomAction::CreateClass {
            name: "Lớp 1B".into(),
            band: Band::Kids,
            school_year: "2026-2027".into(),
            child_count: 25,
        },
    );
    let class = app.world().resource::<ClassBookRes>().book.classes[0].id;
    press(
        &mut app,
        ClassroomAction::StartSession {
            class,
            lessons: vec!["password-sharing".into()],
        },
    );
    wait_for(&mut app, Screen::Player, 500);
    for _ in 0..100 {
        if choice_on_stage(&app).is_some() {
            break;
        }
        press(&mut app, PlayerAction::Next);
    }
    let node = |app: &App| {
        app.world()
            .resource::<ActiveRun>()
            .0
            .current()
            .id()
            .to_string()
    };
    let at = node(&app);
    let (safe, unsafe_) = choice_on_stage(&app).expect("a choice");
    app.update();
    press(&mut app, TeacherAction::Plus(safe));
    press(
        &mut app,
        TeacherAction::Plus(unsafe_.expect("an unsafe option")),
    );
    press(&mut app, TeacherAction::GoWithTheClass);
    assert_eq!(node(&app), at, "a tie does not choose");
    assert!(app.world().resource::<VoteTally>().tie);
    // The teacher taps the class's answer on the stage.
    press(&mut app, PlayerAction::Choose(safe));
    assert_ne!(node(&app), at);
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_class_quiz_runs_to_the_golden_bell_and_its_answers_are_recorded() {
    use safekite::grown_ups::quiz::{Quiz, QuizAction, QuizMode};
    let data = temp_dir("quiz");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    press(
        &mut app,
        ClassroomAction::CreateClass {
            name: "Lớp Chồi 2".into(),
            band: Band::Little,
            school_year: "2026-2027".into(),
            child_count: 28,
        },
    );
    let class = app.world().resource::<ClassBookRes>().book.classes[0].id;
    open_gate_screen(&mut app);
    press(
        &mut app,
        ClassroomAction::StartQuiz {
            class,
            lessons: vec!["prize-popup".into(), "bad-secrets".into()],
            mode: QuizMode::Elimination,
        },
    );
    update_until(&mut app, "the quiz", |app| area(app) == Some(Area::Quiz));
    let questions = app.world().resource::<Quiz>().questions.len();
    assert_eq!(questions, 6, "two lessons' three checks each");
    let mut standing = 28;
    for q in 0..questions {
        // "Next" before the answer is shown does nothing.
        press(&mut app, QuizAction::Next);
        assert_eq!(app.world().resource::<Quiz>().index, q);
        press(&mut app, QuizAction::Reveal);
        standing -= 3;
        press(&mut app, QuizAction::Count(standing));
        press(&mut app, QuizAction::Next);
    }
    let quiz = app.world().resource::<Quiz>();
    assert!(quiz.rang, "the golden bell rings after the last question");
    assert_eq!(quiz.answering, 10);
    // A gentle bell at each answer shown, the golden bell once at the end (heard too).
    press(&mut app, QuizAction::Next);
    let mut heard = vec![Effect::Bell; 6];
    heard.push(Effect::GoldenBell);
    assert_eq!(app.world().resource::<EffectsLog>().0, heard);
    let answered: Vec<_> = statements(&app)
        .into_iter()
        .filter(|s| s.verb.id == verbs::ANSWERED)
        .collect();
    assert_eq!(answered.len(), 6);
    let counts = |s: &safekite_records::xapi::Statement| {
        let r = s.result.as_ref().unwrap();
        let n = |k: &str| r.extensions.get(k).and_then(|v| v.as_u64()).unwrap();
        (n(ext::QUIZ_ANSWERED), n(ext::QUIZ_RIGHT))
    };
    assert_eq!(counts(&answered[0]), (28, 25));
    assert_eq!(counts(&answered[5]), (13, 10));
    assert!(answered.iter().all(|s| s.actor_is_class()));
    press(&mut app, QuizAction::Finish);
    update_until(&mut app, "attendance", |app| {
        area(app) == Some(Area::Attendance)
    });
    press(
        &mut app,
        TeacherAction::SaveAttendance {
            children_present: 28,
            parents_present: 0,
            letters_printed: 0,
            notes: String::new(),
        },
    );
    update_until(&mut app, "the session ends", |app| {
        !app.world().contains_resource::<ClassSession>()
    });
    let book = &app.world().resource::<ClassBookRes>().book;
    assert_eq!(book.sessions[0].lessons, vec!["bad-secrets", "prize-popup"]);
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_storybook_and_the_letter_home_are_printed_from_the_grown_ups_area() {
    use safekite::grown_ups::{PrintAction, Printout};
    let data = temp_dir("print");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    for printout in [Printout::Storybook, Printout::Letter] {
        press(
            &mut app,
            PrintAction {
                printout,
                lesson: "prize-popup".into(),
                class: "Lớp Lá 1".into(),
                url: "https://truong.example/safekite".into(),
            },
        );
    }
    let dir = data.join("exports/print");
    let story = std::fs::read_to_string(dir.join("storybook-prize-popup-vi.html")).unwrap();
    assert!(
        story.contains("Hộp quà bất ngờ"),
        "the lesson's title in Vietnamese"
    );
    let letter = std::fs::read_to_string(dir.join("letter-vi.html")).unwrap();
    assert!(
        letter.contains("Lớp Lá 1") && letter.contains("<svg"),
        "class and QR code"
    );
    let _ = std::fs::remove_dir_all(data);
}
