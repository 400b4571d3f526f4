import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { ARTIFACTS, endSession, say, screenshot, startSession, test } from './harness.js';

const LINES = [
  'What would you like to talk about today?',
  'How are you feeling right now?',
  'Do you sleep well?',
];

describe('ending a session and the debrief', () => {
  test('asks for confirmation, and Escape keeps the session going', async ({ page }) => {
    await startSession(page);
    await page.getByRole('button', { name: 'End session' }).click();
    const dialog = page.getByRole('dialog', { name: 'End this session?' });
    expect(await dialog.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Session with Maya' }).isVisible()).toBe(true);
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('End session');
  });

  test('shows every debrief section after a confirmed end', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const headings = await page.locator('.debrief h3').allTextContents();
    expect(headings).toEqual([
      'Trust and openness over time',
      'Disclosures reached',
      'Your skills against the MITI bands',
      'Moves you used',
      'Practice: turns tried again, ideas and sessions',
      'Key moments',
      'Roadblocks and better alternatives',
      'Risk',
      'Listening',
    ]);
    expect(await page.locator('.outcome').textContent()).toBe('You ended the session with Maya.');
    expect(await page.locator('.disclosure-count strong').textContent()).toMatch(/^\d+ of \d+$/);
    expect(await page.locator('.risk-note').textContent()).toMatch(/^Risk was not explored\./);
  });

  test('says how risk was asked when the trainee asked about it', async ({ page }) => {
    await startSession(page);
    await say(page, 'That sounds really hard. Have you had any thoughts of ending your life?');
    await endSession(page);
    expect(await page.locator('.risk-note').textContent()).toMatch(
      /^You asked about risk at turn 1, directly, naming suicide, with care/,
    );
    expect(await page.locator('.risk-asked li').first().textContent()).toContain(
      'asked directly about suicide',
    );
  });

  test('draws trust and openness as an accessible SVG chart with a text summary', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const chart = page.getByRole('img', { name: 'Trust and openness over the session' });
    expect(await chart.locator('path.trust').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){3}$/,
    );
    expect(await page.locator('.chart-summary').textContent()).toMatch(
      /^Over 3 turns, trust went from \d+ to \d+/,
    );
  });

  test('quotes the trainee in the key moments and counts the moves used', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const said = await page.locator('.moments blockquote').allTextContents();
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(LINES).toContain(s);
    const moves = page.locator('table.moves tbody tr');
    expect(await moves.filter({ hasText: 'Open question' }).locator('td.num').textContent()).toBe('2');
    expect(await moves.filter({ hasText: 'Closed question' }).locator('td.num').textContent()).toBe('1');
  });

  test('places the session against the MITI bands', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const row = page.locator('table.miti tr').filter({ hasText: 'Open questions' });
    // Two open questions of three: 67 %, between fair (50 %) and good (70 %).
    expect(await row.locator('td').allTextContents()).toEqual(['67%', '50%', '70%', 'Fair']);
  });

  test('downloads the transcript as Markdown', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download transcript (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-maya-\d{4}-\d\d-\d\d-\d{4}\.md$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^# Rapport session with Maya\n/);
    expect(text).toContain('- Outcome: Ended by you');
    for (const [i, line] of LINES.entries()) expect(text).toContain(`**You (turn ${i + 1}):** ${line}`);
    expect(text).toContain('## Key moments');
  });

  test('downloads the transcript as JSON with the debrief', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download transcript (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(data.format).toBe('rapport-transcript');
    expect(data.persona.id).toBe('maya');
    const said = data.transcript.filter((e: { speaker: string }) => e.speaker === 'trainee');
    expect(said.map((e: { text: string }) => e.text)).toEqual(LINES);
    // The opening, three exchanges, and the client's goodbye when the trainee ended the session.
    expect(data.transcript).toHaveLength(8);
    expect(data.transcript.at(-1)).toMatchObject({ speaker: 'client', state: 'ended', ended: 'trainee' });
    expect(data.debrief.turns).toBe(3);
  });

  test('goes back to the picker to practise again', async ({ page }) => {
    await startSession(page);
    await endSession(page);
    await page.getByRole('button', { name: 'Practise with another client' }).click();
    expect(await page.getByRole('heading', { name: 'Choose a client' }).isVisible()).toBe(true);
    // A reload now shows the picker, not the finished session.
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a client' }).waitFor();
  });
});

describe('a session the client ends', () => {
  test('says the client walked out and offers the debrief', async ({ page }) => {
    await startSession(page);
    // Probing about the crash, then minimising, drives Maya (sensitive to both) out of the room.
    const harm = [
      'Why did you crash the car?',
      'At least nobody died, cheer up.',
      'Stop being so dramatic.',
      'You are overreacting, honestly.',
      'That is pathetic.',
    ];
    for (const line of harm) {
      await say(page, line);
      if (await page.locator('.entry.system').count()) break;
    }
    expect(await page.locator('.entry.system p').textContent()).toBe('Maya walked out of the session.');
    expect(await page.getByLabel('Your reply').isDisabled()).toBe(true);
    const read = page.getByRole('button', { name: 'Read your debrief' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read your debrief');

    await read.click();
    expect(await page.locator('.outcome').textContent()).toBe('Maya walked out of the session.');
    expect(await page.locator('.moments .moment-rupture').count()).toBeGreaterThan(0);
  });
});

describe('the print view', () => {
  test('prints the debrief without the buttons', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
    expect(await page.getByRole('img', { name: 'Trust and openness over the session' }).isVisible()).toBe(
      true,
    );
    await screenshot(page, 'debrief-print');
    await page.pdf({ path: path.join(ARTIFACTS, 'debrief-print.pdf'), format: 'A4' });
  });
});

describe('the chart’s numbers', () => {
  test('are in a table behind a disclosure, one row per turn', async ({ page }) => {
    await startSession(page);
    for (const line of LINES) await say(page, line);
    await endSession(page);

    await page.getByText('Show the numbers, turn by turn').click();
    const rows = page.locator('.chart-data tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.first().locator('th').textContent()).toBe('0');
  });
});
