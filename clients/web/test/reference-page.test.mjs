// The reference public page in headless Chromium, served from another origin than the API, as
// the municipality's site would serve it. Started by ReferencePageIT (./mvnw verify) against the
// packaged service with the demo plan public; by hand:
//   STYRKORT_API=http://127.0.0.1:8080 npm test      (after npm run build)
// It checks what a citizen sees, that the API's answers came compressed and were revalidated
// (304) on a reload once the browser's copy was stale, and runs axe-core (WCAG 2.1 AA).
import { strict as assert } from "node:assert";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromiumPath, launchChromium, runAxe } from "../browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist");
const API = process.env.STYRKORT_API;
const SCREENSHOT = process.env.STYRKORT_SCREENSHOT ?? join(here, "..", "dist", "reference-page.png");
const FIGURES = process.env.STYRKORT_FIGURES;
// How long the service lets a browser keep an anonymous read (its Cache-Control max-age).
const MAX_AGE_SECONDS = Number(process.env.STYRKORT_MAX_AGE ?? "1");
const STATUSES = ["Uppfyllt", "Delvis uppfyllt", "Inte uppfyllt", "Uppgift saknas", "Målvärde saknas"];

const skip = !API
  ? "STYRKORT_API is not set (ReferencePageIT sets it)"
  : !chromiumPath()
    ? "no Chromium installed (apt-get install -y chromium)"
    : false;

/** Serves dist/ on localhost: another origin than the API on 127.0.0.1. */
async function serveSite() {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = createServer((request, response) => {
    const name = new URL(request.url, "http://localhost").pathname.replace(/^\/$/, "/index.html");
    try {
      const body = readFileSync(join(dist, name.replace(/^\//, "")));
      response.writeHead(200, { "Content-Type": types[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "localhost", resolve));
  return { server, origin: `http://localhost:${server.address().port}` };
}

/** Every request of one page load, from Chromium's own network log (DevTools protocol). */
function networkLog(cdp) {
  let entries = new Map();
  cdp.on("Network.requestWillBeSent", ({ requestId, request, type }) => {
    entries.set(requestId, { url: request.url, method: request.method, type, bytes: 0 });
  });
  cdp.on("Network.responseReceived", ({ requestId, response }) => {
    const entry = entries.get(requestId);
    if (!entry) return;
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    Object.assign(entry, {
      status: response.status,
      encoding: headers["content-encoding"] ?? "identity",
      vary: headers["vary"] ?? "",
      fromCache: response.fromDiskCache || response.fromMemoryCache,
    });
  });
  cdp.on("Network.responseReceivedExtraInfo", ({ requestId, statusCode }) => {
    const entry = entries.get(requestId);
    if (entry) entry.wireStatus = statusCode;
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const entry = entries.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  return {
    take() {
      const taken = [...entries.values()];
      entries = new Map();
      return taken;
    },
  };
}

function totals(entries) {
  return {
    requests: entries.filter((e) => !e.fromCache).length,
    bytes: entries.reduce((sum, e) => sum + (e.fromCache ? 0 : e.bytes), 0),
    api: entries
      .filter((e) => e.url.startsWith(API))
      .map((e) => ({
        path: e.url.slice(API.length),
        method: e.method,
        status: e.wireStatus ?? e.status,
        encoding: e.encoding,
        vary: e.vary,
        bytes: e.bytes,
      })),
  };
}

test("the reference page shows the demo plan, compressed, revalidated and accessible", { skip }, async () => {
  const { server, origin } = await serveSite();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await browser.newCDPSession(page);
    await cdp.send("Network.enable");
    const log = networkLog(cdp);
    const url = `${origin}/index.html?api=${encodeURIComponent(API)}&ar=2024`;

    // First view: an empty cache.
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    const first = totals(log.take());

    assert.equal(await page.locator("[role=alert]").count(), 0, await page.locator("body").innerText());
    assert.match(await page.locator("h1").innerText(), /Flerårsplan 2025–2026/);
    assert.match(await page.locator(".lead").innerText(), /Ljusnarsbergs kommun\. Måluppfyllelse 2024/);
    const focusAreas = await page.locator("main h2").allInnerTexts();
    assert.ok(focusAreas.length >= 3, `focus areas: ${focusAreas}`);
    assert.ok((await page.locator("main h3").count()) >= focusAreas.length, "goals under the focus areas");
    assert.deepEqual(
      await page.locator("main table thead tr").first().locator("th").allInnerTexts(),
      ["Mätpunkt", "Utgångsläge", "Mål", "Senaste värde", "Status"],
    );
    const preschool = page.locator("main table tbody tr", { hasText: "Förskola" }).first();
    const cells = await preschool.locator("th, td").allInnerTexts();
    assert.equal(cells[0], "Förskola");
    assert.match(cells[1], /2023/, `baseline of Förskola: ${cells}`);
    assert.match(cells[2], /2024/, `target of Förskola: ${cells}`);
    assert.equal(cells[3], "99,5 % (2024)", `latest value of Förskola: ${cells}`);
    assert.equal(cells[4], "Delvis uppfyllt", `status of Förskola (99,5 of ≥ 100 %): ${cells}`);
    const shownStatuses = new Set(await page.locator("main td .status").allInnerTexts());
    assert.ok([...shownStatuses].every((s) => STATUSES.includes(s)), [...shownStatuses].join(", "));
    assert.ok(shownStatuses.size >= 2, `more than one status: ${[...shownStatuses]}`);

    // The API's answers: compressed, and varying on the encoding.
    assert.ok(first.api.length >= 2, JSON.stringify(first.api));
    for (const call of first.api.filter((c) => c.method === "GET")) {
      assert.equal(call.status, 200, JSON.stringify(call));
      assert.ok(["br", "gzip"].includes(call.encoding), `compressed: ${JSON.stringify(call)}`);
      assert.match(call.vary, /Accept-Encoding/i, `Vary: ${JSON.stringify(call)}`);
    }
    assert.ok(first.api.every((c) => c.method === "GET"), `no preflight: ${JSON.stringify(first.api)}`);

    const axe = await runAxe(page);
    assert.deepEqual(
      axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(" ")})`),
      [],
    );
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // A reload once the browser's copy is stale: revalidated with the ETag, 304 and no body.
    await page.waitForTimeout(MAX_AGE_SECONDS * 1000 + 1200);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    const reload = totals(log.take());
    assert.match(await page.locator("h1").innerText(), /Flerårsplan 2025–2026/);
    assert.ok(reload.api.length >= 2, JSON.stringify(reload.api));
    for (const call of reload.api) {
      assert.equal(call.status, 304, `revalidated: ${JSON.stringify(call)}`);
    }
    const figures = { page: origin, api: API, firstView: first, reload, screenshot: SCREENSHOT };
    console.log(JSON.stringify(figures, null, 2));
    if (FIGURES) writeFileSync(FIGURES, JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
});
