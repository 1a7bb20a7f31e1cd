import type { AuditEntryDto } from '../api/dto.ts';

/** What an audit entry is about, for the filter. */
export type Topic = 'results' | 'schedule' | 'draws' | 'members' | 'publication' | 'refused' | 'other';

export const TOPICS: ReadonlyArray<readonly [Topic, string]> = [
  ['results', 'Results'],
  ['schedule', 'Schedule'],
  ['draws', 'Draws'],
  ['members', 'Members'],
  ['publication', 'Publication'],
  ['refused', 'Refused edits'],
  ['other', 'Other'],
];

/**
 * The topic of an entry, from its event kind.
 *
 * @example auditTopic({ outcome: 'applied', kind: 'leg-result-corrected', ... }) // 'results'
 */
export function auditTopic(e: AuditEntryDto): Topic {
  if (e.outcome === 'conflict') return 'refused';
  if (e.outcome === 'member') return 'members';
  const k = e.kind;
  if (k.startsWith('leg-result')) return 'results';
  if (k.startsWith('draw')) return 'draws';
  if (k === 'published' || k === 'unpublished') return 'publication';
  if (k.startsWith('schedule') || k.startsWith('window') || k.includes('fixture')) return 'schedule';
  return 'other';
}

/**
 * What an entry says happened, in words: the API's sentence, e.g. "SF1 leg 2: 1–3 → 1–2, by
 * editor@example.org, 20 Oct 2017 19:02" (written once, in app, for the web, the CLI and the API).
 */
export const auditWhat = (e: AuditEntryDto): string => e.sentence;

/** The words a tie-or-round search looks in: the sentence, the target, the tie and the round. */
export function auditSearchText(e: AuditEntryDto): string {
  const extra = e.outcome === 'applied' ? [e.tie, e.round] : [];
  return [e.sentence, e.target, ...extra]
    .filter((x) => x !== undefined)
    .join(' ')
    .toLowerCase();
}
