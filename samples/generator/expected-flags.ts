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

/**
 * Guide 四（二）: the labour contract is signed — and sealed — by the applying employer. No seal of
 * the employer on any page: another unit's seal → SEAL_MISMATCH there, no seal → SEAL_MISSING on the
 * signature (last) page.
 */
export function contractSealFlags(doc: DocumentTruth, employer: string | null): ExpectedFlag[] {
  if (doc.kind !== 'labor_contract' || !employer || !doc.pages.length) return [];
  if (doc.pages.some((p) => p.seal.present && p.seal.company === employer)) return [];
  const sealed = doc.pages.find((p) => p.seal.present);
  if (sealed) return [{ code: 'SEAL_MISMATCH', file: doc.file, page: sealed.page, why: `contract sealed by ${sealed.seal.company}` }];
  return [{ code: 'SEAL_MISSING', file: doc.file, page: doc.pages.length, why: 'contract carries no seal' }];
}

export function caseFlags(plan: CasePlan, docs: DocumentTruth[]): ExpectedFlag[] {
  const employer = plan.manifest.employer?.name ?? null;
  // A contract's seal flag is planned with the case when the defect is the contract itself.
  const planned = plan.caseFlags.map((f) => ({ code: f.code, file: f.file, page: null, why: f.why }));
  const seals = docs.flatMap((d) => contractSealFlags(d, employer)).filter((s) => !planned.some((f) => f.code === s.code && f.file === s.file));
  return [...planned, ...docs.flatMap((d) => pageFlags(d, employer)), ...seals];
}
