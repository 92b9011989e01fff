//! The lesson runner: what happens at each step of the sample lesson, and resuming mid-lesson.

mod common;

use safekite_core::ids::MessageId;
use safekite_core::model::{Lesson, Outcome, Safety, Screen};
use safekite_core::runner::{LessonRun, RunError, RunEvent, RunState};
use std::sync::Arc;

fn sample() -> Arc<Lesson> {
    let text = common::fixture(common::SAMPLE);
    Arc::new(safekite_core::load::parse_lesson(&text).unwrap())
}

fn narrations(events: &[RunEvent]) -> Vec<MessageId> {
    events
        .iter()
        .filter_map(|e| match e {
            RunEvent::PlayNarration { id } => Some(id.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn starting_shows_the_place_and_the_first_line() {
    let (run, events) = LessonRun::start(sample()).unwrap();
    assert_eq!(
        events,
        vec![
            RunEvent::Background {
                place: "living-room".into()
            },
            RunEvent::ShowLine {
                speaker: "mai".into(),
                line: "prize-popup-hello".into(),
                picture: None
            },
            RunEvent::PlayNarration {
                id: "prize-popup-hello".into()
            },
        ]
    );
    assert_eq!(run.current().id(), "hello");
    assert!(run.options().is_empty());
    assert_eq!(run.outcome(), None);
}

#[test]
fn a_wrong_turn_shows_its_consequence_and_comes_back_to_the_choice() {
    let (mut run, _) = LessonRun::start(sample()).unwrap();
    run.advance().unwrap(); // colouring
    let events = run.advance().unwrap(); // the pop-up
    assert!(
        matches!(&events[0], RunEvent::ShowDevice { screen: Screen::Popup { title, .. }, .. } if title == "prize-popup-screen-title")
    );
    run.advance().unwrap(); // tummy
    let events = run.advance().unwrap(); // the choice
    assert!(matches!(&events[0], RunEvent::OfferChoice { options, .. } if options.len() == 3));
    assert_eq!(run.advance(), Err(RunError::MustChoose));
    let events = run.choose(0).unwrap(); // tap the prize: unsafe
    assert_eq!(
        events[0],
        RunEvent::Chose {
            option: 0,
            safety: Safety::Unsafe
        }
    );
    assert_eq!(narrations(&events), vec!["prize-popup-oops"]);
    run.advance().unwrap(); // oops-back
    let events = run.advance().unwrap();
    assert_eq!(run.current().id(), "what-now", "back at the choice");
    assert!(matches!(events[0], RunEvent::OfferChoice { .. }));
    assert_eq!(run.state().choices.len(), 1);
    assert_eq!(run.choose(7), Err(RunError::NoSuchOption(7)));
}

#[test]
fn tell_a_grown_up_at_the_choice_picks_the_grown_up_option() {
    let (mut run, _) = LessonRun::start(sample()).unwrap();
    for _ in 0..4 {
        run.advance().unwrap();
    }
    assert_eq!(run.current().id(), "what-now");
    let events = run.tell_grown_up();
    assert_eq!(
        events[0],
        RunEvent::Chose {
            option: 1,
            safety: Safety::TellAdult
        }
    );
    assert!(events.iter().any(|e| matches!(e, RunEvent::GrownUpScene { adult, child_can_say, .. } if adult == "mum" && child_can_say.len() == 2)));
    assert_eq!(
        events
            .iter()
            .filter(|e| matches!(e, RunEvent::HideDevice))
            .count(),
        1,
        "the pretend tablet is put away"
    );
    assert_eq!(run.advance(), Err(RunError::MustSaySomething));
    let events = run.say_to_adult(1).unwrap();
    assert_eq!(
        narrations(&events),
        vec!["prize-popup-say-tummy", "prize-popup-mum-answer"]
    );
    assert!(run.state().told_adult);
}

#[test]
fn tell_a_grown_up_elsewhere_is_never_punished() {
    let (mut run, _) = LessonRun::start(sample()).unwrap();
    let before = run.state().clone();
    let events = run.tell_grown_up();
    assert_eq!(
        events,
        vec![
            RunEvent::GrownUpReassures {
                adult: "mum".into(),
                line: "glad-you-asked-mum".into()
            },
            RunEvent::PlayNarration {
                id: "glad-you-asked-mum".into()
            },
        ]
    );
    assert_eq!(
        run.current().id(),
        &before.node,
        "the story stays where it was"
    );
    assert_eq!(run.state().asked_for_help, 1);
    run.advance().unwrap();
    assert_eq!(run.current().id(), "colouring");
}

#[test]
fn the_safe_path_ends_well_with_the_sticker() {
    let (mut run, _) = LessonRun::start(sample()).unwrap();
    for _ in 0..4 {
        run.advance().unwrap();
    }
    run.choose(2).unwrap(); // hands in lap
    run.advance().unwrap(); // to Mum
    run.say_to_adult(0).unwrap();
    run.advance().unwrap(); // close together
    run.advance().unwrap(); // catchphrase
    let events = run.advance().unwrap();
    match &events[0] {
        RunEvent::Finished {
            outcome,
            sticker,
            line,
        } => {
            assert_eq!(*outcome, Outcome::Good);
            assert_eq!(line, "prize-popup-well-done");
            assert_eq!(sticker.as_ref().unwrap().picture, "gift-star");
        }
        other => panic!("expected Finished, got {other:?}"),
    }
    assert_eq!(run.outcome(), Some(Outcome::Good));
    assert_eq!(run.advance(), Err(RunError::Finished));
    assert_eq!(run.choose(0), Err(RunError::Finished));
}

#[test]
fn a_run_resumes_on_the_same_step_after_saving() {
    let (mut run, _) = LessonRun::start(sample()).unwrap();
    run.advance().unwrap();
    let shown = run.advance().unwrap(); // the pop-up is on the tablet
    run.advance().unwrap(); // tummy, pop-up still shown
    let saved = ron::to_string(run.state()).unwrap();
    let state: RunState = ron::from_str(&saved).unwrap();
    assert_eq!(&state, run.state());
    let (resumed, events) = LessonRun::resume(sample(), state).unwrap();
    assert_eq!(resumed.current().id(), "tummy");
    assert_eq!(
        events[0],
        RunEvent::Background {
            place: "living-room".into()
        }
    );
    assert_eq!(
        events[1], shown[0],
        "the pretend tablet shows the same screen again"
    );
    assert_eq!(narrations(&events), vec!["prize-popup-tummy"]);

    // The same inputs from here give the same results as the original run.
    let mut a = run;
    let mut b = resumed;
    assert_eq!(a.advance(), b.advance());
    assert_eq!(a.choose(0), b.choose(0));
    assert_eq!(a.state(), b.state());
}

#[test]
fn resuming_a_state_from_elsewhere_is_refused_with_a_reason() {
    let (run, _) = LessonRun::start(sample()).unwrap();
    let mut state = run.state().clone();
    state.format = 99;
    assert!(matches!(
        LessonRun::resume(sample(), state),
        Err(RunError::BadState(_))
    ));
    let mut state = run.state().clone();
    state.lesson = "other".into();
    assert!(matches!(
        LessonRun::resume(sample(), state),
        Err(RunError::BadState(_))
    ));
    let mut state = run.state().clone();
    state.node = "gone".into();
    assert!(matches!(
        LessonRun::resume(sample(), state),
        Err(RunError::BadState(_))
    ));
}

#[test]
fn the_lessons_own_grown_up_answers_and_an_unknown_one_is_refused_not_turned_into_mum() {
    let mut lesson = (*sample()).clone();
    lesson.adult = "grandma".into();
    let (mut run, _) = LessonRun::start(Arc::new(lesson.clone())).unwrap();
    assert_eq!(
        narrations(&run.tell_grown_up()),
        vec![MessageId::from("glad-you-asked-grandma")]
    );
    let saved = run.state().clone();
    lesson.adult = "stranger".into();
    let lesson = Arc::new(lesson);
    let refused = RunError::UnknownGrownUp("stranger".into());
    assert_eq!(LessonRun::start(lesson.clone()).unwrap_err(), refused);
    assert_eq!(LessonRun::resume(lesson, saved).unwrap_err(), refused);
    assert!(
        refused.to_string().contains("mum, dad, grandma"),
        "{refused}"
    );
}
