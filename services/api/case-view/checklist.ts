import { MATERIALS_BY_APPLICATION_TYPE, MATERIALS_BY_CONDITION, kindName, type MaterialRequirement } from '../../../rules/index.ts';
import { DocumentKind, type CaseFields } from '../../../rules/contract/index.ts';
import { needsMarks } from './page-feedback.ts';

export interface ChecklistItem {
  name: string;
  clause: string;
  present: boolean;
}

export interface UploadSlot {
  kind: DocumentKind;
  name: string;
  /**
   * yes: a requirement of this application type and condition is met by this kind only; one_of: by
   * this kind or another (北京市居住证 or a lease, …); no: not required.
   */
  required: 'yes' | 'one_of' | 'no';
  /** Every page carries seal, note and signature (income materials). */
  marks: boolean;
}

function requirements(fields: CaseFields): MaterialRequirement[] {
  const type = fields.applicationType ?? 'new';
  const out = [...MATERIALS_BY_APPLICATION_TYPE[type]];
  if (type === 'new' && fields.condition) out.push(...(MATERIALS_BY_CONDITION[fields.condition] ?? []));
  return out;
}

/**
 * The materials this application type and condition require (rules/data/material-checklist.ts, as
 * the MATERIAL_MISSING rule reads them) against the kinds uploaded so far.
 */
export function materialsChecklist(fields: CaseFields, uploaded: readonly (DocumentKind | null)[]): ChecklistItem[] {
  const have = new Set(uploaded);
  return requirements(fields).map((r) => ({ name: r.name, clause: r.clause, present: r.anyOf.some((k) => have.has(k)) }));
}

/** Upload slots, one per material kind: the ones this case requires first, then either-or ones, 其他材料 last. */
export function uploadSlots(fields: CaseFields): UploadSlot[] {
  const required = new Map<DocumentKind, UploadSlot['required']>();
  for (const r of requirements(fields)) {
    const kinds = r.anyOf.filter((k) => k !== 'other');
    for (const k of kinds) if (required.get(k) !== 'yes') required.set(k, kinds.length === 1 && r.anyOf.length === 1 ? 'yes' : 'one_of');
  }
  const slots = DocumentKind.options.map((kind) => ({ kind, name: kindName(kind), required: required.get(kind) ?? 'no', marks: needsMarks(kind) }));
  const order = { yes: 0, one_of: 1, no: 2 } as const;
  return slots.sort((a, b) => Number(a.kind === 'other') - Number(b.kind === 'other') || order[a.required] - order[b.required]);
}
