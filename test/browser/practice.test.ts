import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { giveName, makeAssignment } from './course.js';
import {
  endSession,
  meterValue,
  newContext,
  PHONE,
  type RunningServer,
  say,
  screenshot,
  seriousViolations,
  startSession,
  test,
} from './harness.js';

// Issue 15 on the page: "Try that again", "What could I say?" and a next session with the same client.
const WELCOME = "Thanks for coming in. Take your time, there's no rush.";
const ROADBLOCK = 'You need to get over it. At least nobody died.';
const BETTER = 'It sounds like it has been a really hard few months.';

const meters = async (page: Page) => ({
  trust: await meterValue(page, 'Trust'),
  openness: await meterValue(page, 'Openness'),
});

const traineeLines = (page: Page) => page.locator('.entry.trainee .text').allTextContents();

/** The trainee's lines in another tab of the same session (each tab keeps its own sessionStorage). */
async function secondTab(page: Page): Promise<Page> {
  const saved = await page.evaluate(() => sessionStorage.getItem('rapport.session'));
  const tab = await page.context().newPage();
  await tab.goto('/');
  await tab.getByRole('heading', { name: 'Choose a client' }).waitFor();
  await tab.evaluate((s) => sessionStorage.setItem('rapport.session', s ?? ''), saved);
  await tab.reload();
  await tab.getByRole('heading', { name: 'Session with Maya' }).waitFor();
  return tab;
}

/** A roadblock said, taken back with "Try that again", then "What could I say?" with its ideas shown. */
async function retryRoadblockAndAskForIdeas(page: Page): Promise<void> {
  await startSession(page);
  await say(page, WELCOME);
  await say(page, ROADBLOCK);
  await page.getByRole('button', { name: 'Try that again (turn 2)' }).click();
  await page.locator('.retry-note').filter({ hasText: 'turn 2' }).waitFor();
  await page.getByRole('button', { name: 'What could I say?' }).click();
  await page.locator('.suggestion').first().waitFor();
}

describe('trying a turn again', () => {
  test('takes a roadblock back: the meters are as before it and the turn is said again', async ({
    page,
    problems,
  }) => {
    await startSession(page);
    await say(page, WELCOME);
    const before = await meters(page);
    await say(page, ROADBLOCK);
    expect((await meters(page)).trust).toBeLessThan(before.trust);

    await page.getByRole('button', { name: 'Try that again (turn 2)' }).click();
    await page.locator('.entry.client[data-turn="2"]').waitFor({ state: 'detached' });
    expect(await meters(page)).toEqual(before);
    expect(await page.getByRole('meter', { name: 'Trust' }).getAttribute('aria-valuetext')).toBe(
      `${before.trust} out of 100`,
    );
    expect(await traineeLines(page)).toEqual([WELCOME]);
    // The reply box has focus, and says which turn is being said again and what was said.
    const box = page.getByLabel('Your reply');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.retry-note').textContent()).toBe(
      `Saying turn 2 again. The client is back where they were before you said: “${ROADBLOCK}”`,
    );
    expect(await box.getAttribute('aria-describedby')).toBe('retry-note composer-hint');

    expect(await say(page, BETTER)).toBe(2);
    expect((await meters(page)).trust).toBeGreaterThan(before.trust);
    // Said again: the note has done its job.
    expect(await page.locator('.retry-note').textContent()).toBe('');
    expect(await box.getAttribute('aria-describedby')).toBe('composer-hint');
    expect(problems).toEqual([]);
  });

  test('offers each turn with the keyboard, and not while the client is answering', async ({ page }) => {
    await startSession(page);
    await say(page, WELCOME);
    await say(page, ROADBLOCK);
    const retry1 = page.getByRole('button', { name: 'Try that again (turn 1)' });
    expect(await retry1.getAttribute('aria-describedby')).toBe('retry-help');
    await retry1.focus();
    await page.keyboard.press('Enter');
    await page.locator('.entry.client[data-turn="1"]').waitFor({ state: 'detached' });
    expect(await traineeLines(page)).toEqual([]);
    expect(await page.locator('button.retry').count()).toBe(0);
  });

  test('shows every attempt in the debrief with what it did to trust, and which was kept', async ({
    page,
  }) => {
    await startSession(page);
    await say(page, WELCOME);
    await say(page, ROADBLOCK);
    await page.getByRole('button', { name: 'Try that again (turn 2)' }).click();
    await page.locator('.entry.client[data-turn="2"]').waitFor({ state: 'detached' });
    await say(page, BETTER);
    await endSession(page);

    const turn2 = page.locator('.retried > li[data-turn="2"]');
    expect(await turn2.locator('.attempt q').allTextContents()).toEqual([ROADBLOCK, BETTER]);
    expect(await turn2.locator('.attempt').first().textContent()).toMatch(/trust −[\d.]+ \(set aside\)$/);
    expect(await turn2.locator('.attempt.kept').textContent()).toMatch(/trust \+[\d.]+Kept$/);
    // Key moments quote what the session went on with, not the attempt set aside.
    expect(await page.locator('.debrief-moments').textContent()).not.toContain('nobody died');
    await screenshot(page, 'debrief-retried');
  });

  test('in another tab redraws this one: the retried turn goes and the meters are as before it', async ({
    page,
  }) => {
    await startSession(page);
    await say(page, WELCOME);
    const before = await meters(page);
    await say(page, ROADBLOCK);
    const other = await secondTab(page);
    await other.getByRole('button', { name: 'Try that again (turn 2)' }).click();
    await page.locator('.entry.client[data-turn="2"]').waitFor({ state: 'detached' });
    expect(await traineeLines(page)).toEqual([WELCOME]);
    expect(await meters(page)).toEqual(before);
    // The turn said again in the other tab shows here with its reply.
    await say(other, BETTER);
    await page.locator('.entry.client[data-turn="2"]').waitFor();
    expect(await traineeLines(page)).toEqual([WELCOME, BETTER]);
  });
});

describe('asking for ideas', () => {
  test('lists one to three ideas, each with its move and why, and sends nothing', async ({ page }) => {
    await startSession(page);
    await say(page, 'Could you tell me about the crash?');
    await page.getByRole('button', { name: 'What could I say?' }).click();
    const region = page.getByRole('region', { name: 'Ideas for what to say next' });
    expect(await region.getAttribute('aria-live')).toBe('polite');
    await region.locator('.suggestion').first().waitFor();
    const n = await region.locator('.suggestion').count();
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(3);
    // Maya was just asked about the crash: the first idea is to give her space.
    expect(await region.locator('.suggestion-move').first().textContent()).toBe('Giving space');
    for (let i = 0; i < n; i++) {
      const s = region.locator('.suggestion').nth(i);
      expect((await s.locator('q').textContent())?.length).toBeGreaterThan(10);
      expect((await s.locator('.why').textContent())?.length).toBeGreaterThan(10);
    }

    const idea = (await region.locator('.suggestion q').first().textContent()) ?? '';
    await region.getByRole('button', { name: 'Use these words (idea 1, not sent)' }).click();
    expect(await page.getByLabel('Your reply').inputValue()).toBe(idea);
    expect(await page.locator('.entry.trainee').count()).toBe(1);

    // Once the client answers, the ideas (for the moment before) go.
    await page.getByLabel('Your reply').press('Enter');
    await page.locator('.entry.client[data-turn="2"]').waitFor();
    expect(await region.locator('.suggestion').count()).toBe(0);
  });

  test('counts the ideas in the debrief and puts them in the Markdown download', async ({ page }) => {
    await startSession(page);
    await say(page, 'Could you tell me about the crash?');
    await page.getByRole('button', { name: 'What could I say?' }).click();
    await page.locator('.suggestion').first().waitFor();
    const idea = (await page.locator('.suggestion q').first().textContent()) ?? '';
    await endSession(page);
    expect(await page.locator('.hints-used').textContent()).toBe('You asked for ideas once.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download transcript (Markdown)' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const markdown = Buffer.concat(chunks).toString('utf8');
    expect(markdown).toContain('> Ideas asked for after turn 1:');
    expect(markdown).toContain(idea.slice(0, 20));
    expect(markdown).toContain('- You asked for ideas once.');
  });
});

describe('a next session with the same client', () => {
  test('starts from the debrief with a returning opening, then compares the two sessions', async ({
    page,
    problems,
  }) => {
    await startSession(page);
    const firstOpening = await page.locator('.entry.client[data-turn="0"] .text').textContent();
    await say(page, WELCOME);
    await say(page, BETTER);
    await endSession(page);
    const firstEnd = await page.locator('.facts div', { hasText: 'Final trust' }).locator('dd').textContent();

    await page.getByRole('button', { name: 'Next session with Maya' }).click();
    await page.getByRole('heading', { name: 'Session with Maya' }).waitFor();
    const opening = await page.locator('.entry.client[data-turn="0"] .text').textContent();
    expect(opening).not.toBe(firstOpening);
    expect(await page.locator('.entry.trainee').count()).toBe(0);
    expect(await meterValue(page, 'Trust')).toBeGreaterThan(0);
    await say(page, 'How has your week been?');
    await endSession(page);

    expect(await page.locator('.session-number').textContent()).toBe(
      'This was your second session with Maya.',
    );
    const table = page.getByRole('table', { name: 'This session beside the last one' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td');
    expect(await row('Trust at the end').first().textContent()).toBe(firstEnd);
    expect(await row('Roadblocks').allTextContents()).toEqual(['Good', 'Good']);
    expect(await row('Open questions').count()).toBe(2);
    await screenshot(page, 'debrief-second-session');
    expect(problems).toEqual([]);
  });
});

describe('a second tab on the same session', () => {
  test('shows the line typed in the other tab with the client’s reply', async ({ page }) => {
    await startSession(page);
    await say(page, WELCOME);
    const other = await secondTab(page);
    await say(page, BETTER);
    await other.locator('.entry.client[data-turn="2"]').waitFor();
    expect(await traineeLines(other)).toEqual([WELCOME, BETTER]);
    // And the other way round.
    await say(other, 'What would you like to talk about today?');
    await page.locator('.entry.client[data-turn="3"]').waitFor();
    expect(await traineeLines(page)).toEqual([WELCOME, BETTER, 'What would you like to talk about today?']);
  });
});

describe('at a phone’s width', () => {
  test('shows ideas, a retried turn and the practice debrief without sideways scrolling', async ({
    page,
  }) => {
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    await page.setViewportSize(PHONE);
    await retryRoadblockAndAskForIdeas(page);
    await screenshot(page, 'session-practice-phone');
    expect(await sideways()).toBe(false);

    await say(page, BETTER);
    await endSession(page);
    await page.getByRole('button', { name: 'Next session with Maya' }).click();
    await page.getByRole('heading', { name: 'Session with Maya' }).waitFor();
    await endSession(page);
    await screenshot(page, 'debrief-practice-phone');
    expect(await sideways()).toBe(false);
  });
});

/** Opens an assignment of Maya with one practice control switched off, and starts it under a name. */
async function startAssignment(page: Page, server: RunningServer, off: 'rewinds' | 'hints') {
  const a = await makeAssignment(server, {
    title: `Without ${off}`,
    personaId: 'maya',
    seed: 7,
    meters: true,
    coaching: true,
    rewinds: off !== 'rewinds',
    hints: off !== 'hints',
  });
  await page.goto(a.path);
  await page.getByRole('heading', { name: `Assignment: Without ${off}` }).waitFor();
  await giveName(page, 'Sam');
  await page.getByRole('button', { name: 'Start session with Maya' }).click();
  await page.locator('.entry.client[data-turn="0"]').waitFor();
}

describe('when an assignment switches practice off', () => {
  test('offers no "Try that again" without rewinds', async ({ page, server }) => {
    await startAssignment(page, server, 'rewinds');
    await say(page, WELCOME);
    expect(await page.locator('button.retry').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'What could I say?' }).isVisible()).toBe(true);
  });

  test('offers no "What could I say?" without hints', async ({ page, server }) => {
    await startAssignment(page, server, 'hints');
    await say(page, WELCOME);
    expect(await page.getByRole('button', { name: 'What could I say?' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Ideas for what to say next' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Try that again (turn 1)' }).count()).toBe(1);
  });
});

describe('axe-core on the practice controls', () => {
  // axe is injected as a script tag, which the strict CSP would refuse (as in a11y.test.ts).
  test.override('context', async ({ browser, server }, { onCleanup }) => {
    const context = await newContext(browser, server, { bypassCSP: true });
    onCleanup(() => context.close());
    return context;
  });

  test('finds no serious or critical violations with ideas shown and a turn retried', async ({ page }) => {
    await retryRoadblockAndAskForIdeas(page);
    await screenshot(page, 'session-practice');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('finds no serious or critical violations in a second session’s debrief', async ({ page }) => {
    await startSession(page);
    await say(page, WELCOME);
    await say(page, ROADBLOCK);
    await page.getByRole('button', { name: 'Try that again (turn 2)' }).click();
    await page.locator('.retry-note').filter({ hasText: 'turn 2' }).waitFor();
    await say(page, BETTER);
    await endSession(page);
    await page.getByRole('button', { name: 'Next session with Maya' }).click();
    await page.getByRole('heading', { name: 'Session with Maya' }).waitFor();
    await say(page, 'How has your week been?');
    await endSession(page);
    await page.locator('.session-number').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
