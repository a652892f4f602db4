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
  /** Some requirement of this application type and condition is met by this kind. */
  required: boolean;
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

/** Upload slots, one per material kind: the ones this case requires first, 其他材料 last. */
export function uploadSlots(fields: CaseFields): UploadSlot[] {
  const needed = new Set<DocumentKind>(requirements(fields).flatMap((r) => r.anyOf.filter((k) => k !== 'other')));
  const slots = DocumentKind.options.map((kind) => ({ kind, name: kindName(kind), required: needed.has(kind), marks: needsMarks(kind) }));
  return [...slots.filter((s) => s.required), ...slots.filter((s) => !s.required && s.kind !== 'other'), ...slots.filter((s) => s.kind === 'other')];
}
