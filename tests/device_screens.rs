//! Every Device node of every shipped lesson (and of the test-only `teen-screens` lesson, which
//! has every teen screen) is drawn headless: its texts show in words (never a missing `[id]`),
//! each element a Choice can name is there once, and the elements the options name are buttons
//! that take those options. And on the pretend phone, tapping an element takes its option.

mod utils;

use bevy::prelude::*;
use safekite::device::{DeviceElement, DeviceText, MIN_TEXT_ON_SCREEN, TakesOption, spawn_device};
use safekite::lesson_player::ActiveRun;
use safekite::screens::Screen;
use safekite::theme::Fonts;
use safekite_core::ids::NodeId;
use safekite_core::load::parse_lesson;
use safekite_core::model::{ChoiceOption, Lesson, Node as LessonNode};
use safekite_core::words::Words;
use std::path::{Path, PathBuf};
use utils::*;

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/teen-screens")
}

/// Every lesson under `dir`, parsed.
fn lessons_under(dir: &Path, out: &mut Vec<Lesson>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            lessons_under(&p, out);
        } else if p.to_string_lossy().ends_with(".lesson.ron") {
            let text = std::fs::read_to_string(&p).unwrap();
            out.push(parse_lesson(&text).unwrap_or_else(|e| panic!("{}: {e:?}", p.display())));
        }
    }
}

/// The words of the repository and the fixture, in `locale`.
fn words() -> Words {
    let mut w = Words::new();
    for dir in [repo().join("locales"), fixture().join("locales")] {
        for locale in ["vi", "en"] {
            for e in std::fs::read_dir(dir.join(locale)).unwrap().flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap();
                w.add_file(locale, &e.path().to_string_lossy(), &text);
            }
        }
    }
    w
}

/// The options of the Choice that acts on Device node `id`, if any.
fn options_on(lesson: &Lesson, id: &NodeId) -> Vec<ChoiceOption> {
    lesson
        .nodes
        .iter()
        .find_map(|n| match n {
            LessonNode::Choice(c) if c.on_device.as_ref() == Some(id) => Some(c.options.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// `root` and every entity under it.
fn tree(app: &App, root: Entity) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(e) = stack.pop() {
        out.push(e);
        if let Some(children) = app.world().get::<Children>(e) {
            stack.extend(children.iter());
        }
    }
    out
}

/// Every text under the entity `root`.
fn texts_under(app: &mut App, root: Entity) -> Vec<String> {
    tree(app, root)
        .into_iter()
        .filter_map(|e| app.world().get::<Text>(e).map(|t| t.0.clone()))
        .collect()
}

#[test]
fn every_device_node_of_every_lesson_is_drawn_with_its_words_and_elements() {
    let mut lessons = Vec::new();
    lessons_under(&repo().join("lessons"), &mut lessons);
    lessons_under(&fixture().join("lessons"), &mut lessons);
    let words = words();
    let data = temp_dir("device-screens");
    let mut app = headless(&data);
    app.update();
    let fonts = app.world().resource::<Fonts>().clone();
    let mut kinds = std::collections::BTreeSet::new();
    let mut drawn = 0;
    for lesson in &lessons {
        for node in &lesson.nodes {
            let LessonNode::Device(d) = node else {
                continue;
            };
            let options = options_on(lesson, &d.id);
            for locale in ["vi", "en"] {
                let root = app
                    .world_mut()
                    .spawn((Node::default(), Name::new("test-root")))
                    .id();
                {
                    let mut commands = app.world_mut().commands();
                    commands.entity(root).with_children(|p| {
                        spawn_device(p, d.device, &d.screen, &words, locale, &fonts, &options)
                    });
                }
                app.world_mut().flush();
                let at = format!("{} node {} ({locale})", lesson.id, d.id);
                let shown = texts_under(&mut app, root);
                for id in d.screen.shown_texts() {
                    let want = words.text(locale, id.as_str());
                    assert!(!want.starts_with('['), "{at}: no words for {id}");
                    assert!(shown.contains(&want), "{at}: {id} not shown: {shown:?}");
                }
                assert!(
                    !shown.iter().any(|s| s.starts_with('[')),
                    "{at}: a missing word: {shown:?}"
                );
                check_elements(&mut app, &d.screen, &options, &at);
                app.world_mut().entity_mut(root).despawn();
                drawn += 1;
            }
            kinds.insert(d.screen.kind());
        }
    }
    // The fixture has every screen, so none goes untested.
    for kind in [
        "WebPage",
        "Feed",
        "Composer",
        "GroupChat",
        "PrivacySettings",
        "CodeMessage",
        "Report",
        "Chat",
        "Popup",
        "FriendRequest",
        "LinkMessage",
    ] {
        assert!(kinds.contains(kind), "no lesson draws a {kind} screen");
    }
    assert!(drawn > 40, "only {drawn} screens drawn");
}

/// Each element of the screen is there once; the ones the options name are buttons that take
/// those options (the lesson player turns `TakesOption` into its verb: the second test taps one).
fn check_elements(
    app: &mut App,
    screen: &safekite_core::model::Screen,
    options: &[ChoiceOption],
    at: &str,
) {
    let mut q = app
        .world_mut()
        .query::<(&DeviceElement, Option<&TakesOption>, Has<Button>)>();
    let found: Vec<(String, Option<TakesOption>, bool)> = q
        .iter(app.world())
        .map(|(e, a, b)| (e.0.clone(), a.cloned(), b))
        .collect();
    let mut names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    names.sort();
    let mut want: Vec<String> = screen.elements();
    want.sort();
    assert_eq!(names, want, "{at}: the screen's elements");
    for (element, action, button) in &found {
        let linked = options
            .iter()
            .position(|o| o.element.as_deref() == Some(element));
        match linked {
            Some(i) => {
                assert!(*button, "{at}: {element} is not a button");
                assert!(
                    matches!(action, Some(TakesOption(j)) if *j == i),
                    "{at}: {element} does not take option {i}: {action:?}"
                );
            }
            None => assert!(
                !button,
                "{at}: {element} is a button but no option names it"
            ),
        }
    }
}

/// Makes an 11-15 player and opens the fixture lesson.
fn open_fixture(app: &mut App) {
    wait_for(app, Screen::Title, 2000);
    tap(app, "new-profile");
    tap(app, "band-11-15");
    tap(app, "create-profile");
    assert_eq!(screen(app), Screen::Map);
    tap(app, "lesson-teen-screens");
    assert_eq!(screen(app), Screen::Player);
}

fn step(app: &App) -> String {
    app.world()
        .resource::<ActiveRun>()
        .0
        .current()
        .id()
        .to_string()
}

#[test]
fn tapping_an_element_on_the_phone_takes_its_option() {
    let data = temp_dir("device-tap");
    let locales = temp_dir("device-tap-locales");
    for locale in ["vi", "en"] {
        std::fs::create_dir_all(locales.join(locale)).unwrap();
        for dir in [repo().join("locales"), fixture().join("locales")] {
            for e in std::fs::read_dir(dir.join(locale)).unwrap().flatten() {
                std::fs::copy(e.path(), locales.join(locale).join(e.file_name())).unwrap();
            }
        }
    }
    let mut app = headless_with(&data, &fixture().join("lessons"), &locales);
    open_fixture(&mut app);
    while step(&app) != "check" {
        tap(&mut app, "next");
    }
    let b = buttons(&mut app);
    assert!(b.contains(&"device-element-log-in".to_string()), "{b:?}");
    assert!(b.contains(&"device-element-address".to_string()), "{b:?}");
    // The option buttons stay, for children who prefer them.
    assert!(
        b.iter().filter(|n| n.starts_with("option-")).count() == 3,
        "{b:?}"
    );
    // The fake page is on stage (not the real one shown just before).
    let view = app
        .world()
        .resource::<safekite::lesson_player::PlayerView>();
    assert!(
        matches!(
            &view.device,
            Some((_, safekite_core::model::Screen::WebPage { fake: true, .. }))
        ),
        "{:?}",
        view.device
    );
    tap(&mut app, "device-element-log-in");
    assert_eq!(step(&app), "oops", "tapping Log in took the wrong turn");
    tap(&mut app, "next");
    assert_eq!(step(&app), "check");
    tap(&mut app, "device-element-address");
    assert_eq!(
        step(&app),
        "feed",
        "tapping the address took the safe option"
    );
}

/// The sizes of the texts under `root`, with the sizes they were designed at.
fn text_sizes_under(app: &mut App, root: Entity) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    for e in tree(app, root) {
        if let (Some(font), Some(design)) = (
            app.world().get::<TextFont>(e),
            app.world().get::<DeviceText>(e),
        ) && let FontSize::Px(px) = font.font_size
        {
            out.push((px, design.0));
        }
    }
    out
}

#[test]
fn device_text_is_never_too_small_to_read_and_large_text_keeps_its_size() {
    let mut lessons = Vec::new();
    lessons_under(&fixture().join("lessons"), &mut lessons);
    let words = words();
    let data = temp_dir("device-text-size");
    let mut app = headless(&data);
    app.update();
    let fonts = app.world().resource::<Fonts>().clone();
    // 1280x800 (scale 1), a small tablet (1024x600), a phone in landscape (844x390).
    for scale in [1.0, 0.75, 390.0 / 800.0] {
        app.insert_resource(UiScale(scale));
        for node in &lessons[0].nodes {
            let LessonNode::Device(d) = node else {
                continue;
            };
            let root = app
                .world_mut()
                .spawn((Node::default(), Name::new("test-root")))
                .id();
            {
                let mut commands = app.world_mut().commands();
                commands.entity(root).with_children(|p| {
                    spawn_device(p, d.device, &d.screen, &words, "vi", &fonts, &[])
                });
            }
            app.update();
            let sizes = text_sizes_under(&mut app, root);
            assert!(!sizes.is_empty(), "{}: no device text", d.id);
            for (px, design) in sizes {
                let on_screen = px * scale;
                assert!(
                    on_screen >= MIN_TEXT_ON_SCREEN - 0.01,
                    "{} at scale {scale}: a {design} px text is {on_screen} px on screen",
                    d.id
                );
                assert!(px >= design, "{}: a text got smaller", d.id);
                if design * scale >= MIN_TEXT_ON_SCREEN {
                    assert_eq!(px, design, "{}: a readable text changed size", d.id);
                }
            }
            app.world_mut().entity_mut(root).despawn();
        }
    }
}
