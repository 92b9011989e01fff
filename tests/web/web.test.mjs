// SafeKite in a real browser: Debian's Chromium driven by playwright-core against dist/ served on
// 127.0.0.1. Taps through the 3-6 sample lesson to its sticker, reloads and finds the sticker
// still there, goes offline and reloads and finds the game still starts, tries the authors' mode
// (a picked lesson with an error, then fixed), records a line in the grown-ups' recorder with a
// fake microphone and hears it in the lesson, exports it and brings it in on a fresh profile,
// and checks that no
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
import { CHROMIUM_ARGS, Game, collectForeign, launchChromium, newContext, newPlayerOnMap } from "./game.mjs";
import { chromium } from "playwright-core";

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
  if (process.env.ONLY_RECORDER) {
    const foreign = [];
    await recorderCase(foreign).catch((e) => check("the recorder in the browser", false, e.message));
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  const browser = await launchChromium();
  const context = await newContext(browser);
  const foreign = [];
  collectForeign(context, ORIGIN, foreign);
  // The grown-ups' recorder's encoder is fetched when its page opens, never for a child.
  const vendor = [];
  context.on("request", (req) => { if (req.url().includes("/vendor/")) vendor.push(req.url()); });
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
    check("a child's visit never downloads the recorder's encoder", vendor.length === 0, vendor.join(" "));
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
  try {
    await recorderCase(foreign);
  } catch (e) {
    check("the recorder in the browser", false, e.message);
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

/** A WAV file for Chromium's fake microphone: 48 kHz mono, silence, 1.2 s of a voice-like
 * sound (a 180 Hz buzz with its overtones, rising and falling), silence. */
function fakeVoiceWav(file) {
  const rate = 48000;
  const seconds = [0.5, 1.2, 0.8];
  const n = Math.round(rate * seconds.reduce((a, b) => a + b, 0));
  const pcm = Buffer.alloc(n * 2);
  const [from, to] = [seconds[0] * rate, (seconds[0] + seconds[1]) * rate];
  for (let i = 0; i < n; i++) {
    let v = 0;
    if (i >= from && i < to) {
      const t = (i - from) / rate;
      const envelope = Math.sin((Math.PI * t) / seconds[1]);
      for (let h = 1; h <= 5; h++) v += Math.sin(2 * Math.PI * 180 * h * t) / h;
      v *= 0.25 * envelope;
    }
    pcm.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0); header.writeUInt32LE(36 + pcm.length, 4); header.write("WAVE", 8);
  header.write("fmt ", 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22); header.writeUInt32LE(rate, 24); header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32); header.writeUInt16LE(16, 34);
  header.write("data", 36); header.writeUInt32LE(pcm.length, 40);
  fs.writeFileSync(file, Buffer.concat([header, pcm]));
}

/** The recorder page as the test hook last logged it. */
function recorderSeen(game) {
  const line = game.log.findLast((l) => l.includes("safekite:recorder {"));
  return line ? JSON.parse(line.match(/safekite:recorder (\{.*\})/)[1]) : null;
}

/** Sends the recorder page a verb (what its button sends) through the test hook. */
async function verb(page, text) {
  await page.evaluate((v) => { (window.safekiteTestVerbs ||= []).push(v); }, text);
}

/** The recorder in the browser, with Chromium's fake microphone playing a WAV file: a grown-up
 * records the first line of the 3-6 sample lesson, keeps it (in the page's IndexedDB, so a
 * reload still has it), hears it when the lesson plays, downloads it as a voice pack, and brings
 * the pack in with the browser's file button on a fresh profile. */
async function recorderCase(foreign) {
  const wav = path.join(SHOTS, "fake-voice.wav");
  fakeVoiceWav(wav);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`],
  });
  const open = async () => {
    const context = await newContext(browser, { permissions: ["microphone"] });
    collectForeign(context, ORIGIN, foreign);
    context.on("request", (req) => { if (req.url().endsWith("/ogg.wasm")) encoderFetches++; });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    return { context, page, errors, game: new Game(page) };
  };
  let last = null;
  let encoderFetches = 0;
  const seen = (game, what, pred) => game.until(what, () => { const s = recorderSeen(game); return s && pred(s); });
  try {
    let { context, page, errors, game } = await open();
    last = { page, get game() { return game; } };
    await page.goto(BASE);
    await game.start();
    await verb(page, "open-recorder");
    await seen(game, "the recorder page", () => true);
    // "Your name" typed with a composing keyboard (Vietnamese Telex outside Unikey): "C", then
    // "o" composed into "ô" and committed (as Chromium's input methods send it), then " Hoax"
    // and a Backspace, which must come after the letters it takes back.
    // A click on the field; the page is ready for typing once its hidden input has the focus.
    const editing = () => page.evaluate(() => document.activeElement?.id === "safekite-text-input");
    for (let i = 0; i < 10 && !(await editing()); i++) {
      await page.mouse.click(745, 294);
      await page.waitForTimeout(1000);
    }
    // A second click on the field (the canvas takes the focus back): typing must still work.
    await page.mouse.click(800, 294);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await page.keyboard.type("C");
    await cdp.send("Input.imeSetComposition", { text: "o", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "ô", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.insertText", { text: "ô" });
    await page.keyboard.type(" Hoax");
    await page.keyboard.press("Backspace");
    await seen(game, "the name typed", (s) => s.recorded_by.length >= 6).catch(() => {});
    await page.screenshot({ path: path.join(SHOTS, "28-recorder-name.png") });
    check("a name typed with a composing keyboard keeps its Vietnamese letters",
      recorderSeen(game).recorded_by === "Cô Hoa", JSON.stringify(recorderSeen(game).recorded_by));
    await page.keyboard.press("Escape");
    // The list of lessons, opened as a grown-up would (a look for the eyes, not a check).
    await page.waitForTimeout(1000);
    await page.mouse.click(360, 233);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(SHOTS, "29-recorder-lessons.png") });
    await page.keyboard.press("Escape");
    await verb(page, 'recorder {"Lesson":"prize-popup"}');
    await seen(game, "the lesson's lines", (s) => s.line);
    // The story's first line (the lesson's title comes before it in the list).
    const line = "prize-popup-hello";
    for (let i = 0; i < 5 && recorderSeen(game).line !== line; i++) {
      const at = recorderSeen(game).index;
      await verb(page, 'recorder "Next"');
      await seen(game, "the next line", (s) => s.index > at);
    }
    await verb(page, 'recorder "Record"');
    await seen(game, "recording", (s) => s.phase === "recording");
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(SHOTS, "29b-recorder-recording.png") });
    await page.waitForTimeout(1500);
    await verb(page, 'recorder "Stop"');
    await seen(game, "the take to listen to", (s) => s.phase !== "recording");
    await page.screenshot({ path: path.join(SHOTS, "30-recorder-review.png") });
    const review = recorderSeen(game);
    check("the recorder page fetches its encoder", encoderFetches > 0, `${encoderFetches} fetches`);
    check("a take recorded from the browser's microphone is ready to listen to", review.phase === "review", JSON.stringify(review));
    await verb(page, 'recorder "Keep"');
    await seen(game, "the kept take", (s) => s.takes === 1);
    const stored = await page.evaluate(() => new Promise((resolve) => {
      const r = indexedDB.open("safekite", 1);
      r.onsuccess = () => {
        const get = r.result.transaction("files").objectStore("files").get("recordings/voice-pack.zip");
        get.onsuccess = () => resolve(get.result ? Array.from(get.result.slice(0, 2)) : null);
      };
    }));
    check("the kept take is stored in the page's IndexedDB as a voice pack", stored && stored[0] === 0x50 && stored[1] === 0x4b, JSON.stringify(stored));

    // A reload still has it, and the lesson plays it.
    await page.reload();
    game = new Game(page);
    await game.start();
    await newPlayerOnMap(game);
    // A tap on a busy machine can be missed while the new map settles: tap again if so.
    for (let i = 0; i < 3 && game.screen !== "Check"; i++) {
      await page.waitForTimeout(1000);
      await game.tap("lesson-prize-popup");
      await game.until("the lesson's question", () => game.screen === "Check", 15_000).catch(() => {});
    }
    await game.screenIs("Check");
    await game.until("the question's answers", () => !!game.button("check-option-0"));
    await game.tap("check-option-0");
    await game.until("the way on", () => !!game.button("next"));
    await game.tap("next");
    await game.screenIs("Player");
    const plays = new RegExp(`narration: ${line} \\(vi\\) plays the recorded take`);
    await game.until("the recorded take played", () => game.log.some((l) => plays.test(l)));
    check("after a reload the lesson plays the grown-up's take", true);

    // Download it as a voice pack.
    await page.reload();
    game = new Game(page);
    await game.start();
    await verb(page, "open-recorder");
    await seen(game, "the recorder page", (s) => s.takes === 1);
    const [download] = await Promise.all([page.waitForEvent("download"), verb(page, 'recorder "ExportAll"')]);
    const pack = path.join(SHOTS, download.suggestedFilename());
    await download.saveAs(pack);
    await seen(game, "the export's notice", (s) => s.pack_notice.includes("recorder-downloaded"));
    check("the recordings download as a voice pack", /^safekite-voices-all-.*\.zip$/.test(path.basename(pack)) && fs.statSync(pack).size > 1000, path.basename(pack));
    check("no page errors while recording", errors.length === 0, errors.slice(0, 2).join(" | "));
    await context.close();

    // A fresh profile brings it in with the browser's file button.
    ({ context, page, errors, game } = await open());
    await page.goto(BASE);
    await game.start();
    await verb(page, "open-recorder");
    await seen(game, "the fresh recorder page", (s) => s.takes === 0);
    await verb(page, 'recorder {"Lesson":"prize-popup"}');
    await seen(game, "the lesson chosen", (s) => s.line);
    // The file button opens only after a tap (the browser's rule): a tap on an empty corner.
    await page.mouse.click(1270, 790);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), verb(page, 'recorder "ChoosePackFile"')]);
    await chooser.setFiles(pack);
    const name = path.basename(pack);
    await seen(game, "the picked pack listed", (s) => s.packs.includes(name));
    await verb(page, `recorder {"BringIn":"${name}"}`);
    await seen(game, "the pack brought in", (s) => s.takes === 1);
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(SHOTS, "31-recorder-brought-in.png") });
    check("a fresh profile brings the pack in with the browser's file button", recorderSeen(game).pack_notice.includes("recorder-brought-in"));
    check("no page errors while bringing it in", errors.length === 0, errors.slice(0, 2).join(" | "));
    await context.close();
  } catch (e) {
    if (last) {
      await last.page.screenshot({ path: path.join(SHOTS, "failure-recorder.png") }).catch(() => {});
      console.log("--- last console lines ---\n" + last.game.log.slice(-25).join("\n"));
    }
    throw e;
  } finally {
    await browser.close();
  }
}

main();
