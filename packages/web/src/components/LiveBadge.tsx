import { useCompetition } from '../state/competition-context.tsx';

const LABEL = { connecting: 'Connecting…', live: 'Live', offline: 'Offline' } as const;

/** Shows whether results arrive live; a polite live region so a change of state is announced. */
export function LiveBadge() {
  const { live, state } = useCompetition();
  return (
    <p className={`live-badge live-${live}`} aria-live="polite">
      <span aria-hidden="true" className="dot" />
      {LABEL[live]}
      {state.status === 'ready' ? <span className="muted"> · version {state.data.version}</span> : null}
    </p>
  );
}
