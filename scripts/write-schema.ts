/**
 * `npm run schema`: writes docs/competition.schema.json from the zod schema of the competition file,
 * so the published JSON Schema never drifts from the parser (a test checks they are in step).
 */
import { writeFileSync } from 'node:fs';
import { competitionJsonSchema } from '@cupstage/formats';

const target = new URL('../docs/competition.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(competitionJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
