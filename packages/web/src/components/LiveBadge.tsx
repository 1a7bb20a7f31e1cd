import { useCompetition } from '../state/competition-context.tsx';

const LABEL = { connecting: 'Connecting…', live: 'Live', offline: 'Offline' } as const;

/**
 * Shows whether results arrive live; a polite live region so a change of state is announced. Fans
 * see no internal version number.
 */
export function LiveBadge() {
  const { live } = useCompetition();
  return (
    <p className={`live-badge live-${live}`} aria-live="polite">
      <span aria-hidden="true" className="dot" />
      {LABEL[live]}
    </p>
  );
}
