//! Pictures: every picture on screen is an [`ArtPicture`] (a kind and a name); this plugin gives
//! it an `ImageNode` through the asset server. Handles are kept, so a picture shown again is not
//! loaded again (no flicker between steps). A picture that is missing (the artists may not have
//! drawn it yet) is logged once and shown as a calm placeholder; it never stops the game.
//! [`Art::preload`] asks for a lesson's pictures when it starts (per lesson, not all up front).

use bevy::asset::LoadState;
use bevy::prelude::*;
use safekite_core::ids::CastId;
use safekite_core::model::{ArtKind, Lesson, Mood, Node as LessonNode};
use std::collections::{HashMap, HashSet};

use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Art>().add_systems(
        PostUpdate,
        (notice_missing_pictures, show_pictures)
            .chain()
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// A picture to show: `art/<kind>/<name>.png`. The node's size comes with the entity's `Node`.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct ArtPicture {
    pub kind: ArtKind,
    pub name: String,
}

/// A colour the picture is multiplied by, e.g. see-through white for a sticker not earned yet.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct PictureTint(pub Color);

/// The picture to show instead when this one is missing (same kind): a cast member's plain
/// picture stands in for a mood that has not been drawn.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct ArtFallback(pub String);

/// A cast member's picture with a face: `<id>-<mood>`, falling back to `<id>`.
pub fn cast_picture(id: &CastId, mood: Mood) -> (ArtPicture, ArtFallback) {
    (
        picture(ArtKind::Cast, mood.picture(id)),
        ArtFallback(id.to_string()),
    )
}

/// Marks a picture that is shown as a placeholder because its file is missing.
#[derive(Component, Debug)]
pub struct Placeholder;

/// The picture `art/<kind>/<name>.png`, as a component (add a `Node` for its size).
pub fn picture(kind: ArtKind, name: impl Into<String>) -> ArtPicture {
    ArtPicture {
        kind,
        name: name.into(),
    }
}

/// Every picture asked for so far, and the ones found missing.
#[derive(Resource, Default)]
pub(crate) struct Art {
    handles: HashMap<String, Handle<Image>>,
    missing: HashSet<String>,
}

impl Art {
    /// The handle of a picture, loading it the first time it is asked for.
    pub(crate) fn handle(&mut self, assets: &AssetServer, path: &str) -> Handle<Image> {
        self.handles
            .entry(path.to_string())
            .or_insert_with(|| assets.load(path.to_string()))
            .clone()
    }

    /// Asks for every picture a lesson uses, so they are ready when its steps show them.
    pub(crate) fn preload(&mut self, assets: &AssetServer, lesson: &Lesson) {
        for (kind, name) in lesson.pictures() {
            let path = kind.asset_path(name);
            if !self.missing.contains(&path) {
                self.handle(assets, &path);
            }
        }
        let adult = ArtKind::Cast.asset_path(lesson.adult.as_str());
        if !self.missing.contains(&adult) {
            self.handle(assets, &adult);
        }
        for face in faces(lesson) {
            self.handle(assets, &face);
        }
    }

    /// How many pictures were found missing so far (it only grows).
    pub(crate) fn missing_count(&self) -> usize {
        self.missing.len()
    }

    /// True if the picture's file could not be loaded.
    pub(crate) fn is_missing(&self, path: &str) -> bool {
        self.missing.contains(path)
    }
}

/// The faces a lesson shows besides the calm ones (`cast/<id>-<mood>.png`); a face not drawn
/// yet shows the calm picture instead.
pub(crate) fn faces(lesson: &Lesson) -> Vec<String> {
    let mut faces = Vec::new();
    for node in &lesson.nodes {
        let (who, mood) = match node {
            LessonNode::Say(s) => (&s.speaker, s.mood),
            LessonNode::TellAdult(t) => (&t.adult, t.mood),
            _ => continue,
        };
        if !mood.is_calm() {
            faces.push(ArtKind::Cast.asset_path(&mood.picture(who)));
        }
    }
    faces
}

/// Logs each missing picture once and turns the pictures that show it into placeholders.
fn notice_missing_pictures(
    mut art: ResMut<Art>,
    assets: Res<AssetServer>,
    mut shown: Query<(Entity, &mut ArtPicture, Option<&ArtFallback>), Without<Placeholder>>,
    mut commands: Commands,
    fonts: Res<Fonts>,
) {
    let failed: Vec<String> = art
        .handles
        .iter()
        .filter(|(_, h)| matches!(assets.get_load_state(*h), Some(LoadState::Failed(_))))
        .map(|(p, _)| p.clone())
        .collect();
    if failed.is_empty() {
        return;
    }
    for path in failed {
        warn!("picture {path} is missing: a placeholder is shown");
        art.handles.remove(&path);
        art.missing.insert(path);
    }
    for (entity, mut pic, fallback) in &mut shown {
        if art.is_missing(&pic.kind.asset_path(&pic.name)) {
            match fallback.filter(|f| f.0 != pic.name) {
                Some(f) => pic.name = f.0.clone(),
                None => make_placeholder(&mut commands, entity, &pic, &fonts),
            }
        }
    }
}

/// Gives new pictures their image (or their placeholder if the file is known to be missing).
fn show_pictures(
    mut art: ResMut<Art>,
    assets: Res<AssetServer>,
    mut added: Query<
        (
            Entity,
            &mut ArtPicture,
            Option<&PictureTint>,
            Option<&ArtFallback>,
        ),
        Or<(Added<ArtPicture>, Changed<ArtPicture>)>,
    >,
    mut commands: Commands,
    fonts: Res<Fonts>,
) {
    for (entity, mut pic, tint, fallback) in &mut added {
        let mut path = pic.kind.asset_path(&pic.name);
        if art.is_missing(&path)
            && let Some(f) = fallback.filter(|f| f.0 != pic.name)
        {
            pic.name = f.0.clone();
            path = pic.kind.asset_path(&pic.name);
        }
        if art.is_missing(&path) {
            make_placeholder(&mut commands, entity, &pic, &fonts);
        } else {
            let handle = art.handle(&assets, &path);
            commands
                .entity(entity)
                .remove::<Placeholder>()
                // Every picture's node has the picture's shape: fill it exactly.
                .insert(
                    ImageNode::new(handle)
                        .with_mode(NodeImageMode::Stretch)
                        .with_color(tint.map_or(Color::WHITE, |t| t.0)),
                );
        }
    }
}

fn make_placeholder(commands: &mut Commands, entity: Entity, pic: &ArtPicture, fonts: &Fonts) {
    let mut e = commands.entity(entity);
    e.remove::<ImageNode>().insert(Placeholder);
    // A place is the backdrop: the sky colour of the stage is placeholder enough.
    if pic.kind == ArtKind::Place {
        return;
    }
    e.insert(BackgroundColor(palette::WARM_WHITE.with_alpha(0.55)));
    // A soft card with the picture's name, so authors see what is still to be drawn.
    let label = pic.name.replace('-', " ");
    e.with_child((
        Name::new("placeholder label"),
        theme::text(fonts, label, theme::size::SMALL * 0.8, palette::NAVY),
        TextLayout::justify(Justify::Center),
        Node {
            margin: UiRect::all(Val::Auto),
            max_width: percent(90),
            ..default()
        },
    ));
}
