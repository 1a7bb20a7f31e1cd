/**
 * The public pages in a real browser (Debian's Chromium via playwright-core) against the real server
 * on a loopback port with a temporary SQLite database holding the example competition.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, OUTPUT } from './support/browser.ts';
import { DIST, ensureBuilt, WEB } from './support/build.ts';
import { CAF, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.base}/${path}`);
  return page;
}

/** A tie card of the text bracket as rows of [team, leg 1, leg 2, aggregate]. */
async function tieRows(page: Page, tie: string): Promise<string[][]> {
  return page
    .locator(`table.tie-card[data-tie="${tie}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
}

describe('a visitor', () => {
  it('sees the bracket with all 14 legs, the aggregates, the winners in bold and the markers', async () => {
    const page = await open(`c/${CAF}/bracket`);
    await page.locator('table.tie-card').first().waitFor();
    expect(await page.locator('table.tie-card').count()).toBe(7);

    // Each team's goals in each leg, the aggregate, and the marker beside the team that went through.
    expect(await tieRows(page, 'QF1')).toEqual([
      ['MC Alger ALG', '1', '0', '1'],
      ['Club Africain TUN (through)', '0', '2', '2'],
    ]);
    expect(await tieRows(page, 'QF3')).toEqual([
      ['SuperSport United RSA (through)', '0', '2', '2 (a)'],
      ['ZESCO United ZAM', '0', '2', '2'],
    ]);
    expect(await tieRows(page, 'QF2')).toEqual([
      ['FUS Rabat MAR (through)', '1', '0', '1 (5–4 p)'],
      ['CS Sfaxien TUN', '0', '1', '1'],
    ]);
    expect(await tieRows(page, 'QF4')).toEqual([
      ['Al-Hilal Al-Ubayyid SDN', '1', '0', '1'],
      ['TP Mazembe COD (through)', '2', '5', '7'],
    ]);
    expect(await tieRows(page, 'SF1')).toEqual([
      ['SuperSport United RSA (through)', '1', '3', '4'],
      ['Club Africain TUN', '1', '1', '2'],
    ]);
    expect(await tieRows(page, 'SF2')).toEqual([
      ['TP Mazembe COD (through)', '1', '0', '1'],
      ['FUS Rabat MAR', '0', '0', '0'],
    ]);
    expect(await tieRows(page, 'F')).toEqual([
      ['TP Mazembe COD (through)', '2', '0', '2'],
      ['SuperSport United RSA', '1', '0', '1'],
    ]);

    // 14 legs: every leg cell of every tie holds a number of goals (two sides per leg).
    const legCells = await page.locator('table.tie-card tbody td.goals:not(.aggregate)').allTextContents();
    expect(legCells).toHaveLength(28);
    expect(legCells.every((c) => /^\d+$/.test(c.trim()))).toBe(true);

    // The winner is in bold.
    const weight = await page
      .locator('table.tie-card[data-tie="QF3"] tr.winner th')
      .evaluate((e) => getComputedStyle(e).fontWeight);
    expect(Number(weight)).toBeGreaterThanOrEqual(700);

    // The bracket is shown once (no second drawing of the same ties); the drawing is a download.
    expect(await page.locator('main svg').count()).toBe(0);
    await expect(
      page.getByRole('link', { name: 'The bracket as a picture (PNG)' }).getAttribute('href'),
    ).resolves.toMatch(/\/competitions\/caf-confederation-cup-2017\/export\/png\?v=\d+$/);
    await expect(page.getByText('Champions: TP Mazembe').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('reads every leg of a round with its result line, and a team page', async () => {
    const page = await open(`c/${CAF}/rounds/quarter-finals`);
    await page.getByRole('heading', { level: 1, name: /Quarter-finals/ }).waitFor();
    expect(await page.locator('article.tie').count()).toBe(4);
    expect(await page.locator('[data-testid="leg-result"]').allTextContents()).toEqual([
      '1–0',
      '2–0',
      '0–0',
      '2–2',
      '1–0',
      '1–0',
      '1–2',
      '5–0',
    ]);
    await expect(
      page.getByText('2–2 on aggregate. SuperSport United won on away goals.').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByText('1–1 on aggregate. FUS Rabat won 5–4 on penalties.').isVisible(),
    ).resolves.toBe(true);

    await page.getByRole('link', { name: 'Final', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Final/ }).waitFor();
    await expect(page.getByText('19 November 2017').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Atteridgeville, Pretoria').first().isVisible()).resolves.toBe(true);

    // Shareable links: a team page opened directly.
    await page.goto(`${server.base}/c/${CAF}/teams/supersport-united`);
    await page.getByRole('heading', { level: 1, name: /SuperSport United/ }).waitFor();
    await expect(page.getByText('Qualified as Group D runners-up.').isVisible()).resolves.toBe(true);
    expect(await page.locator('article.tie').count()).toBe(3);
    await page.close();
  });

  it('offers the schedule as iCalendar and the report as wikitext from the competition page', async () => {
    const page = await open(`c/${CAF}`);
    const calendar = page.getByRole('link', { name: 'Schedule (iCalendar)' });
    await calendar.waitFor();
    const ics = await (
      await fetch(new URL((await calendar.getAttribute('href'))!, `${server.base}/`))
    ).text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(14);
    const wiki = page.getByRole('link', { name: 'Report (wikitext)' });
    const text = await (await fetch(new URL((await wiki.getAttribute('href'))!, `${server.base}/`))).text();
    expect(text.match(/\{\{TwoLegResult/g)?.length).toBe(7);
    await page.close();
  });

  it('finds the published competitions on the front page', async () => {
    const page = await open('');
    await page.getByRole('link', { name: '2017 CAF Confederation Cup' }).click();
    await page.getByRole('heading', { level: 1, name: /2017 CAF Confederation Cup/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/c/${CAF}`);
    await page.close();
  });

  it('finds the landmarks, and reaches the content from the keyboard', async () => {
    const page = await open(`c/${CAF}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count()).toBe(1);
    }
    expect(await page.getByRole('navigation', { name: 'Competition' }).count()).toBe(1);
    await expect(page.getByText('Qualified teams').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/home-and-away two-legged basis/).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('renders on a 360-pixel phone without horizontal scrolling', async () => {
    const page = await open(`c/${CAF}/bracket`, { width: 360, height: 740 });
    await page.locator('table.tie-card').first().waitFor();
    for (const path of ['bracket', '', 'rounds/quarter-finals', 'schedule', 'teams/tp-mazembe']) {
      await page.goto(`${server.base}/c/${CAF}${path ? `/${path}` : ''}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        inner: window.innerWidth,
      }));
      expect({ path, ...widths }).toEqual({ path, scroll: 360, body: 360, inner: 360 });
    }
    await page.close();
  });

  it('saves screenshots of the bracket on a desktop and a phone', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 360, height: 740 }],
    ] as const) {
      const page = await open(`c/${CAF}/bracket`, viewport);
      await page.locator('table.tie-card').first().waitFor();
      await page.screenshot({ path: join(OUTPUT, `bracket-${name}.png`), fullPage: true });
      await page.close();
    }
    expect(readFileSync(join(OUTPUT, 'bracket-desktop.png')).length).toBeGreaterThan(10_000);
    expect(readFileSync(join(OUTPUT, 'bracket-phone.png')).length).toBeGreaterThan(10_000);
    if (process.env.CUPSTAGE_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(WEB, '../../docs/screenshots'), { recursive: true });
      copyFileSync(join(OUTPUT, 'bracket-desktop.png'), join(WEB, '../../docs/screenshots/bracket.png'));
    }
  });

  it('loads under 150 kB of gzipped JavaScript for the bracket page', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.base}/c/${CAF}/bracket`);
    await page.locator('table.tie-card').first().waitFor();
    await page.close();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path))).length, 0);
    console.log(
      `bracket page JavaScript: ${scripts.length} file(s), ${(gzipped / 1024).toFixed(1)} kB gzipped`,
    );
    expect(gzipped).toBeLessThan(150 * 1024);
  });
});
