// SafeKite in a real browser: Debian's Chromium driven by playwright-core against dist/ served on
// 127.0.0.1. Taps through the 3-6 sample lesson to its sticker, reloads and finds the sticker
// still there, goes offline and reloads and finds the game still starts, tries the authors' mode
// (a picked lesson with an error, then fixed), and checks that no
// request ever went to another origin. Screenshots go to $SHOTS (default target/web-shots).
//
// The game's test hook (src/test_hook) prints `safekite:screen <Name>` on every screen change and
// `safekite:buttons <json>` with the on-screen rectangle of every named button whenever they
// change; the test taps those rectangles with the mouse, like a child's finger, instead of
// guessing pixels.
//
// Usage: node web.test.mjs http://127.0.0.1:PORT/

import fs from "node:fs";
import path from "node:path";
import { Game, collectForeign, launchChromium, newContext } from "./game.mjs";

const BASE = process.argv[2] || "http://127.0.0.1:8765/";
const ORIGIN = new URL(BASE).origin;
const SHOTS = process.env.SHOTS || "target/web-shots";
fs.mkdirSync(SHOTS, { recursive: true });

let passed = 0;
let failed = 0;
const results = [];

function check(name, ok, detail = "") {
  if (ok) passed++; else failed++;
  results.push(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
  console.log(results[results.length - 1]);
}

async function main() {
  const browser = await launchChromium();
  const context = await newContext(browser);
  const foreign = [];
  collectForeign(context, ORIGIN, foreign);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  let game = new Game(page);
  const shot = async (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  try {
    await page.goto(BASE);
    await game.start();
    await shot("01-title");
    check("the game starts and shows the title screen", game.screen === "Title");

    // A new player: the title asks who is playing → new player (an animal, the band) → map.
    await game.tap("new-profile");
    await game.screenIs("NewProfile");
    await game.tap("avatar-owl");
    await game.tap("band-3-6");
    await shot("03-new-profile");
    await game.tap("create-profile");
    await game.screenIs("Map");
    await shot("04-map");
    // The title screen lists the player now: launch to a lesson is two taps (player, lesson).
    check("a new player reaches the lesson map", true);

    // The 3-6 sample lesson, from start to sticker.
    await game.tap("lesson-prize-popup");
    // The first time, one question before the story: any answer is thanked, none is marked.
    await game.screenIs("Check");
    await game.until("the question's answers", () => !!game.button("check-option-0"));
    await shot("05-check-before");
    await game.tap("check-option-0");
    await game.until("the way on", () => !!game.button("next"));
    await game.tap("next");
    await game.screenIs("Player");
    let steps = 0;
    let tookWrongTurn = false;
    while (game.screen === "Player" && steps++ < 60) {
      await game.until("a player button", () => game.buttons.some((b) => b.name === "next" || b.name.startsWith("option-") || b.name.startsWith("say-")) || game.screen !== "Player");
      // Decide on the buttons of this step (the hook numbers each list with its step).
      await game.until("this step's buttons", () => game.buttonsStep >= game.steps || game.screen !== "Player");
      if (game.screen !== "Player") break;
      if (steps === 3) await shot("05-player");
      if (game.button("option-")) {
        await shot("06-choice");
        // Take the wrong turn once, then tell a grown-up with the big button.
        const before = game.steps;
        if (!tookWrongTurn) { tookWrongTurn = true; await game.tap("option-0"); }
        else { await game.tap("tell-grown-up"); }
        await game.until("the step to change", () => game.steps > before);
      } else if (game.button("say-")) {
        await shot("07-tell-grown-up");
        const before = game.steps;
        await game.tap("say-0");
        await game.until("the grown-up's answer", () => game.steps > before);
      } else if (game.button("next")) {
        const before = game.steps;
        await game.tap("next");
        await game.until("the next step", () => game.steps > before || game.screen !== "Player");
      }
    }
    // After the first good ending, the same question and one more, then the sticker.
    await game.screenIs("Check");
    for (let i = 0; i < 2; i++) {
      await game.until("the answers", () => !!game.button("check-option-1") && !game.button("next"));
      await game.tap("check-option-1");
      await game.until("the way on", () => !!game.button("next"));
      if (i === 0) await shot("08-check-after");
      await game.tap("next");
    }
    await game.screenIs("End");
    await shot("08-sticker");
    check("the 3-6 sample lesson plays to its sticker, with a wrong turn and a grown-up", tookWrongTurn);
    await game.tap("back-to-map");
    await game.screenIs("Map");
    await game.until("the sticker on the map", () => !!game.button("lesson-prize-popup-done"));
    check("the map shows the sticker", true);

    // The play is recorded in the page's storage: a header, then one xAPI statement a line,
    // from the question before the story ("answered"), "launched" ... "completed", to the two
    // questions after it, under a random id (never the nickname).
    const log = await page.evaluate(() => localStorage.getItem("safekite.records") || "");
    const verbs = log.trim().split("\n").slice(1).map((l) => JSON.parse(l).verb.id.split("/").pop());
    check("the play is recorded as xAPI statements in browser storage",
      verbs[0] === "answered" && verbs[1] === "launched" && verbs.includes("experienced") &&
        verbs.at(-3) === "completed" && verbs.at(-1) === "answered",
      verbs.join(" "));
    // The browser asked for reduced motion (this context does): a first start follows it.
    const saved = await page.evaluate((key) => localStorage.getItem(key) || "", MAIN);
    check("a first start follows the browser's reduced motion", /reduced_motion:\s*true/.test(saved),
      saved.slice(0, 200));

    // Reload: the sticker is still there (progress persisted in browser storage).
    await page.reload();
    game = new Game(page);
    await game.start();
    await game.tap("profile-");
    await game.screenIs("Map");
    await game.until("the sticker after reload", () => !!game.button("lesson-prize-popup-done"));
    await shot("09-map-after-reload");
    check("after a reload the sticker is still there", true);

    // Offline: reload and the game still starts (service worker cache).
    await context.setOffline(true);
    await page.reload();
    game = new Game(page);
    await game.start();
    await shot("10-offline-title");
    check("offline, the game still starts", game.screen === "Title");
    await context.setOffline(false);
  } catch (e) {
    check("the browser walk-through", false, e.message);
    await shot("failure").catch(() => {});
    console.log("--- last console lines ---\n" + game.log.slice(-30).join("\n"));
  }
  try {
    await corruptProgressCase(page);
  } catch (e) {
    check("a corrupt save in browser storage", false, e.message);
    await shot("failure-corrupt").catch(() => {});
  }
  try {
    await deepNestingCase(browser, foreign);
  } catch (e) {
    check("a deeply nested word file in the browser", false, e.message);
  }
  try {
    await authorsModeCase(browser, foreign);
  } catch (e) {
    check("the authors' mode", false, e.message);
  }
  check("no request went to another origin", foreign.length === 0, foreign.slice(0, 5).join(" "));
  check("no uncaught page errors", errors.length === 0, errors.slice(0, 3).join(" | "));
  await browser.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

const MAIN = "safekite.progress";
const BACKUP = "safekite.progress.bak";
const KEPT = "safekite.progress.corrupt-";

/** The kept-aside copies in the page's storage, as { number: text }. */
async function keptAside(page) {
  return page.evaluate((prefix) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith(prefix)) out[Number(key.slice(prefix.length))] = localStorage.getItem(key);
    }
    return out;
  }, KEPT);
}

/** A corrupt main copy: the backup is used, the bad copy kept aside once, at most five kept. */
async function corruptProgressCase(page) {
  // The good save made above becomes the backup; the main copy is garbage; five older bad
  // copies are already kept aside.
  await page.evaluate(([main, backup, prefix]) => {
    localStorage.setItem(backup, localStorage.getItem(main));
    localStorage.setItem(main, "(format: 2, settings: (locale: \"vi\", garbage");
    for (let n = 1; n <= 5; n++) localStorage.setItem(prefix + n, `older bad copy ${n}`);
  }, [MAIN, BACKUP, KEPT]);
  await page.reload();
  let game = new Game(page);
  await game.start();
  await game.tap("profile-");
  await game.screenIs("Map");
  await game.until("the sticker from the backup", () => !!game.button("lesson-prize-popup-done"));
  check("a corrupt save is recovered from its backup in the browser", true);
  const kept = await keptAside(page);
  const numbers = Object.keys(kept).map(Number).sort((a, b) => a - b);
  check("the corrupt copy is kept aside and at most five copies are kept",
    numbers.length === 5 && kept[6] && kept[6].includes("garbage") && !kept[1],
    JSON.stringify(numbers));
  const main = await page.evaluate((key) => localStorage.getItem(key), MAIN);
  check("the main copy is written back sound", main && !main.includes("garbage"));
  // Starting again keeps no second copy.
  await page.reload();
  game = new Game(page);
  await game.start();
  const again = Object.keys(await keptAside(page)).length;
  check("starting again keeps no second copy", again === 5, `${again} kept`);
}

/** A word file nested 20,000 deep: the game starts and plays; the message is reported. */
async function deepNestingCase(browser, foreign) {
  // Routes do not see requests a service worker answers: this context has none.
  const context = await newContext(browser, { serviceWorkers: "block" });
  collectForeign(context, ORIGIN, foreign);
  await context.route(/\/locales\/(vi|en)\/ui\.ftl$/, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: `${text}\ndeep-nesting = ${"{".repeat(20000)}\nafter-deep = still here\n` });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const game = new Game(page);
  try {
    await page.goto(BASE);
    await game.start();
    await game.tap("new-profile");
    await game.screenIs("NewProfile");
    check("a word file nested 20,000 deep does not stop the game", errors.length === 0, errors.slice(0, 2).join(" | "));
    await game.until("the SK0029 report", () => game.log.some((l) => l.includes("SK0029")), 10_000);
    check("the deep nesting is reported with its code", true);
  } finally {
    await context.close();
  }
}

/** The authors' mode (`?author`): the lesson file and its two word files picked with the page's
 * buttons; a lesson with an error shows its problem (code and place), and once the fixed file is
 * picked again the page offers "Play the lesson", and it plays; the back button comes back to
 * the page, where a warning shows with the Play button too. */
async function authorsModeCase(browser, foreign) {
  const context = await newContext(browser);
  collectForeign(context, ORIGIN, foreign);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const game = new Game(page);
  const repo = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const read = (file) => fs.readFileSync(path.join(repo, file));
  const lesson = read("lessons/3-6/private-info.lesson.ron").toString();
  // Picks a file with a button, then waits until the game has checked the files again and
  // drawn the screen anew (`then`: a line it logs), so the next tap finds the new buttons.
  const pick = async (button, name, text, then) => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), game.tap(button)]);
    const from = game.log.length;
    await chooser.setFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
    await game.until(`the check after ${name}`, () => game.log.slice(from).some((l) => then.test(l)));
    await page.waitForTimeout(1000);
  };
  try {
    await page.goto(new URL("?author&lang=en", BASE).href);
    await page.waitForSelector("body[data-stage=ready]", { timeout: 180_000 });
    await page.click("#start");
    await game.screenIs("Preview");
    // Each file not picked yet is a problem of its own until it is.
    await pick("pick-0", "private-info.lesson.ron", lesson.replace('start: "hello"', 'start: "hullo"'), /vi\/private-info\.ftl: error\[SK0050\]/);
    await pick("pick-1", "private-info.ftl", read("locales/vi/private-info.ftl"), /en\/private-info\.ftl: error\[SK0050\]/);
    await pick("pick-2", "private-info.ftl", read("locales/en/private-info.ftl"), /private-info\.lesson\.ron:16:\d+: error\[SK0012\]/);
    await page.screenshot({ path: path.join(SHOTS, "20-author-problems.png") });
    check("the authors' mode shows a picked lesson's problem with its code and place", game.screen === "Preview");
    // A pick shows the page with "Play the lesson" (another changed file may be picked first).
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), game.tap("pick-0")]);
    await chooser.setFiles({ name: "private-info.lesson.ron", mimeType: "text/plain", buffer: Buffer.from(lesson) });
    await game.until("the Play button", () => game.buttons.some((b) => b.name === "play-preview"));
    check("a lesson without problems, picked, waits on its page for Play", game.screen === "Preview");
    await game.tap("play-preview");
    await game.screenIs("Player");
    await page.screenshot({ path: path.join(SHOTS, "21-author-plays.png") });
    check("the fixed lesson, picked again, plays", errors.length === 0, errors.slice(0, 2).join(" | "));
    // The back button comes back to the authors' page (not the children's map); a warning does
    // not stop the lesson: it shows once, with "Play the lesson".
    await game.tap("back-to-map");
    await game.screenIs("Preview");
    const starter = lesson.replace(/Sticker\(picture: "[a-z-]+"/, 'Sticker(picture: "draft-sticker"');
    await pick("pick-0", "private-info.lesson.ron", starter, /private-info\.lesson\.ron:\d+:\d+: warning\[SK0073\]/);
    await page.screenshot({ path: path.join(SHOTS, "22-author-warning.png") });
    check("a warning shows on the authors' page, which has the lesson's Play button", game.screen === "Preview" && game.buttons.some((b) => b.name === "play-preview"));
    await game.tap("play-preview");
    await game.screenIs("Player");
    check("the lesson with a warning plays", errors.length === 0, errors.slice(0, 2).join(" | "));
  } finally {
    await context.close();
  }
}

main();
