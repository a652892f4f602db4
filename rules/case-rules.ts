import { checkAnnualIncome } from './annual-income.ts';
import { checkEmployment } from './employment.ts';
import { checkIdentity } from './identity/index.ts';
import { checkIncomeTaxConsistency } from './income-tax-consistency.ts';
import { checkIncomeThreshold } from './income-threshold.ts';
import { checkLeaseFields } from './lease-fields.ts';
import { checkMaterialStaleness } from './material-staleness.ts';
import { checkMaterials } from './materials-checklist.ts';
import { checkRenewalIncome } from './renewal-income.ts';
import { checkRenewalWindow } from './renewal-window.ts';
import { checkRetirementAge } from './retirement-age.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';
import { checkSameUnit } from './same-unit.ts';
import { checkValidity } from './validity.ts';
import { checkWorkExperience } from './work-experience.ts';

export type CaseRule = (ctx: RuleContext, invalidDeclaredKinds: readonly string[]) => RuleResult;

/** The case-level rules, in the order their flags appear in a report. */
export const CASE_RULES: readonly CaseRule[] = [
  checkMaterials,
  checkRenewalWindow,
  checkSameUnit,
  checkIdentity,
  checkIncomeThreshold,
  checkAnnualIncome,
  checkRenewalIncome,
  checkIncomeTaxConsistency,
  checkEmployment,
  checkWorkExperience,
  checkRetirementAge,
  checkValidity,
  checkLeaseFields,
  checkMaterialStaleness,
];
