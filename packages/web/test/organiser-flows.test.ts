/**
 * An organiser's whole job in a real browser, on a competition created for the test (eight of the
 * 2017 CAF Confederation Cup's quarter-finalists, CAF 2017 rules): create it, enter a whole round in
 * the results grid, set a leg's kick-off and venue, correct and undo, and read it all in the audit log.
 */
import { createHash } from 'node:crypto';
import { drawSpecForRound, runDraw } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { href, type Route } from '../src/routing/route.ts';
import { type ApiWriter, apiSession } from './support/api-session.ts';
import { launchChromium } from './support/browser.ts';
import { ensureBuilt } from './support/build.ts';
import { ORGANISER, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const CUP = 'flows-cup-2026';
/** In seed order; seed 1 meets seed 8, 4 meets 5, 2 meets 7, 3 meets 6. */
const TEAMS = [
  ['TP Mazembe', 'COD'],
  ['Club Africain', 'TUN'],
  ['CS Sfaxien', 'TUN'],
  ['ZESCO United', 'ZAM'],
  ['SuperSport United', 'RSA'],
  ['MC Alger', 'ALG'],
  ['FUS Rabat', 'MAR'],
  ['Al-Hilal Al-Ubayyid', 'SDN'],
] as const;

const url = (route: Route): string => new URL(href(route), `${server.base}/`).toString();

interface TieView {
  id: string;
  sides: Array<{ label: string; slot: { winner?: string }; team?: { name: string } }>;
  legs: Array<{ result: string; score?: number[]; venue?: string; kickoff?: string }>;
  summary?: string;
}
interface View {
  version: number;
  rounds: Array<{ id: string; name: string; legOrder: string; schedule?: unknown; ties: TieView[] }>;
  commitments?: Array<{ round: string; commitment: string; at: string }>;
}
let write: ApiWriter | undefined;
/** The competition as the API shows it to its organiser (one sign-in per file: sign-ins are rate-limited). */
const view = async (): Promise<View> => {
  write ??= await apiSession(server.base, () => CUP);
  const r = await write('GET', `/competitions/${CUP}`);
  expect(r.status).toBe(200);
  return (await r.json()) as View;
};

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(5000);
  await page.goto(url({ kind: 'sign-in' }));
  await page.getByLabel('E-mail').fill(ORGANISER.email);
  await page.getByLabel('Password').fill(ORGANISER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'New competition' }).waitFor();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('an organiser', () => {
  it('creates a competition: a placeholder, not a value, for the teams; the id from the name, checked in words', async () => {
    await page.goto(url({ kind: 'create' }));
    const teams = page.getByLabel('Qualified teams, in seed order');
    await expect(teams.inputValue()).resolves.toBe('');
    await expect(teams.getAttribute('placeholder')).resolves.toContain('TP Mazembe, COD');
    const id = page.getByLabel('Id (in links)');
    await expect(id.getAttribute('pattern')).resolves.toBeNull();

    await page.getByLabel('Name', { exact: true }).fill('Flows Cup 2026');
    await page.getByText('From the name: flows-cup-2026.').waitFor();
    await id.fill('Flows Cup');
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe(
      'Use only lower-case letters, digits and hyphens in the id (not "F", " ", "C").',
    );
    await id.fill('');
    await page.getByLabel('Rules of each tie').selectOption('caf-2017');
    await teams.fill(TEAMS.map(([n, c]) => `${n}, ${c}`).join('\n'));
    await page.getByText('8 teams.', { exact: false }).waitFor();
    // The preview names rounds and ties as football does.
    await expect(page.locator('.preview-rounds li').allTextContents()).resolves.toEqual([
      'Quarter-finals: QF1, QF2, QF3, QF4',
      'Semi-finals: SF1, SF2',
      'Final: F',
    ]);

    // Windows of the quarter-finals, checked by core as typed.
    const qf = page.getByRole('group', { name: 'Quarter-finals' });
    await qf.getByLabel('First leg: first day').fill('2026-04-03');
    await qf.getByLabel('First leg: last day').fill('2026-04-05');
    await qf.getByLabel('Second leg: first day').fill('2026-04-04');
    await qf.getByLabel('Second leg: last day').fill('2026-04-12');
    await expect(qf.getByRole('alert').textContent()).resolves.toMatch(/second[- ]leg.*after/i);
    await qf.getByLabel('Second leg: first day').fill('2026-04-10');
    expect(await qf.getByRole('alert').count()).toBe(0);
    // The semi-finals: pairs fixed by the bracket, the order of legs drawn.
    await page.getByLabel('Semi-finals: draw').selectOption('leg-order');
    // An open draw needs every team known: offered for the quarter-finals only.
    await expect(
      page.getByLabel('Quarter-finals: draw').locator('option').allTextContents(),
    ).resolves.toContain('Open draw (pairs drawn from one pot)');
    await expect(
      page.getByLabel('Semi-finals: draw').locator('option').allTextContents(),
    ).resolves.not.toContain('Open draw (pairs drawn from one pot)');

    await page.getByRole('button', { name: 'Create competition' }).click();
    await page.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
    expect(page.url()).toContain(CUP);
    await page.getByRole('heading', { level: 2, name: 'Quarter-finals' }).waitFor();
    const created = await view();
    expect(created.rounds.map((r) => r.name)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
    expect(created.rounds[0]!.schedule).toEqual({
      firstLeg: { from: '2026-04-03', to: '2026-04-05' },
      secondLeg: { from: '2026-04-10', to: '2026-04-12' },
    });
    expect(created.rounds[1]!.legOrder).toBe('draw');
    expect(created.rounds[1]!.ties[0]!.sides.map((x) => x.label)).toEqual(['Winner QF1', 'Winner QF2']);
  });

  it('enters a whole round in the grid; penalties appear only where the tie is level after the second leg', async () => {
    const before = await view();
    const qf = before.rounds[0]!;
    expect(qf.ties).toHaveLength(4);
    const grid = page.getByRole('form', { name: 'Quarter-finals' });
    await grid.waitFor();
    const cell = (tie: string, leg: number, part = '') =>
      grid.getByRole('group', { name: `${tie} leg ${leg}${part}`, exact: true });
    // Goals by tie: leg 1 (side 0 at home), leg 2 (side 1 at home), home goals first.
    const scores: Array<[[number, number], [number, number]]> = [
      [
        [2, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
      [
        [0, 1],
        [2, 0],
      ],
      [
        [3, 1],
        [0, 0],
      ],
    ];
    for (const [i, t] of qf.ties.entries()) {
      const [l1, l2] = scores[i]!;
      const first = cell(t.id, 1);
      await first.locator('input.home-input').fill(String(l1[0]));
      await first.locator('input.away-input').fill(String(l1[1]));
      const second = cell(t.id, 2);
      await second.locator('input.home-input').fill(String(l2[0]));
      await second.locator('input.away-input').fill(String(l2[1]));
    }
    const level = qf.ties[1]!.id;
    // CAF 2017: level on aggregate and away goals goes straight to penalties (no extra time).
    await cell(level, 2, ' penalties').waitFor();
    expect(await grid.getByRole('group', { name: / extra time$/ }).count()).toBe(0);
    expect(await grid.getByRole('group', { name: / penalties$/ }).count()).toBe(1);
    expect(await cell(level, 1, ' penalties').count()).toBe(0);
    // An impossible shoot-out is refused beside the tie, in words, before anything is saved.
    const shootout = cell(level, 2, ' penalties');
    await shootout.locator('input.home-input').fill('4');
    await shootout.locator('input.away-input').fill('4');
    await expect(grid.locator(`tr[data-tie="${level}"] [role="alert"]`).textContent()).resolves.toMatch(
      new RegExp(`^${level} leg 2: .*cannot end level`),
    );
    await grid.getByRole('button', { name: 'Save the quarter-finals' }).click();
    expect((await view()).version).toBe(before.version);

    await shootout.locator('input.away-input').fill('3');
    expect(await grid.locator('[role="alert"]').count()).toBe(0);
    await grid.getByRole('button', { name: 'Save the quarter-finals' }).click();
    await grid.getByRole('status').filter({ hasText: 'Saved 8 legs of the quarter-finals.' }).waitFor();

    const after = await view();
    expect(after.version).toBe(before.version + 8);
    const levelTie = after.rounds[0]!.ties[1]!;
    const secondLegHome = levelTie.sides[1]!.team!.name;
    expect(levelTie.summary).toBe(`2–2 on aggregate. ${secondLegHome} won 4–3 on penalties.`);
    // The grid shows each tie's result line.
    await grid.getByText(`${secondLegHome} won 4–3 on penalties.`).waitFor();
    for (const t of after.rounds[0]!.ties) {
      expect(t.summary).toMatch(/won/);
      await expect(grid.locator(`tr[data-tie="${t.id}"]`).textContent()).resolves.toContain(t.summary);
    }
  });

  it('publishes a commitment before the draw, runs the semi-final draw on its seed and applies it', async () => {
    await page.goto(url({ kind: 'draw', id: CUP }));
    await page.getByRole('heading', { level: 1, name: /^Draw/ }).waitFor();
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Semi-finals' });
    await page
      .getByText('Semi-finals: the pairs are fixed; the draw decides who hosts the first leg.')
      .waitFor();
    await page.getByText('No commitment is published for this draw yet.').waitFor();
    const seedBox = page.getByLabel('Secret seed');
    // A generated seed is there already; a short one is refused in words before anything is sent.
    expect((await seedBox.inputValue()).length).toBeGreaterThanOrEqual(16);
    await seedBox.fill('cairo');
    await page.getByRole('button', { name: 'Publish the commitment' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /has 5 characters: give at least 16/,
    );

    const seed = 'semi-final draw, Cairo, 17 April 2026';
    const hash = createHash('sha256').update(seed).digest('hex');
    await seedBox.fill(seed);
    const before = Date.now();
    await page.getByRole('button', { name: 'Publish the commitment' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The commitment for the semi-finals draw is published.' })
      .waitFor();
    // Shown with its time before the draw, and stored.
    await expect(page.getByTestId('commitment').textContent()).resolves.toContain(hash);
    const stored = (await view()).commitments?.find((c) => c.round === 'semi-finals');
    expect(stored?.commitment).toBe(hash);
    expect(Date.parse(stored?.at ?? '')).toBeGreaterThanOrEqual(before - 60_000);

    // At the draw: a seed that is not the committed one is refused; the right one runs.
    const revealed = page.getByLabel('The seed, revealed');
    await revealed.fill('another seed of some length');
    await page.getByRole('button', { name: 'Run the draw' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'not the published commitment',
    );
    await revealed.fill(seed);
    await page.getByRole('button', { name: 'Run the draw' }).click();
    await page.getByRole('button', { name: /^Draw the next ball \(1 of / }).click();
    await expect(page.locator('.draw-steps li').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Reveal all' }).click();
    const drawnTies = await page.locator('.draw-ties li').allTextContents();
    // The same draw core gives for that seed on the round as it stood (from the competition file).
    const file = parseCompetition(await (await write!('GET', `/competitions/${CUP}/file`)).text());
    if (!file.ok) throw new Error('the competition file does not parse');
    const spec = drawSpecForRound(file.value, 'semi-finals');
    if (!spec.ok) throw new Error(spec.error.message);
    const expected = runDraw(spec.value, seed);
    if (!expected.ok) throw new Error('the draw does not run');
    expect(drawnTies).toEqual(expected.value.ties.map(([a, b]) => `${a} v ${b}`));
    await page.getByRole('button', { name: '3. Apply the draw to the semi-finals' }).click();
    await page.getByRole('status').filter({ hasText: 'The draw is applied' }).waitFor();

    // The semi-finals now follow the draw: first-leg host first, as drawn.
    // (Drawn by slot, as a draw held before the quarter-finals end would be.)
    const sf = (await view()).rounds[1]!;
    expect(sf.ties.map((t) => t.sides.map((x) => `Winner ${x.slot.winner}`).join(' v '))).toEqual(drawnTies);
    await page.locator('.held-draws li').first().waitFor();
    await expect(page.locator('.held-draws li').first().textContent()).resolves.toContain(hash);
    await page.goto(url({ kind: 'round', id: CUP, round: 'semi-finals' }));
    await page.locator('article[data-tie="SF1"]').waitFor();
    const names = sf.ties[0]!.sides.map((x) => x.team!.name);
    await expect(page.locator('article[data-tie="SF1"] .tie-heading').textContent()).resolves.toBe(
      `SF1 ${names[0]} v ${names[1]}`,
    );
  });

  it("sets a leg's kick-off, time zone and venue, and fans see them on the round page", async () => {
    const sf = (await view()).rounds[1]!;
    const tie = sf.ties[0]!;
    await page.goto(url({ kind: 'manage', id: CUP, tie: tie.id }));
    const leg1 = page.getByRole('form', { name: /^Leg 1: / });
    await leg1.getByLabel('Date').fill('2026-05-02');
    await leg1.getByLabel('Kick-off (local time)').fill('18:30');
    await leg1.getByLabel('Time zone').fill('Africa/Tunis');
    await leg1.getByLabel('Venue').fill('Stade Olympique de Radès');
    await leg1.getByLabel('City').fill('Radès');
    await leg1.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the date and venue of leg 1.' }).waitFor();
    const stored = (await view()).rounds[1]!.ties[0]!.legs[0]!;
    expect(stored).toMatchObject({ venue: 'Stade Olympique de Radès', kickoff: '18:30' });
    expect(stored.score).toBeUndefined();

    await page.goto(url({ kind: 'round', id: CUP, round: sf.id }));
    const article = page.locator(`article[data-tie="${tie.id}"]`);
    await article.waitFor();
    const text = (await article.textContent()) ?? '';
    expect(text).toContain('Stade Olympique de Radès, Radès');
    expect(text).toContain('18:30');
    expect(text).toMatch(/2 May 2026/);
  });

  it('corrects a leg, is told before and after, deletes it with confirmation and undoes the deletion', async () => {
    const qf1 = (await view()).rounds[0]!.ties[0]!;
    await page.goto(url({ kind: 'manage', id: CUP, tie: qf1.id }));
    const leg2 = page.getByRole('form', { name: /^Leg 2: / });
    const home = leg2.getByRole('group', { name: 'Score after 90 minutes' }).locator('input.home-input');
    await expect(home.inputValue()).resolves.toBe('1');
    await home.fill('2');
    await leg2.getByRole('button', { name: 'Save correction' }).click();
    const a = qf1.sides[1]!.team!.name;
    const b = qf1.sides[0]!.team!.name;
    await page
      .getByRole('status')
      .filter({ hasText: `Corrected leg 2: ${a} 1–1 ${b} → ${a} 2–1 ${b}.` })
      .waitFor();

    await page.getByRole('button', { name: 'Delete leg 2…' }).click();
    const confirm = page.getByRole('group', { name: /^Delete leg 2/ });
    await expect(confirm.textContent()).resolves.toContain(`${a} 2–1 ${b}`);
    expect((await view()).rounds[0]!.ties[0]!.legs).toHaveLength(2); // nothing deleted yet
    await confirm.getByRole('button', { name: 'Yes, delete leg 2' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted leg 2 (${a} 2–1 ${b}).` })
      .waitFor();
    expect((await view()).rounds[0]!.ties[0]!.legs).toHaveLength(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored leg 2.' }).waitFor();
    const restored = (await view()).rounds[0]!.ties[0]!;
    expect(restored.legs.map((l) => l.result)).toEqual(['2–0', '2–1']);
  });

  it('saves a round of the grid in one write: when someone else changed the competition, none of it', async () => {
    const before = await view();
    const sf = before.rounds[1]!;
    const [sf1, sf2] = sf.ties as [TieView, TieView];
    // Live updates would bring the other organiser's change into the page before the save (and the
    // save would then build on it): cut them, so that the page saves on the version it showed.
    const events = `**/competitions/${CUP}/events*`;
    await page.route(events, (r) => r.abort());
    await page.goto(url({ kind: 'manage', id: CUP }));
    const grid = page.getByRole('form', { name: 'Semi-finals' });
    await grid.waitFor();
    const first = (tie: string) => grid.getByRole('group', { name: `${tie} leg 1`, exact: true });
    for (const tie of [sf1.id, sf2.id]) {
      await first(tie).locator('input.home-input').fill('1');
      await first(tie).locator('input.away-input').fill('0');
    }
    // Meanwhile another organiser sets the date of SF2's first leg (a fixture, no score).
    const teams = (t: TieView) =>
      (t.sides as unknown as Array<{ team: { id: string } }>).map((x) => x.team.id);
    const [home, away] = teams(sf2);
    write ??= await apiSession(server.base, () => CUP);
    const other = await write('PUT', `/competitions/${CUP}/ties/${sf2.id}/legs/1`, {
      home,
      away,
      date: '2026-05-03',
    });
    expect(other.status).toBe(200);
    await grid.getByRole('button', { name: 'Save the semi-finals' }).click();
    await grid
      .getByRole('alert')
      .filter({ hasText: 'Nothing saved: someone else changed this competition meanwhile.' })
      .waitFor();
    // Neither leg was stored: not SF1's, whose save came first, nor SF2's.
    const after = await view();
    expect(after.version).toBe(before.version + 1);
    expect(after.rounds[1]!.ties.map((t) => t.legs[0]?.score)).toEqual([undefined, undefined]);
    await page.unroute(events);
  });

  it('reads the changes in the audit log, filtered, and on a phone', async () => {
    const qf1 = (await view()).rounds[0]!.ties[0]!.id;
    await page.goto(url({ kind: 'audit', id: CUP }));
    const list = page.locator('.audit-list li');
    await list.first().waitFor();
    // Newest first: the restored leg, the deletion, the correction.
    await page.getByLabel('Show').selectOption('results');
    await page.getByLabel('Tie or round').fill(qf1);
    const texts = await list.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t).toContain(qf1);
    expect(texts.every((t) => t.includes(`by ${ORGANISER.email}`))).toBe(true);
    // The correction in words, before and after, with who and when.
    expect(
      texts.some((t) =>
        /^QF1 leg 2: 1–1 → 2–1, by organiser@example\.org, \d{1,2} \w{3} \d{4} \d{2}:\d{2}/.test(t),
      ),
    ).toBe(true);
    await page.getByLabel('Show').selectOption('draws');
    await page.getByLabel('Tie or round').fill('');
    await expect(list.allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Semi-finals draw: seed commitment [0-9a-f]{8}…[0-9a-f]{4} published/),
      ]),
    );
    await page.getByLabel('Show').selectOption('publication');
    await page.getByLabel('Tie or round').fill('');
    expect(await list.count()).toBe(0);

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 800 });
    await phone.goto(url({ kind: 'audit', id: CUP }));
    await phone.locator('.audit-list li').first().waitFor();
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      entry: document.querySelector('.audit-list li')?.getBoundingClientRect().right ?? 0,
    }));
    expect(widths.page).toBe(390);
    expect(widths.entry).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it("creates the seed's knockout stage from group winners and runners-up", async () => {
    await page.goto(url({ kind: 'create' }));
    await page.getByRole('heading', { level: 1, name: 'New competition' }).waitFor();
    await page.getByLabel(/Winners v runners-up of groups/).check();
    await page.getByLabel('Name', { exact: true }).fill('Groups Cup 2026');
    await page.getByLabel('Rules of each tie').selectOption('caf-2017');
    const box = page.getByLabel('Group winners and runners-up, one group a line');
    await expect(box.inputValue()).resolves.toBe('');
    // The seed article's qualified teams (winners, runners-up).
    await box.fill(
      [
        'A: Club Africain, TUN; FUS Rabat, MAR',
        'B: CS Sfaxien, TUN; MC Alger, ALG',
        'C: ZESCO United, ZAM; Al-Hilal Al-Ubayyid, SDN',
        'D: TP Mazembe, COD; SuperSport United, RSA',
      ].join('\n'),
    );
    await page.getByText('4 groups.', { exact: false }).waitFor();
    await page.getByText('Group winners host the second leg; nothing is drawn.').waitFor();
    await page.getByLabel('Semi-finals: draw').selectOption('leg-order');
    await page.getByRole('button', { name: 'Create competition' }).click();
    await page.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
    write ??= await apiSession(server.base, () => CUP);
    const created = (await (await write('GET', '/competitions/groups-cup-2026')).json()) as View;
    // As the seed: MC Alger v Club Africain, SuperSport United v ZESCO United, FUS Rabat v CS Sfaxien,
    // Al-Hilal Al-Ubayyid v TP Mazembe; the group winners host the second leg.
    expect(
      created.rounds[0]!.ties.map((t) => `${t.id}: ${t.sides[0]!.label} v ${t.sides[1]!.label}`),
    ).toEqual([
      'QF1: MC Alger v Club Africain',
      'QF3: SuperSport United v ZESCO United',
      'QF2: FUS Rabat v CS Sfaxien',
      'QF4: Al-Hilal Al-Ubayyid v TP Mazembe',
    ]);
    expect(created.rounds[0]!.legOrder).toBe('group-winners-host-second-leg');
    expect(created.rounds[1]!.legOrder).toBe('draw');
    expect(created.rounds[1]!.ties.map((t) => t.sides.map((x) => x.label).join(' v '))).toEqual([
      'Winner QF1 v Winner QF3',
      'Winner QF2 v Winner QF4',
    ]);
  });
});

describe('the audit log of a long competition', () => {
  it('shows the newest 100 changes, then older ones on request, down to the creation', async () => {
    const sf2 = (await view()).rounds[1]!.ties[1]!;
    const [home, away] = (sf2.sides as unknown as Array<{ team: { id: string } }>).map((s) => s.team.id);
    write ??= await apiSession(server.base, () => CUP);
    for (let i = 1; i <= 100; i++) {
      const r = await write('PUT', `/competitions/${CUP}/ties/${sf2.id}/legs/1`, {
        home,
        away,
        date: '2026-05-03',
        venue: `Ground ${i}`,
      });
      expect(r.status).toBe(200);
    }
    await page.goto(url({ kind: 'audit', id: CUP }));
    const list = page.locator('.audit-list li');
    await list.first().waitFor();
    await page.getByText('100 changes, newest first; older changes are not shown yet.').waitFor();
    expect(await list.count()).toBe(100);
    expect(await page.getByText(/^Created "Flows Cup 2026"/).count()).toBe(0);

    await page.getByRole('button', { name: 'Show older changes' }).click();
    await page.getByText(/^Created "Flows Cup 2026"/).waitFor();
    expect(await list.count()).toBeGreaterThan(100);
    await expect(list.last().textContent()).resolves.toMatch(/^Created "Flows Cup 2026"/);
    await page.getByText(/changes, newest first\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Show older changes' }).count()).toBe(0);
  });
});
