import { INCOME_MATERIAL_KINDS } from '../../rules/contract/index.ts';
import type { CasePlan } from './build-cases.ts';
import type { DocumentTruth, ExpectedFlag } from './truth.ts';

/**
 * Page-level expected flags follow from the marks and degradations the generator drew (recorded in
 * page truth); case-level ones were decided in the plan. Nothing here runs the project's rules.
 */
export function pageFlags(doc: DocumentTruth, employer: string | null): ExpectedFlag[] {
  const out: ExpectedFlag[] = [];
  const income = INCOME_MATERIAL_KINDS.includes(doc.kind);
  for (const p of doc.pages) {
    const at = { file: doc.file, page: p.page };
    if (!p.clarityOk) out.push({ code: 'SCAN_UNCLEAR', ...at, why: `degraded: ${p.degradations.join(', ')}` });
    if (!p.edgesOk) out.push({ code: 'SCAN_EDGES', ...at, why: `degraded: ${p.degradations.join(', ')}` });
    if (!income) continue;
    if (!p.seal.present) out.push({ code: 'SEAL_MISSING', ...at, why: 'no employer seal drawn on an income-material page' });
    else if (employer && p.seal.company !== employer) out.push({ code: 'SEAL_MISMATCH', ...at, why: `seal reads ${p.seal.company}` });
    if (!p.annotation.present) out.push({ code: 'ANNOTATION_MISSING', ...at, why: 'no annotation drawn' });
    else if (!p.annotation.complete) out.push({ code: 'ANNOTATION_INCOMPLETE', ...at, why: `only "${p.annotation.text}" written` });
    if (!p.signature.present) out.push({ code: 'SIGNATURE_MISSING', ...at, why: 'no signature drawn' });
  }
  return out;
}

export function caseFlags(plan: CasePlan, docs: DocumentTruth[]): ExpectedFlag[] {
  const employer = plan.manifest.employer?.name ?? null;
  return [...plan.caseFlags.map((f) => ({ code: f.code as ExpectedFlag['code'], file: f.file, page: null, why: f.why })), ...docs.flatMap((d) => pageFlags(d, employer))];
}
