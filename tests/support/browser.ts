import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../server/export/chromium";

// Debian's Chromium and its flags live in server/export/chromium.ts (the server prints PDFs
// with the same browser); tests launch it the same way.
export { CHROMIUM_ARGS, chromiumPath };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

let shared: Promise<Browser> | null = null;

/**
 * The test worker's one Chromium: the browser test files run one after another in one worker
 * (vite.config.ts), and starting Chromium once instead of once a file saves seconds a file.
 * Every `newPage()` still opens a page in a context of its own (no cookies or storage shared
 * between pages), as with a browser of the file's own. Call `releaseChromium` in `afterAll`,
 * not `close()`: it closes the file's pages. Chromium ends with the worker.
 */
export async function sharedChromium(): Promise<Browser> {
  const browser = shared && (await shared.catch(() => null));
  if (browser?.isConnected()) return browser;
  shared = launchChromium();
  return shared;
}

/** Closes every page (and context) the file opened in the shared Chromium, which stays up. */
export async function releaseChromium(): Promise<void> {
  const browser = shared && (await shared.catch(() => null));
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
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
