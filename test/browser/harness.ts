import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser, ROOT, type RunningServer, startServer } from './processes.js';

export {
  findChromium,
  launchBrowser,
  ROOT,
  type RunningServer,
  type ServerOptions,
  startServer,
} from './processes.js';

/** Screenshots and other evidence; git-ignored. */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Problems the page reported: uncaught errors, console errors (CSP violations show up here). */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export interface BrowserFixtures {
  browser: Browser;
  server: RunningServer;
}

/**
 * `browser` and `server` are shared by the tests of one file (one Chromium, one server);
 * each test gets its own `page` in a fresh context (fresh sessionStorage) at desktop size.
 */
export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startServer();
    onCleanup(async () => {
      await server.stop();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    });
    return server;
  })
  .extend('context', async ({ browser, server }, { onCleanup }) => {
    const context = await newContext(browser, server);
    onCleanup(() => context.close());
    return context;
  })
  .extend('page', async ({ context }) => {
    const page = await context.newPage();
    return page;
  })
  .extend('problems', async ({ page }) => watchPage(page));

export function newContext(
  browser: Browser,
  server: RunningServer,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, viewport: DESKTOP, acceptDownloads: true, ...options });
}

/** Opens the picker (with a fixed seed, so the conversation is the same every run) and starts a session. */
export async function startSession(page: Page, name = 'Maya'): Promise<void> {
  // The server serves dist/client as it is on disk: anything rebuilding it meanwhile (the bench,
  // a second server start) breaks the page's asset links. Name that cause when it happens.
  const failed: string[] = [];
  const onResponse = (r: Response) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  };
  page.on('response', onResponse);
  try {
    await page.goto('/?seed=7');
    await page.getByRole('button', { name: `Start session with ${name}` }).click({ timeout: 15_000 });
  } catch (err) {
    const hint = failed.length
      ? ` Failed requests: ${failed.join(', ')} (is something rebuilding dist/client?).`
      : '';
    throw new Error(`The client picker did not load.${hint}\n${(err as Error).message}`);
  } finally {
    page.off('response', onResponse);
  }
  await page.locator('.entry.client[data-turn="0"]').waitFor();
}

/** Types a line, presses Enter and waits for the client's reply to that turn. */
export async function say(page: Page, text: string): Promise<number> {
  const before = await page.locator('.entry.client').count();
  await page.getByLabel('Your reply').fill(text);
  await page.getByLabel('Your reply').press('Enter');
  await page.locator('.entry.client').nth(before).waitFor();
  return Number(await page.locator('.entry.client').nth(before).getAttribute('data-turn'));
}

/** The trust or openness meter's current value, as assistive technology reads it. */
export async function meterValue(page: Page, name: 'Trust' | 'Openness'): Promise<number> {
  return Number(await page.getByRole('meter', { name }).getAttribute('aria-valuenow'));
}

/** Ends the session through the confirmation dialog and waits for the debrief. */
export async function endSession(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End session' }).click();
  await page
    .getByRole('dialog', { name: 'End this session?' })
    .getByRole('button', { name: 'End and see debrief' })
    .click();
  await page.getByRole('heading', { name: /^Debrief/ }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
interface Axe {
  run(context: Document): Promise<AxeResult>;
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // axe is injected above; the page itself never loads it.
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  });
}

/** Saves a full-page screenshot under test-artifacts/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
