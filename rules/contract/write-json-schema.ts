import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from './validate-report.ts';

/** `npm run schema`: regenerates the committed JSON Schema from the zod schemas (one source of truth). */
export const SCHEMA_FILE = new URL('./contract.schema.json', import.meta.url);

export function renderJsonSchema(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, renderJsonSchema());
  console.log('wrote rules/contract/contract.schema.json');
}
