/**
 * A failure the user caused: printed as `cupstage: message`, exit code 2 by default. In a file of its
 * own, without imports, so that `main.ts` (and `cupstage --version`) does not load the formats package.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
