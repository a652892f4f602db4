import type { Flag } from './contract/index.ts';
import { MATERIALS_BY_APPLICATION_TYPE, MATERIALS_BY_CONDITION, type MaterialRequirement } from './data/material-checklist.ts';
import { makeFlag } from './flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Guide 五（二）–（五）: every material the application type and the qualifying condition require is
 * uploaded. A declared kind counts even for an unreadable file — FILE_INVALID already says it
 * must be uploaded again.
 */
export function checkMaterials(ctx: RuleContext, invalidDeclaredKinds: readonly string[] = []): RuleResult {
  const type = ctx.caseFields.applicationType ?? 'new';
  const required: MaterialRequirement[] = [...MATERIALS_BY_APPLICATION_TYPE[type]];
  if (type === 'new' && ctx.caseFields.condition) required.push(...(MATERIALS_BY_CONDITION[ctx.caseFields.condition] ?? []));
  // A document read as a material with too little confidence to overrule its declared kind is that
  // material in doubt: its KIND_MISMATCH review already asks which it is (one cause, one flag), so
  // the material is not also reported missing.
  const detected = ctx.docs.map((d) => d.doc.kind);
  const present = new Set<string>([...ctx.docs.map((d) => d.kind), ...detected, ...invalidDeclaredKinds]);
  const flags: Flag[] = [];
  for (const req of required) {
    if (req.anyOf.some((k) => present.has(k))) continue;
    flags.push(
      makeFlag('MATERIAL_MISSING', req.severity, `缺少${req.name}，请补充上传`, {
        clause: req.clause,
        expected: req.name,
        value: null,
      }),
    );
  }
  return { flags };
}
