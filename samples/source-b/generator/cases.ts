/**
 * Source B's cases of a split: two worlds (a 2021 one and a 2026 one), each with its own applicant,
 * employer, category and date, and the expected file of each case once its documents are rendered.
 */
import { contractSealFlags, pageFlags, personFlags, unplanned } from '../../generator/expected-flags.ts';
import { monthsBefore } from '../../generator/dates.ts';
import type { CaseExpected, DocumentTruth, ExpectedFlag } from '../../generator/truth.ts';
import { randomStream } from './rng.ts';
import type { BCasePlan, Category } from './cases-kit.ts';
import { planFirstWorld } from './cases-first.ts';
import { planSecondWorld } from './cases-second.ts';

export type { BCasePlan } from './cases-kit.ts';

export interface SplitConfig {
  seed: string;
  /** Date the single pages are printed on. */
  pageDate: string;
  pageDpi: readonly number[];
  caseDpi: number;
  worlds: readonly [{ date: string; category: Category }, { date: string; category: Category }];
}

export const SPLITS: Record<'tune' | 'holdout', SplitConfig> = {
  tune: {
    seed: 'b-tune-2027',
    pageDate: '2021-09-13',
    pageDpi: [150, 200, 200, 300],
    caseDpi: 150,
    worlds: [
      { date: '2021-09-13', category: 'public_institution' },
      { date: '2026-04-20', category: 'other' },
    ],
  },
  holdout: {
    seed: 'b-holdout-4049',
    pageDate: '2021-11-22',
    pageDpi: [150, 200, 300],
    caseDpi: 200,
    worlds: [
      { date: '2021-11-22', category: 'high_tech' },
      { date: '2026-06-15', category: 'key' },
    ],
  },
};

/** Case ids `b` + split letter + world number: `bt1-clean`, `bh2-dispatch`. */
export function planCases(split: keyof typeof SPLITS): BCasePlan[] {
  const cfg = SPLITS[split];
  const root = randomStream(cfg.seed).child('cases');
  const [first, second] = cfg.worlds;
  const letter = split[0]!;
  return [
    ...planFirstWorld(root.child('world-1'), `b${letter}1`, first.date, cfg.caseDpi, first.category),
    ...planSecondWorld(root.child('world-2'), `b${letter}2`, second.date, cfg.caseDpi, second.category),
  ];
}

/** Planned flags, then every page's flags, then a contract's seal flag unless the plan already has it. */
export function expectedFlags(plan: BCasePlan, docs: DocumentTruth[]): ExpectedFlag[] {
  const employer = plan.manifest.employer?.name ?? null;
  const planned: ExpectedFlag[] = plan.caseFlags.map((f) => ({ code: f.code, file: f.file, page: null, why: f.why }));
  // A document belonging to another unit (a 离职证明) is judged against its own employer.
  const pages = docs.flatMap((d) => pageFlags(d, d.kind === 'resignation_certificate' ? d.employer : employer));
  const seals = unplanned(planned, docs.flatMap((d) => contractSealFlags(d, employer)));
  const persons = unplanned(planned, docs.flatMap((d) => personFlags(d, plan.manifest.applicant, docs)));
  return [...planned, ...pages, ...seals, ...persons];
}

export function caseExpected(plan: BCasePlan, docs: DocumentTruth[]): CaseExpected {
  const employer = plan.manifest.employer?.name;
  const iq = docs.find((d) => d.kind === 'income_query');
  // The guide's average: the employer's income over the 12 months before the application month ÷ 12.
  const window = plan.manifest.applicationDate ? monthsBefore(plan.manifest.applicationDate, 12) : [];
  const own = iq ? iq.income.filter((r) => r.payer === employer && window.includes(r.period)).reduce((s, r) => s + r.amount, 0) : 0;
  return {
    caseId: plan.manifest.id,
    injected: plan.injected,
    flags: expectedFlags(plan, docs),
    documents: docs,
    facts: {
      incomeMonths: iq ? new Set(iq.income.map((r) => r.period)).size : null,
      incomeMonthlyAverage: iq ? Math.round((own / 12) * 100) / 100 : null,
      threshold: plan.threshold,
    },
  };
}
