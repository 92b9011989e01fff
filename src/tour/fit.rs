//! The tour's check that words and pictures fit: on every screenshot, a text must fit its box
//! (its laid-out lines no larger than the node it is drawn in) and must not be cut off, by the
//! window or by a box around it that clips (a text in a scrolling list may be cut, as long as
//! it can be scrolled into view whole); a picture must not be squeezed below a size a child can
//! make out, nor drawn stretched or squashed out of its own shape, nor cut off (the place
//! behind a scene is meant to cover the window, cut at its sides: only its shape is checked).
//! And no text's glyphs may run into a button it is not the label of. The layout check
//! ([`super::layout`]) reports what it finds with the buttons' problems.

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::ui::{CalculatedClip, ComputedNode, ComputedStackIndex, OverflowAxis, UiGlobalTransform};
use safekite_core::model::ArtKind;

use super::layout::PlacedButton;
use crate::art::ArtPicture;

/// Slack for rounding, in physical pixels.
const SLACK: f32 = 2.0;

/// How far a picture's box may be from its image's shape (width over height) before it shows
/// stretched or squashed: 6%.
const SHAPE_TOLERANCE: f32 = 0.06;

/// The smallest a picture's shorter side may be, in logical pixels, by kind: a scene picture
/// (the news of a step, drawn to be looked at) must stay large; an icon, an avatar, a sticker
/// or a figure must stay big enough to make out. The place behind a scene covers the window.
pub(crate) fn min_picture_side(kind: ArtKind) -> f32 {
    match kind {
        ArtKind::Place => 0.0,
        ArtKind::Picture => 48.0,
        ArtKind::Cast | ArtKind::Sticker => 40.0,
        ArtKind::Icon | ArtKind::Avatar => 24.0,
    }
}

/// Where a node is seen: its box, in physical pixels from the window's top left, what clips it
/// (its ancestors' clip and the window), and on which axes an ancestor scrolls.
#[derive(Clone, Debug)]
pub(crate) struct Seen {
    pub rect: Rect,
    pub clip: Rect,
    pub scrolls: BVec2,
}

/// A text as laid out: a short name (its first words), where it is seen, the size of its
/// laid-out lines in physical pixels, the rectangle its glyphs are drawn in, and whether a card
/// drawn over the screen (a `ZIndex` above it, such as the grown-up's reassurance) covers it.
#[derive(Clone, Debug)]
pub(crate) struct PlacedText {
    pub name: String,
    pub seen: Seen,
    pub lines: Vec2,
    pub ink: Rect,
    pub covered: bool,
}

/// A picture as laid out: its name, where it is seen, its image's size in pixels (when it has
/// loaded), the smallest its shorter side may be (physical pixels), and whether it is meant to
/// cover a box larger than itself and be cut (the place behind a scene).
#[derive(Clone, Debug)]
pub(crate) struct PlacedPicture {
    pub name: String,
    pub seen: Seen,
    pub image: Option<Vec2>,
    pub min_side: f32,
    pub covers: bool,
}

/// The sides of `rect` that `clip` cuts off, ignoring the axes that scroll when `rect` fits in
/// the clip along them (it can be scrolled into view whole). Empty when nothing is cut.
pub(crate) fn cut_sides(rect: Rect, clip: Rect, scrolls: BVec2) -> Vec<&'static str> {
    let fits = rect.size().cmple(clip.size() + SLACK);
    let mut sides = Vec::new();
    if !(scrolls.y && fits.y) {
        if rect.min.y < clip.min.y - SLACK {
            sides.push("top");
        }
        if rect.max.y > clip.max.y + SLACK {
            sides.push("bottom");
        }
    }
    if !(scrolls.x && fits.x) {
        if rect.min.x < clip.min.x - SLACK {
            sides.push("left");
        }
        if rect.max.x > clip.max.x + SLACK {
            sides.push("right");
        }
    }
    sides
}

/// What is wrong with these texts. Empty when all is well.
pub(crate) fn text_problems(texts: &[PlacedText]) -> Vec<String> {
    let mut problems = Vec::new();
    for t in texts {
        let size = t.seen.rect.size();
        if t.lines.x > size.x + SLACK || t.lines.y > size.y + SLACK {
            problems.push(format!(
                "text \"{}\" overflows its box (its lines {:.0}x{:.0}, its box {:.0}x{:.0})",
                t.name, t.lines.x, t.lines.y, size.x, size.y
            ));
        }
        // Where its lines are drawn: from its box's centre, at least its box.
        let drawn = Rect::from_center_size(t.seen.rect.center(), size.max(t.lines));
        let sides = cut_sides(drawn, t.seen.clip, t.seen.scrolls);
        if !sides.is_empty() {
            problems.push(format!(
                "text \"{}\" is cut off at its {}",
                t.name,
                sides.join(" and ")
            ));
        }
    }
    problems
}

/// Texts that run into a button they are not inside (a label lies inside its own button): the
/// words of a crowded column pushed out of it, under the buttons below. Empty when all is well.
pub(crate) fn texts_into_buttons(texts: &[PlacedText], buttons: &[PlacedButton]) -> Vec<String> {
    let mut problems = Vec::new();
    for t in texts.iter().filter(|t| !t.covered) {
        // What shows of its glyphs (a list scrolled shows part of a card and of its label).
        let drawn = t.ink.intersect(t.seen.clip);
        for b in buttons {
            let overlap = drawn.intersect(b.rect);
            let inside = b.rect.inflate(SLACK).contains(drawn.min)
                && b.rect.inflate(SLACK).contains(drawn.max);
            if overlap.width() > SLACK && overlap.height() > SLACK && !inside {
                problems.push(format!("text \"{}\" runs into button {}", t.name, b.name));
            }
        }
    }
    problems
}

/// What is wrong with these pictures. Empty when all is well.
pub(crate) fn picture_problems(pictures: &[PlacedPicture]) -> Vec<String> {
    let mut problems = Vec::new();
    for p in pictures {
        let size = p.seen.rect.size();
        if size.min_element() + SLACK < p.min_side {
            problems.push(format!(
                "picture {} is squeezed to {:.0}x{:.0} (its shorter side under {:.0})",
                p.name, size.x, size.y, p.min_side
            ));
        }
        if let Some(image) = p.image.filter(|i| i.min_element() > 0.0)
            && size.min_element() > 0.0
        {
            let stretch = (size.x / size.y) / (image.x / image.y);
            if (stretch - 1.0).abs() > SHAPE_TOLERANCE {
                let how = if stretch > 1.0 { "wide" } else { "tall" };
                problems.push(format!(
                    "picture {} is drawn {:.0}% too {how} ({:.0}x{:.0} for a {:.0}x{:.0} image)",
                    p.name,
                    (stretch.max(1.0 / stretch) - 1.0) * 100.0,
                    size.x,
                    size.y,
                    image.x,
                    image.y
                ));
            }
        }
        let sides = cut_sides(p.seen.rect, p.seen.clip, p.seen.scrolls);
        if !p.covers && !sides.is_empty() {
            problems.push(format!(
                "picture {} is cut off at its {}",
                p.name,
                sides.join(" and ")
            ));
        }
    }
    problems
}

/// The size of a text's laid-out lines in physical pixels: as tall as its lines, as wide as its
/// glyphs reach (a line's trailing space, which wrapping leaves at its end, draws nothing).
fn lines_size(layout: &TextLayoutInfo, inverse_scale: f32) -> Vec2 {
    let size = layout.size / inverse_scale;
    let inked = layout
        .glyphs
        .iter()
        .map(|g| g.position.x + g.atlas_info.rect.width() / 2.0)
        .reduce(f32::max);
    Vec2::new(inked.unwrap_or(size.x), size.y)
}

/// The rectangle a text's glyphs are drawn in, in physical pixels, its lines starting at
/// `top_left` (its content box's corner).
fn ink_rect(layout: &TextLayoutInfo, top_left: Vec2) -> Rect {
    layout
        .glyphs
        .iter()
        .map(|g| Rect::from_center_size(g.position, g.atlas_info.rect.size()))
        .reduce(|a, b| a.union(b))
        .map_or(Rect::from_corners(top_left, top_left), |r| Rect {
            min: r.min + top_left,
            max: r.max + top_left,
        })
}

/// What the fit check reads of a frame: texts, pictures, and the boxes around them.
#[derive(bevy::ecs::system::SystemParam)]
pub(crate) struct FitPlaces<'w, 's> {
    texts: Query<'w, 's, (Entity, &'static Text, &'static TextLayoutInfo)>,
    pictures: Query<'w, 's, (Entity, &'static ImageNode, &'static ArtPicture)>,
    nodes: Query<
        'w,
        's,
        (
            &'static ComputedNode,
            &'static UiGlobalTransform,
            &'static InheritedVisibility,
            Option<&'static CalculatedClip>,
        ),
    >,
    overflow: Query<'w, 's, &'static Node>,
    overlays: Query<
        'w,
        's,
        (
            Entity,
            &'static ComputedNode,
            &'static UiGlobalTransform,
            &'static ComputedStackIndex,
        ),
        With<ZIndex>,
    >,
    stack: Query<'w, 's, &'static ComputedStackIndex>,
    parents: Query<'w, 's, &'static ChildOf>,
    images: Res<'w, Assets<Image>>,
}

impl FitPlaces<'_, '_> {
    /// Where `entity` is seen in a window of `window` physical pixels (its content box); none
    /// when it is hidden or has no size at all.
    fn seen(&self, entity: Entity, window: Vec2) -> Option<(Seen, f32)> {
        let (node, transform, shown, clip) = self.nodes.get(entity).ok()?;
        // A box squashed to a line is seen (and named); one of no size at all is not shown.
        if !shown.get() || node.size.max_element() <= 0.0 {
            return None;
        }
        let content = node.content_box();
        let rect = Rect::from_center_size(transform.translation + content.center(), content.size());
        let screen = Rect::from_corners(Vec2::ZERO, window);
        let clip = clip.map_or(screen, |c| c.clip.intersect(screen));
        let scrolls = self.scrolls(entity);
        Some((
            Seen {
                rect,
                clip,
                scrolls,
            },
            node.inverse_scale_factor,
        ))
    }

    /// A card drawn over the screen (not one `entity` is in) covers `rect` of `entity`.
    fn covered(&self, entity: Entity, rect: Rect) -> bool {
        let Ok(mine) = self.stack.get(entity) else {
            return false;
        };
        self.overlays.iter().any(|(over, node, transform, stack)| {
            let area = Rect::from_center_size(transform.translation, node.size);
            stack.0 > mine.0
                && area.contains(rect.min)
                && area.contains(rect.max)
                && !self.parents.iter_ancestors(entity).any(|up| up == over)
        })
    }

    /// On which axes a box around `entity` scrolls.
    fn scrolls(&self, entity: Entity) -> BVec2 {
        let mut scrolls = BVec2::FALSE;
        for up in self.parents.iter_ancestors(entity) {
            if let Ok(node) = self.overflow.get(up) {
                scrolls.x |= node.overflow.x == OverflowAxis::Scroll;
                scrolls.y |= node.overflow.y == OverflowAxis::Scroll;
            }
        }
        scrolls
    }

    /// The texts on screen (those with lines: not empty ones).
    pub(crate) fn texts(&self, window: Vec2) -> Vec<PlacedText> {
        let mut placed = Vec::new();
        for (entity, text, layout) in &self.texts {
            let Some((seen, inverse_scale)) = self.seen(entity, window) else {
                continue;
            };
            if layout.size.min_element() <= 0.0 {
                continue;
            }
            let name: String = text.0.chars().take(32).collect();
            let ink = ink_rect(layout, seen.rect.min);
            placed.push(PlacedText {
                name: name.replace('\n', " "),
                covered: self.covered(entity, seen.rect),
                seen,
                lines: lines_size(layout, inverse_scale),
                ink,
            });
        }
        placed
    }

    /// The pictures on screen.
    pub(crate) fn pictures(&self, window: Vec2) -> Vec<PlacedPicture> {
        let mut placed = Vec::new();
        for (entity, image, art) in &self.pictures {
            let Some((seen, inverse_scale)) = self.seen(entity, window) else {
                continue;
            };
            placed.push(PlacedPicture {
                name: format!("{}/{}", art.kind.folder(), art.name),
                seen,
                image: self.images.get(&image.image).map(|i| i.size_f32()),
                min_side: min_picture_side(art.kind) / inverse_scale,
                covers: art.kind == ArtKind::Place,
            });
        }
        placed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: Rect = Rect {
        min: Vec2::ZERO,
        max: Vec2::new(1000.0, 500.0),
    };

    fn seen(x0: f32, y0: f32, x1: f32, y1: f32) -> Seen {
        Seen {
            rect: Rect::new(x0, y0, x1, y1),
            clip: WINDOW,
            scrolls: BVec2::FALSE,
        }
    }

    fn text(seen: Seen, lines: Vec2) -> PlacedText {
        PlacedText {
            name: "hello".into(),
            ink: seen.rect,
            seen,
            lines,
            covered: false,
        }
    }

    fn picture(seen: Seen, image: Vec2) -> PlacedPicture {
        PlacedPicture {
            name: "picture/gift-box".into(),
            seen,
            image: Some(image),
            min_side: 48.0,
            covers: false,
        }
    }

    #[test]
    fn a_text_that_fits_its_box_inside_the_window_is_fine() {
        let t = text(seen(10., 10., 210., 60.), Vec2::new(200., 50.));
        assert!(text_problems(&[t]).is_empty());
    }

    #[test]
    fn a_text_larger_than_its_box_is_named() {
        let t = text(seen(10., 100., 210., 130.), Vec2::new(200., 80.));
        let problems = text_problems(&[t]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("\"hello\" overflows its box"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_text_cut_by_a_box_around_it_is_named_with_its_side() {
        let mut s = seen(10., 10., 210., 60.);
        s.clip = Rect::new(0., 30., 500., 500.);
        let problems = text_problems(&[text(s, Vec2::new(200., 50.))]);
        assert_eq!(
            problems,
            vec!["text \"hello\" is cut off at its top".to_string()]
        );
    }

    #[test]
    fn a_text_in_a_scrolling_list_may_be_cut_if_it_can_be_scrolled_into_view() {
        let mut s = seen(10., 10., 210., 60.);
        s.clip = Rect::new(0., 30., 500., 300.);
        s.scrolls = BVec2::new(false, true);
        assert!(text_problems(&[text(s.clone(), Vec2::new(200., 50.))]).is_empty());
        // Taller than the list: never seen whole.
        s.rect = Rect::new(10., 10., 210., 400.);
        let problems = text_problems(&[text(s, Vec2::new(200., 390.))]);
        assert!(
            problems[0].contains("cut off at its top and bottom"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_text_out_of_the_window_is_cut_off() {
        let t = text(seen(900., 10., 1100., 60.), Vec2::new(200., 50.));
        let problems = text_problems(&[t]);
        assert_eq!(
            problems,
            vec!["text \"hello\" is cut off at its right".to_string()]
        );
    }

    #[test]
    fn a_text_running_into_a_button_is_named_but_a_label_inside_one_is_not() {
        let button = PlacedButton {
            name: "next".into(),
            rect: Rect::new(100., 100., 300., 160.),
        };
        let label = text(seen(120., 110., 280., 150.), Vec2::new(160., 40.));
        let praise = text(seen(50., 60., 350., 130.), Vec2::new(300., 70.));
        let problems = texts_into_buttons(&[label, praise], &[button]);
        assert_eq!(
            problems,
            vec!["text \"hello\" runs into button next".to_string()]
        );
    }

    #[test]
    fn a_label_of_a_card_half_scrolled_out_of_its_list_stays_in_its_card() {
        // The list shows down to 400: the card (300 to 500) and its label are cut alike.
        let card = PlacedButton {
            name: "lesson-a".into(),
            rect: Rect::new(100., 300., 300., 400.),
        };
        let mut s = seen(120., 380., 280., 460.);
        s.clip = Rect::new(0., 100., 1000., 400.);
        s.scrolls = BVec2::new(false, true);
        let label = text(s, Vec2::new(160., 80.));
        assert!(texts_into_buttons(&[label], &[card]).is_empty());
    }

    #[test]
    fn a_picture_in_its_own_shape_is_fine() {
        let p = picture(seen(0., 0., 400., 300.), Vec2::new(640., 480.));
        assert!(picture_problems(&[p]).is_empty());
    }

    #[test]
    fn a_squashed_picture_is_named_as_squeezed_and_out_of_shape() {
        let p = picture(seen(0., 0., 400., 40.), Vec2::new(640., 480.));
        let problems = picture_problems(&[p]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("is squeezed to 400x40"),
            "{problems:?}"
        );
        assert!(problems[1].contains("too wide"), "{problems:?}");
    }

    #[test]
    fn a_stretched_picture_is_named_and_a_little_rounding_is_not() {
        let p = picture(seen(0., 0., 400., 200.), Vec2::new(640., 480.));
        let problems = picture_problems(&[p]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("is drawn 50% too wide"),
            "{problems:?}"
        );
        let p = picture(seen(0., 0., 403., 300.), Vec2::new(640., 480.));
        assert!(picture_problems(&[p]).is_empty());
    }

    #[test]
    fn a_picture_cut_by_a_box_is_named_unless_it_covers_it() {
        let mut s = seen(0., -50., 400., 250.);
        s.clip = Rect::new(0., 0., 400., 500.);
        let mut p = picture(s, Vec2::new(640., 480.));
        let problems = picture_problems(std::slice::from_ref(&p));
        assert_eq!(
            problems,
            vec!["picture picture/gift-box is cut off at its top".to_string()]
        );
        p.covers = true;
        assert!(picture_problems(&[p]).is_empty());
    }
}
