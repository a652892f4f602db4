import type { CaseFields, DocumentReport, Facts, Flag } from './contract/index.ts';
import { CHANGPING_2021, type DistrictConfig } from './data/district-config.ts';
import { BEIJING_WAGE_TABLE, type WageTable } from './data/wage-table.ts';
import { isIsoDate } from './dates.ts';
import { checkDocument, effectiveKind } from './document-checks.ts';
import { makeFlag } from './flag.ts';
import { withFlagKeys } from './flag-key.ts';
import { CASE_RULES } from './case-rules.ts';
import { checkPageMarks } from './page-marks.ts';
import { checkContractSeal } from './contract-seal.ts';
import { oneDoubtPerDocument } from './one-doubt-per-document.ts';
import type { KindedDocument, RuleContext } from './rule-context.ts';

/** Bumped whenever a rule, a table or a message changes, so stored reports can be re-verified. */
export const PIPELINE_RULES_VERSION = 'rules-2021.8-12';

export interface EvaluateOptions {
  /** YYYY-MM-DD; the reference date when the case has no application date. @default applicationDate */
  today?: string;
  /** @default CHANGPING_2021 */
  config?: DistrictConfig;
  /** @default BEIJING_WAGE_TABLE */
  wages?: WageTable;
}

const NO_FACTS: Facts = {
  incomeMonths: null,
  incomeMonthlyAverage: null,
  incomeThreshold: null,
  employmentMonths: null,
  contractMonthsLeft: null,
  leaseMonthsLeft: null,
};

/**
 * Every flag of a report: per document (readable, declared kind), per page (scan quality and, on
 * income materials, seal/annotation/signature), and — when there is a case — the case rules.
 * Pure: the same input gives the same flags, in the same order.
 */
export function evaluateCase(
  input: { caseFields: CaseFields | null; documents: DocumentReport[] },
  opts: EvaluateOptions = {},
): { facts: Facts; flags: Flag[] } {
  const flags: Flag[] = [];
  const docs: KindedDocument[] = [];
  const invalidDeclared: string[] = [];
  const employer = input.caseFields?.employer?.name ?? null;
  for (const doc of input.documents) {
    flags.push(...checkDocument(doc));
    if (doc.invalid) {
      if (doc.declaredKind) invalidDeclared.push(doc.declaredKind);
      continue;
    }
    const kind = effectiveKind(doc);
    docs.push({ doc, kind });
    flags.push(...checkPageMarks(doc, kind, employer));
    if (kind === 'labor_contract') flags.push(...checkContractSeal(doc, employer));
  }

  const facts: Facts = { ...NO_FACTS };
  const caseFields = input.caseFields;
  if (!caseFields) {
    flags.push(makeFlag('CASE_RULE_SKIPPED', 'info', '未提供申请信息（申请类型、用人单位、申请日期），仅做逐页检查，未核对申请条件', { clause: '二' }));
    return { facts, flags: withFlagKeys(flags) };
  }
  const applicationDate = caseFields.applicationDate ?? opts.today;
  if (!applicationDate || !isIsoDate(applicationDate)) {
    flags.push(makeFlag('CASE_RULE_SKIPPED', 'info', '申请信息缺少申请日期，未核对与日期相关的申请条件', { clause: '四（一）', value: applicationDate ?? null }));
    return { facts, flags: withFlagKeys(flags) };
  }
  const ctx: RuleContext = {
    caseFields,
    docs,
    applicationDate,
    config: opts.config ?? CHANGPING_2021,
    wages: opts.wages ?? BEIJING_WAGE_TABLE,
  };
  for (const rule of CASE_RULES) {
    const result = rule(ctx, invalidDeclared);
    flags.push(...result.flags);
    if (result.facts) Object.assign(facts, result.facts);
  }
  return { facts, flags: withFlagKeys(oneDoubtPerDocument(flags)) };
}
