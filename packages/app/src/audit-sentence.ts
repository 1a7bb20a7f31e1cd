import {
  type Competition,
  describeAmendment,
  formatDate,
  formatDateRange,
  formatMoment,
  type Leg,
  legResultText,
  type RoundWindows,
  windowLabel,
} from '@cupstage/core';
import type { CompetitionEvent, StoredEvent } from './events.ts';
import type { MemberChange, RejectedAttempt } from './ports.ts';

/** One entry of the audit log, from whichever table keeps it, as the sentence needs it. */
export type AuditItem =
  /** An applied event; `previous` is the leg a correction or deletion replaced, when known. */
  | { readonly source: 'event'; readonly stored: StoredEvent; readonly previous?: Leg }
  | { readonly source: 'attempt'; readonly attempt: RejectedAttempt }
  | { readonly source: 'member'; readonly change: MemberChange };

/** The kind of an audit entry: the event kind, the refused write's kind, or the membership change. */
export function auditKind(item: AuditItem): string {
  return item.source === 'event'
    ? item.stored.event.kind
    : item.source === 'attempt'
      ? item.attempt.action
      : item.change.action;
}

/** The tie an audit entry is about (a leg event, or a refused write to a leg), if any. */
export function auditTie(item: AuditItem): string | undefined {
  if (item.source === 'event') {
    const e = item.stored.event;
    return 'tie' in e ? e.tie : undefined;
  }
  if (item.source === 'attempt') return /^(\S+) leg \d+$/.exec(item.attempt.target)?.[1];
  return undefined;
}

/** A filter of the audit log: only these kinds, only this tie (both optional). */
export interface AuditFilter {
  readonly kinds?: ReadonlySet<string>;
  readonly tie?: string;
}

/** True when the entry passes the filter. */
export function auditMatches(item: AuditItem, filter: AuditFilter): boolean {
  if (filter.kinds && !filter.kinds.has(auditKind(item))) return false;
  if (filter.tie !== undefined && auditTie(item) !== filter.tie) return false;
  return true;
}

/** `SF1 leg 2` (legs counted from 1). */
export const legName = (tie: string, leg: number): string => `${tie} leg ${leg + 1}`;

const FACTS: ReadonlyArray<readonly [keyof Leg, string]> = [
  ['date', 'date'],
  ['kickoff', 'kick-off'],
  ['timeZone', 'time zone'],
  ['venue', 'venue'],
  ['city', 'city'],
];

const fact = (leg: Leg, key: keyof Leg): string | undefined => {
  const v = leg[key];
  if (v === undefined) return undefined;
  return key === 'date' ? formatDate(String(v)) : String(v);
};

/** What changed between two versions of a leg: `1–3 → 1–2`, and any fixture fact, `kick-off 15:00 → 16:00`. */
function legChange(before: Leg, after: Leg): string {
  const parts: string[] = [];
  const [a, b] = [legResultText(before), legResultText(after)];
  if (a !== b || before.home !== after.home) parts.push(`${a} → ${b}`);
  for (const [key, label] of FACTS) {
    const [x, y] = [fact(before, key), fact(after, key)];
    if (x !== y) parts.push(`${label} ${x ?? 'none'} → ${y ?? 'none'}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'entered again unchanged';
}

/** A leg as entered: its result, or its fixture facts while it has no score. */
function legEntered(leg: Leg): string {
  const facts = FACTS.map(([key, label]) => [label, fact(leg, key)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([label, v]) => `${label} ${v}`);
  if (leg.score === undefined) return `fixture set${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
  return legResultText(leg);
}

const WINDOW_KEYS = [
  ['firstLeg', 'first-leg'],
  ['secondLeg', 'second-leg'],
  ['match', 'match'],
] as const;

function windowsText(windows: RoundWindows): string {
  return WINDOW_KEYS.filter(([key]) => windows[key] !== undefined)
    .map(([key, name]) => `${windowLabel(name)} ${formatDateRange(windows[key]!)}`)
    .join(', ');
}

/** What an applied event did, in words, before the author and the time. */
function eventText(e: CompetitionEvent, previous: Leg | undefined, c: Competition): string {
  const roundName = (id: string): string => c.rounds.find((r) => r.id === id)?.name ?? id;
  switch (e.kind) {
    case 'competition-created':
      return `Created "${e.competition.name}" (${e.competition.teams.length} teams, ${e.competition.rounds.length} rounds)`;
    case 'leg-result-entered':
      return `${legName(e.tie, e.leg)}: ${legEntered(e.match)}`;
    case 'leg-result-corrected': {
      const before = e.previous ?? previous;
      return `${legName(e.tie, e.leg)}: ${before ? legChange(before, e.match) : `corrected to ${legResultText(e.match)}`}`;
    }
    case 'leg-result-deleted': {
      const before = e.previous ?? previous;
      return `${legName(e.tie, e.leg)}: ${before ? `${legEntered(before)} deleted` : 'deleted'}`;
    }
    case 'draw-recorded': {
      const rounds = e.draw.rounds.map(roundName).join(', ');
      const ties = e.draw.ties?.map(([a, b]) => `${a} v ${b}`).join(', ');
      return e.outcome
        ? `${rounds} drawn (${e.draw.description}): ${ties ?? ''}`
        : `Draw recorded for ${rounds}: ${e.draw.description}`;
    }
    case 'draw-committed':
      return `${roundName(e.round)} draw: seed commitment ${e.commitment.slice(0, 8)}…${e.commitment.slice(-4)} published`;
    case 'windows-set':
      return `${roundName(e.round)} windows set: ${windowsText(e.windows)}`;
    case 'group-result-entered':
    case 'group-result-corrected': {
      const team = (id: string): string => c.teams.find((t) => t.id === id)?.name ?? id;
      const m = e.match;
      const score = legResultText({
        home: m.home,
        away: m.away,
        ...(m.score ? { score: m.score } : {}),
        ...(m.awarded ? { awarded: true } : {}),
      });
      const what = e.kind === 'group-result-entered' ? 'entered' : 'corrected';
      return `Group ${e.group}: ${team(m.home)} ${score} ${team(m.away)} ${what}`;
    }
    case 'schedule-amended':
      return describeAmendment(c, e.amendment);
    case 'published':
      return 'Published: visible to everyone';
    case 'unpublished':
      return 'Made private again';
    default: {
      const never: never = e;
      return String(never);
    }
  }
}

/**
 * One entry of the audit log as a sentence, the same words for the web, the CLI and the API:
 * what changed (before and after for a correction), by whom, and when (UTC).
 *
 * @example auditSentence({ source: 'event', stored, previous }, c) // 'SF1 leg 2: 1–3 → 1–2, by editor@example.org, 20 Oct 2017 19:02'
 */
export function auditSentence(item: AuditItem, c: Competition): string {
  switch (item.source) {
    case 'event': {
      const { stored } = item;
      return `${eventText(stored.event, item.previous, c)}, by ${stored.actor}, ${formatMoment(stored.at)}`;
    }
    case 'attempt': {
      const a = item.attempt;
      const times = (a.count ?? 1) > 1 ? ` (${a.count} times)` : '';
      return `${a.target}: a change by ${a.actor} was refused${times} because the competition had changed since the page was loaded (version ${a.expectedVersion}, now ${a.currentVersion}), ${formatMoment(a.at)}`;
    }
    case 'member': {
      const m = item.change;
      const what =
        m.action === 'member-removed'
          ? `${m.email} removed from the members`
          : m.action === 'member-granted'
            ? `${m.email} made ${m.role ?? 'member'}`
            : `${m.email}'s role changed to ${m.role ?? 'none'}`;
      return `${what}, by ${m.actor}, ${formatMoment(m.at)}`;
    }
    default: {
      const never: never = item;
      return String(never);
    }
  }
}
