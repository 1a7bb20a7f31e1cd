export { CliError, type Io } from './io.ts';
export { buildProgram, main } from './main.ts';
