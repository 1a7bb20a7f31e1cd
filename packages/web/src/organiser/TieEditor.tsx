import { type Leg, teamId } from '@cupstage/core';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { RoundDto, TieDto, WrittenDto } from '../api/dto.ts';
import { legOf } from '../api/to-competition.ts';
import { Link } from '../components/Link.tsx';
import { TieDetails } from '../components/TieDetails.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { LegEditor } from './LegEditor.tsx';
import { applicable, checkLeg, type FieldProblem, fieldOf, fixtureOf, inputOf } from './leg-form.ts';
import { TimeZonesList } from './TimeZones.tsx';
import { whatChanged } from './what-changed.ts';
import './organiser.css';

/** What the editor last based its edits on: the version and the tie as the user saw them. */
interface Base {
  readonly version: number;
  readonly tie: TieDto;
}

type Notice =
  | {
      readonly kind: 'saved';
      readonly text: string;
      readonly undo?: { readonly leg: number; readonly match: Leg };
    }
  | { readonly kind: 'failed'; readonly text: string }
  | { readonly kind: 'stale'; readonly version: number; readonly changes: ReadonlyArray<string> };

/** The `removed` leg of a DELETE's answer as core's leg (ids branded). */
const removedLeg = (r: NonNullable<WrittenDto['removed']>): Leg => ({
  home: teamId(r.home),
  away: teamId(r.away),
  ...(r.score ? { score: [r.score[0], r.score[1]] as const } : {}),
  ...(r.extraTime ? { extraTime: [r.extraTime[0], r.extraTime[1]] as const } : {}),
  ...(r.penalties ? { penalties: [r.penalties[0], r.penalties[1]] as const } : {}),
  ...(r.neutral !== undefined ? { neutral: r.neutral } : {}),
  ...(r.awarded !== undefined ? { awarded: r.awarded } : {}),
  ...(r.date !== undefined ? { date: r.date } : {}),
  ...(r.kickoff !== undefined ? { kickoff: r.kickoff } : {}),
  ...(r.timeZone !== undefined ? { timeZone: r.timeZone } : {}),
  ...(r.venue !== undefined ? { venue: r.venue } : {}),
  ...(r.city !== undefined ? { city: r.city } : {}),
});

const findTie = (data: Loaded | undefined, id: string): TieDto | undefined =>
  data?.view.rounds.flatMap((r) => r.ties).find((t) => t.id === id);

/**
 * Enters and corrects the legs of one tie. Each save carries the version the user based it on
 * (`If-Match`); when someone else changed the competition meanwhile, the server refuses (412) and
 * the editor says what changed instead of overwriting it.
 */
export function TieEditor({
  data,
  round,
  tie,
}: {
  readonly data: Loaded;
  readonly round: RoundDto;
  readonly tie: TieDto;
}) {
  const { reload } = useCompetition();
  const [base, setBase] = useState<Base>({ version: data.version, tie });
  const [notice, setNotice] = useState<Notice | undefined>();
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const a = tie.sides[0].team;
  const b = tie.sides[1].team;
  const id = data.view.id;

  const header = (
    <>
      <p>
        <Link to={{ kind: 'manage', id }}>All ties</Link>
      </p>
      <h1>
        {round.name} {tie.id}: {tie.sides[0].label} v {tie.sides[1].label}
      </h1>
    </>
  );
  if (!a || !b) {
    return (
      <>
        {header}
        <p>The teams of this tie are not known yet, so no result can be entered.</p>
      </>
    );
  }
  const teams = [teamId(a.id), teamId(b.id)] as const;
  const names = new Map([
    [a.id, a.name],
    [b.id, b.name],
  ]);
  const changedSinceBase = data.version > base.version ? whatChanged(base.tie, tie) : [];

  const save = async (index: number, match: Leg): Promise<FieldProblem | undefined> => {
    setNotice(undefined);
    const r = await api.enterLeg(id, tie.id, index + 1, match, base.version);
    if (r.ok) {
      // The answer carries the tie after the change (a reload may be overtaken by a live one).
      const fresh = await reload();
      const now = r.value.tie ?? findTie(fresh, tie.id) ?? tie;
      setBase({ version: Math.max(r.value.version, fresh?.version ?? 0), tie: now });
      setGeneration((g) => g + 1);
      const before = base.tie.legs[index];
      const after = now.legs[index];
      const line = after ? `${after.home.name} ${after.result} ${after.away.name}` : '';
      const what =
        after?.score === undefined
          ? `Saved the date and venue of ${legName(index)}.`
          : before?.score !== undefined
            ? `Corrected ${legName(index)}: ${before.home.name} ${before.result} ${before.away.name} → ${line}.`
            : `Entered ${legName(index)}: ${line}.`;
      setNotice({ kind: 'saved', text: `${what}${now.summary ? ` ${now.summary}` : ''}` });
      return undefined;
    }
    if (r.problem.code === 'version-conflict') {
      const fresh = await reload();
      const now = findTie(fresh, tie.id);
      const changes = whatChanged(base.tie, now);
      setNotice({
        kind: 'stale',
        version: fresh?.version ?? r.problem.currentVersion ?? base.version,
        changes,
      });
      if (fresh && now) setBase({ version: fresh.version, tie: now });
      return {
        field: 'leg',
        code: 'version-conflict',
        message: 'Not saved: this competition changed since you opened the form.',
      };
    }
    const first = r.problem.errors[0];
    return first
      ? { field: fieldOf({ ...first, path: first.path }, index), code: first.code, message: first.message }
      : { field: 'leg', code: r.problem.code, message: r.problem.detail };
  };

  const remove = async (): Promise<void> => {
    setNotice(undefined);
    setConfirming(false);
    const deleted = base.tie.legs[entered - 1];
    const r = await api.deleteLeg(id, tie.id, entered, base.version);
    const fresh = await reload();
    const now = findTie(fresh, tie.id) ?? tie;
    if (r.ok || r.problem.code === 'version-conflict') {
      if (!r.ok) {
        setNotice({
          kind: 'stale',
          version: fresh?.version ?? base.version,
          changes: whatChanged(base.tie, now),
        });
      } else {
        setNotice({
          kind: 'saved',
          text: `Deleted ${legName(entered - 1)}${deleted ? ` (${deleted.home.name} ${deleted.result} ${deleted.away.name})` : ''}.`,
          // The API answers the removed leg in the shape of the PUT: putting it back undoes the deletion.
          ...(r.value.removed
            ? { undo: { leg: entered, match: removedLeg(r.value.removed) } }
            : deleted
              ? { undo: { leg: entered, match: legOf(deleted) } }
              : {}),
        });
        setGeneration((g) => g + 1);
      }
      if (fresh) setBase({ version: fresh.version, tie: now });
      return;
    }
    setNotice({ kind: 'failed', text: r.problem.detail });
  };

  const undo = async (leg: number, match: Leg): Promise<void> => {
    const r = await api.enterLeg(id, tie.id, leg, match, base.version);
    const fresh = await reload();
    const now = (r.ok ? r.value.tie : undefined) ?? findTie(fresh, tie.id) ?? tie;
    setBase({ version: Math.max(r.ok ? r.value.version : 0, fresh?.version ?? base.version), tie: now });
    setGeneration((g) => g + 1);
    setNotice(
      r.ok
        ? { kind: 'saved', text: `Restored ${legName(leg - 1)}.` }
        : { kind: 'failed', text: `Not restored: ${r.problem.detail}` },
    );
  };

  const undoNotice = (u: { readonly leg: number; readonly match: Leg } | undefined): void => {
    if (u) void undo(u.leg, u.match);
  };
  const entered = base.tie.legs.length;
  const lastLeg = base.tie.legs[entered - 1];
  const legName = (index: number): string => (round.rules.legs === 2 ? `leg ${index + 1}` : 'the match');
  const editable = Math.min(round.rules.legs, entered + 1);
  return (
    <>
      {header}
      <h2>The tie so far</h2>
      <TieDetails competition={id} tie={tie} legs={round.rules.legs} />
      <h2>Enter or correct</h2>
      <TimeZonesList />
      {notice?.kind === 'saved' ? (
        <p className="notice success" role="status">
          {notice.text}{' '}
          {notice.undo ? (
            <button type="button" className="link-like" onClick={() => undoNotice(notice.undo)}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {notice?.kind === 'failed' ? (
        <p className="problem" role="alert">
          {notice.text}
        </p>
      ) : null}
      {notice?.kind === 'stale' ? (
        <div className="notice warning" role="alert">
          <p>
            <strong>Not saved.</strong> Someone else changed this competition while you were editing (it is
            now at version {notice.version}).{' '}
            {notice.changes.length > 0
              ? 'In this tie:'
              : 'Nothing in this tie changed; save again to apply your entry.'}
          </p>
          {notice.changes.length > 0 ? (
            <ul>
              {notice.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          <p>Your entry is still in the form: check it against the new result and save again.</p>
        </div>
      ) : changedSinceBase.length > 0 ? (
        <div className="notice info" role="status">
          <p>This tie changed since you opened it:</p>
          <ul>
            {changedSinceBase.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {Array.from({ length: editable }, (_, index) => {
        const enteredLeg = base.tie.legs[index];
        const fixture = fixtureOf(enteredLeg ? legOf(enteredLeg) : undefined, teams, index);
        const title = round.rules.legs === 2 ? `Leg ${index + 1}` : 'Match';
        return (
          <LegEditor
            // After a save the form starts again from what is stored; after a stale edit it keeps the entry.
            // biome-ignore lint/suspicious/noArrayIndexKey: legs are positional
            key={`${index}-${generation}`}
            title={`${title}: ${names.get(fixture.home) ?? fixture.home} v ${names.get(fixture.away) ?? fixture.away}`}
            homeName={names.get(fixture.home) ?? fixture.home}
            awayName={names.get(fixture.away) ?? fixture.away}
            fixture={fixture}
            initial={inputOf(enteredLeg ? legOf(enteredLeg) : undefined)}
            entered={enteredLeg !== undefined}
            played={enteredLeg?.score !== undefined}
            applies={(input) => applicable(data.competition, tie.id, index, input, fixture)}
            check={(match) => checkLeg(data.competition, tie.id, index, match)}
            save={(match) => save(index, match)}
          />
        );
      })}
      {entered > 0 && !confirming ? (
        <p>
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete {legName(entered - 1)}…
          </button>
        </p>
      ) : null}
      {entered > 0 && confirming ? (
        <fieldset className="confirm">
          <legend>
            Delete {legName(entered - 1)}
            {lastLeg ? ` (${lastLeg.home.name} ${lastLeg.result} ${lastLeg.away.name})` : ''}?
          </legend>
          <p>Fans see the change at once; you can undo it straight after.</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void remove()}>
              Yes, delete {legName(entered - 1)}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
