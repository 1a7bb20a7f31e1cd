import type { Problem } from '../api/problem.ts';

/** An API problem shown to the user as an alert. */
export function ProblemMessage({ problem }: { readonly problem: Problem }) {
  return (
    <div role="alert" className="problem">
      <strong>{problem.title}.</strong> {problem.detail}
    </div>
  );
}
