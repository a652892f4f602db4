import type { Rng } from './rng.ts';
import { makeAddress, makeCompanyName, makeCreditCode, makeIdNumber, makePersonName, makePhone, TAX_AUTHORITIES } from './identity.ts';
import { addDays, addMonths, monthsBefore } from './dates.ts';
import type { Employer, IdCardContent, IncomeQueryContent, IncomeRow, LaborContractContent, LeaseContent, Person, TaxRecordContent, TaxRow, TermStyle, HukouContent, DegreeContent, ResignationContent, BorrowingStatementContent } from './docs/content.ts';

export function makePerson(rng: Rng, birthYear?: number): Person {
  const sex = rng.chance(0.5) ? 'male' : 'female';
  const y = birthYear ?? rng.int(1982, 1997);
  const birth = `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { name: makePersonName(rng), idNumber: makeIdNumber(rng, birth, sex), birth, sex, address: makeAddress(rng), phone: makePhone(rng) };
}

export function makeEmployer(rng: Rng, avoid?: string): Employer {
  return { name: makeCompanyName(rng, avoid), creditCode: makeCreditCode(rng), address: makeAddress(rng).replace(/\d+单元.*$/, ''), legalRep: makePersonName(rng) };
}

/**
 * Monthly wages around a target average (the exact average is returned so threshold cases can sit
 * a few yuan above or below the line) and the tax withheld under the cumulative method.
 */
export function incomeSeries(rng: Rng, months: string[], targetAverage: number, payerFor: (m: string) => string): { rows: IncomeRow[]; average: number } {
  const raw = months.map(() => Math.max(3000, targetAverage * rng.range(0.93, 1.07)));
  const sum = raw.reduce((s, v) => s + v, 0);
  const scale = (targetAverage * months.length) / sum;
  const cents = raw.map((v) => Math.round(v * scale * 100));
  // Put the rounding remainder on the last month so the average is exact to the cent.
  const want = Math.round(targetAverage * 100) * months.length;
  cents[cents.length - 1] += want - cents.reduce((s, v) => s + v, 0);
  let cum = 0;
  let cumTax = 0;
  const rows = months.map((m, i) => {
    const income = cents[i] / 100;
    if (m.endsWith('-01')) {
      cum = 0;
      cumTax = 0;
    }
    cum += income - 5000 - income * 0.105;
    const due = Math.max(0, cumTax + taxOn(Math.max(0, cum)) - cumTax);
    const tax = Math.max(0, Math.round((due - cumTax) * 100) / 100);
    cumTax += tax;
    return { period: m, item: '工资薪金', subItem: '正常工资薪金', payer: payerFor(m), income, tax };
  });
  return { rows, average: want / months.length / 100 };
}

function taxOn(x: number): number {
  const brackets: [number, number, number][] = [
    [36000, 0.03, 0],
    [144000, 0.1, 2520],
    [300000, 0.2, 16920],
    [420000, 0.25, 31920],
    [660000, 0.3, 52920],
    [960000, 0.35, 85920],
    [Infinity, 0.45, 181920],
  ];
  for (const [lim, r, q] of brackets) if (x <= lim) return x * r - q;
  return 0;
}

export function incomeQuery(person: Person, rows: IncomeRow[], printedOn: string, rng: Rng): IncomeQueryContent {
  return { kind: 'income_query', person, rows, printedOn, printedAt: `${rng.int(9, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}` };
}

/** The 纳税记录 rows matching income rows (tax for month M is paid in M+1). Zero-tax months still appear. */
export function taxRecord(person: Person, income: IncomeRow[], issuedOn: string, rng: Rng): TaxRecordContent {
  const authority = rng.pick(TAX_AUTHORITIES);
  const rows: TaxRow[] = income.map((r) => {
    const declared = addDays(`${addMonths(`${r.period}-01`, 1)}`, rng.int(6, 13));
    return { period: r.period, amount: r.tax, item: '工资薪金所得', declaredOn: declared, paidOn: addDays(declared, rng.int(0, 3)), authority };
  });
  const code = Array.from({ length: 16 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[rng.int(0, 33)]).join('');
  return { kind: 'tax_record', person, rows, issuedOn, from: income[0]?.period ?? '', to: income[income.length - 1]?.period ?? '', code };
}

export function laborContract(employer: Employer, person: Person, start: string, end: string | null, style: TermStyle, rng: Rng, pages?: number): LaborContractContent {
  return { kind: 'labor_contract', employer, person, start, end, termStyle: end === null ? 'open' : style, signedOn: addDays(start, -rng.int(0, 10)), pages: pages ?? rng.int(2, 4), job: rng.pick(['软件工程师', '产品经理', '数据分析师', '研发工程师', '财务主管', '市场专员']), salary: rng.int(12, 40) * 1000 };
}

export function lease(lessee: Person, start: string, end: string, rng: Rng, missing: LeaseContent['missing'] = [], handFilled = false): LeaseContent {
  return { kind: 'lease_contract', lessor: makePerson(rng, rng.int(1955, 1980)), lessee, address: makeAddress(rng), start, end, rent: rng.int(25, 90) * 100, signedOn: addDays(start, -rng.int(1, 12)), missing, handFilled, pages: 2 };
}

export function idCard(person: Person, start: string, end: string | null): IdCardContent {
  return { kind: 'id_card', person, authority: `北京市公安局${['海淀', '朝阳', '昌平', '丰台'][person.name.length % 4]}分局`, start, end };
}

export function hukou(person: Person, issuedOn: string): HukouContent {
  return { kind: 'hukou', person, issuedOn };
}

export function degree(person: Person, rng: Rng): DegreeContent {
  const y = Number(person.birth.slice(0, 4)) + 22;
  return { kind: 'degree_certificate', person, university: rng.pick(['北京理工大学', '华中科技大学', '四川大学', '山东大学', '西安交通大学']), degree: rng.pick(['工学学士', '理学学士', '管理学学士']), major: rng.pick(['计算机科学与技术', '软件工程', '电子信息工程', '会计学']), issuedOn: `${y}-06-${rng.int(20, 30)}`, number: String(rng.int(1e9, 9e9)) + String(rng.int(10000, 99999)) };
}

export function resignation(person: Person, employer: Employer, start: string, leftOn: string, issuedOn: string): ResignationContent {
  return { kind: 'resignation_certificate', person, employer, start, leftOn, issuedOn };
}

/** A 房屋借住声明: `lender` (the lessee or owner of the home at `address`) lets `borrower` live there. */
export function borrowingStatement(lender: Person, borrower: Person, address: string, holds: BorrowingStatementContent['holds'], date: string, rng: Rng): BorrowingStatementContent {
  const from = addDays(addMonths(date, -rng.int(2, 5)), rng.int(0, 20));
  return { kind: 'borrowing_statement', lender, borrower, address, holds, relation: rng.pick(['亲属', '亲戚', '朋友']), from, signedOn: addDays(from, -rng.int(1, 10)) };
}

export { monthsBefore };

/** Whole years from `birth` to `on`. */
function ageOn(birth: string, on: string): number {
  return Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
}

/**
 * 《居民身份证法》 Art. 5: issued at 16–25 → 10 years, 26–45 → 20 years, 46 and over → 长期
 * (under 16: 5 years). The end date is the issue date `years` later.
 */
export function idValidityYears(birth: string, issuedOn: string): number | null {
  const age = ageOn(birth, issuedOn);
  return age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null;
}

export function idCardIssuedOn(person: Person, issuedOn: string): IdCardContent {
  const years = idValidityYears(person.birth, issuedOn);
  return idCard(person, issuedOn, years === null ? null : addMonths(issuedOn, 12 * years));
}

/**
 * An ID card valid at `date` with more than `minMonthsLeft` months to run: issued 1–8 years before
 * (the most recent issue date whose statutory term still runs long enough).
 */
export function validIdCard(person: Person, date: string, rng: Rng, minMonthsLeft = 6): IdCardContent {
  for (let back = rng.int(12, 96); back >= 1; back--) {
    const issued = addDays(addMonths(date, -back), -rng.int(0, 20));
    const c = idCardIssuedOn(person, issued);
    if (c.end === null || c.end > addMonths(date, minMonthsLeft)) return c;
  }
  return idCardIssuedOn(person, addMonths(date, -1));
}

/** An ID card whose 10-year term (issued at 16–25) ends `endOffsetDays` from `date` (negative: expired). */
export function idCardEndingAt(person: Person, date: string, endOffsetDays: number): IdCardContent {
  const end = addDays(date, endOffsetDays);
  const issued = addMonths(end, -120);
  const years = idValidityYears(person.birth, issued);
  if (years !== 10) throw new Error(`person born ${person.birth} cannot hold a 10-year card issued ${issued}`);
  return idCard(person, issued, end);
}
