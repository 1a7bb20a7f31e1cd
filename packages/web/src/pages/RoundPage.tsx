import { formatDateRange } from '@cupstage/core';
import { TieDetails } from '../components/TieDetails.tsx';
import type { Loaded } from '../state/derive.ts';
import { NotFound } from './NotFound.tsx';

const range = (r: { readonly from: string; readonly to: string }): string => formatDateRange(r);

/** One round: its dates and rules, then every tie with every leg. */
export function RoundPage({ data, round }: { readonly data: Loaded; readonly round: string }) {
  const r = data.view.rounds.find((x) => x.id === round);
  if (!r) return <NotFound what={`There is no round "${round}" in ${data.view.name}.`} />;
  const s = r.schedule;
  return (
    <>
      <h1>
        {r.name} <span className="subtitle">{data.view.name}</span>
      </h1>
      <p className="muted">
        {s?.firstLeg ? <>First legs {range(s.firstLeg)}. </> : null}
        {s?.secondLeg ? <>Second legs {range(s.secondLeg)}. </> : null}
        {s?.match ? <>Played {range(s.match)}. </> : null}
        Rules: {r.rules.name}.
      </p>
      {r.ties.map((tie) => (
        <TieDetails key={tie.id} competition={data.view.id} tie={tie} legs={r.rules.legs} level={2} />
      ))}
    </>
  );
}
