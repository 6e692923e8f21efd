// Headless Chromium for tests and reports: Debian's /usr/bin/chromium driven by playwright-core
// (Playwright's own browser download cannot be reached from these machines). Reused by other
// parts of the project (e.g. the report's PDF and accessibility checks):
//
//   import { chromiumPath, launchChromium, runAxe } from "../web/browser.mjs";
//   const path = chromiumPath();           // null when no Chromium is installed: skip, say why
//   const context = await launchChromium(); // a browser context with a fresh profile
//   const page = await context.newPage(); ...; await runAxe(page);
//   await context.close();                  // also removes the profile directory
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

/** Flags that keep a root, headless, offline Chromium quiet and reproducible (toolchain.md). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium to use: $CHROMIUM, else Debian's; null when there is none. */
export function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM, "/usr/bin/chromium"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Launches Chromium with a fresh profile of its own and returns its (persistent) browser context,
 * whose close() also deletes the profile. Throws when no Chromium is installed (check chromiumPath() first to skip).
 */
export async function launchChromium(options = {}) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error("No Chromium: install Debian's (apt-get install -y chromium) or set $CHROMIUM");
  }
  const profile = mkdtempSync(join(tmpdir(), "styrkort-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: "sv-SE",
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const close = context.close.bind(context);
  context.close = async () => {
    try {
      await close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  };
  return context;
}

/** Runs axe-core in the page against WCAG 2.0/2.1 A and AA; returns axe's result. */
export async function runAxe(page, tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(
    (runOnly) => globalThis.axe.run(document, { runOnly: { type: "tag", values: runOnly } }),
    tags,
  );
}
