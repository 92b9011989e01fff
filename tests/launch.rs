//! Launch options, headless: `--classroom` opens the grown-ups' gate instead of the title, and
//! the gate, once open, leads to the classroom page, once. (Where the content is looked for and
//! the portable data folder are unit tests of `src/platform/`; the bundle run from an empty
//! folder is `scripts/dist-native-test`.)

mod utils;

use bevy::prelude::*;
use safekite::grown_ups::{Area, GateAction, GateRes, Go};
use safekite::screens::Screen;
use safekite_core::gate::Ask;
use utils::*;

fn area(app: &App) -> Option<Area> {
    app.world().get_resource::<State<Area>>().map(|s| *s.get())
}

#[test]
fn classroom_launch_opens_the_gate_then_the_classroom_once() {
    let data = temp_dir("classroom-launch");
    let mut app = headless(&data);
    safekite::open_in_classroom(&mut app);
    // Loading gives way to the grown-ups' gate, not the title.
    update_until(&mut app, "the grown-ups' area", |app| {
        screen(app) != Screen::Loading
    });
    assert_eq!(screen(&app), Screen::GrownUps);
    app.update();
    assert_eq!(area(&app), Some(Area::Gate));

    // The gate as always: held 3 s (50 ms a frame), then the number.
    press(&mut app, GateAction::HoldDown);
    for _ in 0..70 {
        app.update();
    }
    press(&mut app, GateAction::HoldUp);
    let Ask::Number(n) = app.world().resource::<GateRes>().gate.ask() else {
        panic!("no PIN is set: a number is asked");
    };
    for d in n.to_string().bytes() {
        press(&mut app, GateAction::Digit(d - b'0'));
    }
    press(&mut app, GateAction::Submit);
    update_until(&mut app, "the classroom page", |app| {
        area(app) == Some(Area::Classroom)
    });

    // Back home, the area works as usual: home stays home.
    press(&mut app, Go(Some(Area::Home)));
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(area(&app), Some(Area::Home));
    let _ = std::fs::remove_dir_all(data);
}
