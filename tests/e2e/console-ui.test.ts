import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";
import { openConsoleTransactions, SLOW_QUERY, waitFor } from "../support/console-api";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
});
afterAll(async () => {
  await releaseChromium();
  await server?.close();
});

/** Errors other than the HTTP statuses the console itself shows (403, 400 in the tests). */
function unexpected(errors: string[]): string[] {
  return errors.filter((error) => !/Failed to load resource: .*status of (400|403)/.test(error));
}

async function openConsole(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Cypher console" }).click();
  await page.locator('[data-testid="console-run"]').waitFor();
  await schemaLoaded(page, 1);
}

/** Completion offers labels once the live schema has arrived (`count` times in all). */
async function schemaLoaded(page: Page, count: number): Promise<void> {
  await page.locator(`[data-testid="console-panel"][data-schema-loads="${count}"]`).waitFor();
}

async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="console-editor"] .cm-content').click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

describe("the Cypher console in Chromium", () => {
  it("completes from the live schema, runs with Ctrl+Enter, shows table and graph", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await openConsole(page);
    await expect(page.locator('[data-testid="console-mode"]').textContent()).resolves.toBe(
      "Read-only",
    );

    // Completion from the live schema: pick the label and the type from the lists.
    await typeQuery(page, "MATCH p = (:Comp");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain(":Company");
    await options.filter({ hasText: /^:Company$/ }).click();
    await page.keyboard.type(")-[:OW");
    await options.filter({ hasText: /^:OWNS$/ }).click();
    await page.keyboard.press("End");
    await page.keyboard.type("->(:Company) RETURN p LIMIT 3");
    const text = await page.locator('[data-testid="console-editor"] .cm-content').innerText();
    expect(text).toContain("MATCH p = (:Company)-[:OWNS]->(:Company) RETURN p LIMIT 3");

    // The graph replaces what the canvas shows: afterwards it holds exactly the result's nodes.
    await page.getByLabel("replace canvas").check();
    await page.locator('[data-testid="console-editor"] .cm-content').click();
    await page.keyboard.press("Control+Enter");
    const table = page.locator('[data-testid="console-table"]');
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await table.locator("tbody").innerText()).toMatch(/−\[:OWNS\]→/);
    const line = (await page.locator('[data-testid="console-result-line"]').textContent()) ?? "";
    expect(line).toMatch(/rows?, \d+ nodes and \d+ relationships? in \d+ ms/);
    const nodes = /, (\d+) nodes/.exec(line)?.[1];
    await page
      .getByRole("status")
      .filter({ hasText: `${nodes} entities on screen` })
      .waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it("offers a label created after the console opened once the schema is refreshed", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await openConsole(page);
    const options = page.locator(".cm-tooltip-autocomplete li");
    // The schema loaded when the console opened: its labels are offered.
    await typeQuery(page, "MATCH (:Comp");
    await options.filter({ hasText: /^:Company$/ }).waitFor();
    await server.driver.executeQuery("CREATE (:E2eFreshLabel { dataset: 'e2e-schema' })");
    try {
      await typeQuery(page, "MATCH (:E2eFre");
      await page.waitForTimeout(500);
      expect(await options.filter({ hasText: /^:E2eFreshLabel$/ }).count()).toBe(0);
      await page.locator('[data-testid="console-refresh-schema"]').click();
      await schemaLoaded(page, 2);
      await typeQuery(page, "MATCH (:E2eFre");
      await options.filter({ hasText: /^:E2eFreshLabel$/ }).waitFor();
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await server.driver.executeQuery("MATCH (n:E2eFreshLabel) DELETE n");
    }
  });

  it("runs an example in one click, refuses a write, and underlines a syntax error", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await openConsole(page);
    await page
      .getByRole("button", { name: /From a border checkpoint up to the State Council/ })
      .click();
    const table = page.locator('[data-testid="console-table"]');
    await table.waitFor();
    expect(await table.innerText()).toMatch(/West Kowloon Station.*State Council/s);

    await typeQuery(page, "CREATE (n:Intruder { name: 'x' }) RETURN n");
    await page.locator('[data-testid="console-run"]').click();
    const error = page.locator('[data-testid="console-error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(
      /read-only[\s\S]*Neo\.ClientError\.Statement\.AccessMode/,
    );

    await typeQuery(page, "MATCH (n:Entity)\nRETRUN n");
    await page.keyboard.press("Control+Enter");
    await page.locator('[data-testid="console-error"]', { hasText: "Syntax error" }).waitFor();
    expect(await page.locator(".console-error-mark").innerText()).toBe("RETRUN");
    expect(await error.innerText()).toMatch(/line 2, column 1/);
    // The underline belongs to the text that ran: the next edit removes it.
    await page.keyboard.press("End");
    await page.keyboard.type(" ");
    expect(await page.locator(".console-error-mark").count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  });

  it("shows a parameter mistake with its position, and keeps history across a reload", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await openConsole(page);
    await typeQuery(page, "MATCH (e:Entity { id: $id }) RETURN e.caption AS caption");
    await page.locator('[data-testid="console-params"]').fill('{\n  "id": "aisino",\n}');
    await expect(
      page.locator('[data-testid="console-params-error"]').textContent(),
    ).resolves.toMatch(/Line 3, column 1: Remove the comma/);
    expect(await page.locator('[data-testid="console-run"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="console-params"]').fill('{ "id": "aisino" }');
    await page.locator('[data-testid="console-run"]').click();
    await page
      .locator('[data-testid="console-table"]', { hasText: "Aisino Corporation" })
      .waitFor();

    await page.reload();
    await openConsole(page);
    await page.locator('[data-testid="console-history-tab"]').click();
    expect(await page.locator('[data-testid="console-history"]').innerText()).toContain(
      "MATCH (e:Entity { id: $id })",
    );
    // The console reopens with the last query in the editor.
    expect(await page.locator('[data-testid="console-editor"] .cm-content').innerText()).toContain(
      "RETURN e.caption AS caption",
    );
    expect(unexpected(errors)).toEqual([]);
  });

  it("cancels a slow query from the Cancel button, and Neo4j stops it", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await openConsole(page);
    await typeQuery(page, SLOW_QUERY);
    await page.keyboard.press("Control+Enter");
    // force: while the page draws the canvas on a busy machine, waiting for "stable" can starve.
    await page.locator('[data-testid="console-cancel"]').click({ force: true });
    await page.locator('[data-testid="console-status"]', { hasText: "Cancelled" }).waitFor();
    expect(
      await waitFor(async () => (await openConsoleTransactions(server.driver)).length === 0, 5000),
    ).toBe(true);
    await page.locator('[data-testid="console-run"]').waitFor();
    expect(unexpected(errors)).toEqual([]);
  });
});
