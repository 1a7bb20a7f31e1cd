import { type DrawLog, drawLogJson, drawSpecForRound, runDraw } from '@cupstage/core';
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { useSession } from '../state/session.tsx';

/** A fresh seed from the browser's cryptographic generator, as hex. */
function newSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of the seed (hex), to publish before the draw; undefined where the browser lacks it. */
async function commitmentOf(seed: string): Promise<string | undefined> {
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

/**
 * Runs a round's draw with core's seeded engine (`runDraw`): the seed is shown first, then each ball
 * is revealed one at a time; the log can be downloaded (anyone can replay it with the seed) and the
 * draw recorded in the competition.
 */
export function DrawPage({ data }: { readonly data: Loaded }) {
  const { session } = useSession();
  const { reload } = useCompetition();
  const f = { round: useId(), seed: useId() };
  const rounds = data.view.rounds;
  const [round, setRound] = useState(rounds.find((r) => r.legOrder === 'draw')?.id ?? rounds[0]?.id ?? '');
  const [seed, setSeed] = useState(newSeed);
  const [log, setLog] = useState<DrawLog | undefined>();
  const [shown, setShown] = useState(0);
  const [errors, setErrors] = useState<ReadonlyArray<string>>([]);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [recorded, setRecorded] = useState<string | undefined>();
  const roundName = rounds.find((r) => r.id === round)?.name ?? round;

  const start = async (): Promise<void> => {
    setRecorded(undefined);
    setProblem(undefined);
    const spec = drawSpecForRound(data.competition, round);
    if (!spec.ok) {
      setErrors([spec.error.message]);
      return;
    }
    const commitment = await commitmentOf(seed);
    const run = runDraw(spec.value, seed, commitment ? { commitment } : {});
    if (!run.ok) {
      setErrors(run.error.map((e) => e.message));
      return;
    }
    setErrors([]);
    setLog(run.value);
    setShown(0);
  };

  const record = async (): Promise<void> => {
    if (!log) return;
    const r = await api.recordDraw(
      data.view.id,
      {
        id: `draw-${round}-${seed.slice(0, 8)}`.replace(/[^A-Za-z0-9_.-]/g, '-'),
        description: `the draw of the ${roundName.toLowerCase()} (seed ${seed})`,
        heldAt: new Date().toISOString().slice(0, 19),
        rounds: [round],
      },
      data.version,
    );
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    setRecorded(`The draw of the ${roundName.toLowerCase()} is recorded.`);
    await reload();
  };

  const steps = log?.steps ?? [];
  const done = log !== undefined && shown >= steps.length;
  const last = shown > 0 ? steps[shown - 1] : undefined;
  return (
    <>
      <h1>
        Draw <span className="subtitle">{data.view.name}</span>
      </h1>
      <div className="form">
        <div className="field">
          <label htmlFor={f.round}>Round</label>
          <select id={f.round} value={round} onChange={(e) => setRound(e.target.value)}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={f.seed}>Seed</label>
          <input id={f.seed} value={seed} onChange={(e) => setSeed(e.target.value)} />
          <p className="hint">
            The same seed gives the same draw: publish it (or its SHA-256) to let anyone check.
          </p>
        </div>
        <button type="button" onClick={() => void start()}>
          Start the draw
        </button>
      </div>
      {errors.length > 0 ? (
        <ul className="problem" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {log ? (
        <section aria-labelledby="reveal-heading">
          <h2 id="reveal-heading">{roundName}</h2>
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
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    download(
                      `${JSON.stringify(drawLogJson(log), null, 2)}\n`,
                      `${data.view.id}-${round}-draw.json`,
                    )
                  }
                >
                  Download the draw log
                </button>{' '}
                {session.status === 'signed-in' ? (
                  <button type="button" onClick={() => void record()}>
                    Record the draw
                  </button>
                ) : null}
              </p>
            </>
          )}
          {problem ? <ProblemMessage problem={problem} /> : null}
          {recorded ? (
            <p className="notice success" role="status">
              {recorded}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
