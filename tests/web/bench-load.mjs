// The browser build's first visit on a family's link: Chromium with network emulation (10 Mbit/s
// down and up, 60 ms latency) against a server that compresses nothing, from the page's request
// to the first step of the 3-6 sample lesson (title, a new player, the map, the lesson); then
// the repeat visit offline, to the title. Prints one JSON line of figures.
//
// Usage: node bench-load.mjs http://127.0.0.1:PORT/ LABEL

import { Game, launchChromium, newContext, newPlayerOnMap } from "./game.mjs";

const BASE = process.argv[2];
const LABEL = process.argv[3] || "";
const MBIT = 10;
const LATENCY_MS = 60;

async function main() {
  const browser = await launchChromium();
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const bytesPerSecond = (MBIT * 1e6) / 8;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: LATENCY_MS, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond,
  });
  let received = 0;
  cdp.on("Network.loadingFinished", (e) => { received += e.encodedDataLength; });

  const t0 = Date.now();
  let game = new Game(page);
  await page.goto(BASE);
  await page.waitForSelector("body[data-stage=ready]", { timeout: 600_000 });
  const downloaded = Date.now() - t0;
  await page.click("#start");
  await game.screenIs("Title");
  const title = Date.now() - t0;
  await newPlayerOnMap(game);
  await game.tap("lesson-prize-popup");
  await game.screenIs("Player");
  await game.until("the first step's buttons", () => game.buttons.some((b) => b.name === "next"));
  const firstStep = Date.now() - t0;
  const firstVisitBytes = received;

  // The repeat visit, offline: everything from the service worker's cache.
  await page.waitForTimeout(3000); // let the page finish keeping the game for offline use
  await context.setOffline(true);
  const t1 = Date.now();
  await page.reload();
  game = new Game(page);
  await page.waitForSelector("body[data-stage=ready]", { timeout: 120_000 });
  await page.click("#start");
  await game.screenIs("Title");
  const offlineTitle = Date.now() - t1;
  await browser.close();
  console.log(JSON.stringify({
    label: LABEL, link: `${MBIT} Mbit/s, ${LATENCY_MS} ms`, first_visit_downloaded_ms: downloaded,
    first_visit_title_ms: title, first_visit_first_step_ms: firstStep,
    first_visit_bytes: firstVisitBytes, repeat_visit_offline_title_ms: offlineTitle,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
