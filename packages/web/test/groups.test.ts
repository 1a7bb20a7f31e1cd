/**
 * The group stage in a real browser (Debian's Chromium via playwright-core) against the real server:
 * a visitor reads the group tables; an organiser enters the last two results of group A and the
 * visitor's open bracket fills in Club Africain as the group's winner, live.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './support/api-session.ts';
import { launchChromium, OUTPUT } from './support/browser.ts';
import { ensureBuilt } from './support/build.ts';
import { EXAMPLE, ORGANISER, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
/** The example, before group A's matchday 6 and before any knockout match (created by the organiser). */
const ID = 'caf-2017-before-matchday-6';

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchChromium();
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
    groupStage: { groups: Array<{ group: string; matches: Array<Record<string, unknown>> }> };
    rounds: Array<{ ties: Array<Record<string, unknown>> }>;
  };
  const a = file.groupStage.groups[0]!;
  a.matches = a.matches.map((m) => {
    if (m.matchday !== 6) return m;
    const { score: _played, ...fixture } = m;
    return fixture;
  });
  for (const r of file.rounds)
    for (const t of r.ties) {
      t.legs = [];
      delete t.reported;
    }
  const write = await apiSession(server.base, () => ID);
  const created = await write('POST', '/competitions', { ...file, id: ID });
  expect(created.status).toBe(201);
  const published = await write('POST', `/competitions/${ID}/publish`);
  expect(published.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A group table's rows as [Pos, Team, Pld, W, D, L, GF, GA, GD, Pts, Qualification]. */
async function tableRows(page: Page, group: string): Promise<string[][]> {
  return page
    .locator(`section[data-group="${group}"] table.group-table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')]
          .slice(0, 11)
          .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
}

describe('the group stage', () => {
  it('shows a visitor the four group tables as Wikipedia prints them, with the ranking rules and notes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5000);
    await page.goto(`${server.base}/#/c/${ID}`);
    await page.getByRole('navigation', { name: 'Competition' }).getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('heading', { level: 1, name: /Group stage/ }).waitFor();
    await page.locator('section[data-group="D"] table.group-table').waitFor();
    expect(await page.locator('table.group-table').count()).toBe(4);
    await expect(page.getByText('CAF Confederation Cup 2017 Regulations III. 20 & 21').count()).resolves.toBe(
      1,
    );
    // Group C as it ended (real results; shared/data/caf-confederation-cup-2017-groups-tables.md):
    // ZESCO United above Al-Hilal Al-Ubayyid on head-to-head goal difference.
    const c = await tableRows(page, 'C');
    expect(c.map((r) => [r[0], r[1], r[9]])).toEqual([
      ['1', 'ZESCO United', '10'],
      ['2', 'Al-Hilal Al-Ubayyid', '10'],
      ['3', 'Recreativo do Libolo', '7'],
      ['4', 'Smouha', '6'],
    ]);
    expect(c[0]![10]).toBe('Knockout stage');
    await expect(page.locator('section[data-group="C"] .group-notes').textContent()).resolves.toContain(
      'Head-to-head',
    );
    // Group A before matchday 6: five matches each, every team still open, its chances shown.
    const a = await tableRows(page, 'A');
    expect(a.every((r) => r[2] === '5')).toBe(true);
    // No place is settled yet, so no team is labelled as going through.
    expect(a.map((r) => r[10])).toEqual(['', '', '', '']);
    await page.locator('section[data-group="A"] [data-testid="qualify-chance"]').first().waitFor();
    await page.screenshot({ path: `${OUTPUT}/groups.png`, fullPage: true });
    await page.close();
  });

  it('lets an organiser enter group results while the visitor’s bracket fills in, live', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    visitor.setDefaultTimeout(5000);
    await visitor.goto(`${server.base}/#/c/${ID}/bracket`);
    await visitor.locator('.live-live').waitFor();
    const qf1 = visitor.locator('table.tie-card[data-tie="QF1"]');
    await qf1.waitFor();
    await expect(qf1.textContent()).resolves.toContain('Winner Group A');

    const organiser = await (await browser.newContext()).newPage();
    organiser.setDefaultTimeout(5000);
    await organiser.goto(`${server.base}/#/sign-in?next=${encodeURIComponent(`#/c/${ID}/group-results`)}`);
    await organiser.getByLabel('E-mail').fill(ORGANISER.email);
    await organiser.getByLabel('Password').fill(ORGANISER.password);
    await organiser.getByRole('button', { name: 'Sign in' }).click();
    await organiser.getByRole('heading', { level: 1, name: /Group results/ }).waitFor();

    const first = organiser.getByRole('form', { name: 'Club Africain v KCCA' });
    await first.getByLabel('Club Africain').fill('4');
    await first.getByLabel('KCCA').fill('-1');
    await expect(first.getByText('Goals are whole numbers from 0 to 99.').count()).resolves.toBe(1);
    await expect(first.getByRole('button', { name: 'Save result' }).isDisabled()).resolves.toBe(true);
    await first.getByLabel('KCCA').fill('0');
    await first.getByRole('button', { name: 'Save result' }).click();
    await organiser.getByRole('status').getByText('Entered: Club Africain 4–0 KCCA.').waitFor();
    // One match left in group A: the bracket still waits for it.
    await expect(qf1.textContent()).resolves.toContain('Winner Group A');

    const last = organiser.getByRole('form', { name: 'FUS Rabat v Rivers United' });
    await last.getByLabel('FUS Rabat').fill('2');
    await last.getByLabel('Rivers United').fill('1');
    await last.getByRole('button', { name: 'Save result' }).click();

    // Group A complete: Club Africain fill QF1 on the visitor's open page, FUS Rabat (second on
    // head-to-head against KCCA) fill QF2 ("Runner-up Group A").
    await qf1.getByText('Club Africain').first().waitFor();
    await expect(qf1.textContent()).resolves.not.toContain('Winner Group A');
    const qf2 = visitor.locator('table.tie-card[data-tie="QF2"]');
    await qf2.getByText('FUS Rabat').first().waitFor();
    await visitor.screenshot({ path: `${OUTPUT}/groups-bracket-filled.png`, fullPage: true });
    await visitor.close();
    await organiser.close();
  });
});
