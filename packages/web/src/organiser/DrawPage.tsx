import { checkSeed, type DrawLog, formatMoment, MIN_SEED_LENGTH, readDrawLog } from '@cupstage/core';
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { RoundDto } from '../api/dto.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { useSession } from '../state/session.tsx';
import './organiser.css';

/** A fresh seed from the browser's cryptographic generator: 32 hex digits (128 bits). */
function newSeed(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of the seed (hex): the commitment published before the draw. */
async function sha256(seed: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(seed));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PROCEDURE: Record<string, string> = {
  'leg-order': 'the pairs are fixed; the draw decides who hosts the first leg',
  open: 'the pairs are drawn from one pot; the first team drawn hosts the first leg',
  fixed: 'a fixed bracket: nothing is drawn',
};

/** How a round is drawn, in words. */
const procedureOf = (r: RoundDto): string =>
  r.openDraw ? PROCEDURE.open! : r.legOrder === 'draw' ? PROCEDURE['leg-order']! : PROCEDURE.fixed!;

/** True when a round is drawn (order of legs or pairs) rather than fixed. */
const isDrawn = (r: RoundDto): boolean => r.openDraw !== undefined || r.legOrder === 'draw';

/**
 * A round's draw in three steps: before the ceremony, publish the SHA-256 of a secret seed (stored
 * with its time, shown to everyone); at the ceremony, run the draw on the seed (the server checks it
 * against the commitment) and reveal it ball by ball; then apply the verified log to the round, whose
 * ties and order of legs then follow the draw.
 */
export function DrawPage({ data }: { readonly data: Loaded }) {
  const { session } = useSession();
  const { reload } = useCompetition();
  const f = { round: useId(), seed: useId(), seedHelp: useId(), ceremony: useId() };
  const rounds = data.view.rounds;
  const drawn = rounds.filter(isDrawn);
  const [roundId, setRoundId] = useState(drawn[0]?.id ?? rounds[0]?.id ?? '');
  const [seed, setSeed] = useState(newSeed);
  const [ceremonySeed, setCeremonySeed] = useState('');
  const [log, setLog] = useState<DrawLog | undefined>();
  const [logJson, setLogJson] = useState<Readonly<Record<string, unknown>> | undefined>();
  const [shown, setShown] = useState(0);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [seedProblem, setSeedProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const round = rounds.find((r) => r.id === roundId);
  const roundName = round?.name ?? roundId;
  const commitment = data.view.commitments?.find((c) => c.round === roundId);
  const played = round?.ties.some((t) => t.legs.length > 0) ?? false;
  const signedIn = session.status === 'signed-in';

  const choose = (id: string): void => {
    setRoundId(id);
    setLog(undefined);
    setLogJson(undefined);
    setShown(0);
    setProblem(undefined);
    setSeedProblem(undefined);
    setNotice(undefined);
  };

  const commit = async (): Promise<void> => {
    setProblem(undefined);
    setNotice(undefined);
    const short = checkSeed(seed, ['seed']);
    if (short) {
      setSeedProblem(short.message);
      return;
    }
    setSeedProblem(undefined);
    const hash = await sha256(seed.trim());
    if (!hash) return;
    const r = await api.commitDraw(data.view.id, roundId, hash, data.version);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    setCeremonySeed('');
    setNotice(
      `The commitment for the ${roundName.toLowerCase()} draw is published. Keep the seed secret until the draw.`,
    );
    await reload();
  };

  const run = async (): Promise<void> => {
    setProblem(undefined);
    setNotice(undefined);
    const given = ceremonySeed.trim();
    const short = checkSeed(given, ['seed']);
    if (short) {
      setSeedProblem(short.message);
      return;
    }
    if (commitment && (await sha256(given)) !== commitment.commitment) {
      setSeedProblem(
        "This seed's SHA-256 is not the published commitment: give the seed the commitment was made from.",
      );
      return;
    }
    setSeedProblem(undefined);
    const r = await api.runRoundDraw(data.view.id, roundId, given, commitment?.commitment);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    const read = readDrawLog(r.value);
    if (!read.ok) {
      setProblem({
        status: 0,
        title: 'Not a draw log',
        detail: read.error[0]?.message ?? 'the answer is not a draw log',
        code: 'draw-log-invalid',
        errors: [],
      });
      return;
    }
    setLog(read.value);
    setLogJson(r.value);
    setShown(0);
  };

  const apply = async (): Promise<void> => {
    if (!logJson) return;
    setProblem(undefined);
    const r = await api.recordDraw(
      data.view.id,
      {
        id: `draw-${roundId}`.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 100),
        description: `the draw of the ${roundName.toLowerCase()}`,
        heldAt: new Date().toISOString().slice(0, 19),
        rounds: [roundId],
        log: logJson,
      },
      data.version,
    );
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    setNotice(`The draw is applied: the ${roundName.toLowerCase()} now follow it.`);
    setLog(undefined);
    setLogJson(undefined);
    await reload();
  };

  const steps = log?.steps ?? [];
  const done = log !== undefined && shown >= steps.length;
  const last = shown > 0 ? steps[shown - 1] : undefined;
  const held = data.view.draws.filter((d) => d.rounds.includes(roundId));
  return (
    <>
      <h1>
        Draw <span className="subtitle">{data.view.name}</span>
      </h1>
      <div className="form">
        <div className="field">
          <label htmlFor={f.round}>Round</label>
          <select id={f.round} value={roundId} onChange={(e) => choose(e.target.value)}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          {round ? <p className="hint">{`${round.name}: ${procedureOf(round)}.`}</p> : null}
        </div>
      </div>
      {problem ? <ProblemMessage problem={problem} /> : null}
      {notice ? (
        <p className="notice success" role="status">
          {notice}
        </p>
      ) : null}
      {held.length > 0 ? (
        <section aria-labelledby="held-heading">
          <h2 id="held-heading">Draws held</h2>
          <ul className="plain-list held-draws">
            {held.map((d) => (
              <li key={d.id}>
                {d.heldAt ? `${formatMoment(`${d.heldAt}Z`)}: ` : ''}
                {d.description}
                {d.ties ? ` — ${d.ties.map(([a, b]) => `${a} v ${b}`).join(', ')}` : ''}
                {d.seed ? (
                  <>
                    {' '}
                    · seed <code>{d.seed}</code>
                  </>
                ) : null}
                {d.commitment ? (
                  <>
                    {' '}
                    · SHA-256 <code className="wrap">{d.commitment}</code>
                    {d.committedAt ? `, published ${formatMoment(d.committedAt)} UTC` : ''}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!round || !isDrawn(round) ? (
        <p>Nothing is drawn in this round: its ties are fixed by the bracket.</p>
      ) : played ? (
        <p>This round already has results: there is no draw left to hold.</p>
      ) : !signedIn ? (
        <p>Sign in as an organiser of this competition to hold its draws.</p>
      ) : (
        <>
          <section aria-labelledby="commit-heading" className="commitment">
            <h2 id="commit-heading">1. Before the draw: publish the commitment</h2>
            {commitment ? (
              <p data-testid="commitment">
                Published {formatMoment(commitment.at)} UTC: SHA-256{' '}
                <code className="wrap">{commitment.commitment}</code>
              </p>
            ) : (
              <p>No commitment is published for this draw yet.</p>
            )}
            <div className="form">
              <div className="field wide">
                <label htmlFor={f.seed}>Secret seed</label>
                <input
                  id={f.seed}
                  value={seed}
                  maxLength={200}
                  autoComplete="off"
                  aria-describedby={f.seedHelp}
                  onChange={(e) => setSeed(e.target.value)}
                />
                <p id={f.seedHelp} className="hint">
                  At least {MIN_SEED_LENGTH} characters no one can guess. Keep it secret until the draw: only
                  its SHA-256 is published now, so anyone can check afterwards that the draw ran on this seed.
                </p>
              </div>
              <p>
                <button type="button" onClick={() => void commit()}>
                  {commitment ? 'Publish a new commitment' : 'Publish the commitment'}
                </button>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    download(
                      `${JSON.stringify({ round: roundId, seed }, null, 2)}\n`,
                      `${data.view.id}-${roundId}-seed.json`,
                    )
                  }
                >
                  Download the seed
                </button>
              </p>
            </div>
          </section>
          {commitment ? (
            <section aria-labelledby="ceremony-heading">
              <h2 id="ceremony-heading">2. At the draw: run it on the seed</h2>
              <div className="form">
                <div className="field wide">
                  <label htmlFor={f.ceremony}>The seed, revealed</label>
                  <input
                    id={f.ceremony}
                    value={ceremonySeed}
                    maxLength={200}
                    autoComplete="off"
                    aria-invalid={seedProblem ? true : undefined}
                    onChange={(e) => setCeremonySeed(e.target.value)}
                  />
                </div>
                <button type="button" onClick={() => void run()}>
                  Run the draw
                </button>
              </div>
            </section>
          ) : null}
          {seedProblem ? (
            <p className="field-problem" role="alert">
              {seedProblem}
            </p>
          ) : null}
        </>
      )}
      {log ? (
        <section aria-labelledby="reveal-heading">
          <h2 id="reveal-heading">{roundName}: the draw</h2>
          <p>
            Seed <code>{log.seed}</code>
            {log.commitment ? (
              <>
                {' '}
                · SHA-256 <code className="wrap">{log.commitment}</code>
              </>
            ) : null}
          </p>
          <ol className="draw-steps">
            {steps.slice(0, shown).map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: balls are in drawing order
              <li key={i}>
                From {s.pot} ({s.from.join(', ')}): <strong>{s.drawn}</strong>
              </li>
            ))}
          </ol>
          <p className="sr-only" aria-live="polite">
            {last ? `Drawn: ${last.drawn}` : ''}
          </p>
          {!done ? (
            <p>
              <button type="button" onClick={() => setShown((n) => n + 1)}>
                Draw the next ball ({shown + 1} of {steps.length})
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setShown(steps.length)}>
                Reveal all
              </button>
            </p>
          ) : (
            <>
              <h3>Ties (first-leg host first)</h3>
              <ul className="plain-list draw-ties">
                {log.ties.map(([a, b]) => (
                  <li key={`${a}-${b}`}>
                    {a} v {b}
                  </li>
                ))}
              </ul>
              <p>
                <button type="button" onClick={() => void apply()}>
                  3. Apply the draw to the {roundName.toLowerCase()}
                </button>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    download(`${JSON.stringify(logJson, null, 2)}\n`, `${data.view.id}-${roundId}-draw.json`)
                  }
                >
                  Download the draw log
                </button>
              </p>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
