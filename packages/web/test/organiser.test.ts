/**
 * Organisers in a real browser: sign in, enter a result (checked beside the field before saving),
 * see it reach a visitor's open page live, correct a quarter-final, and meet a stale edit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './support/api-session.ts';
import { launchChromium } from './support/browser.ts';
import { ensureBuilt } from './support/build.ts';
import { CAF, ORGANISER, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

async function signIn(page: Page): Promise<void> {
  page.setDefaultTimeout(5000);
  await page.goto(`${server.base}/#/sign-in?next=${encodeURIComponent(`#/c/${CAF}/manage`)}`);
  await page.getByLabel('E-mail').fill(ORGANISER.email);
  await page.getByLabel('Password').fill(ORGANISER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
}

/** The goal inputs of one part of a leg's form, by the team's name. */
const goals = (page: Page, leg: RegExp, part: string, team: string) =>
  page.getByRole('form', { name: leg }).getByRole('group', { name: part }).getByLabel(team, { exact: true });

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchChromium();
  // The final's second leg is not played yet: the organiser enters it below.
  const write = await apiSession(server.base, () => CAF);
  const deleted = await write('DELETE', `/competitions/${CAF}/ties/F/legs/2`);
  expect(deleted.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an organiser', () => {
  it("moves a visitor's chances live when a result is entered", async () => {
    const visitor = await (await browser.newContext()).newPage();
    visitor.setDefaultTimeout(5000);
    await visitor.goto(`${server.base}/#/c/${CAF}`);
    await visitor.locator('.live-live').waitFor();
    const mazembe = visitor.locator('.chances tr[data-team="TP Mazembe"] [data-testid="champion-chance"]');
    await mazembe.waitFor();
    const before = Number.parseFloat((await mazembe.textContent()) ?? '');
    // TP Mazembe won the first leg 2–1: favourites, not yet champions.
    expect(before).toBeGreaterThan(50);
    expect(before).toBeLessThan(100);
    const write = await apiSession(server.base, () => CAF);
    const entered = await write('PUT', `/competitions/${CAF}/ties/F/legs/2`, {
      home: 'supersport-united',
      away: 'tp-mazembe',
      score: [0, 0],
    });
    expect(entered.status).toBe(200);
    // Decided: every chance is settled, so the table gives way to the champions' line.
    await visitor.waitForFunction(
      () =>
        document.querySelector('.chances') === null &&
        document.querySelector('.champion')?.textContent?.includes('TP Mazembe') === true,
      undefined,
      { timeout: 2000 },
    );
    // Back to the state the next tests start from: the final's second leg not played.
    expect((await write('DELETE', `/competitions/${CAF}/ties/F/legs/2`)).status).toBe(200);
    await visitor.close();
  });

  it('signs in, sees an invalid score refused beside the field, saves a valid one, and a visitor sees it live', async () => {
    const visitor = await (await browser.newContext()).newPage();
    visitor.setDefaultTimeout(5000);
    await visitor.goto(`${server.base}/#/c/${CAF}/bracket`);
    await visitor.locator('table.tie-card[data-tie="F"]').waitFor();
    await visitor.locator('.live-live').waitFor();
    expect(await visitor.locator('table.tie-card[data-tie="F"] tr.winner').count()).toBe(0);

    const versionBefore = (
      (await (await fetch(`${server.base}/competitions/${CAF}`)).json()) as { version: number }
    ).version;
    const organiser = await (await browser.newContext()).newPage();
    await signIn(organiser);
    await organiser.getByRole('link', { name: 'F', exact: true }).click();
    const leg2 = /^Leg 2: SuperSport United v TP Mazembe/;
    await organiser.getByRole('form', { name: leg2 }).waitFor();

    // Every field has a label (screen readers name each goal input by its team).
    const unlabelled = await organiser.evaluate(
      () =>
        [...document.querySelectorAll('input, select, textarea')].filter(
          (e) => (e as HTMLInputElement).labels?.length === 0 && !e.getAttribute('aria-label'),
        ).length,
    );
    expect(unlabelled).toBe(0);

    // An invalid score: the message is core's (the API's), beside the score, before anything is saved.
    await goals(organiser, leg2, 'Score after 90 minutes', 'SuperSport United').fill('-1');
    await goals(organiser, leg2, 'Score after 90 minutes', 'TP Mazembe').fill('0');
    const problem = organiser
      .getByRole('form', { name: leg2 })
      .getByRole('group', { name: 'Score after 90 minutes' })
      .getByRole('alert');
    await expect(problem.textContent()).resolves.toBe('Home goals in leg 2 cannot be negative');
    const input = goals(organiser, leg2, 'Score after 90 minutes', 'SuperSport United');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await organiser.getByRole('button', { name: 'Save result' }).click();
    const view = (await (await fetch(`${server.base}/competitions/${CAF}`)).json()) as { version: number };
    expect(view.version).toBe(versionBefore); // nothing was saved

    // No shoot-out box while the tie is decided by the score; level on aggregate and away goals
    // (2–1 after 2–1), CAF 2017 goes straight to penalties: the box appears, and an impossible
    // shoot-out is refused beside it.
    const shootout = organiser
      .getByRole('form', { name: leg2 })
      .getByRole('group', { name: 'Penalty shoot-out' });
    await goals(organiser, leg2, 'Score after 90 minutes', 'SuperSport United').fill('0');
    expect(await shootout.count()).toBe(0);
    expect(
      await organiser
        .getByRole('form', { name: leg2 })
        .getByRole('group', { name: /Extra time/ })
        .count(),
    ).toBe(0);
    await goals(organiser, leg2, 'Score after 90 minutes', 'SuperSport United').fill('2');
    await goals(organiser, leg2, 'Score after 90 minutes', 'TP Mazembe').fill('1');
    await shootout.waitFor();
    await goals(organiser, leg2, 'Penalty shoot-out', 'SuperSport United').fill('4');
    await goals(organiser, leg2, 'Penalty shoot-out', 'TP Mazembe').fill('4');
    await expect(shootout.getByRole('alert').textContent()).resolves.toMatch(/cannot end level/);
    await goals(organiser, leg2, 'Penalty shoot-out', 'SuperSport United').fill('');
    await goals(organiser, leg2, 'Penalty shoot-out', 'TP Mazembe').fill('');
    await goals(organiser, leg2, 'Score after 90 minutes', 'SuperSport United').fill('0');
    await goals(organiser, leg2, 'Score after 90 minutes', 'TP Mazembe').fill('0');
    expect(await shootout.count()).toBe(0);
    expect(await organiser.getByRole('form', { name: leg2 }).getByRole('alert').count()).toBe(0);

    // A valid score is saved, and the visitor's open page shows it without a reload.
    const saved = Date.now();
    await organiser.getByRole('button', { name: 'Save result' }).click();
    await organiser
      .getByRole('status')
      .filter({
        hasText: 'Entered leg 2: SuperSport United 0–0 TP Mazembe. TP Mazembe won 2–1 on aggregate.',
      })
      .waitFor();
    await visitor.locator('table.tie-card[data-tie="F"] tr.winner').waitFor({ timeout: 2000 });
    const live = Date.now() - saved;
    console.log(`result visible on the visitor's page ${live} ms after Save`);
    expect(await visitor.locator('table.tie-card[data-tie="F"] tbody tr').first().textContent()).toMatch(
      /TP Mazembe.*2\s*0\s*2/,
    );
    await expect(visitor.getByText('TP Mazembe won 2–1 on aggregate.').first().isVisible()).resolves.toBe(
      true,
    );
    expect(live).toBeLessThan(2000);
    await visitor.close();
    await organiser.close();
  });

  it('corrects a quarter-final leg so that its winner changes, and the semi-final updates', async () => {
    const visitor = await (await browser.newContext()).newPage();
    visitor.setDefaultTimeout(5000);
    await visitor.goto(`${server.base}/#/c/${CAF}/bracket`);
    await visitor.locator('table.tie-card[data-tie="SF1"]').waitFor();
    await visitor.locator('.live-live').waitFor();
    expect(await visitor.locator('table.tie-card[data-tie="SF1"]').textContent()).toContain('Club Africain');

    const organiser = await (await browser.newContext()).newPage();
    await signIn(organiser);
    await organiser.getByRole('link', { name: 'QF1', exact: true }).click();
    const leg2 = /^Leg 2: Club Africain v MC Alger/;
    await goals(organiser, leg2, 'Score after 90 minutes', 'Club Africain').fill('0');
    await organiser.getByRole('button', { name: 'Save correction' }).nth(1).click();
    await organiser
      .getByRole('status')
      .filter({ hasText: 'Corrected leg 2: Club Africain 2–0 MC Alger → Club Africain 0–0 MC Alger.' })
      .waitFor();
    await expect(organiser.getByText('MC Alger won 1–0 on aggregate.').first().isVisible()).resolves.toBe(
      true,
    );

    // The semi-final now has MC Alger; its legs were entered for Club Africain, so they are blanked.
    const sf1 = visitor.locator('table.tie-card[data-tie="SF1"]');
    await visitor.waitForFunction(
      () => document.querySelector('table.tie-card[data-tie="SF1"]')?.textContent?.includes('MC Alger'),
      undefined,
      { timeout: 2000 },
    );
    expect(await sf1.textContent()).not.toContain('Club Africain');
    expect(await sf1.textContent()).toContain('Results to be re-entered');
    await visitor.close();
    await organiser.close();
  });

  it('is told what changed when someone else saved first, instead of overwriting it', async () => {
    const organiser = await (await browser.newContext()).newPage();
    await signIn(organiser);
    await organiser.getByRole('link', { name: 'QF4', exact: true }).click();
    const leg1 = /^Leg 1: Al-Hilal Al-Ubayyid v TP Mazembe/;
    await goals(organiser, leg1, 'Score after 90 minutes', 'TP Mazembe').fill('3');

    // Meanwhile another organiser corrects the same leg.
    const write = await apiSession(server.base, () => CAF);
    const other = await write('PUT', `/competitions/${CAF}/ties/QF4/legs/1`, {
      home: 'al-hilal-al-ubayyid',
      away: 'tp-mazembe',
      score: [2, 2],
    });
    expect(other.status).toBe(200);

    await organiser.getByRole('button', { name: 'Save correction' }).first().click();
    const alert = organiser.getByRole('alert').filter({ hasText: 'Not saved.' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Someone else changed this competition');
    expect(text).toContain(
      'Leg 1: was “Al-Hilal Al-Ubayyid 1–2 TP Mazembe”, now “Al-Hilal Al-Ubayyid 2–2 TP Mazembe”',
    );
    // The other organiser's correction stands.
    const tie = (await (await fetch(`${server.base}/competitions/${CAF}/ties/QF4`)).json()) as {
      legs: Array<{ result: string }>;
    };
    expect(tie.legs[0]?.result).toBe('2–2');
    // The entry is still in the form.
    await expect(goals(organiser, leg1, 'Score after 90 minutes', 'TP Mazembe').inputValue()).resolves.toBe(
      '3',
    );

    // The audit log lists the refused attempt beside the applied changes.
    await organiser.getByRole('link', { name: 'Audit log' }).click();
    await organiser.locator('.audit-list li.refused').first().waitFor();
    expect(await organiser.locator('.audit-list li.refused').first().textContent()).toMatch(
      /^QF4 leg 1: a change by organiser@example\.org was refused because the competition had changed since the page was loaded \(version \d+, now \d+\)/,
    );
    expect(
      await organiser
        .locator('.audit-list li')
        .filter({ hasText: /QF4 leg 1/ })
        .count(),
    ).toBeGreaterThan(1);
    await organiser.close();
  });

  it('amends the schedule with a reason, and creates a competition from teams, a preset and a bracket', async () => {
    const organiser = await (await browser.newContext()).newPage();
    await signIn(organiser);
    // A move that would leave a played leg outside the window is refused, naming it (the final's
    // first leg was played on 19 November 2017).
    await organiser.getByLabel('Round', { exact: true }).selectOption('final');
    await organiser.getByLabel('Window').selectOption('first-leg');
    await organiser.getByLabel('New first day').fill('2017-12-01');
    await organiser.getByLabel('New last day').fill('2017-12-03');
    await organiser.getByRole('button', { name: 'Move the window' }).click();
    const refused = organiser.getByRole('alert').filter({ hasText: 'F leg 1' });
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/F leg 1.*19 Nov(ember)? 2017/);
    await organiser.getByLabel('Round', { exact: true }).selectOption('final');
    await organiser.getByLabel('Window').selectOption('second-leg');
    await organiser.getByLabel('New first day').fill('2017-12-01');
    await organiser.getByLabel('New last day').fill('2017-11-30');
    await expect(organiser.getByRole('alert').filter({ hasText: 'ends' }).textContent()).resolves.toBe(
      'the window ends (2017-11-30) before it starts (2017-12-01)',
    );
    await organiser.getByLabel('New last day').fill('2017-12-03');
    await organiser.getByLabel('Reason').fill('stadium unavailable');
    await organiser.getByRole('button', { name: 'Move the window' }).click();
    await organiser.getByRole('status').filter({ hasText: 'moved to' }).waitFor();
    await organiser.getByRole('link', { name: 'Fixtures', exact: true }).click();
    await expect(
      organiser
        .getByText(/Final second leg: moved from 24–26 November 2017 to 1–3 December 2017/)
        .textContent(),
    ).resolves.toContain('(stadium unavailable)');

    await organiser.getByRole('link', { name: 'New competition' }).click();
    await organiser.getByLabel('Name').fill('Test Cup 2026');
    await organiser
      .getByLabel('Qualified teams, in seed order')
      .fill('Alpha FC, AAA\nBeta FC, BBB\nGamma FC\n');
    await expect(organiser.getByRole('alert').textContent()).resolves.toBe(
      'Line 3: write "Name, COD" with a three-letter country code.',
    );
    await organiser
      .getByLabel('Qualified teams, in seed order')
      .fill('Alpha FC, AAA\nBeta FC, BBB\nGamma FC, CCC');
    // Three teams: the top seed has a bye, seen in core's preview before anything is saved.
    await organiser.locator('.bracket-svg svg').waitFor();
    await organiser.getByRole('button', { name: 'Create competition' }).click();
    await organiser.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
    expect(organiser.url()).toContain('/c/test-cup-2026/manage');
    await organiser.getByText('Draft: only its owners and editors see it.').waitFor();
    await organiser.getByRole('button', { name: 'Publish' }).click();
    await organiser.getByText('Published: everyone can see this competition.').waitFor();
    expect((await fetch(`${server.base}/competitions/test-cup-2026`)).status).toBe(200);
    await organiser.close();
  });

  it('offers no draw for a round that already has results', async () => {
    const organiser = await (await browser.newContext()).newPage();
    await signIn(organiser);
    await organiser.getByRole('link', { name: 'Draw', exact: true }).click();
    await organiser.getByRole('heading', { level: 1, name: /^Draw/ }).waitFor();
    await organiser.getByLabel('Round', { exact: true }).selectOption('semi-finals');
    await organiser.getByText('This round already has results: there is no draw left to hold.').waitFor();
    expect(await organiser.getByRole('button', { name: /Publish the commitment|Run the draw/ }).count()).toBe(
      0,
    );
    await organiser.close();
  });
});
