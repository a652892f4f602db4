import { checkIncomeThreshold } from './income-threshold.ts';
import { checkMaterialStaleness } from './material-staleness.ts';
import { checkMaterials } from './materials-checklist.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';
import { checkValidity } from './validity.ts';

export type CaseRule = (ctx: RuleContext, invalidDeclaredKinds: readonly string[]) => RuleResult;

/** The case-level rules, in the order their flags appear in a report. */
export const CASE_RULES: readonly CaseRule[] = [
  checkMaterials,
  checkIncomeThreshold,
  checkValidity,
  checkMaterialStaleness,
];
