#!/usr/bin/env python3
"""Writes a simple flat SVG source for every picture the lessons use that has no source yet.

SafeKite's pictures are SVG files in art-src/<kind>/<name>.svg, rendered to PNG by scripts/art.
Hand-drawn sources always win: this generator never overwrites an existing SVG. It draws, in
the project's palette, a consistent starting set: the cast, the places, animal avatars, sticker
badges, an icon for each choice and a picture card for each story picture, choosing a motif from
the words in the name (a name with "lock" gets a padlock, one with "gift" a present...). It is
deterministic: the same names give the same files.

    scripts/art-gen.py            # write missing sources (then run scripts/art)
    scripts/art-gen.py --list     # list the names the lessons use, by kind
"""

import hashlib
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

NAVY, DEEP, SKY, SUN, ORANGE = "#023047", "#219ebc", "#8ecae6", "#ffb703", "#fb8500"
CORAL, PINK, LEAF, GREEN, CREAM = "#f28482", "#f7cad0", "#8cc084", "#2a9d8f", "#fff4e0"
WHITE, GREY = "#fffaf2", "#e5e5e5"
SKIN = ["#f1c9a5", "#e0ac69", "#c68642"]
HAIR = "#2b211c"
WARM = [SUN, ORANGE, CORAL, LEAF, GREEN, DEEP, SKY, PINK]

CAST = ["mai", "nam", "mum", "dad", "grandma", "teacher"]
AVATARS = ["fox", "cat", "rabbit", "bear", "owl", "panda", "turtle", "duck", "penguin", "lion",
           "elephant", "frog", "monkey", "pig", "giraffe", "whale", "unknown"]
PLACES = ["living-room", "bedroom", "kitchen", "classroom", "park", "playground"]
COMMON_ICONS = ["tap-button", "ask-grown-up", "hands-in-lap", "close-x", "block", "report",
                "cover-screen", "say-no", "share", "kind-heart", "stop-hand", "think", "check",
                "lock", "phone-help"]


def h(name, n):
    """A stable small number from a name."""
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % n


def svg(w, hgt, body, bg=None):
    back = f'<rect width="{w}" height="{hgt}" fill="{bg}"/>' if bg else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{hgt}" '
            f'viewBox="0 0 {w} {hgt}">{back}{body}</svg>\n')


# ---------------------------------------------------------------------------------------------
# Motifs: small drawings in a 200x200 box centred on (100, 100), used by icons and pictures.

def m_hand(c=SKIN[0]):
    return (f'<rect x="70" y="60" width="60" height="90" rx="28" fill="{c}"/>'
            f'<rect x="74" y="22" width="22" height="70" rx="11" fill="{c}"/>'
            f'<rect x="100" y="34" width="20" height="56" rx="10" fill="{c}"/>'
            f'<rect x="122" y="46" width="18" height="48" rx="9" fill="{c}"/>'
            f'<rect x="46" y="84" width="34" height="20" rx="10" fill="{c}" transform="rotate(-30 63 94)"/>')


def m_finger_tap():
    return (f'<circle cx="100" cy="60" r="34" fill="none" stroke="{ORANGE}" stroke-width="8"/>'
            f'<circle cx="100" cy="60" r="12" fill="{ORANGE}"/>'
            f'<rect x="88" y="62" width="26" height="90" rx="13" fill="{SKIN[0]}"/>'
            f'<rect x="80" y="120" width="56" height="60" rx="24" fill="{SKIN[0]}"/>')


def m_people():
    return (f'<circle cx="70" cy="52" r="26" fill="{SKIN[1]}"/><rect x="40" y="82" width="60" height="96" rx="26" fill="{GREEN}"/>'
            f'<circle cx="138" cy="96" r="20" fill="{SKIN[0]}"/><rect x="114" y="120" width="48" height="60" rx="20" fill="{ORANGE}"/>'
            f'<path d="M118 60 q20 -26 44 -6 q-4 18 -24 16 z" fill="{WHITE}" stroke="{NAVY}" stroke-width="4"/>')


def m_x():
    return (f'<circle cx="100" cy="100" r="70" fill="{CORAL}"/>'
            f'<path d="M70 70 L130 130 M130 70 L70 130" stroke="{WHITE}" stroke-width="18" stroke-linecap="round"/>')


def m_block():
    return (f'<circle cx="100" cy="100" r="66" fill="none" stroke="{CORAL}" stroke-width="18"/>'
            f'<path d="M54 146 L146 54" stroke="{CORAL}" stroke-width="18" stroke-linecap="round"/>')


def m_flag():
    return (f'<rect x="52" y="30" width="12" height="150" rx="6" fill="{NAVY}"/>'
            f'<path d="M64 36 h86 l-18 30 l18 30 h-86 z" fill="{CORAL}"/>')


def m_tablet(face_down=False):
    if face_down:
        return (f'<rect x="36" y="70" width="128" height="80" rx="16" fill="{NAVY}"/>'
                f'<circle cx="150" cy="84" r="6" fill="{GREY}"/><path d="M30 160 h140" stroke="{LEAF}" stroke-width="10" stroke-linecap="round"/>')
    return (f'<rect x="40" y="40" width="120" height="120" rx="18" fill="{NAVY}"/>'
            f'<rect x="50" y="50" width="100" height="94" rx="8" fill="{SKY}"/>')


def m_stop():
    pts = " ".join(f"{100 + 70 * c:.1f},{100 + 70 * s:.1f}" for c, s in
                   [(0.38, -0.92), (0.92, -0.38), (0.92, 0.38), (0.38, 0.92), (-0.38, 0.92),
                    (-0.92, 0.38), (-0.92, -0.38), (-0.38, -0.92)])
    return f'<polygon points="{pts}" fill="{CORAL}"/>' + m_hand(WHITE).replace('<rect', '<rect opacity="0.95"')


def m_share():
    return f'<path d="M30 100 L170 40 L130 170 L100 120 z" fill="{DEEP}"/><path d="M100 120 L170 40" stroke="{WHITE}" stroke-width="6"/>'


def m_heart(c=CORAL):
    return f'<path d="M100 170 C20 110 30 40 80 44 C92 45 100 56 100 64 C100 56 108 45 120 44 C170 40 180 110 100 170 z" fill="{c}"/>'


def m_think():
    return (f'<ellipse cx="110" cy="80" rx="66" ry="46" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/>'
            f'<circle cx="62" cy="140" r="14" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/>'
            f'<circle cx="40" cy="172" r="8" fill="{WHITE}" stroke="{NAVY}" stroke-width="5"/>'
            f'<circle cx="86" cy="80" r="8" fill="{NAVY}"/><circle cx="110" cy="80" r="8" fill="{NAVY}"/><circle cx="134" cy="80" r="8" fill="{NAVY}"/>')


def m_check():
    return (f'<circle cx="88" cy="86" r="50" fill="{WHITE}" stroke="{DEEP}" stroke-width="16"/>'
            f'<path d="M124 122 L164 162" stroke="{DEEP}" stroke-width="22" stroke-linecap="round"/>')


def m_lock():
    return (f'<path d="M64 96 v-26 a36 36 0 0 1 72 0 v26" fill="none" stroke="{NAVY}" stroke-width="16"/>'
            f'<rect x="46" y="92" width="108" height="84" rx="16" fill="{SUN}"/><circle cx="100" cy="128" r="12" fill="{NAVY}"/>')


def m_phone():
    return (f'<rect x="62" y="24" width="76" height="152" rx="16" fill="{NAVY}"/>'
            f'<rect x="70" y="40" width="60" height="112" rx="6" fill="{LEAF}"/>'
            f'<path d="M84 84 q6 -10 12 0 l-4 8 q8 14 16 20 l8 -4 q10 6 0 12 q-30 8 -32 -36 z" fill="{WHITE}"/>')


def m_camera():
    return (f'<rect x="30" y="62" width="140" height="100" rx="18" fill="{NAVY}"/><rect x="70" y="44" width="60" height="26" rx="8" fill="{NAVY}"/>'
            f'<circle cx="100" cy="112" r="32" fill="{SKY}" stroke="{WHITE}" stroke-width="8"/>')


def m_face(mood="smile", c=SUN):
    mouth = {"smile": f'<path d="M70 118 q30 28 60 0" fill="none" stroke="{NAVY}" stroke-width="8" stroke-linecap="round"/>',
             "laugh": f'<path d="M66 110 q34 44 68 0 z" fill="{NAVY}"/>',
             "sad": f'<path d="M70 134 q30 -24 60 0" fill="none" stroke="{NAVY}" stroke-width="8" stroke-linecap="round"/>',
             "sleepy": f'<path d="M84 126 q16 10 32 0" fill="none" stroke="{NAVY}" stroke-width="7" stroke-linecap="round"/>'}[mood]
    eyes = (f'<path d="M66 86 q12 -10 24 0 M110 86 q12 -10 24 0" fill="none" stroke="{NAVY}" stroke-width="7" stroke-linecap="round"/>'
            if mood in ("laugh", "sleepy") else f'<circle cx="78" cy="84" r="9" fill="{NAVY}"/><circle cx="122" cy="84" r="9" fill="{NAVY}"/>')
    return f'<circle cx="100" cy="100" r="74" fill="{c}"/>' + eyes + mouth


def m_moon():
    return f'<path d="M128 30 a72 72 0 1 0 44 120 a58 58 0 1 1 -44 -120 z" fill="{SUN}"/><circle cx="60" cy="50" r="5" fill="{WHITE}"/><circle cx="40" cy="110" r="4" fill="{WHITE}"/>'


def m_bolt():
    return m_tablet() + f'<path d="M108 62 L80 108 h20 l-8 32 l30 -48 h-20 z" fill="{SUN}"/>'


def m_wave():
    return m_hand() + f'<path d="M150 40 q16 10 10 30 M164 26 q26 18 16 50" fill="none" stroke="{DEEP}" stroke-width="7" stroke-linecap="round"/>'


def m_plus():
    return m_tablet() + f'<path d="M100 70 v56 M72 98 h56" stroke="{ORANGE}" stroke-width="14" stroke-linecap="round"/>'


def m_shh():
    return m_face("smile", SKIN[1]).replace(
        f'<path d="M70 118 q30 28 60 0" fill="none" stroke="{NAVY}" stroke-width="8" stroke-linecap="round"/>',
        f'<ellipse cx="100" cy="126" rx="16" ry="9" fill="{CORAL}"/>') + f'<rect x="93" y="92" width="14" height="64" rx="7" fill="{SKIN[0]}" stroke="{NAVY}" stroke-width="3"/>'


def m_gift():
    return (f'<rect x="40" y="80" width="120" height="90" rx="10" fill="{CORAL}"/><rect x="32" y="62" width="136" height="30" rx="8" fill="{ORANGE}"/>'
            f'<rect x="92" y="62" width="16" height="108" fill="{SUN}"/><path d="M100 62 q-40 -40 -40 -6 z M100 62 q40 -40 40 -6 z" fill="{SUN}"/>')


def m_chat():
    return (f'<rect x="24" y="36" width="110" height="64" rx="24" fill="{GREY}"/><path d="M44 96 l-10 24 l30 -20 z" fill="{GREY}"/>'
            f'<rect x="70" y="104" width="106" height="60" rx="24" fill="{DEEP}"/><path d="M156 160 l12 22 l-30 -18 z" fill="{DEEP}"/>'
            f'<circle cx="56" cy="68" r="6" fill="{NAVY}"/><circle cx="78" cy="68" r="6" fill="{NAVY}"/><circle cx="100" cy="68" r="6" fill="{NAVY}"/>')


def m_play():
    return m_tablet() + f'<path d="M86 72 L128 98 L86 124 z" fill="{WHITE}"/>'


def m_photo():
    return (f'<rect x="30" y="40" width="140" height="120" rx="10" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/>'
            f'<path d="M40 150 L84 96 L112 128 L132 108 L160 150 z" fill="{LEAF}"/><circle cx="138" cy="70" r="14" fill="{SUN}"/>')


def m_star(c=SUN):
    import math
    pts = []
    for i in range(10):
        r = 76 if i % 2 == 0 else 32
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(f"{100 + r * math.cos(a):.1f},{104 + r * math.sin(a):.1f}")
    return f'<polygon points="{" ".join(pts)}" fill="{c}" stroke-linejoin="round"/>'


def m_kite(c=CORAL):
    return (f'<path d="M100 20 L150 80 L100 150 L50 80 z" fill="{c}"/><path d="M100 20 L100 150 M50 80 L150 80" stroke="{WHITE}" stroke-width="5"/>'
            f'<path d="M100 150 q-20 20 0 30 q20 10 0 20" fill="none" stroke="{NAVY}" stroke-width="4"/>')


def m_shield():
    return f'<path d="M100 24 L162 46 V98 C162 140 132 164 100 178 C68 164 38 140 38 98 V46 z" fill="{DEEP}"/><path d="M72 100 l20 22 l38 -44" fill="none" stroke="{WHITE}" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>'


def m_clock():
    return (f'<circle cx="100" cy="100" r="72" fill="{WHITE}" stroke="{NAVY}" stroke-width="10"/>'
            f'<path d="M100 100 V52 M100 100 L134 118" stroke="{NAVY}" stroke-width="10" stroke-linecap="round"/>')


def m_eye():
    return f'<path d="M20 100 Q100 30 180 100 Q100 170 20 100 z" fill="{WHITE}" stroke="{NAVY}" stroke-width="8"/><circle cx="100" cy="100" r="30" fill="{DEEP}"/><circle cx="100" cy="100" r="12" fill="{NAVY}"/>'


def m_book():
    return f'<path d="M100 50 C80 36 44 36 26 44 V160 C44 152 80 152 100 166 C120 152 156 152 174 160 V44 C156 36 120 36 100 50 z" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/><path d="M100 50 V166" stroke="{NAVY}" stroke-width="6"/>'


def m_cloud(c=GREY):
    return f'<path d="M50 140 a30 30 0 0 1 6 -58 a40 40 0 0 1 76 -12 a32 32 0 0 1 22 70 z" fill="{c}"/>'


def m_house():
    return f'<path d="M30 96 L100 36 L170 96 z" fill="{CORAL}"/><rect x="46" y="94" width="108" height="80" fill="{CREAM}"/><rect x="88" y="124" width="26" height="50" fill="{DEEP}"/>'


def m_tower():
    return "".join(f'<rect x="{60 + (i % 2) * 10}" y="{150 - i * 30}" width="70" height="28" rx="5" fill="{WARM[i % 8]}"/>' for i in range(5))


def m_gem():
    return f'<path d="M60 50 h80 l30 40 l-70 80 l-70 -80 z" fill="{DEEP}"/><path d="M30 90 h140 M60 50 l40 120 l40 -120" stroke="{SKY}" stroke-width="5" fill="none"/>'


def m_calendar():
    return (f'<rect x="34" y="44" width="132" height="124" rx="14" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/>'
            f'<rect x="34" y="44" width="132" height="30" rx="12" fill="{CORAL}"/>'
            + "".join(f'<rect x="{50 + (i % 4) * 28}" y="{88 + (i // 4) * 24}" width="18" height="14" rx="3" fill="{SKY}"/>' for i in range(12)))


def m_question():
    return f'<circle cx="100" cy="100" r="74" fill="{SKY}"/><path d="M72 76 a28 28 0 1 1 40 26 q-12 6 -12 22" fill="none" stroke="{NAVY}" stroke-width="14" stroke-linecap="round"/><circle cx="100" cy="150" r="9" fill="{NAVY}"/>'


def m_news():
    return (f'<rect x="30" y="36" width="140" height="130" rx="10" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/>'
            f'<rect x="44" y="52" width="112" height="18" rx="4" fill="{NAVY}"/>'
            + "".join(f'<rect x="44" y="{84 + i * 18}" width="{112 - (i % 2) * 30}" height="8" rx="4" fill="{GREY}"/>' for i in range(4)))


def m_link():
    return (f'<rect x="24" y="76" width="84" height="48" rx="24" fill="none" stroke="{DEEP}" stroke-width="14"/>'
            f'<rect x="92" y="76" width="84" height="48" rx="24" fill="none" stroke="{DEEP}" stroke-width="14"/>')


def m_people_group():
    return "".join(f'<circle cx="{50 + i * 50}" cy="70" r="22" fill="{SKIN[i % 3]}"/><rect x="{28 + i * 50}" y="96" width="44" height="70" rx="18" fill="{WARM[i + 2]}"/>' for i in range(3))


def m_door():
    return f'<rect x="56" y="24" width="88" height="156" rx="8" fill="{ORANGE}"/><circle cx="126" cy="104" r="7" fill="{NAVY}"/>'


def m_ball():
    return f'<circle cx="100" cy="100" r="64" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/><polygon points="100,74 124,92 115,120 85,120 76,92" fill="{NAVY}"/>'


def m_puddle():
    return f'<ellipse cx="100" cy="140" rx="80" ry="26" fill="#8d6e63"/><ellipse cx="90" cy="134" rx="40" ry="10" fill="{SKY}" opacity="0.6"/>'


def m_island():
    return f'<ellipse cx="100" cy="150" rx="90" ry="26" fill="{SKY}"/><ellipse cx="100" cy="136" rx="60" ry="20" fill="#f4d58d"/><rect x="96" y="66" width="8" height="70" fill="#8d6e63"/><path d="M100 66 q-40 -10 -50 14 M100 66 q40 -10 50 14 M100 66 q-10 -30 -30 -36 M100 66 q14 -30 34 -32" stroke="{GREEN}" stroke-width="10" fill="none" stroke-linecap="round"/>'


def m_carrot():
    return f'<path d="M70 60 L140 100 L60 170 z" fill="{ORANGE}"/><path d="M70 60 q-20 -30 -6 -40 M70 60 q0 -36 20 -40 M70 60 q-34 -10 -40 6" stroke="{GREEN}" stroke-width="10" fill="none" stroke-linecap="round"/>'


def m_castle():
    return f'<rect x="40" y="80" width="120" height="90" fill="{GREY}"/>' + "".join(f'<rect x="{40 + i * 30}" y="64" width="18" height="20" fill="{GREY}"/>' for i in range(5)) + f'<path d="M86 170 v-40 a14 14 0 0 1 28 0 v40 z" fill="{NAVY}"/>'


def m_drawing():
    return f'<rect x="30" y="30" width="140" height="140" rx="8" fill="{WHITE}" stroke="{NAVY}" stroke-width="6"/><circle cx="100" cy="100" r="40" fill="{ORANGE}"/><path d="M70 76 l-10 -26 l24 14 M130 76 l10 -26 l-24 14" fill="{ORANGE}"/><circle cx="88" cy="96" r="5" fill="{NAVY}"/><circle cx="112" cy="96" r="5" fill="{NAVY}"/>'


def m_fish():
    return f'<ellipse cx="96" cy="100" rx="56" ry="34" fill="{ORANGE}"/><path d="M146 100 l34 -30 v60 z" fill="{ORANGE}"/><circle cx="70" cy="92" r="7" fill="{NAVY}"/>'


def m_sand_timer():
    return f'<path d="M56 30 h88 M56 170 h88" stroke="{NAVY}" stroke-width="12" stroke-linecap="round"/><path d="M66 36 h68 q0 40 -34 64 q34 24 34 64 h-68 q0 -40 34 -64 q-34 -24 -34 -64 z" fill="{SKY}" stroke="{NAVY}" stroke-width="6"/><path d="M80 150 h40 l-20 -22 z" fill="{SUN}"/>'


def m_bed():
    return f'<rect x="24" y="100" width="152" height="50" rx="10" fill="{DEEP}"/><rect x="24" y="80" width="48" height="30" rx="12" fill="{WHITE}"/><rect x="20" y="60" width="12" height="110" rx="4" fill="#8d6e63"/><rect x="168" y="90" width="12" height="80" rx="4" fill="#8d6e63"/>'


def m_desk():
    return f'<rect x="30" y="100" width="140" height="16" rx="4" fill="#8d6e63"/><rect x="40" y="114" width="12" height="60" fill="#8d6e63"/><rect x="148" y="114" width="12" height="60" fill="#8d6e63"/>' + m_book().replace('M100 50', 'M100 50').replace('<path', '<path transform="translate(50 20) scale(0.5)"', 2)


# Keyword → motif. The first keyword found in the name wins; order matters.
MOTIFS = [
    # Things first (a name that names a thing shows it)...
    (("tower",), m_tower), (("shield", "guard"), m_shield), (("castle",), m_castle),
    (("carrot", "farm"), m_carrot), (("island",), m_island), (("puddle", "mud"), m_puddle),
    (("ball", "football"), m_ball), (("fish",), m_fish), (("calendar", "birthday", "card"), m_calendar),
    (("gem", "diamond", "coin"), m_gem), (("gift", "prize", "present", "chest", "box"), m_gift),
    (("moon", "night", "nightcap"), m_moon), (("bed",), m_bed), (("sand", "timer"), m_sand_timer),
    (("drawing", "sketch", "colouring", "paint"), m_drawing), (("news", "article", "fact", "true"), m_news),
    (("link", "url", "address"), m_link), (("screenshot", "camera", "selfie"), m_camera),
    (("book", "read", "homework", "one-thing"), m_book), (("clock", "time", "plan", "eight"), m_clock),
    (("house", "home"), m_house), (("door", "meet"), m_door), (("charg", "shelf"), m_bolt),
    # ...then actions...
    (("tap",), m_finger_tap), (("stop", "say-no", "no-"), m_stop), (("block",), m_block),
    (("report",), m_flag), (("close", "-x"), m_x), (("cover", "face-down", "tablet-off"), lambda: m_tablet(True)),
    (("share", "send", "forward", "plane"), m_share), (("kind", "heart", "love"), m_heart),
    (("think", "worry", "wonder"), m_think), (("check", "search", "look", "closer", "magnif"), m_check),
    (("lock", "password", "secure"), m_lock), (("ask-", "tell", "grown-up", "helping-hand", "hug"), m_people),
    (("phone", "help", "111", "call"), m_phone), (("laugh",), lambda: m_face("laugh")),
    (("sad", "alone", "cry"), lambda: m_face("sad", SKY)), (("tired", "sleepy", "yawn"), lambda: m_face("sleepy", PINK)),
    (("sleep",), m_moon), (("wave", "goodbye", "bye"), m_wave), (("one-more", "more", "two-at-once"), m_plus),
    (("video", "cartoon", "play", "watch"), m_play), (("shh", "secret", "keep"), m_shh),
    (("hand",), lambda: m_hand()),
    # ...then the general.
    (("chat", "message", "bubble", "reply", "group"), m_chat), (("photo", "picture", "post"), m_photo),
    (("friends", "class", "team", "people"), m_people_group), (("eye", "sharp", "sign"), m_eye),
    (("cloud", "storm"), m_cloud), (("star",), m_star), (("kite",), m_kite),
    (("game", "tablet", "screen", "app", "keyboard"), m_tablet), (("smile", "happy", "tummy"), m_face),
]


def motif_for(name):
    for keys, fn in MOTIFS:
        if any(k in name for k in keys):
            return fn()
    return [m_star, m_kite, m_heart, m_question][h(name, 4)]()


# ---------------------------------------------------------------------------------------------
# Kinds.

def icon(name):
    bg = WARM[h(name, len(WARM))]
    return svg(256, 256, f'<rect x="8" y="8" width="240" height="240" rx="56" fill="{CREAM}" stroke="{bg}" stroke-width="12"/>'
               f'<g transform="translate(28 28) scale(1)">{motif_for(name)}</g>')


def picture(name):
    bg = [SKY, CREAM, PINK, LEAF, "#d8eef7"][h(name, 5)]
    accent = WARM[h(name + "a", len(WARM))]
    deco = "".join(f'<circle cx="{60 + h(name + str(i), 520)}" cy="{50 + h(name + "y" + str(i), 380)}" r="{8 + h(name + "r" + str(i), 14)}" fill="{WHITE}" opacity="0.5"/>' for i in range(6))
    return svg(640, 480, f'<rect x="10" y="10" width="620" height="460" rx="48" fill="{bg}"/>{deco}'
               f'<ellipse cx="320" cy="400" rx="220" ry="34" fill="{accent}" opacity="0.35"/>'
               f'<g transform="translate(170 50) scale(1.5)">{motif_for(name)}</g>')


def sticker(name):
    c = WARM[h(name, len(WARM))]
    inner = motif_for(name)
    return svg(384, 384, f'<circle cx="196" cy="200" r="172" fill="{NAVY}" opacity="0.15"/>'
               f'<circle cx="192" cy="192" r="172" fill="{WHITE}"/><circle cx="192" cy="192" r="148" fill="{c}"/>'
               f'<circle cx="192" cy="192" r="120" fill="{CREAM}"/>'
               f'<g transform="translate(92 92)">{inner}</g>')


def avatar(name):
    colours = {"fox": ORANGE, "cat": "#c9a27e", "rabbit": GREY, "bear": "#8d6e63", "owl": "#a47551",
               "panda": WHITE, "turtle": LEAF, "duck": SUN, "penguin": NAVY, "lion": "#f4a259",
               "elephant": "#a3b1c2", "frog": "#7bc96f", "unknown": "#b0b7bf"}
    c = colours.get(name, WARM[h(name, len(WARM))])
    ears = {
        "fox": f'<path d="M58 96 L70 30 L112 70 z M198 96 L186 30 L144 70 z" fill="{c}"/>',
        "cat": f'<path d="M62 96 L66 36 L112 70 z M194 96 L190 36 L144 70 z" fill="{c}"/>',
        "rabbit": f'<rect x="78" y="10" width="32" height="90" rx="16" fill="{c}"/><rect x="146" y="10" width="32" height="90" rx="16" fill="{c}"/>',
        "bear": f'<circle cx="72" cy="70" r="26" fill="{c}"/><circle cx="184" cy="70" r="26" fill="{c}"/>',
        "panda": f'<circle cx="72" cy="70" r="26" fill="{NAVY}"/><circle cx="184" cy="70" r="26" fill="{NAVY}"/>',
        "lion": f'<circle cx="128" cy="136" r="104" fill="#c8702a"/>',
        "elephant": f'<ellipse cx="52" cy="130" rx="40" ry="54" fill="{c}"/><ellipse cx="204" cy="130" rx="40" ry="54" fill="{c}"/>',
        "owl": f'<path d="M70 70 L80 40 L104 66 z M186 70 L176 40 L152 66 z" fill="{c}"/>',
        "frog": f'<circle cx="90" cy="76" r="28" fill="{c}"/><circle cx="166" cy="76" r="28" fill="{c}"/>',
    }.get(name, "")
    if name == "unknown":
        face = (f'<circle cx="128" cy="128" r="120" fill="{GREY}"/><circle cx="128" cy="104" r="44" fill="{c}"/>'
                f'<path d="M56 220 a72 60 0 0 1 144 0 z" fill="{c}"/>'
                f'<text x="128" y="122" font-family="sans-serif" font-size="60" font-weight="bold" fill="{WHITE}" text-anchor="middle">?</text>')
        return svg(256, 256, face)
    face = (f'<circle cx="128" cy="128" r="122" fill="{CREAM}"/>{ears}<circle cx="128" cy="140" r="80" fill="{c}"/>'
            + (f'<ellipse cx="100" cy="130" rx="20" ry="24" fill="{NAVY}"/><ellipse cx="156" cy="130" rx="20" ry="24" fill="{NAVY}"/>' if name == "panda" else "")
            + (f'<circle cx="102" cy="130" r="22" fill="{WHITE}"/><circle cx="154" cy="130" r="22" fill="{WHITE}"/>' if name in ("owl", "frog", "penguin") else "")
            + (f'<circle cx="102" cy="130" r="9" fill="{WHITE}"/><circle cx="154" cy="130" r="9" fill="{WHITE}"/>' if name == "panda"
               else f'<circle cx="102" cy="130" r="10" fill="{NAVY}"/><circle cx="154" cy="130" r="10" fill="{NAVY}"/>')
            + (f'<path d="M116 156 h24 l-12 16 z" fill="{ORANGE}"/>' if name in ("owl", "duck", "penguin") else f'<ellipse cx="128" cy="162" rx="12" ry="8" fill="{NAVY}"/>')
            + f'<path d="M108 182 q20 16 40 0" fill="none" stroke="{NAVY}" stroke-width="6" stroke-linecap="round"/>')
    return svg(256, 256, face)


def person(name):
    look = {
        "mai": dict(skin=SKIN[0], shirt=ORANGE, legs=DEEP, hair="bob", h=0.78, clip=SUN),
        "nam": dict(skin=SKIN[1], shirt=DEEP, legs=GREEN, hair="short", h=0.82),
        "mum": dict(skin=SKIN[0], shirt=GREEN, legs=NAVY, hair="long", h=1.0),
        "dad": dict(skin=SKIN[1], shirt="#5c7aa6", legs=NAVY, hair="short", h=1.0, glasses=True),
        "grandma": dict(skin=SKIN[0], shirt="#8e6bbf", legs="#6a4f96", hair="bun", h=0.94, grey=True),
        "teacher": dict(skin=SKIN[2], shirt=WHITE, legs=DEEP, hair="long", h=0.98, lanyard=True),
    }.get(name, dict(skin=SKIN[h(name, 3)], shirt=WARM[h(name, 8)], legs=NAVY, hair="short", h=0.9))
    s = look["h"]
    hair_c = "#c9c9c9" if look.get("grey") else HAIR
    top = 768 - 740 * s
    hx, hy, hr = 256, top + 110 * s, 92 * s
    body_y = hy + hr - 6
    body_h = 300 * s
    parts = []
    # legs and shoes
    parts.append(f'<rect x="{256 - 70 * s}" y="{body_y + body_h - 30}" width="{56 * s}" height="{768 - (body_y + body_h) + 10}" rx="{22 * s}" fill="{look["legs"]}"/>')
    parts.append(f'<rect x="{256 + 14 * s}" y="{body_y + body_h - 30}" width="{56 * s}" height="{768 - (body_y + body_h) + 10}" rx="{22 * s}" fill="{look["legs"]}"/>')
    parts.append(f'<ellipse cx="{256 - 44 * s}" cy="758" rx="{44 * s}" ry="12" fill="{NAVY}"/><ellipse cx="{256 + 44 * s}" cy="758" rx="{44 * s}" ry="12" fill="{NAVY}"/>')
    # arms
    parts.append(f'<rect x="{256 - 140 * s}" y="{body_y + 20}" width="{46 * s}" height="{230 * s}" rx="{23 * s}" fill="{look["shirt"]}" transform="rotate(8 {256 - 117 * s} {body_y + 20})"/>')
    parts.append(f'<rect x="{256 + 94 * s}" y="{body_y + 20}" width="{46 * s}" height="{230 * s}" rx="{23 * s}" fill="{look["shirt"]}" transform="rotate(-8 {256 + 117 * s} {body_y + 20})"/>')
    parts.append(f'<circle cx="{256 - 128 * s}" cy="{body_y + 20 + 236 * s}" r="{24 * s}" fill="{look["skin"]}"/><circle cx="{256 + 128 * s}" cy="{body_y + 20 + 236 * s}" r="{24 * s}" fill="{look["skin"]}"/>')
    # body
    parts.append(f'<rect x="{256 - 100 * s}" y="{body_y}" width="{200 * s}" height="{body_h}" rx="{60 * s}" fill="{look["shirt"]}" stroke="{NAVY}" stroke-opacity="0.12" stroke-width="4"/>')
    if look.get("lanyard"):
        parts.append(f'<path d="M{256 - 40 * s} {body_y + 4} L256 {body_y + 110 * s} L{256 + 40 * s} {body_y + 4}" stroke="{DEEP}" stroke-width="8" fill="none"/><rect x="{256 - 22 * s}" y="{body_y + 106 * s}" width="{44 * s}" height="{56 * s}" rx="6" fill="{SKY}"/>')
    # long hair behind the head
    if look["hair"] == "long":
        parts.append(f'<rect x="{hx - hr - 8}" y="{hy - 20}" width="{2 * hr + 16}" height="{hr * 2.1}" rx="{hr * 0.8}" fill="{hair_c}"/>')
    # neck and head
    parts.append(f'<rect x="{256 - 22 * s}" y="{hy + hr - 30}" width="{44 * s}" height="40" fill="{look["skin"]}"/>')
    parts.append(f'<circle cx="{hx}" cy="{hy}" r="{hr}" fill="{look["skin"]}"/>')
    # hair on top
    if look["hair"] == "bob":
        parts.append(f'<path d="M{hx - hr - 6} {hy + hr * 0.5} V{hy - hr * 0.2} A{hr + 6} {hr + 6} 0 0 1 {hx + hr + 6} {hy - hr * 0.2} V{hy + hr * 0.5} H{hx + hr * 0.72} V{hy - hr * 0.3} H{hx - hr * 0.72} V{hy + hr * 0.5} z" fill="{hair_c}"/>')
        parts.append(f'<rect x="{hx + hr * 0.35}" y="{hy - hr * 0.62}" width="{hr * 0.5}" height="{hr * 0.2}" rx="8" fill="{look["clip"]}"/>')
    elif look["hair"] == "bun":
        parts.append(f'<circle cx="{hx}" cy="{hy - hr - 12}" r="{hr * 0.42}" fill="{hair_c}"/>')
        parts.append(f'<path d="M{hx - hr - 2} {hy} A{hr + 2} {hr + 2} 0 0 1 {hx + hr + 2} {hy} Q{hx} {hy - hr * 0.45} {hx - hr - 2} {hy} z" fill="{hair_c}"/>')
    else:
        parts.append(f'<path d="M{hx - hr - 4} {hy - 4} A{hr + 4} {hr + 4} 0 0 1 {hx + hr + 4} {hy - 4} Q{hx + hr * 0.4} {hy - hr * 0.55} {hx - hr - 4} {hy - 4} z" fill="{hair_c}"/>')
    # face
    parts.append(f'<circle cx="{hx - hr * 0.36}" cy="{hy + hr * 0.05}" r="{hr * 0.1}" fill="{NAVY}"/><circle cx="{hx + hr * 0.36}" cy="{hy + hr * 0.05}" r="{hr * 0.1}" fill="{NAVY}"/>')
    parts.append(f'<circle cx="{hx - hr * 0.58}" cy="{hy + hr * 0.32}" r="{hr * 0.13}" fill="{CORAL}" opacity="0.45"/><circle cx="{hx + hr * 0.58}" cy="{hy + hr * 0.32}" r="{hr * 0.13}" fill="{CORAL}" opacity="0.45"/>')
    parts.append(f'<path d="M{hx - hr * 0.3} {hy + hr * 0.38} Q{hx} {hy + hr * 0.66} {hx + hr * 0.3} {hy + hr * 0.38}" fill="none" stroke="{NAVY}" stroke-width="{7 * s}" stroke-linecap="round"/>')
    if look.get("glasses"):
        parts.append(f'<circle cx="{hx - hr * 0.36}" cy="{hy + hr * 0.05}" r="{hr * 0.24}" fill="none" stroke="{NAVY}" stroke-width="6"/><circle cx="{hx + hr * 0.36}" cy="{hy + hr * 0.05}" r="{hr * 0.24}" fill="none" stroke="{NAVY}" stroke-width="6"/><path d="M{hx - hr * 0.12} {hy + hr * 0.05} h{hr * 0.24}" stroke="{NAVY}" stroke-width="6"/>')
    return svg(512, 768, "".join(parts))


def place(name):
    wall = {"bedroom": "#dcd6f7", "kitchen": "#fdf0d5", "classroom": "#e8f4ea", "grandma-house": "#f6e1c9"}.get(name, CREAM)
    outdoor = any(k in name for k in ("park", "playground", "garden", "street", "school-gate", "yard"))
    p = []
    if outdoor:
        p.append(f'<rect width="1280" height="720" fill="{SKY}"/><circle cx="1100" cy="130" r="70" fill="{SUN}"/>')
        p.append(f'<path d="M0 470 Q320 420 640 470 T1280 460 V720 H0 z" fill="{LEAF}"/><rect y="600" width="1280" height="120" fill="#7bb174"/>')
        for x in (140, 1000):
            p.append(f'<rect x="{x + 40}" y="300" width="30" height="200" fill="#8d6e63"/><circle cx="{x + 55}" cy="280" r="100" fill="{GREEN}"/>')
        if "playground" in name:
            p.append(f'<path d="M420 520 L560 330 h40 L480 540 z" fill="{CORAL}"/><rect x="590" y="330" width="16" height="210" fill="{NAVY}"/><rect x="760" y="300" width="12" height="240" fill="{NAVY}"/><rect x="900" y="300" width="12" height="240" fill="{NAVY}"/><rect x="750" y="290" width="172" height="14" fill="{NAVY}"/><rect x="810" y="430" width="60" height="12" rx="6" fill="{SUN}"/>')
        for i in range(4):
            p.append(f'<ellipse cx="{220 + i * 260}" cy="{110 + (i % 2) * 40}" rx="70" ry="26" fill="{WHITE}" opacity="0.9"/>')
        return svg(1280, 720, "".join(p))
    p.append(f'<rect width="1280" height="720" fill="{wall}"/><rect y="520" width="1280" height="200" fill="#e7c9a9"/><rect y="510" width="1280" height="14" fill="#c9a27e"/>')
    p.append(f'<rect x="120" y="110" width="260" height="200" rx="12" fill="{SKY}" stroke="{WHITE}" stroke-width="14"/><path d="M250 110 V310 M120 210 H380" stroke="{WHITE}" stroke-width="10"/>')
    if name == "bedroom":
        p.append(f'<circle cx="320" cy="160" r="34" fill="{SUN}"/><rect x="760" y="400" width="420" height="120" rx="20" fill="{DEEP}"/><rect x="760" y="370" width="120" height="60" rx="20" fill="{WHITE}"/><rect x="740" y="330" width="24" height="200" rx="8" fill="#8d6e63"/>')
    elif name == "kitchen":
        p.append(f'<rect x="700" y="330" width="520" height="190" fill="{WHITE}"/><rect x="700" y="316" width="520" height="20" fill="{GREY}"/><rect x="1080" y="150" width="140" height="370" rx="14" fill="{GREY}"/><rect x="760" y="150" width="260" height="110" rx="10" fill="{CREAM}" stroke="#c9a27e" stroke-width="8"/>')
    elif name == "classroom":
        p.append(f'<rect x="480" y="90" width="620" height="280" rx="10" fill="{GREEN}" stroke="#8d6e63" stroke-width="16"/><rect x="540" y="440" width="200" height="20" fill="#8d6e63"/><rect x="860" y="440" width="200" height="20" fill="#8d6e63"/>')
        for i, c in enumerate(WARM[:6]):
            p.append(f'<rect x="{520 + i * 70}" y="380" width="40" height="20" rx="4" fill="{c}"/>')
    else:
        p.append(f'<rect x="760" y="380" width="420" height="140" rx="40" fill="{CORAL}"/><rect x="740" y="340" width="460" height="80" rx="36" fill="{CORAL}" opacity="0.85"/><rect x="520" y="200" width="14" height="310" fill="{NAVY}"/><path d="M480 200 h94 l-20 -70 h-54 z" fill="{SUN}"/>')
        if name == "grandma-house":
            p.append(f'<circle cx="640" cy="120" r="50" fill="{WHITE}" stroke="#8d6e63" stroke-width="10"/><path d="M640 120 V88 M640 120 L664 132" stroke="{NAVY}" stroke-width="6" stroke-linecap="round"/><rect x="1180" y="420" width="60" height="100" rx="10" fill="{ORANGE}"/><circle cx="1210" cy="390" r="50" fill="{GREEN}"/>')
    return svg(1280, 720, "".join(p))


KINDS = {"icons": icon, "pictures": picture, "stickers": sticker, "avatars": avatar, "cast": person, "places": place}


def names_in_lessons():
    found = {k: set() for k in KINDS}
    found["cast"].update(CAST)
    found["avatars"].update(AVATARS)
    found["places"].update(PLACES)
    found["icons"].update(COMMON_ICONS)
    found["pictures"].add("kite-logo")
    for base, _, files in os.walk(os.path.join(ROOT, "lessons")):
        for f in files:
            if not f.endswith(".lesson.ron"):
                continue
            text = open(os.path.join(base, f), encoding="utf-8").read()
            text = re.sub(r"//[^\n]*", "", text)
            for field, kind in (("icon", "icons"), ("avatar", "avatars"), ("place", "places")):
                found[kind].update(re.findall(field + r'\s*:\s*"([a-z0-9-]+)"', text))
            found["stickers"].update(re.findall(r'Sticker\(\s*picture\s*:\s*"([a-z0-9-]+)"', text))
            pics = set(re.findall(r'\bpicture\s*:\s*"([a-z0-9-]+)"', text))
            found["pictures"].update(pics - found["stickers"])
    return found


def main():
    names = names_in_lessons()
    if "--list" in sys.argv:
        for kind, ns in names.items():
            print(f"{kind}: {' '.join(sorted(ns))}")
        return
    written = 0
    for kind, ns in names.items():
        folder = os.path.join(ROOT, "art-src", kind)
        os.makedirs(folder, exist_ok=True)
        for n in sorted(ns):
            path = os.path.join(folder, n + ".svg")
            if os.path.exists(path):
                continue
            body = KINDS[kind](n)
            if kind == "pictures" and n == "kite-logo":
                body = svg(640, 480, f'<g transform="translate(180 20) scale(1.4)">{m_kite(CORAL)}</g><g transform="translate(250 330) scale(0.6)">{m_hand()}</g>')
            with open(path, "w", encoding="utf-8") as f:
                f.write(body)
            written += 1
    web = os.path.join(ROOT, "art-src", "web")
    os.makedirs(web, exist_ok=True)
    for size in (192, 512):
        path = os.path.join(web, f"icon-{size}.svg")
        if not os.path.exists(path):
            k = size / 256
            with open(path, "w", encoding="utf-8") as f:
                f.write(svg(size, size, f'<rect width="{size}" height="{size}" rx="{size * 0.22}" fill="{SKY}"/>'
                            f'<g transform="scale({k}) translate(28 24)">{m_kite(CORAL)}</g>'))
            written += 1
    print(f"art-gen: wrote {written} new SVG sources (existing sources are never overwritten)")


if __name__ == "__main__":
    main()
