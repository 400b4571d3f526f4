import { describe, expect } from 'vitest';
import { endSession, meterValue, say, startSession, test } from './harness.js';

// An open question about feelings moves Maya's meters; the other two keep the session going.
const LINES = [
  'What would you like to talk about today?',
  'How are you feeling right now?',
  'It sounds like it has been a tiring few months.',
];

describe('a session in the browser', () => {
  test('plays three turns, each answered by the client', async ({ page, problems }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);

    const trainee = await page.locator('.entry.trainee .text').allTextContents();
    expect(trainee).toEqual(LINES);
    expect(await page.locator('.entry.client').count()).toBe(4);
    expect(await page.locator('.entry.client').last().getAttribute('data-turn')).toBe('3');
    expect(problems).toEqual([]);
  });

  test('shows the opening with its non-verbal cue as a stage direction', async ({ page }) => {
    await startSession(page);
    const opening = page.locator('.entry.client[data-turn="0"]');
    expect((await opening.locator('.text').textContent())?.length).toBeGreaterThan(0);
    // With seed 7 the opening line comes with a cue; it is shown in brackets, in italics.
    expect(await opening.locator('.cue').textContent()).toMatch(/^\(.+\)$/);
  });

  test('moves the trust and openness meters as the trainee speaks', async ({ page }) => {
    await startSession(page);
    const trust0 = await meterValue(page, 'Trust');
    const open0 = await meterValue(page, 'Openness');
    for (const line of LINES.slice(0, 2)) await say(page, line);

    expect(await meterValue(page, 'Trust')).not.toBe(trust0);
    expect(await meterValue(page, 'Openness')).not.toBe(open0);
  });

  test('sends on Enter and starts a new line on Shift+Enter', async ({ page }) => {
    await startSession(page);
    const box = page.getByLabel('Your reply');
    await box.fill('How are you');
    await box.press('Shift+Enter');
    await box.pressSequentially('feeling today?');
    expect(await box.inputValue()).toBe('How are you\nfeeling today?');
    await box.press('Enter');
    await page.locator('.entry.client[data-turn="1"]').waitFor();
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('.entry.trainee .text').first().textContent()).toBe(
      'How are you\nfeeling today?',
    );
  });

  test('keeps a multi-line message’s line breaks, as text, on resume and in the debrief', async ({
    page,
    problems,
  }) => {
    await startSession(page);
    const typed = 'You should just\nget over it.\n\n<b>Why</b> not?';
    await say(page, typed);
    await page.reload();
    await page.locator('.entry.client[data-turn="1"]').waitFor();
    const resumed = page.locator('.entry.trainee .text').first();
    expect(await resumed.textContent()).toBe(typed);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText follows the layout, so it proves the breaks are shown.
    expect(await resumed.innerText()).toBe(typed);
    expect(await page.locator('.log br, .log b').count()).toBe(0);

    await endSession(page);
    // "You should just get over it" is a roadblock: the debrief quotes it as typed.
    // biome-ignore lint/performance/useDomNodeTextContent: as above, the breaks must be shown.
    expect(await page.locator('.alternatives q').first().innerText()).toBe(typed);
    expect(problems).toEqual([]);
  });

  test('shows per-turn coaching with the move found and its evidence', async ({ page }) => {
    await startSession(page);
    await say(page, 'How are you feeling right now?');
    const coaching = page.getByRole('note', { name: 'Coaching for turn 1' });
    expect(await coaching.locator('.move-name').first().textContent()).toBe('Open question');
    expect(await coaching.locator('.evidence').first().textContent()).toBe('how are you');
    expect(await coaching.locator('.coaching-summary').textContent()).toMatch(/Trust/);
    // The evidence is also marked in the trainee's own words.
    expect(await page.locator('.entry.trainee mark').first().textContent()).toBe('How are you');
  });

  test('hides and shows the coaching with its switch', async ({ page }) => {
    await startSession(page);
    await say(page, 'How are you feeling right now?');
    const coaching = page.locator('.coaching').first();
    const toggle = page.getByRole('switch', { name: 'Coaching' });
    expect(await coaching.isVisible()).toBe(true);

    await toggle.uncheck();
    expect(await coaching.isVisible()).toBe(false);
    await toggle.check();
    expect(await coaching.isVisible()).toBe(true);
  });

  test('hides and shows the meters with their switch, for blind practice', async ({ page }) => {
    await startSession(page);
    const toggle = page.getByRole('switch', { name: 'Meters' });
    expect(await page.getByRole('meter', { name: 'Trust' }).isVisible()).toBe(true);

    await toggle.press('Space');
    expect(await page.getByRole('meter').count()).toBe(0);
    await toggle.press('Space');
    expect(await page.getByRole('meter', { name: 'Trust' }).isVisible()).toBe(true);
  });

  test('remembers the switches for the next session, in a new tab', async ({ context, page }) => {
    await startSession(page);
    await page.getByRole('switch', { name: 'Meters' }).uncheck();
    const tab = await context.newPage();
    await startSession(tab);
    expect(await tab.getByRole('switch', { name: 'Meters' }).isChecked()).toBe(false);
    expect(await tab.getByRole('switch', { name: 'Coaching' }).isChecked()).toBe(true);
  });

  test('renders markup typed by the trainee as plain text', async ({ page, problems }) => {
    await startSession(page);
    const attack = '<img src=x onerror="document.title=\'owned\'"> <b>hi</b>';
    await say(page, attack);
    expect(await page.locator('.entry.trainee .text').first().textContent()).toBe(attack);
    expect(await page.locator('.log img, .log b').count()).toBe(0);
    expect(await page.title()).not.toBe('owned');
    expect(problems).toEqual([]);
  });

  test('runs under the server’s strict Content-Security-Policy without a violation', async ({
    page,
    problems,
  }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await startSession(page);
    await say(page, 'How are you feeling right now?');
    // A blocked inline style or script would show up as a console error.
    expect(problems).toEqual([]);
  });

  test('refuses an empty message without sending it', async ({ page }) => {
    await startSession(page);
    await page.getByLabel('Your reply').press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe('Type something before sending.');
    expect(await page.locator('.entry.trainee').count()).toBe(0);
  });
});

describe('the client picker', () => {
  test('shows each client’s name, age, referral note, content notes, difficulty and tags', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page.getByRole('article', { name: 'Maya' });
    expect(await card.locator('.persona-meta').textContent()).toMatch(
      /^34 · she\/her · \d+ things to disclose$/,
    );
    expect(await card.locator('.persona-referral').textContent()).toMatch(
      /^Referral: Maya \(34\) was referred/,
    );
    expect(await card.locator('.content-notes').textContent()).toBe(
      'Content notes: a road traffic collision and its aftermath; guilt about a friend who was injured; sleeplessness and anxiety',
    );
    expect(await card.locator('.difficulty').textContent()).toBe('Advanced');
    expect(await card.getByRole('list', { name: 'Tags' }).locator('li').allTextContents()).toContain(
      'trauma',
    );
  });

  test('lists the gentler clients first', async ({ page }) => {
    await page.goto('/');
    await page.locator('.persona-card').first().waitFor();
    const levels = await page.locator('.persona-card .difficulty').allTextContents();
    const rank = { Introductory: 0, Intermediate: 1, Advanced: 2 } as Record<string, number>;
    const ranks = levels.map((l) => rank[l]);
    expect(ranks).toEqual([...ranks].sort());
  });
});
