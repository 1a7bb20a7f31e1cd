import { readFileSync } from 'node:fs';
import type { CompetitionEvent } from '@cupstage/app';
import type { Competition } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyEvent } from '../test/event-arbitraries.ts';
import { decodeEvent, EVENT_SCHEMA_VERSION, encodeEvent, StoredEventError } from './event-codec.ts';

const example = (): Competition => {
  const parsed = parseCompetition(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
};

const where = (kind: string, payload: string) => ({ competitionId: 'caf', version: 3, kind, payload });

describe('the stored event codec', () => {
  it('reads back every event it writes, equal', () => {
    fc.assert(
      fc.property(anyEvent, (event) => {
        expect(decodeEvent(where(event.kind, encodeEvent(event)))).toEqual(event);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the schema version beside the event', () => {
    const stored = JSON.parse(encodeEvent({ kind: 'published' }));
    expect(stored).toEqual({ schema: EVENT_SCHEMA_VERSION, event: { kind: 'published' } });
  });

  it('reads a version 1 row (the bare event, as stored before versions) as the same event', () => {
    const created: CompetitionEvent = { kind: 'competition-created', competition: example() };
    expect(decodeEvent(where('competition-created', JSON.stringify(created)))).toEqual(created);
    const entered =
      '{"kind":"leg-result-entered","tie":"F","leg":1,"match":{"home":"a","away":"b","score":[0,0]}}';
    expect(decodeEvent(where('leg-result-entered', entered))).toEqual(JSON.parse(entered));
  });

  it('reads a version 3 row unchanged as version 4 (version 4 only adds the points decider)', () => {
    const created: CompetitionEvent = { kind: 'competition-created', competition: example() };
    const row = JSON.stringify({ schema: 3, event: created });
    expect(decodeEvent(where('competition-created', row))).toEqual(created);
  });

  const failure = (kind: string, payload: string): StoredEventError => {
    try {
      decodeEvent(where(kind, payload));
    } catch (e) {
      if (e instanceof StoredEventError) return e;
      throw e;
    }
    throw new Error('expected a StoredEventError');
  };

  it('names the competition, the event and the field of a stored event that does not fit', () => {
    const e = failure(
      'leg-result-entered',
      '{"schema":2,"event":{"kind":"leg-result-entered","tie":"F","leg":1,"match":{"home":"a","away":"b","score":[0,"x"]}}}',
    );
    expect(e.code).toBe('stored-event-invalid');
    expect([e.competitionId, e.version, e.path]).toEqual(['caf', 3, ['match', 'score', 1]]);
    expect(e.message).toBe(
      'competition "caf", stored event 3 (leg-result-entered): match.score.1: Invalid input: expected number, received string',
    );
  });

  it('refuses a row that is not JSON, a kind that differs from its column, and an unknown event', () => {
    expect(failure('published', '{"kind":').message).toMatch(
      /^competition "caf", stored event 3 \(published\): .*JSON/,
    );
    expect(failure('published', '{"kind":"unpublished"}').path).toEqual(['kind']);
    expect(failure('tie-renamed', '{"kind":"tie-renamed"}').path).toEqual(['kind']);
    expect(failure('published', '{"schema":2,"event":{"kind":"published","extra":1}}').path).toEqual([]);
  });

  it('refuses a row written by a newer cupstage, naming both versions', () => {
    const e = failure('published', '{"schema":99,"event":{"kind":"published"}}');
    expect(e.code).toBe('stored-event-version');
    expect(e.path).toEqual(['schema']);
    expect(e.message).toContain(
      `schema version 99; this cupstage reads versions 1 to ${EVENT_SCHEMA_VERSION}`,
    );
  });
});
