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

/** The sentence the API gives an entry (`sentence`), when it gives one. */
const sentenceOf = (e: AuditEntryDto): string | undefined => {
  const s = (e as { readonly sentence?: unknown }).sentence;
  return typeof s === 'string' && s !== '' ? s : undefined;
};

/**
 * What an entry says happened, in words: the API's sentence (e.g. "SF1 leg 2: 1–3 → 1–2"), else a
 * plain reading of its kind and target.
 */
export function auditWhat(e: AuditEntryDto): string {
  const sentence = sentenceOf(e);
  if (sentence) return sentence;
  if (e.outcome === 'conflict') {
    const times = e.count > 1 ? ` (${e.count} times)` : '';
    return `${e.target}: edit refused${times}, based on version ${e.expectedVersion} while the competition was at ${e.currentVersion}`;
  }
  if (e.outcome === 'member') {
    return e.kind === 'member-removed' ? `${e.target} removed` : `${e.target} is ${e.role ?? 'a member'}`;
  }
  const what = e.kind.replaceAll('-', ' ');
  return `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}${e.target ? `: ${e.target}` : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An audit time as people write it, in UTC.
 *
 * @example formatAuditTime('2017-10-20T19:02:11.000Z') // '20 Oct 2017 19:02 UTC'
 */
export function formatAuditTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
