// The game's test hook, followed on one page: the screen, the step, and the rectangle of every
// named button, which it taps like a child's finger. Used by the browser test and the web
// load benchmark, with the way they open Chromium and watch requests. (The hook, src/test_hook,
// prints `safekite:screen <Name>`, `safekite:step <n>` and `safekite:buttons <step> <json>`.)

import { chromium } from "playwright-core";

export const STEP_TIMEOUT = 60_000;

export /** Follows the game's test hook on one page. */
class Game {
  constructor(page) {
    this.page = page;
    this.screen = null;
    this.steps = 0;
    this.buttons = [];
    this.buttonsAt = Date.now();
    this.buttonsStep = 0;
    this.log = [];
    this.waiters = [];
    page.on("console", (msg) => {
      const text = msg.text();
      this.log.push(text);
      const screen = text.match(/safekite:screen (\S+)/);
      if (screen) this.screen = screen[1];
      const step = text.match(/safekite:step (\d+)/);
      if (step) this.steps = Number(step[1]);
      const buttons = text.match(/safekite:buttons (\d+) (\[.*\])/);
      if (buttons) {
        try {
          this.buttons = JSON.parse(buttons[2]);
          this.buttonsStep = Number(buttons[1]);
          this.buttonsAt = Date.now();
        } catch { /* partial line */ }
      }
      for (const w of [...this.waiters]) w();
    });
  }

  /** Waits until `pred()` is true (checked on every console line and every 250 ms). */
  async until(what, pred, timeout = STEP_TIMEOUT) {
    if (pred()) return;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; screen=${this.screen}; buttons=${this.buttons.map((b) => b.name).join(",")}`));
      }, timeout);
      const poll = setInterval(() => { if (pred()) { cleanup(); resolve(); } }, 250);
      const waiter = () => { if (pred()) { cleanup(); resolve(); } };
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      this.waiters.push(waiter);
    });
  }

  async screenIs(name) {
    await this.until(`screen ${name}`, () => this.screen === name);
  }

  button(prefix) {
    return this.buttons.find((b) => b.name === prefix) || this.buttons.find((b) => b.name.startsWith(prefix));
  }

  /** Taps the named button (exact name, or the first that starts with it). */
  async tap(prefix) {
    await this.until(`button ${prefix}`, () => !!this.button(prefix));
    const b = this.button(prefix);
    const before = this.log.length;
    // A finger's tap: down, a short moment (the game sees the press in a frame), up.
    await this.page.mouse.move(b.x + b.w / 2, b.y + b.h / 2);
    await this.page.mouse.down();
    await this.page.waitForTimeout(150);
    await this.page.mouse.up();
    return before;
  }

  /** Starts the page: waits for the loading bar to finish, then taps "tap to start". */
  async start() {
    await this.page.waitForSelector("body[data-stage=ready]", { timeout: STEP_TIMEOUT * 3 });
    await this.page.click("#start");
    await this.screenIs("Title");
  }
}

/** A new player on the map, as a child makes one: new player, an animal, the 3-6 band. */
export async function newPlayerOnMap(game) {
  await game.tap("new-profile");
  await game.screenIs("NewProfile");
  await game.tap("avatar-owl");
  await game.tap("band-3-6");
  await game.tap("create-profile");
  await game.screenIs("Map");
}

/** Chromium (`$CHROMIUM`, else Debian's) with CHROMIUM_ARGS. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A 1280x800 context asking for reduced motion (as a child with that setting would, and so
 *  the taps land on still buttons); `extra` adds options. */
export function newContext(browser, extra = {}) {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce", ...extra });
}

/** Lists in `foreign` every request of `context` that leaves `origin` (data: and blob: stay). */
export function collectForeign(context, origin, foreign) {
  context.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
}

/** The flags Debian's Chromium runs with here (no GPU, no background networking). */
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
  "--autoplay-policy=user-gesture-required",
];
