/**
 * Source B's world: the documents its people and employers hand in, built from plain facts. Every
 * builder is pure given its stream; the case and page plans decide the facts.
 */
import { addDays, addMonths } from '../../generator/dates.ts';
import type {
  BorrowingStatementDoc,
  Citizen,
  Company,
  ContractTemplate,
  DegreeDoc,
  HukouDoc,
  IdCardDoc,
  IncomeQueryDoc,
  LaborContractDoc,
  LeaseBlank,
  LeaseDoc,
  ResignationDoc,
  TaxRecordDoc,
  TermWriting,
  WageMonth,
} from './content.ts';
import type { RandomStream } from './rng.ts';
import { beijingAddress, makeCitizen } from './identity.ts';
import { DISTRICTS, makeCompany } from './company.ts';

export { makeCitizen, beijingAddress } from './identity.ts';
export { makeCompany, taxAuthorityOf } from './company.ts';
export { wageSeries, withIncome } from './wages.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD HH:mm' during office hours. */
export function printTime(date: string, rng: RandomStream): string {
  return `${date} ${pad(rng.integer(8, 18))}:${pad(rng.integer(0, 59))}`;
}

export function incomeQuery(citizen: Citizen, rows: WageMonth[], printedOn: string, rng: RandomStream): IncomeQueryDoc {
  return { kind: 'income_query', template: rng.oneOf(['app-export', 'bureau-web'] as const), citizen, rows, printedAt: printTime(printedOn, rng) };
}

export function taxRecord(citizen: Citizen, rows: WageMonth[], issuedOn: string, rng: RandomStream): TaxRecordDoc {
  // 证明编号: (year)京 + the issuing district's 4 digits + 个证明 + 8 digits.
  const district = rng.oneOf(DISTRICTS).code.slice(2);
  const recordNo = `(${issuedOn.slice(0, 4)})京${district}个证明${String(rng.integer(10000000, 99999999))}`;
  return { kind: 'tax_record', template: rng.oneOf(['app-export', 'bureau-web'] as const), citizen, rows, issuedOn, recordNo };
}

const JOBS = ['软件工程师', '产品经理', '数据分析师', '财务主管', '销售经理', '研发工程师', '人力资源专员', '项目经理', '设计师', '运营经理'];

export interface ContractFacts {
  employer: Company;
  employee: Citizen;
  start: string;
  end: string | null;
  termWriting: TermWriting;
  pages?: number;
  placedAt?: string;
  template?: ContractTemplate;
  monthlySalary?: number;
}

export function laborContract(f: ContractFacts, rng: RandomStream): LaborContractDoc {
  return {
    kind: 'labor_contract',
    template: f.template ?? rng.oneOf(['formal', 'fill-in', 'compact'] as const),
    employer: f.employer,
    employee: f.employee,
    start: f.start,
    end: f.termWriting === 'open-ended' ? null : f.end,
    termWriting: f.termWriting,
    // Signed a few days before work starts.
    signedOn: addDays(f.start, -rng.integer(0, 6)),
    job: rng.oneOf(JOBS),
    monthlySalary: f.monthlySalary ?? Math.round(rng.between(12000, 26000) / 100) * 100,
    pages: f.pages ?? rng.integer(1, 3),
    ...(f.placedAt ? { placedAt: f.placedAt } : {}),
  };
}

export interface LeaseFacts {
  lessee: Citizen;
  start: string;
  end: string;
  termWriting?: LeaseDoc['termWriting'];
  blanks?: LeaseBlank[];
  handFilled?: boolean;
}

export function lease(f: LeaseFacts, rng: RandomStream): LeaseDoc {
  const blanks = f.blanks ?? [];
  return {
    kind: 'lease_contract',
    template: rng.oneOf(['housing-bureau', 'agency', 'plain'] as const),
    lessor: makeCitizen(rng.child('lessor'), { birthYear: rng.integer(1955, 1980), beijing: true }),
    lessee: f.lessee,
    address: beijingAddress(rng),
    start: f.start,
    end: f.end,
    termWriting: blanks.includes('term') ? 'blank' : (f.termWriting ?? rng.oneOf(['digits', 'digits', 'chinese-numerals', 'iso'] as const)),
    monthlyRent: Math.round(rng.between(3200, 9800) / 100) * 100,
    signedOn: addDays(f.start, -rng.integer(1, 10)),
    blanks,
    handFilled: f.handFilled ?? rng.yes(0.4),
    pages: rng.integer(1, 3),
  };
}

/** Years between two ISO dates, whole years completed. */
function ageOn(birth: string, on: string): number {
  const y = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? y - 1 : y;
}

/** 《居民身份证法》第五条: 16–25 → 10 years, 26–45 → 20 years, 46 and over → 长期. */
export function idCardValidTo(citizen: Citizen, validFrom: string): string | null {
  const age = ageOn(citizen.birth, validFrom);
  if (age >= 46) return null;
  return addMonths(validFrom, (age >= 26 ? 20 : age >= 16 ? 10 : 5) * 12);
}

function policeOf(citizen: Citizen): string {
  const m = /^(.+?[市州])(.+?[区县])/.exec(citizen.address);
  return m ? `${m[1]!.replace(/^.+?省/, '')}公安局${m[2]}分局` : '北京市公安局海淀分局';
}

export function idCard(citizen: Citizen, validFrom: string): IdCardDoc {
  return { kind: 'id_card', citizen, authority: policeOf(citizen), validFrom, validTo: idCardValidTo(citizen, validFrom) };
}

/** The card in force on `date`: the latest renewal whose start is on or before it. */
export function currentIdCard(citizen: Citizen, date: string, rng: RandomStream): IdCardDoc {
  // First card at 16–18; renewed on expiry (a few weeks early).
  let from = addMonths(citizen.birth, 12 * rng.integer(16, 18) + rng.integer(0, 11));
  for (;;) {
    const to = idCardValidTo(citizen, from);
    if (to === null || to > date) return idCard(citizen, from);
    from = addDays(to, -rng.integer(10, 40));
  }
}

export function hukou(citizen: Citizen, registeredOn: string): HukouDoc {
  return { kind: 'hukou', citizen, registeredOn };
}

const UNIVERSITIES = ['北京理工大学', '北京邮电大学', '华中科技大学', '南开大学', '四川大学', '山东大学', '北京交通大学', '西安交通大学', '东北大学', '中南大学'];
const MAJORS = ['计算机科学与技术', '软件工程', '电子信息工程', '会计学', '工商管理', '生物医学工程', '数学与应用数学', '通信工程'];

export function degree(citizen: Citizen, awardedOn: string, rng: RandomStream): DegreeDoc {
  const level = rng.oneOf(['学士', '学士', '硕士', '博士'] as const);
  const major = rng.oneOf(MAJORS);
  const field = /会计|工商/.test(major) ? '管理学' : /数学/.test(major) ? '理学' : '工学';
  return {
    kind: 'degree_certificate',
    citizen,
    university: rng.oneOf(UNIVERSITIES),
    degree: `${field}${level}`,
    major,
    awardedOn,
    certificateNo: `${rng.integer(10001, 10699)}${awardedOn.slice(0, 4)}${String(rng.integer(1, 999999)).padStart(6, '0')}`.slice(0, 16),
  };
}

export function resignation(citizen: Citizen, employer: Company, start: string, leftOn: string, issuedOn: string): ResignationDoc {
  return { kind: 'resignation_certificate', citizen, employer, start, leftOn, issuedOn };
}

/** A dispatch agency (劳务派遣 employer of record). */
export function makeAgency(rng: RandomStream, avoid: string[]): Company {
  return makeCompany(rng, { industry: rng.oneOf(['人力资源服务', '人力资源', '劳务派遣服务']), avoid });
}

/** A 房屋借住声明: `lender` (the lessee or owner of the home at `address`) lets `borrower` live there. */
export function borrowingStatement(f: Pick<BorrowingStatementDoc, 'lender' | 'borrower' | 'address' | 'holds'>, date: string, rng: RandomStream): BorrowingStatementDoc {
  const from = addDays(addMonths(date, -rng.integer(2, 5)), rng.integer(0, 20));
  return { kind: 'borrowing_statement', ...f, relation: rng.oneOf(['亲属', '亲友', '朋友']), from, signedOn: addDays(from, -rng.integer(1, 10)) };
}
