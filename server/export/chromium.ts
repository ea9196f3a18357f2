import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

/**
 * Chromium for what only a browser engine can draw: the PDF of a report and the PNG of a
 * picture. Debian's Chromium (or CHROMIUM_PATH) through playwright-core, one browser launched
 * on first use and reused. Nothing is fetched: every request the page makes is refused.
 */

export class ChromiumUnavailableError extends Error {
  override readonly name = "ChromiumUnavailableError";
}

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

const RENDER_TIMEOUT_MS = 60_000;
/** Chromium cannot draw a bitmap wider or taller than this. */
export const MAX_BITMAP_SIDE = 16_384;

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

export function chromiumPath(): string {
  const found = findChromium();
  if (found === null) {
    throw new ChromiumUnavailableError(
      "Chromium is not installed, so PDF and PNG cannot be made here: run `apt-get install " +
        "chromium` (or set CHROMIUM_PATH), or export html or svg and print or convert it yourself.",
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  const playwright = await import("playwright-core").catch(() => null);
  if (playwright === null) {
    throw new ChromiumUnavailableError(
      "The playwright-core package is not installed (npm ci without --omit=dev installs it); " +
        "PDF and PNG need it to drive Chromium.",
    );
  }
  return playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export class ChromiumRenderer {
  private browser: Promise<Browser> | null = null;

  private async open(): Promise<Browser> {
    if (this.browser === null) {
      const launching = launchChromium();
      this.browser = launching;
      launching.then(
        (browser) => browser.on("disconnected", () => (this.browser = null)),
        () => (this.browser = null),
      );
    }
    return this.browser;
  }

  private async withPage<T>(
    options: { width: number; height: number; scale: number },
    html: string,
    work: (page: Page) => Promise<T>,
  ): Promise<T> {
    const browser = await this.open();
    const context = await browser.newContext({
      viewport: { width: Math.ceil(options.width), height: Math.ceil(options.height) },
      deviceScaleFactor: options.scale,
      javaScriptEnabled: false,
      offline: true,
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.route("**/*", (route) => route.abort());
      await page.setContent(html, { waitUntil: "load" });
      return await work(page);
    } finally {
      await context.close();
    }
  }

  /** The report printed to A4 (the page size and margins come from its own CSS). */
  async pdf(html: string): Promise<Buffer> {
    return this.withPage({ width: 794, height: 1123, scale: 1 }, html, (page) =>
      page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }),
    );
  }

  /** An SVG picture as PNG, `scale` device pixels per picture pixel. */
  async png(svg: string, width: number, height: number, scale: number): Promise<Buffer> {
    const side = Math.max(width, height) * scale;
    if (side > MAX_BITMAP_SIDE) {
      throw new RangeError(
        `The picture would be ${Math.round(side)} pixels across at scale ${scale}; Chromium draws ` +
          `at most ${MAX_BITMAP_SIDE}. Choose a smaller scale, or export SVG (it scales freely).`,
      );
    }
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0}svg{display:block}</style></head><body>${svg}</body></html>`;
    return this.withPage({ width, height, scale }, html, (page) =>
      page.screenshot({ type: "png", clip: { x: 0, y: 0, width, height } }),
    );
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (pending === null) return;
    const browser = await pending.catch(() => null);
    await browser?.close();
  }
}
