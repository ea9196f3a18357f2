import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium; Playwright's own browser download cannot work on these machines.
const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // WebGL through SwiftShader, so sigma can draw without a GPU.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      "Chromium is not installed: run `apt-get install chromium` (or set CHROMIUM_PATH).",
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A page that records console errors and uncaught exceptions, so tests can assert there were none. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}
