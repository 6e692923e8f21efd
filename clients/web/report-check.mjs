// The plan's report document (GET /api/v1/plans/{planId}/report, text/html) in headless Chromium:
// axe-core against WCAG 2.0/2.1 A and AA, a screenshot of what a person sees first, and the
// outline a screen reader offers (headings, tables with captions). Run by ReportPageIT
// (./mvnw verify) against the packaged service; by hand:
//   STYRKORT_REPORT_URL='http://127.0.0.1:8080/api/v1/plans/1/report?year=2024' node report-check.mjs
// Prints one JSON line with the findings; exits 1 on any axe violation.
import { writeFileSync } from "node:fs";
import { chromiumPath, launchChromium, runAxe } from "./browser.mjs";

const url = process.env.STYRKORT_REPORT_URL;
const screenshot = process.env.STYRKORT_SCREENSHOT ?? "report.png";
const tableShot = process.env.STYRKORT_TABLE_SCREENSHOT;
if (!url) {
  console.error("STYRKORT_REPORT_URL is not set");
  process.exit(2);
}
if (!chromiumPath()) {
  console.log("SKIPPED: no Chromium installed (apt-get install -y chromium)");
  process.exit(0);
}

const context = await launchChromium();
let violations = [];
try {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: "load" });
  if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`);
  const axe = await runAxe(page);
  violations = axe.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  await page.screenshot({ path: screenshot });
  if (tableShot) {
    await page.locator("section.indikator").nth(3).screenshot({ path: tableShot });
  }
  const outline = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    headings: [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => h.tagName).join(""),
    tables: document.querySelectorAll("table").length,
    captions: document.querySelectorAll("table > caption").length,
    // Readable without CSS: the same text is there with every style sheet off.
    textWithStyles: document.body.innerText.length,
  }));
  outline.textWithoutStyles = await page.evaluate(() => {
    for (const sheet of document.styleSheets) sheet.disabled = true;
    return document.body.innerText.length;
  });
  console.log(
    JSON.stringify({
      url,
      passes: axe.passes.length,
      violations,
      ...outline,
    }),
  );
  if (process.env.STYRKORT_FIGURES) {
    writeFileSync(process.env.STYRKORT_FIGURES, JSON.stringify({ outline, violations }, null, 2));
  }
} finally {
  await context.close();
}
process.exit(violations.length === 0 ? 0 : 1);
