import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, call, EXAMPLE, type Loose, list, type Reply, type Running, startServer } from './harness.ts';

/**
 * Issue 11 point 5: impossible dates, kick-offs and time zones are refused when written (422, the
 * codes of `cupstage schedule`, a path naming the field), so the public calendar keeps answering 200.
 * The final's second leg is the real one (SuperSport United 0–0 TP Mazembe, 25 November 2017, in
 * Atteridgeville), written again with one bad fact at a time.
 */
const secondLeg = {
  home: 'supersport-united',
  away: 'tp-mazembe',
  score: [0, 0],
  date: '2017-11-25',
  city: 'Atteridgeville, Pretoria',
  timeZone: 'Africa/Johannesburg',
};

const file = (): Record<string, unknown> & { rounds: Array<Record<string, Loose>> } =>
  JSON.parse(readFileSync(new URL(`../../../${EXAMPLE}`, import.meta.url), 'utf8'));

/** A 422 listing `code` at `path` among its errors (and first, unless `first` is false). */
function refused(r: Reply, code: string, path: ReadonlyArray<string | number>, first = true): void {
  expect(r.status, r.text).toBe(422);
  if (first) expect(r.body.code).toBe(code);
  expect(list(r.body.errors).map((e) => [e.code, e.path])).toContainEqual([code, path]);
}

describe.each(['sqlite', 'postgres'] as const)('schedule facts checked at write time (%s)', (dialect) => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
  });

  const version = async (id = CAF): Promise<string> =>
    (await call(s.base, 'GET', `/competitions/${id}`, { token: s.tokens.owner })).headers.get('etag')!;

  const putLeg = async (leg: Record<string, unknown>): Promise<Reply> =>
    call(s.base, 'PUT', `/competitions/${CAF}/ties/F/legs/2`, {
      token: s.tokens.editor,
      body: leg,
      headers: { 'if-match': await version() },
    });

  it('refuses a leg dated 31 February, a kick-off at 99:99 and an unknown time zone, and the calendar stays 200', async () => {
    refused(await putLeg({ ...secondLeg, date: '2017-02-31' }), 'bad-date', ['legs', 1, 'date']);
    refused(await putLeg({ ...secondLeg, kickoff: '99:99' }), 'bad-kickoff', ['legs', 1, 'kickoff']);
    refused(await putLeg({ ...secondLeg, kickoff: '24:00' }), 'bad-kickoff', ['legs', 1, 'kickoff']);
    refused(await putLeg({ ...secondLeg, timeZone: 'Not/AZone' }), 'unknown-time-zone', [
      'legs',
      1,
      'timeZone',
    ]);
    const calendar = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`);
    expect(calendar.status).toBe(200);
    expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(14);
  });

  it('accepts a real kick-off in a real zone, and the calendar shows it at that local time', async () => {
    const ok = await putLeg({ ...secondLeg, kickoff: '15:00' });
    expect(ok.status, ok.text).toBe(200);
    const calendar = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`);
    expect(calendar.status).toBe(200);
    expect(calendar.text).toContain('DTSTART;TZID=Africa/Johannesburg:20171125T150000');
  });

  it('refuses a new competition whose window, leg date, kick-off or zone is impossible', async () => {
    const post = (body: unknown): Promise<Reply> =>
      call(s.base, 'POST', '/competitions', { token: s.tokens.outsider, body });
    const badWindow = file();
    badWindow.id = 'bad-window';
    (badWindow.rounds[0]!.schedule as unknown as { firstLeg: { from: string } }).firstLeg.from = '2017-09-31';
    refused(await post(badWindow), 'bad-date', ['rounds', 0, 'schedule', 'firstLeg', 'from']);

    const badLeg = file();
    badLeg.id = 'bad-leg';
    const legs = (badLeg.rounds[2]!.ties as unknown as Array<{ legs: Array<Record<string, unknown>> }>)[0]!
      .legs;
    legs[0]!.timeZone = 'Africa/Atlantis';
    legs[1]!.kickoff = '25:61';
    const r = await post(badLeg);
    refused(r, 'unknown-time-zone', ['rounds', 2, 'ties', 0, 'legs', 0, 'timeZone']);
    refused(r, 'bad-kickoff', ['rounds', 2, 'ties', 0, 'legs', 1, 'kickoff'], false);

    const badAmendment = file();
    badAmendment.id = 'bad-amendment';
    (badAmendment.amendments as Array<{ to: { to: string } }>)[0]!.to.to = '2017-09-32';
    refused(await post(badAmendment), 'bad-date', ['amendments', 0, 'to', 'to']);

    for (const id of ['bad-window', 'bad-leg', 'bad-amendment'])
      expect((await call(s.base, 'GET', `/competitions/${id}`, { token: s.tokens.outsider })).status).toBe(
        404,
      );
  });

  it('refuses an amendment to a window that does not exist on the calendar, naming the date', async () => {
    const r = await call(s.base, 'POST', `/competitions/${CAF}/amendments`, {
      token: s.tokens.editor,
      body: { round: 'final', window: 'second-leg', to: { from: '2017-11-29', to: '2017-11-31' } },
      headers: { 'if-match': await version() },
    });
    refused(r, 'bad-date', ['to', 'to']);
    expect((await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`)).status).toBe(200);
  });
});
