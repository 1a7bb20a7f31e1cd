/**
 * Every organiser page, on a desktop (1280 px) and a phone (390 px): axe-core's WCAG 2.0/2.1 A and
 * AA rules (and its best practices) find nothing, no page scrolls sideways, and a screenshot of each
 * is saved (copied to docs/screenshots with CUPSTAGE_UPDATE_SCREENSHOTS=1).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { href, type Route } from '../src/routing/route.ts';
import { type ApiWriter, apiSession } from './support/api-session.ts';
import { axeViolations } from './support/axe.ts';
import { launchChromium, OUTPUT } from './support/browser.ts';
import { ensureBuilt, WEB } from './support/build.ts';
import { CAF, ORGANISER, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const CUP = 'a11y-cup-2026';
const url = (route: Route): string => new URL(href(route), `${server.base}/`).toString();

/** Each organiser page: its name (for the screenshot), its route, and what shows it is ready. */
const PAGES: ReadonlyArray<{
  readonly name: string;
  readonly route: Route;
  readonly ready: (page: Page) => Promise<void>;
  readonly before?: (page: Page) => Promise<void>;
}> = [
  {
    name: 'create',
    route: { kind: 'create' },
    ready: (p) => p.getByRole('heading', { level: 1, name: 'New competition' }).waitFor(),
    before: async (p) => {
      await p.getByLabel('Name', { exact: true }).fill('Example Cup 2026');
      await p
        .getByLabel('Qualified teams, in seed order')
        .fill('TP Mazembe, COD\nClub Africain, TUN\nCS Sfaxien, TUN\nZESCO United, ZAM');
      await p.locator('.bracket-svg svg').waitFor();
    },
  },
  {
    name: 'import',
    route: { kind: 'create' },
    ready: (p) => p.getByRole('heading', { level: 1, name: 'New competition' }).waitFor(),
    before: async (p) => {
      await p.getByLabel(/A file or an article/).check();
      await p.getByLabel('What it is').selectOption('article');
      await p
        .getByLabel('Or paste the text')
        .fill(readFileSync(join(WEB, '../formats/test/fixtures/article-ucl-2018-19.txt'), 'utf8'));
      await p.getByRole('button', { name: 'Read and preview' }).click();
      await p.getByRole('heading', { level: 2, name: /^Preview: / }).waitFor();
    },
  },
  {
    name: 'results',
    route: { kind: 'manage', id: CAF },
    ready: (p) => p.getByRole('heading', { level: 2, name: 'Quarter-finals' }).waitFor(),
  },
  {
    name: 'tie',
    route: { kind: 'manage', id: CAF, tie: 'F' },
    ready: (p) => p.getByRole('form', { name: /^Leg 2: / }).waitFor(),
  },
  {
    name: 'windows',
    route: { kind: 'manage', id: CUP },
    ready: (p) => p.getByRole('heading', { level: 2, name: 'Round windows' }).waitFor(),
  },
  {
    name: 'draw',
    route: { kind: 'draw', id: CUP },
    ready: (p) => p.getByTestId('commitment').waitFor(),
  },
  {
    name: 'group results',
    route: { kind: 'group-results', id: CAF },
    ready: (p) => p.locator('.group-match-form').first().waitFor({ state: 'attached' }),
  },
  {
    name: 'audit',
    route: { kind: 'audit', id: CAF },
    ready: (p) => p.locator('.audit-list li').first().waitFor(),
  },
];

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchChromium();
  // A competition of the organiser's own whose semi-final draw has its commitment published.
  const write: ApiWriter = await apiSession(server.base, () => CUP);
  const created = await write('POST', '/competitions', {
    name: 'A11y Cup 2026',
    rules: 'caf-2017',
    teams: [
      ['TP Mazembe', 'COD'],
      ['Club Africain', 'TUN'],
      ['CS Sfaxien', 'TUN'],
      ['ZESCO United', 'ZAM'],
      ['SuperSport United', 'RSA'],
      ['MC Alger', 'ALG'],
      ['FUS Rabat', 'MAR'],
      ['Al-Hilal Al-Ubayyid', 'SDN'],
    ].map(([name, country]) => ({ id: name!.toLowerCase().replace(/[^a-z]+/g, '-'), name, country })),
    rounds: [
      { schedule: { firstLeg: { from: '2026-04-03', to: '2026-04-05' } } },
      { draw: { procedure: 'leg-order' } },
    ],
  });
  expect(created.status).toBe(201);
  const committed = await write('POST', `/competitions/${CUP}/draws/commitments`, {
    round: 'semi-finals',
    commitment: createHash('sha256').update('a seed of at least sixteen characters').digest('hex'),
  });
  expect(committed.status).toBe(201);
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe.each(VIEWPORTS)('the organiser pages on a %s', (device, viewport) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(url({ kind: 'sign-in' }));
    await page.getByLabel('E-mail').fill(ORGANISER.email);
    await page.getByLabel('Password').fill(ORGANISER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'New competition' }).waitFor();
  });

  it.each(PAGES.map((p) => [p.name, p] as const))(
    'has no axe-core violation and no sideways scroll on %s',
    async (name, spec) => {
      await page.goto(url(spec.route));
      await page.reload();
      await spec.ready(page);
      await spec.before?.(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBe(viewport.width);
      mkdirSync(OUTPUT, { recursive: true });
      const file = `organiser-${name}-${device}.png`;
      await page.screenshot({ path: join(OUTPUT, file), fullPage: true });
      if (process.env.CUPSTAGE_UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(WEB, '../../docs/screenshots'), { recursive: true });
        copyFileSync(join(OUTPUT, file), join(WEB, '../../docs/screenshots', file));
      }
    },
  );
});
