import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from './rng.ts';
import { renderDocument } from './render-document.ts';
import { incomeQuery, incomeSeries, laborContract, makeEmployer, makePerson, monthsBefore, taxRecord } from './world.ts';
import { pageFlags } from './expected-flags.ts';

/**
 * The demo case (`npm run demo`): 4 pages at 200 dpi. The income query is complete; the tax
 * record lacks the signature, so the demo shows one real flag.
 */
export async function buildDemo(dir: string): Promise<void> {
  const rng = createRng(42);
  const date = '2021-08-20';
  const person = makePerson(rng);
  const emp = makeEmployer(rng);
  const rows = incomeSeries(rng, monthsBefore(date, 12), 16850, () => emp.name).rows;
  const ok = { seal: { company: emp.name }, note: { form: 'handwritten' as const, complete: true }, signature: true };
  const docs = [
    { file: 'income-query.pdf', content: incomeQuery(person, rows, '2021-08-12', rng), pages: [{ marks: ok, degradations: ['clean' as const] }] },
    { file: 'tax-record.pdf', content: taxRecord(person, rows, '2021-08-12', rng), pages: [{ marks: { ...ok, signature: false }, degradations: ['clean' as const] }] },
    {
      file: 'labor-contract.pdf',
      content: laborContract(emp, person, '2019-03-01', '2024-02-29', 'cn', rng, 2),
      pages: [
        { marks: { seal: null, note: null, signature: false }, degradations: ['clean' as const] },
        { marks: { seal: { company: emp.name }, note: null, signature: false, lookalikes: ['fingerprint' as const] }, degradations: ['clean' as const] },
      ],
    },
  ];
  mkdirSync(dir, { recursive: true });
  const truths = [];
  for (const [i, d] of docs.entries()) {
    const { pdf, truth } = await renderDocument({ ...d, employer: emp.name, dpi: 200, quality: 72, seed: `demo-${i}` });
    writeFileSync(join(dir, d.file), pdf);
    writeFileSync(join(dir, d.file.replace('.pdf', '.truth.json')), JSON.stringify(truth, null, 2) + '\n');
    truths.push(truth);
  }
  const manifest = {
    id: 'demo-001',
    applicationType: 'new',
    applicationDate: date,
    applicant: { name: person.name, idNumber: person.idNumber },
    employer: { name: emp.name, category: 'high_tech', creditCode: emp.creditCode },
    condition: 'degree',
    permitExpiry: null,
    documents: docs.map((d) => ({ file: d.file, kind: d.content.kind })),
  };
  writeFileSync(join(dir, 'case.json'), JSON.stringify(manifest, null, 2) + '\n');
  const flags = truths.flatMap((t) => pageFlags(t, emp.name));
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({ caseId: manifest.id, injected: ['tax record not signed'], flags, note: 'The demo omits hukou, lease and degree: MATERIAL_MISSING is also expected for a full new application.', documents: truths }, null, 2) + '\n');
}
