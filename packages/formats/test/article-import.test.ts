import {
  buildArticle,
  caf2017,
  conmebol2022,
  createKnockout,
  formatParagraph,
  presets,
  replay1955,
  singleMatch,
  uefa1970,
  uefa2021,
} from '@cupstage/core';
import { parseArticle, rulesFromFormat, writeArticleText, writeCompetition } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { example, fixture, lineOf, winners } from './helpers.ts';

const seed = fixture('seed-caf-confederation-cup-2017.txt');

function imported(text: string) {
  const r = parseArticle(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  return r.value;
}

const reportOf = (text: string): string => {
  const c = imported(text).competition;
  return writeArticleText(buildArticle(c, createKnockout(c)));
};

describe('parseArticle on the seed article', () => {
  it('reads it with no error or warning, only a note that the final is known from its result line', () => {
    const { problems } = imported(seed);
    expect(problems.map((p) => [p.severity, p.code, p.line])).toEqual([
      ['note', 'legs-unknown', lineOf(seed, 'TP Mazembe won 2–1 on aggregate.')],
    ]);
  });

  it('reads a team spelt another way in a leg line as the same team, with a note (the import kit registry)', () => {
    const line = 'Al-Hilal Al-Ubayyid SDN 1−2 COD TP Mazembe';
    const respelt = seed.replace(line, 'Al Hilal Al-Ubayyid SDN 1−2 COD TP Mazembe');
    const { competition, problems } = imported(respelt);
    expect(competition.teams).toHaveLength(8);
    expect(problems.filter((p) => p.code === 'team-alias').map((p) => [p.line, p.message])).toEqual([
      [lineOf(seed, line), '"Al Hilal Al-Ubayyid" is read as Al-Hilal Al-Ubayyid'],
    ]);
    expect(createKnockout(competition).champion()).toBe('tp-mazembe');
  });

  it('finds the eight teams of the qualified-teams table with their country codes and groups', () => {
    const c = imported(seed).competition;
    expect(c.teams.map((t) => `${t.country} ${t.name}`)).toEqual([
      'TUN Club Africain',
      'MAR FUS Rabat',
      'TUN CS Sfaxien',
      'ALG MC Alger',
      'ZAM ZESCO United',
      'SDN Al-Hilal Al-Ubayyid',
      'COD TP Mazembe',
      'RSA SuperSport United',
    ]);
    expect(c.groups.map((g) => `${g.group}: ${g.positions.join(', ')}`)).toEqual([
      'A: club-africain, fus-rabat',
      'B: cs-sfaxien, mc-alger',
      'C: zesco-united, al-hilal-al-ubayyid',
      'D: tp-mazembe, supersport-united',
    ]);
  });

  it('takes the CAF 2017 rules and the citation from the format paragraph', () => {
    const c = imported(seed).competition;
    expect(c.rounds.map((r) => r.rules.id)).toEqual(['caf-2017', 'caf-2017', 'caf-2017']);
    expect(c.rulesReference).toBe('Regulations III. 26 & 27');
  });

  it('reads the schedule, the three amendments and the draw for the order of legs', () => {
    const c = imported(seed).competition;
    expect(c.period).toEqual({ from: '2017-09-08', to: '2017-11-25' });
    expect(c.rounds[1]?.schedule).toEqual({
      firstLeg: { from: '2017-09-29', to: '2017-10-01' },
      secondLeg: { from: '2017-10-20', to: '2017-10-22' },
    });
    expect(
      c.amendments.map(
        (a) => `${a.round} ${a.window} ${a.from.from}..${a.from.to} -> ${a.to.from}..${a.to.to}`,
      ),
    ).toEqual([
      'quarter-finals first-leg 2017-09-08..2017-09-10 -> 2017-09-15..2017-09-17',
      'quarter-finals second-leg 2017-09-15..2017-09-17 -> 2017-09-22..2017-09-24',
      'semi-finals second-leg 2017-10-13..2017-10-15 -> 2017-10-20..2017-10-22',
    ]);
    expect(c.draws).toEqual([
      {
        id: 'leg-order-draw',
        description: 'an additional draw held after the group stage draw',
        heldAt: '2017-04-26T14:00:00+02:00',
        timeZoneLabel: 'EET (UTC+2)',
        place: 'the CAF Headquarters in Cairo, Egypt',
        rounds: ['semi-finals', 'final'],
      },
    ]);
    expect(c.rounds.map((r) => r.legOrder.kind)).toEqual(['group-winners-host-second-leg', 'draw', 'draw']);
  });

  it('pairs the twelve leg lines into six ties with the same legs as the example competition', () => {
    const c = imported(seed).competition;
    const legsOf = (x: typeof c) =>
      x.rounds
        .slice(0, 2)
        .flatMap((r) =>
          r.ties.map((t) =>
            t.legs
              .map(
                (l) =>
                  `${l.home} ${l.score?.join('-')} ${l.away}${l.penalties ? ` p${l.penalties.join('-')}` : ''}`,
              )
              .join(' / '),
          ),
        )
        .sort();
    expect(legsOf(c)).toEqual(legsOf(example()));
  });

  it('records the final from its result line, legs unknown, with TP Mazembe champions', () => {
    const c = imported(seed).competition;
    const final = c.rounds[2]?.ties[0];
    expect(final?.legs).toEqual([]);
    expect(final?.reported).toEqual({ summary: 'TP Mazembe won 2–1 on aggregate.', winner: 'tp-mazembe' });
    expect(createKnockout(c).champion()).toBe('tp-mazembe');
  });

  it('gives a report that prints every leg line and summary line of the seed', () => {
    const out = new Set(reportOf(seed).split('\n'));
    const lines = seed.split('\n').map((l) => l.replace(/<section[^>]*\/>/g, '').trim());
    const legs = lines.filter((l) => /^.+ [A-Z]{3} \d+[−\-–]\d+ [A-Z]{3} .+$/.test(l));
    const summaries = lines.filter((l) => / on (aggregate|away goals|penalties)\.$/.test(l));
    expect(legs.length).toBe(12);
    expect(summaries.length).toBe(7);
    for (const l of [...legs, ...summaries]) expect(out).toContain(l.replace(/(\d)[−-](\d)/g, '$1–$2'));
  });

  it('round-trips: import, print the report, import it again: the same competition', () => {
    const first = imported(seed).competition;
    const second = imported(reportOf(seed)).competition;
    expect(writeCompetition(second)).toBe(writeCompetition(first));
  });
});

describe('parseArticle on other knockout stages written in the seed style', () => {
  it('UEFA 2018–19 (16 teams, away goals and extra time, a one-match final): the real winners, no error', () => {
    const text = fixture('article-ucl-2018-19.txt');
    const { competition: c, problems } = imported(text);
    expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(c.rounds.map((r) => `${r.name}: ${r.rules.id}, ${r.ties.length}`)).toEqual([
      'Round of 16: uefa-1970, 8',
      'Quarter-finals: uefa-1970, 4',
      'Semi-finals: uefa-1970, 2',
      'Final: single-match, 1',
    ]);
    // Results as published by UEFA for 2018–19.
    expect(Object.values(winners(c))).toEqual([
      'Manchester City',
      'Juventus',
      'Manchester United',
      'Tottenham Hotspur',
      'Barcelona',
      'Porto',
      'Ajax',
      'Liverpool',
      'Ajax',
      'Liverpool',
      'Tottenham Hotspur',
      'Barcelona',
      'Tottenham Hotspur',
      'Liverpool',
      'Liverpool',
    ]);
    const porto = c.rounds[0]?.ties[5]?.legs[1];
    // Porto 3–1 Roma after extra time: 2–1 after 90 minutes is the only score that needed extra time.
    expect([porto?.score, porto?.extraTime]).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect(c.rounds[0]?.ties[0]?.sides).toEqual([
      { kind: 'group', group: 'D', position: 2 },
      { kind: 'group', group: 'F', position: 1 },
    ]);
    expect(c.rounds[3]?.schedule).toEqual({ match: { from: '2019-06-01', to: '2019-06-01' } });
  });

  it('UEFA 2021–22 (no away goals): the real winners, and a note for each leg after extra time whose 90 minutes are not stated', () => {
    const text = fixture('article-ucl-2021-22.txt');
    const { competition: c, problems } = imported(text);
    expect(c.rounds[0]?.rules).toBe(uefa2021);
    expect(c.rounds[3]?.rules).toBe(singleMatch);
    expect(problems.map((p) => [p.severity, p.code, p.line])).toEqual([
      ['note', 'score-after-90-not-stated', lineOf(text, 'Real Madrid ESP 2–3 (a.e.t.) ENG Chelsea')],
      ['note', 'score-after-90-not-stated', lineOf(text, 'Real Madrid ESP 3–1 (a.e.t.) ENG Manchester City')],
    ]);
    const w = winners(c);
    expect([w.R161, w.QF1, w.QF3, w.SF1, w.SF2, w.F]).toEqual([
      'Bayern Munich',
      'Real Madrid',
      'Liverpool',
      'Real Madrid',
      'Liverpool',
      'Real Madrid',
    ]);
  });

  it('a 1955-style stage (play-off match, coin toss, a single-match final on penalties), worked out by hand', () => {
    const text = fixture('article-replay.txt');
    const { competition: c, problems } = imported(text);
    expect(c.rounds.map((r) => r.rules)).toEqual([replay1955, singleMatch]);
    expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([16, 24, 29]);
    const [sf1, sf2] = c.rounds[0]?.ties ?? [];
    expect(sf1?.playoff).toMatchObject({ score: [2, 2], extraTime: [1, 0] });
    expect(sf2?.coinToss).toBe('delta-cf');
    // Delta CF, the away side of the final, won the shoot-out 4–2.
    expect(c.rounds[1]?.ties[0]?.legs[0]?.penalties).toEqual([2, 4]);
    expect(winners(c)).toEqual({ SF1: 'Alpha FC', SF2: 'Delta CF', F: 'Delta CF' });
  });

  it('round-trips the UEFA and 1955-style articles through the report too', () => {
    for (const name of ['article-ucl-2018-19.txt', 'article-ucl-2021-22.txt', 'article-replay.txt']) {
      const first = imported(fixture(name)).competition;
      expect(writeCompetition(imported(reportOf(fixture(name))).competition)).toBe(writeCompetition(first));
    }
  });
});

describe('parseArticle reports what it cannot use, with line numbers', () => {
  const text = fixture('article-broken.txt');

  it('names an unknown line, a broken leg line and two result lines the engine disagrees with', () => {
    const { problems } = imported(text);
    expect(problems.map((p) => [p.severity, p.code, p.line])).toEqual([
      ['warning', 'unknown-line', 4],
      ['error', 'summary-disagrees', 14],
      ['error', 'broken-leg-line', 26],
      ['error', 'summary-disagrees', 27],
    ]);
    expect(problems[1]?.message).toContain(
      'the engine (conmebol-2022) gives "Club Alfa won 3–2 on aggregate."',
    );
  });

  it('still keeps what is sound: a tie decided on penalties under CONMEBOL 2022 rules', () => {
    const c = imported(text).competition;
    expect(c.rounds[0]?.rules).toBe(conmebol2022);
    expect(c.rounds[0]?.ties[1]?.legs[1]?.penalties).toEqual([4, 2]);
    expect(winners(c).SF2).toBe('Gamma FC');
  });

  it("checks the rules against the result lines: without away goals the seed's away-goals line disagrees", () => {
    const noAway = seed.replace('the away goals rule would be applied, and if still tied, ', '');
    const { competition: c, problems } = imported(noAway);
    expect(c.rounds[0]?.rules).toBe(conmebol2022);
    const line = lineOf(noAway, 'SuperSport United won on away goals.');
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line])).toEqual([
      ['summary-disagrees', line],
    ]);
  });

  it('reads the seed with any of the dashes −, - and – in a leg line', () => {
    for (const dash of ['−', '-', '–']) {
      const text = seed.replace(
        'MC Alger ALG 1−0 TUN Club Africain',
        `MC Alger ALG 1${dash}0 TUN Club Africain`,
      );
      expect(imported(text).competition.rounds[0]?.ties[0]?.legs[0]?.score).toEqual([1, 0]);
    }
  });

  it('refuses an article without rules or rounds, and says why', () => {
    const noFormat = seed.replace(/==Format==[\s\S]*?==Schedule==/, '==Schedule==');
    const r = parseArticle(noFormat);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.code)).toContain('rules-not-stated');
    const given = parseArticle(noFormat, { rules: caf2017 });
    expect(given.ok && given.value.competition.rounds[0]?.rules).toBe(caf2017);
    const empty = parseArticle('');
    expect(empty.ok).toBe(false);
  });
});

describe('rulesFromFormat', () => {
  it('reads back the paragraph cupstage writes for every preset', () => {
    for (const preset of Object.values(presets)) {
      expect(rulesFromFormat(formatParagraph(preset, 8, 'Ref. 1'))?.rules).toBe(preset);
    }
  });

  it("reads Wikipedia's UEFA wording as away goals, extra time with away goals, penalties", () => {
    const text =
      'Each tie was played over two legs on a home-and-away basis. If the aggregate score was tied after the second leg, the away goals rule would be applied, and if still tied, extra time would be played. The away goals rule would be again applied after extra time. If no goals were scored during extra time, the tie would be decided by penalty shoot-out.';
    expect(rulesFromFormat(text)?.rules).toBe(uefa1970);
    expect(rulesFromFormat(formatParagraph(replay1955, 8))?.preset).toBe('replay-1955');
  });
});
