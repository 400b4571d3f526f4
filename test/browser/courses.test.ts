import { describe, expect } from 'vitest';
import type { SessionList } from '../../contract/educator.js';
import { educatorApi, giveName, makeAssignment, withEducator } from './course.js';
import { endSession, newContext, say, screenshot, seriousViolations, test } from './harness.js';

// The trainee's side of courses in a real Chromium: a name asked once, "My sessions" that outlive
// the tab, links to a client or an assignment, and an assignment's settings honoured.
describe('who is practising', () => {
  test('is asked once, kept in this browser, and goes with the session', async ({
    page,
    server,
    problems,
  }) => {
    await page.goto('/?seed=7');
    await page.getByRole('heading', { name: 'Who is practising?' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Enter your name, as your educator knows you.' })
      .waitFor();
    await giveName(page, 'Ana  Díaz', 'L2 Tuesday');
    expect(await page.locator('.identity-line').textContent()).toBe(
      'Practising as Ana Díaz (L2 Tuesday). Change',
    );

    await page.reload();
    await page.getByText('Practising as Ana Díaz').waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);

    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await page.locator('.entry.client[data-turn="0"]').waitFor();
    await withEducator(server);
    const list = await educatorApi<SessionList>(server, 'GET', '/sessions?trainee=ana%20d');
    expect(list.sessions.map((s) => [s.trainee, s.cohort, s.personaId])).toEqual([
      ['Ana Díaz', 'L2 Tuesday', 'maya'],
    ]);
    expect(problems).toEqual([]);
  });

  test('can be left out, and then is not asked again', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Practise without a name' }).click();
    await page.getByText('Practising without a name.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Add your name' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
  });
});

describe('My sessions', () => {
  test('outlive the tab: a new tab lists the finished session and reopens its debrief', async ({
    page,
    context,
  }) => {
    await page.goto('/?seed=7');
    await giveName(page, 'Cy');
    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await say(page, 'How are you feeling right now?');
    await endSession(page);
    await page.close();

    const tab = await context.newPage();
    await tab.goto('/');
    const mine = tab.getByRole('region', { name: 'My sessions' });
    await mine.waitFor();
    expect(await mine.locator('li').count()).toBe(1);
    expect(await mine.locator('li').textContent()).toMatch(/^Maya · .+ · Ended by you/);
    await mine.getByRole('button', { name: /^Open debrief of the session with Maya/ }).click();
    await tab.getByRole('heading', { name: 'Debrief: session with Maya' }).waitFor();
    expect(await tab.locator('.debrief-disclosures').count()).toBe(1);
  });

  test('belong to the name they were started under, and can be forgotten', async ({ page }) => {
    await page.goto('/?seed=7');
    await giveName(page, 'Dee');
    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await page.locator('.entry.client[data-turn="0"]').waitFor();
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('/');
    await page
      .getByRole('region', { name: 'My sessions' })
      .getByRole('button', { name: /^Continue/ })
      .waitFor();
    await page.getByRole('button', { name: /^Change name/ }).click();
    await giveName(page, 'Eli');
    expect(await page.getByRole('region', { name: 'My sessions' }).count()).toBe(0);
    await page.getByRole('button', { name: /^Change name/ }).click();
    await giveName(page, 'Dee');
    await page.getByRole('button', { name: 'Forget these sessions on this browser' }).click();
    expect(await page.getByRole('region', { name: 'My sessions' }).count()).toBe(0);
  });
});

describe('links', () => {
  test('/?persona=ID opens on that client alone, and an unknown one says so', async ({ page }) => {
    await page.goto('/?persona=daniel');
    await page.getByRole('button', { name: 'Start session with Daniel' }).waitFor();
    expect(await page.locator('.persona-card').count()).toBe(1);
    await page.getByRole('link', { name: 'Show all clients' }).click();
    await page.getByRole('button', { name: 'Start session with Maya' }).waitFor();

    await page.goto('/?persona=zed');
    await page.getByText("There is no client called 'zed'. Choose one from the list.").waitFor();
    expect(await page.locator('.persona-card').count()).toBe(5);
  });

  test('/?assignment=CODE needs a name, then starts with its meters and coaching off', async ({
    page,
    server,
    problems,
  }) => {
    const a = await makeAssignment(server, {
      title: 'Week 3: pacing',
      personaId: 'maya',
      seed: 7,
      minutes: 20,
      meters: false,
      coaching: false,
      rewinds: false,
      hints: false,
      cohort: 'L2 Tuesday',
    });
    await page.goto(a.path);
    await page.getByRole('heading', { name: 'Assignment: Week 3: pacing' }).waitFor();
    expect(await page.getByRole('list', { name: 'What this session offers' }).textContent()).toContain(
      'Time limit: 20 minutes',
    );
    expect(await page.getByRole('button', { name: 'Practise without a name' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter your name first' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^trainee-name/);
    await giveName(page, 'Fay');
    await screenshot(page, 'assignment-desktop');
    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await page.locator('.entry.client[data-turn="0"]').waitFor();

    expect(await page.getByRole('switch').count()).toBe(0);
    await page.getByText('Meters and coaching are off for this assignment').waitFor();
    expect(await page.getByRole('meter', { name: 'Trust' }).isVisible()).toBe(false);
    await say(page, 'How are you feeling right now?');
    expect(await page.locator('.coaching').first().isVisible()).toBe(false);

    const list = await educatorApi<SessionList>(server, 'GET', `/sessions?assignment=${a.code}`);
    expect(list.sessions.map((s) => [s.trainee, s.cohort])).toEqual([['Fay', 'L2 Tuesday']]);
    expect(problems).toEqual([]);
  });

  test('an unknown assignment says so, and offers every client', async ({ page }) => {
    await page.goto('/?assignment=nosuchcode');
    await page
      .getByText(/^There is no assignment 'nosuchcode'\..* You can practise with any client below\.$/)
      .waitFor();
    expect(await page.locator('.persona-card').count()).toBe(5);
  });
});

describe('axe-core on the first screen', () => {
  test.override('context', async ({ browser, server }, { onCleanup }) => {
    const context = await newContext(browser, server, { bypassCSP: true });
    onCleanup(() => context.close());
    return context;
  });

  test('finds no serious or critical violations with the name form, My sessions or an assignment', async ({
    page,
    server,
  }) => {
    await page.goto('/?seed=7');
    await page.getByRole('heading', { name: 'Who is practising?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await giveName(page, 'Gus');
    await page.getByRole('button', { name: 'Start session with Maya' }).click();
    await endSession(page);
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('/');
    await page.getByRole('region', { name: 'My sessions' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const a = await makeAssignment(server, {
      personaId: 'sam',
      meters: true,
      coaching: true,
      rewinds: true,
      hints: true,
    });
    await page.goto(a.path);
    await page.getByRole('heading', { name: 'Your assignment' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
