import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endSession,
  launchBrowser,
  newContext,
  type RunningServer,
  say,
  startServer,
  startSession,
} from './harness.js';

const LINES = ['What would you like to talk about today?', 'How are you feeling right now?'];

// These tests stop and restart servers, so they manage their own rather than share the fixture.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resuming a session', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('restores the conversation and its coaching after a reload', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    for (const line of LINES) await say(page, line);
    const trustBefore = await page.getByRole('meter', { name: 'Trust' }).getAttribute('aria-valuenow');

    await page.reload();
    await page.locator('.entry.client[data-turn="2"]').waitFor();
    expect(await page.locator('.entry.trainee .text').allTextContents()).toEqual(LINES);
    expect(await page.locator('.entry.client').count()).toBe(3);
    expect(await page.locator('.coaching').count()).toBe(2);
    expect(await page.getByRole('meter', { name: 'Trust' }).getAttribute('aria-valuenow')).toBe(trustBefore);
    await context.close();
  });

  it('carries on in the same session after a reload', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    await say(page, LINES[0]!);
    await page.reload();
    await page.locator('.entry.client[data-turn="1"]').waitFor();

    expect(await say(page, LINES[1]!)).toBe(2);
    await context.close();
  });

  it('shows the debrief again when a finished session is reloaded', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    await say(page, LINES[0]!);
    await endSession(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Debrief: session with Maya' }).waitFor();
    expect(await page.locator('.facts dd').first().textContent()).toBe('Ended by you');
    await context.close();
  });

  it('starts afresh, saying why, when the saved session cannot be resumed', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await page.goto('/');
    // Only once the page has connected (and so shown the picker) is the stored session read on reload.
    await page.getByRole('heading', { name: 'Choose a client' }).waitFor();
    await page.evaluate(() =>
      sessionStorage.setItem('rapport.session', JSON.stringify({ sessionId: 'gone', resumeToken: 'nope' })),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a client' }).waitFor();
    expect(await page.locator('.picker .notice').textContent()).toMatch(/cannot be resumed/);
    expect(await page.evaluate(() => sessionStorage.getItem('rapport.session'))).toBeNull();
    await context.close();
  });

  it('reconnects and resumes by itself after the server restarts', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    await say(page, LINES[0]!);

    await server.stop();
    await page.getByRole('status').filter({ hasText: 'Connection lost' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    // Same port and data folder: the page's origin is unchanged and the session is on disk.
    server = await startServer({ port: server.port, dataDir: server.dataDir });
    await page.locator('#connection').waitFor({ state: 'hidden', timeout: 15_000 });

    expect(await page.locator('.entry.trainee .text').allTextContents()).toEqual([LINES[0]]);
    expect(await say(page, LINES[1]!)).toBe(2);
    await context.close();
  });
});

describe('the typing indicator', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ typingDelay: true });
  });

  afterAll(async () => {
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('shows that the client is typing during the natural pause, then the reply', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    await page.getByLabel('Your reply').fill(LINES[1]!);
    await page.getByLabel('Your reply').press('Enter');

    const typing = page.getByText('Maya is typing…');
    await typing.waitFor({ state: 'visible' });
    expect(await page.locator('.entry.client[data-turn="1"]').count()).toBe(0);
    await page.locator('.entry.client[data-turn="1"]').waitFor();
    expect(await typing.isVisible()).toBe(false);
    await context.close();
  });
});

describe('the time limit', () => {
  let server: RunningServer;

  beforeAll(async () => {
    // 0.05 minutes: the session ends three seconds after it starts, whatever the trainee does.
    server = await startServer({ sessionMinutes: 0.05 });
  });

  afterAll(async () => {
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('ends a silent session on time: the client says goodbye, then the debrief is offered', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await startSession(page);
    expect(await say(page, LINES[0]!)).toBe(1);
    const goodbye = page.locator('.entry.client[data-goodbye="time-limit"] .text');
    await goodbye.waitFor({ timeout: 10_000 });
    expect((await goodbye.textContent())?.length).toBeGreaterThan(0);
    // The goodbye is its own line: the reply to turn 1 is still there, once.
    expect(await page.locator('.entry.client[data-turn="1"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Read your debrief' }).click();
    await page
      .getByRole('heading', { name: /debrief/i })
      .first()
      .waitFor();
    await context.close();
  });
});
