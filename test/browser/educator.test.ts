import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { CSV_HEADER } from '../../server/course/review.js';
import { playSession } from '../server/http/educatorHelpers.js';
import type { Assignment } from '../../contract/educator.js';
import { addEducatorTo, EMAIL, educatorApi, PASSWORD, traineeSocket } from './course.js';
import { newContext, type RunningServer, screenshot, seriousViolations, test } from './harness.js';

// The educator's room in a real Chromium: sign in, filter, open a session, label a turn, see
// kappa change, export; and the room for keyboard, screen reader and axe.
let ana = '';
let ready: Promise<void> | undefined;

/** Once per file: the educator's account and two trainees' finished sessions. */
function aClass(server: RunningServer): Promise<void> {
  ready ??= (async () => {
    await addEducatorTo(server);
    const a = await traineeSocket(server);
    ana = (
      await playSession(a, {
        trainee: { name: 'Ana Díaz', cohort: 'L2 Tuesday' },
        lines: ['How are you feeling right now?', 'It sounds like it has been a hard few months.'],
      })
    ).sessionId;
    a.disconnect();
    const b = await traineeSocket(server);
    await playSession(b, {
      personaId: 'daniel',
      trainee: { name: 'Ben Okafor', cohort: 'L2 Thursday' },
      lines: ['You should just get over it.'],
    });
    b.disconnect();
  })();
  return ready;
}

async function signIn(page: Page, path = '/educator/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const rows = (page: Page) => page.locator('.room-table tbody tr');

/** The overall kappa as the agreement page shows it. */
async function overallKappa(page: Page): Promise<string> {
  await page.goto('/educator/#/agreement');
  await page.getByRole('heading', { name: 'Agreement with the scorer' }).waitFor();
  return (
    (await page
      .getByRole('row', { name: /^All moves/ })
      .locator('.kappa')
      .textContent()) ?? ''
  );
}

async function labelTurn(
  page: Page,
  turn: number,
  choose: (details: ReturnType<Page['locator']>) => Promise<void>,
) {
  const details = page.locator(`.review-turn[data-turn="${turn}"] details.labels`);
  await details.locator('summary').click();
  await choose(details);
  await details.getByRole('button', { name: `Save labels for turn ${turn}` }).click();
  await details
    .getByRole('status')
    .filter({ hasText: /^Saved:/ })
    .waitFor();
}

describe('the educator’s room', () => {
  test('signs in, filters, opens a session, labels a turn, sees kappa change, and exports', async ({
    page,
    server,
    problems,
  }) => {
    await aClass(server);
    await signIn(page);
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(2);

    // Filter to Ana's cohort.
    await page.getByLabel('Cohort').fill('l2 tuesday');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(page.url()).toContain('cohort=l2+tuesday');
    expect(await rows(page).first().textContent()).toContain('Ana Díaz');
    await screenshot(page, 'educator-sessions');

    // Open her session: the transcript with the scorer's moves, evidence and meter changes, then the debrief.
    await page.getByRole('link', { name: /^Open the session of Ana Díaz with Maya/ }).click();
    await page.getByRole('heading', { name: 'Session: Ana Díaz with Maya' }).waitFor();
    const turn1 = page.locator('.review-turn[data-turn="1"]');
    expect(await turn1.locator('.entry.trainee .text').textContent()).toBe('How are you feeling right now?');
    expect(await turn1.locator('mark').count()).toBeGreaterThan(0);
    expect(await turn1.getByRole('list', { name: 'Moves found' }).textContent()).toContain('Open question');
    expect(await turn1.getByRole('list', { name: 'Why the meters moved' }).textContent()).toMatch(
      /Trust [+−-]/,
    );
    await page.getByRole('heading', { name: 'Debrief: session with Maya' }).waitFor();

    await page.goto('/educator/#/agreement');
    await page
      .getByRole('status')
      .filter({ hasText: /^No labelled turns match these filters yet/ })
      .waitFor();

    // Label turn 1 as the scorer did: full agreement.
    await page.goto(`/educator/#/sessions/${ana}`);
    await labelTurn(page, 1, (d) => d.getByRole('button', { name: 'Start from the scorer’s moves' }).click());
    await screenshot(page, 'educator-review');
    expect(await overallKappa(page)).toBe('1.00');

    // Then say the scorer was wrong: not an open question, but empathy.
    await page.goto(`/educator/#/sessions/${ana}`);
    await labelTurn(page, 1, async (d) => {
      await d.getByLabel('Open question').uncheck();
      await d.getByLabel('Empathy').check();
    });
    const changed = await overallKappa(page);
    expect(Number(changed)).toBeLessThan(1);
    await screenshot(page, 'educator-agreement');

    // Export the sessions list.
    await page.goto('/educator/#/sessions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export these sessions as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[CSV_HEADER.indexOf('trainee')])
        .sort(),
    ).toEqual(['Ana Díaz', 'Ben Okafor']);
    // The room asks who is signed in before the sign-in form: that first answer is a 401, and
    // Chromium logs every 401. Nothing else may have gone wrong.
    const signedOutCheck =
      'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)';
    expect(problems.filter((p) => p !== signedOutCheck)).toEqual([]);
    expect(problems.filter((p) => p === signedOutCheck)).toHaveLength(1);
  });

  test('makes an assignment and gives its link to copy', async ({ page, server }) => {
    await aClass(server);
    await signIn(page, '/educator/#/assignments');
    await page.getByRole('heading', { name: 'Assignments' }).waitFor();
    await page.getByLabel('Title').fill('Week 3: pacing');
    await page.getByLabel('Client', { exact: true }).selectOption('daniel');
    await page.getByLabel('Show the trust and openness meters').uncheck();
    await page.getByLabel('Time limit in minutes').fill('20');
    await page.getByRole('button', { name: 'Make assignment' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Assignment [a-z2-9]{8} made/ })
      .waitFor();
    const link = await page.getByLabel('Link to hand out for “Week 3: pacing”').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/\\?assignment=[a-z2-9]{8}$`));
    expect(await page.locator('.room-table tbody tr').first().textContent()).toContain('meters off; 20 min');
  });

  test('refuses a wrong password with a sentence, and signs out', async ({ page, server }) => {
    await aClass(server);
    await page.goto('/educator/');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'That email and password do not match an educator account.' })
      .waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('alert').filter({ hasText: 'You have signed out.' }).waitFor();
    // The cookie is gone: a reload asks to sign in again.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

describe('a page on another site', () => {
  test('cannot act for a signed-in educator: its form and its fetch change nothing', async ({
    page,
    server,
  }) => {
    await aClass(server);
    await signIn(page);
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    const target = `${server.url}/api/educator/assignments`;
    // "localhost" and "127.0.0.1" are different sites to the browser: the SameSite=Strict cookie
    // stays home. A form can only post text/plain (here shaped as JSON) without asking first.
    const evil = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<!doctype html><title>Win a prize</title>
        <form method="POST" action="${target}" enctype="text/plain">
          <input name='{"personaId":"maya","meters":false,"x":"' value='"}'>
        </form>
        <script>
          fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ personaId: 'maya' }) }).then(() => document.title = 'fetch went through', () => document.title = 'fetch refused')
            .finally(() => document.forms[0].submit());
        </script>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const before = (await educatorApi<Assignment[]>(server, 'GET', '/assignments')).length;
    try {
      const port = (evil.address() as AddressInfo).port;
      const attacker = await page.context().newPage();
      const posted = attacker.waitForResponse((r) => r.url() === target && r.request().method() === 'POST');
      await attacker.goto(`http://localhost:${port}/`);
      const answer = await posted;
      // Without the cookie the form's post is refused before anything else is looked at.
      expect(answer.status()).toBe(401);
      expect(answer.request().headers().cookie).toBeUndefined();
      expect(answer.request().headers()['content-type']).toBe('text/plain');
      // The fetch was stopped by the browser (its JSON needs the server's leave, never given),
      // and the form by the missing cookie: no assignment was made.
      expect(await educatorApi<Assignment[]>(server, 'GET', '/assignments')).toHaveLength(before);
      // The educator is still signed in.
      await page.reload();
      await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    } finally {
      evil.close();
    }
  });
});

describe('the educator’s room for everyone', () => {
  test('is used from the keyboard alone: sign in, go to a session, label a turn', async ({
    page,
    server,
  }) => {
    await aClass(server);
    await page.goto('/educator/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // Focus starts on the view's heading: the next stop is the email field.
    await page.keyboard.press('Tab');
    await page.keyboard.type(EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    // Focus is on the view's heading; Tab on to the first session's link and follow it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sessions');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 40 && !(await focused()).startsWith('Open the session'); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Session: / }).waitFor();
    const summary = page.locator('.review-turn[data-turn="1"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.locator('.review-turn[data-turn="1"] input[type="checkbox"]').first().isChecked()).toBe(
      true,
    );
  });

  describe('axe-core', () => {
    // axe is injected as a script tag, which the strict CSP refuses: these tests bypass it.
    test.override('context', async ({ browser, server }, { onCleanup }) => {
      const context = await newContext(browser, server, { bypassCSP: true });
      onCleanup(() => context.close());
      return context;
    });

    test('finds no serious or critical violations on any view of the room', async ({ page, server }) => {
      await aClass(server);
      await page.goto('/educator/');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await signIn(page);
      const views: [string, string | RegExp][] = [
        ['#/sessions', 'Sessions'],
        [`#/sessions/${ana}`, /^Session: /],
        ['#/agreement', 'Agreement with the scorer'],
        ['#/cohorts', 'Cohorts'],
        ['#/cohorts/L2%20Tuesday', 'Cohort: L2 Tuesday'],
        ['#/assignments', 'Assignments'],
      ];
      for (const [hash, name] of views) {
        await page.goto(`/educator/${hash}`);
        await page.getByRole('heading', { name, exact: typeof name === 'string' }).waitFor();
        if (hash.startsWith('#/sessions/')) await page.locator('details.labels summary').first().click();
        expect([hash, await seriousViolations(page)]).toEqual([hash, []]);
      }
    });
  });
});
