//! Statements: every builder makes a valid xAPI 1.0.3 statement with a pseudonymous actor, ADL
//! verbs and activity IRIs under the configured base; the validator catches what xAPI forbids;
//! files report bad statements at their line and column.

use safekite_records::files::read_statements;
use safekite_records::validate::validate;
use safekite_records::xapi::*;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use uuid::Uuid;

fn config() -> RecordConfig {
    RecordConfig {
        home_page: "https://school.example/safekite".into(),
        activity_base: "https://school.example/xapi/".into(),
        language: "vi".into(),
    }
}

const LESSON: LessonRef = LessonRef {
    id: "prize-popup",
    topic: "prize-popup",
    band: "3-6",
};

fn stamp(n: u128) -> Stamp<'static> {
    Stamp {
        id: Uuid::from_u128(n),
        timestamp: "2025-10-14T08:30:00+07:00",
        registration: Uuid::from_u128(999),
    }
}

fn every_kind() -> Vec<Statement> {
    let b = Builder::new(config());
    let child = Who::Profile {
        id: Uuid::from_u128(1),
        class: Some(Uuid::from_u128(2)),
    };
    let class = Who::Class {
        id: Uuid::from_u128(2),
        name: "Lớp 2A",
        session: Uuid::from_u128(3),
    };
    let votes = BTreeMap::from([("ask".to_string(), 20), ("tap".to_string(), 5)]);
    let answer = ChoiceAnswer {
        node: "what-now",
        option: "ask",
        safe: true,
        votes: Some(votes),
    };
    let lessons = vec!["prize-popup".to_string()];
    let attendance = Attendance {
        class_size: 32,
        band: "3-6",
        lessons: &lessons,
        children_present: 30,
        parents_present: 6,
        letters_printed: 32,
        notes: "Các em rất hào hứng.",
    };
    vec![
        b.lesson_launched(child, LESSON, stamp(10)),
        b.choice_answered(class, LESSON, &answer, stamp(11)),
        b.told_grown_up(child, LESSON, "tell", stamp(12)),
        b.wrong_turn(child, LESSON, "oops", stamp(13)),
        b.lesson_completed(child, LESSON, true, stamp(14)),
        b.check_answered(child, LESSON, "q1", Phase::Before, false, stamp(15)),
        b.session_attended(class, &attendance, stamp(16)),
    ]
}

#[test]
fn every_builder_makes_a_valid_statement() {
    for s in every_kind() {
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(validate(&v), vec![], "{v:#}");
    }
}

#[test]
fn actors_are_pseudonymous_accounts_under_the_home_page() {
    for s in every_kind() {
        let v = serde_json::to_value(&s).unwrap();
        let actor = &v["actor"];
        assert_eq!(
            actor["account"]["homePage"],
            "https://school.example/safekite"
        );
        let name = actor["account"]["name"].as_str().unwrap();
        assert!(Uuid::parse_str(name).is_ok(), "{name}");
        assert!(actor.get("mbox").is_none());
    }
}

#[test]
fn verbs_and_activities_are_iris_from_adl_and_the_base() {
    let all = every_kind();
    let verbs: Vec<&str> = all.iter().map(|s| s.verb.id.as_str()).collect();
    assert_eq!(
        verbs,
        [
            verbs::LAUNCHED,
            verbs::ANSWERED,
            verbs::ASKED,
            verbs::EXPERIENCED,
            verbs::COMPLETED,
            verbs::ANSWERED,
            verbs::ATTENDED
        ]
    );
    assert!(
        verbs
            .iter()
            .all(|v| v.starts_with("http://adlnet.gov/expapi/verbs/"))
    );
    assert_eq!(
        all[0].object.id,
        "https://school.example/xapi/lessons/prize-popup"
    );
    assert_eq!(
        all[1].object.id,
        "https://school.example/xapi/lessons/prize-popup/nodes/what-now"
    );
    assert_eq!(
        all[6].object.id,
        format!(
            "https://school.example/xapi/sessions/{}",
            Uuid::from_u128(3)
        )
    );
}

#[test]
fn a_class_vote_is_a_result_extension_and_success_says_safe() {
    let v = serde_json::to_value(&every_kind()[1]).unwrap();
    assert_eq!(v["actor"]["objectType"], "Group");
    assert_eq!(v["actor"]["name"], "Lớp 2A");
    assert_eq!(v["result"]["success"], true);
    assert_eq!(v["result"]["response"], "ask");
    assert_eq!(
        v["result"]["extensions"][ext::VOTES],
        json!({"ask": 20, "tap": 5})
    );
}

#[test]
fn attendance_and_check_questions_carry_their_figures() {
    let all = every_kind();
    let session = serde_json::to_value(&all[6]).unwrap();
    assert_eq!(session["result"]["extensions"][ext::CHILDREN_PRESENT], 30);
    assert_eq!(session["result"]["extensions"][ext::PARENTS_PRESENT], 6);
    assert_eq!(session["result"]["extensions"][ext::LETTERS_PRINTED], 32);
    assert_eq!(
        session["context"]["extensions"][ext::NOTES],
        "Các em rất hào hứng."
    );
    let check = serde_json::to_value(&all[5]).unwrap();
    assert_eq!(check["context"]["extensions"][ext::PHASE], "before");
    assert_eq!(check["result"]["success"], false);
}

fn valid() -> Value {
    serde_json::to_value(&every_kind()[0]).unwrap()
}

fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = valid();
    change(&mut v);
    validate(&v).iter().map(|p| p.to_string()).collect()
}

#[test]
fn the_validator_catches_what_xapi_forbids() {
    let cases: Vec<(Box<dyn FnOnce(&mut Value)>, &str)> = vec![
        (
            Box::new(|v| drop(v.as_object_mut().unwrap().remove("actor"))),
            "actor: is required",
        ),
        (
            Box::new(|v| v["id"] = json!("not-a-uuid")),
            "id: must be a UUID",
        ),
        (
            Box::new(|v| v["verb"]["id"] = json!("launched")),
            "verb.id: must be an absolute IRI",
        ),
        (
            Box::new(|v| v["object"]["id"] = json!("a lesson")),
            "object.id: must be an absolute IRI",
        ),
        (
            Box::new(|v| v["timestamp"] = json!("14/10/2025")),
            "timestamp: must be an RFC 3339",
        ),
        (
            Box::new(|v| v["result"] = json!({"success": "yes"})),
            "result.success: must be true or false",
        ),
        (
            Box::new(|v| v["result"] = json!({"score": {"scaled": 2}})),
            "result.score.scaled: must be between -1 and 1",
        ),
        (
            Box::new(|v| v["mood"] = json!("happy")),
            "mood: is not an xAPI 1.0.3 property",
        ),
        (
            Box::new(|v| v["actor"]["mbox"] = json!("mailto:a@b.example")),
            "exactly one identifier",
        ),
        (
            Box::new(|v| v["actor"]["account"]["homePage"] = json!("school")),
            "actor.account.homePage: must be an absolute IRI",
        ),
        (
            Box::new(|v| v["context"]["extensions"]["band"] = json!("3-6")),
            "extension keys must be IRIs",
        ),
        (
            Box::new(|v| v["context"]["registration"] = json!(42)),
            "context.registration: must be a UUID",
        ),
    ];
    for (change, expected) in cases {
        let problems = problems_after(change);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "expected {expected:?} in {problems:?}"
        );
    }
}

#[test]
fn reading_refuses_every_statement_the_validator_refuses() {
    let mut changes: Vec<Box<dyn Fn(&mut Value)>> = vec![
        Box::new(|v| drop(v.as_object_mut().unwrap().remove("timestamp"))),
        Box::new(|v| v["verb"]["id"] = json!("launched")),
        Box::new(|v| v["verb"]["display"] = json!({"en US": "launched"})),
        Box::new(|v| v["object"]["id"] = json!("a lesson")),
        Box::new(|v| v["object"]["definition"]["type"] = json!("lesson")),
        Box::new(|v| v["object"]["definition"]["colour"] = json!("red")),
        Box::new(|v| v["timestamp"] = json!("14/10/2025")),
        Box::new(|v| v["stored"] = json!("yesterday")),
        Box::new(|v| v["version"] = json!("2.0.0")),
        Box::new(|v| v["result"] = json!({"success": null})),
        Box::new(|v| v["result"] = json!({"extensions": {"votes": 1}})),
        Box::new(|v| v["mood"] = json!("happy")),
        Box::new(|v| v["actor"]["objectType"] = json!("Person")),
        Box::new(|v| drop(v["actor"].as_object_mut().unwrap().remove("account"))),
        Box::new(|v| v["actor"]["account"]["name"] = json!("")),
        Box::new(|v| v["actor"]["account"]["homePage"] = json!("school")),
        Box::new(|v| v["context"]["extensions"]["band"] = json!("3-6")),
        Box::new(|v| v["context"]["contextActivities"]["parent"][0]["id"] = json!("lesson")),
        Box::new(|v| v["context"]["contextActivities"]["sibling"] = json!([])),
        Box::new(|v| v["authority"] = json!({"name": "nobody"})),
    ];
    changes.push(Box::new(|v| v["context"]["registration"] = json!(42)));
    for (i, change) in changes.iter().enumerate() {
        let mut v = valid();
        change(&mut v);
        assert!(
            !validate(&v).is_empty(),
            "case {i}: the validator accepts {v}"
        );
        let text = format!("[\n{v}\n]");
        assert!(
            read_statements(&text).is_err(),
            "case {i}: read accepts {v}"
        );
    }
    let text = format!("[\n{}\n]", valid());
    assert_eq!(read_statements(&text).unwrap().len(), 1);
}

#[test]
fn a_bad_statement_in_an_export_is_reported_at_its_line() {
    let good = serde_json::to_string(&every_kind()[0]).unwrap();
    let mut bad = valid();
    bad["verb"]["id"] = json!("answered");
    let text = format!("[\n{good},\n  {bad}\n]\n");
    let errors = read_statements(&text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].line, errors[0].col), (3, 3));
    assert!(
        errors[0].message.contains("verb.id"),
        "{}",
        errors[0].message
    );
}

#[test]
fn text_that_is_not_json_is_reported_at_its_line_and_column() {
    let errors = read_statements("[\n{\"id\": }\n]").unwrap_err();
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0].message.starts_with("not a JSON array"),
        "{}",
        errors[0].message
    );
}
