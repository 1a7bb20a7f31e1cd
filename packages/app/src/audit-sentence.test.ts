import { type Competition, findPreset, singleElimination, teamId, tieId } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import { auditSentence } from './audit-sentence.ts';
import type { CompetitionEvent, StoredEvent } from './events.ts';

const cup: Competition = singleElimination({
  id: 'cup',
  name: 'Cup',
  teams: ['a', 'b', 'c', 'd'].map((t) => ({ id: teamId(t), name: t.toUpperCase(), country: 'XXX' })),
  rules: findPreset('caf-2017')!,
});
const stored = (event: CompetitionEvent): StoredEvent => ({
  version: 5,
  event,
  actor: 'editor@example.org',
  at: '2017-10-20T19:02:41.123Z',
});
const leg = (score: [number, number]) => ({ home: teamId('d'), away: teamId('a'), score });

describe('auditSentence', () => {
  it('says a correction with the score before and after, who and when (UTC)', () => {
    const e = stored({
      kind: 'leg-result-corrected',
      tie: tieId('SF1'),
      leg: 1,
      match: leg([1, 2]),
      previous: leg([1, 3]),
    });
    expect(auditSentence({ source: 'event', stored: e }, cup)).toBe(
      'SF1 leg 2: 1–3 → 1–2, by editor@example.org, 20 Oct 2017 19:02',
    );
  });

  it('takes the before value from the caller for an event stored without it', () => {
    const e = stored({ kind: 'leg-result-corrected', tie: tieId('SF1'), leg: 1, match: leg([1, 2]) });
    expect(auditSentence({ source: 'event', stored: e, previous: leg([0, 0]) }, cup)).toBe(
      'SF1 leg 2: 0–0 → 1–2, by editor@example.org, 20 Oct 2017 19:02',
    );
  });

  it('names changed fixture facts, extra time and shoot-outs', () => {
    const before = { ...leg([1, 1]), kickoff: '15:00' };
    const after = {
      ...leg([1, 1]),
      extraTime: [0, 0] as const,
      penalties: [4, 3] as const,
      kickoff: '16:00',
    };
    const e = stored({
      kind: 'leg-result-corrected',
      tie: tieId('F'),
      leg: 1,
      match: after,
      previous: before,
    });
    expect(auditSentence({ source: 'event', stored: e }, cup)).toBe(
      'F leg 2: 1–1 → 1–1 (a.e.t.), 4–3 on penalties, kick-off 15:00 → 16:00, by editor@example.org, 20 Oct 2017 19:02',
    );
  });

  it('says membership and publication changes', () => {
    expect(
      auditSentence(
        {
          source: 'member',
          change: {
            id: '1',
            competitionId: 'cup',
            at: '2017-10-20T08:05:00.000Z',
            actor: 'owner@example.org',
            action: 'member-granted',
            email: 'editor@example.org',
            role: 'editor',
          },
        },
        cup,
      ),
    ).toBe('editor@example.org made editor, by owner@example.org, 20 Oct 2017 08:05');
    expect(auditSentence({ source: 'event', stored: stored({ kind: 'published' }) }, cup)).toBe(
      'Published: visible to everyone, by editor@example.org, 20 Oct 2017 19:02',
    );
  });
});
