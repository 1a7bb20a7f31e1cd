import { readFileSync } from 'node:fs';
import { type Competition, createKnockout, type Knockout, type TeamId } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';

/** A fixture of this folder as text. */
export const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The example competition of the repository (the seed's knockout stage with the final's legs). */
export function example(): Competition {
  const r = parseCompetition(
    readFileSync(new URL('../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error(`the example does not parse: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Winner's name of every decided (or reported) tie, by tie id. */
export function winners(c: Competition, ko: Knockout = createKnockout(c)): Record<string, string> {
  const name = (t: TeamId | undefined): string => c.teams.find((x) => x.id === t)?.name ?? String(t);
  const out: Record<string, string> = {};
  for (const t of ko.ties()) {
    if (t.state.kind === 'resolved' && t.state.outcome.kind === 'decided')
      out[t.id] = name(t.state.outcome.winner);
    else if (t.state.kind === 'reported') out[t.id] = name(t.state.winner);
  }
  return out;
}

/** The 1-based number of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the text`);
  return i + 1;
}
