import { type Leg, teamId } from '@cupstage/core';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { RoundDto, TieDto } from '../api/dto.ts';
import { legOf } from '../api/to-competition.ts';
import { Link } from '../components/Link.tsx';
import { TieDetails } from '../components/TieDetails.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { LegEditor } from './LegEditor.tsx';
import { checkLeg, type FieldProblem, fieldOf, fixtureOf, inputOf } from './leg-form.ts';
import { whatChanged } from './what-changed.ts';

/** What the editor last based its edits on: the version and the tie as the user saw them. */
interface Base {
  readonly version: number;
  readonly tie: TieDto;
}

type Notice =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string }
  | { readonly kind: 'stale'; readonly version: number; readonly changes: ReadonlyArray<string> };

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
      const fresh = await reload();
      const now = findTie(fresh, tie.id) ?? tie;
      setBase({ version: fresh?.version ?? base.version + 1, tie: now });
      setGeneration((g) => g + 1);
      setNotice({ kind: 'saved', text: `Saved leg ${index + 1}: ${now.summary ?? 'result entered'}` });
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
        setNotice({ kind: 'saved', text: `Deleted leg ${entered}.` });
        setGeneration((g) => g + 1);
      }
      if (fresh) setBase({ version: fresh.version, tie: now });
      return;
    }
    setNotice({ kind: 'failed', text: r.problem.detail });
  };

  const entered = base.tie.legs.length;
  const editable = Math.min(round.rules.legs, entered + 1);
  return (
    <>
      {header}
      <TieDetails competition={id} tie={tie} legs={round.rules.legs} />
      {notice?.kind === 'saved' ? (
        <p className="notice success" role="status">
          {notice.text}
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
            check={(match) => checkLeg(data.competition, tie.id, index, match)}
            save={(match) => save(index, match)}
          />
        );
      })}
      {entered > 0 ? (
        <p>
          <button type="button" className="secondary" onClick={() => void remove()}>
            Delete the result of leg {entered}
          </button>
        </p>
      ) : null}
    </>
  );
}
