import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';

/** Publishes a draft (or makes it private again); the server allows owners only. */
export function PublishToggle({ data }: { readonly data: Loaded }) {
  const { reload } = useCompetition();
  const [problem, setProblem] = useState<Problem | undefined>();
  const { published } = data.view;
  const toggle = async (): Promise<void> => {
    const r = await api.publish(data.view.id, !published, data.version);
    setProblem(r.ok ? undefined : r.problem);
    if (r.ok) await reload();
  };
  return (
    <div className="publish">
      <p>
        {published
          ? 'Published: everyone can see this competition.'
          : 'Draft: only its owners and editors see it.'}{' '}
        <button type="button" onClick={() => void toggle()}>
          {published ? 'Make private' : 'Publish'}
        </button>
      </p>
      {problem ? <ProblemMessage problem={problem} /> : null}
    </div>
  );
}
