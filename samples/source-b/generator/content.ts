/**
 * What a source-B document says, decided before it is drawn. Templates render it; the truth files
 * are written from it. Dates are ISO `YYYY-MM-DD`, months `YYYY-MM`, money in yuan (2 decimals).
 */
export interface Citizen {
  name: string;
  idNumber: string;
  birth: string;
  sex: 'male' | 'female';
  /** 户籍地址 as printed on an ID card or 户口本. */
  address: string;
  phone: string;
}

export interface Company {
  /** Registered name, 8–20 characters (what the seal's arc carries). */
  name: string;
  /** Common short form (北京星河科技 for 北京星河科技发展有限公司). */
  shortName: string;
  /** 统一社会信用代码, 18 characters with a valid check character. */
  creditCode: string;
  address: string;
  legalRep: string;
}

/** One month of one withholding agent's 工资薪金 declaration, and the tax it paid. */
export interface WageMonth {
  period: string;
  /** 收入额 declared. */
  income: number;
  /** 实缴(退)金额 of the same month (0 allowed). */
  tax: number;
  payer: string;
  payerCreditCode: string;
  /** Day the tax was paid (入库日期), in the month after `period`. */
  paidOn: string;
  /** 税务机关 that collected it. */
  authority: string;
}

/** Two layouts for each income material: the 个税 app's export and the tax bureau's web printout. */
export type IncomeTemplate = 'app-export' | 'bureau-web';

export interface IncomeQueryDoc {
  kind: 'income_query';
  template: IncomeTemplate;
  citizen: Citizen;
  rows: WageMonth[];
  /** Date (and time) the browser printed the page: the print header's date. */
  printedAt: string; // 'YYYY-MM-DD HH:mm'
}

export interface TaxRecordDoc {
  kind: 'tax_record';
  template: IncomeTemplate;
  citizen: Citizen;
  rows: WageMonth[];
  /** 开具时间. */
  issuedOn: string;
  /** 证明编号, e.g. (2021)京0114个证明12345678. */
  recordNo: string;
}

/** How a contract writes its term. */
export type TermWriting =
  | 'digits' // 2021年3月1日至2024年2月28日
  | 'chinese-numerals' // 二〇二一年三月一日至二〇二四年二月二十八日
  | 'iso' // 2021-03-01 至 2024-02-28
  | 'split' // start on one line (or page), end on the next
  | 'handwritten' // dates written by hand into printed blanks
  | 'open-ended' // 无固定期限 (end null)
  | 'blank'; // left empty on the form (the term is not on the page)

export type ContractTemplate = 'formal' | 'fill-in' | 'compact';

export interface LaborContractDoc {
  kind: 'labor_contract';
  template: ContractTemplate;
  employer: Company;
  employee: Citizen;
  start: string;
  end: string | null;
  termWriting: TermWriting;
  signedOn: string;
  job: string;
  monthlySalary: number;
  /** Number of pages (1–3); the signature page is the last. */
  pages: number;
  /** 劳务派遣: the employer is the agency; the employee works at `placedAt`. */
  placedAt?: string;
}

export type LeaseBlank = 'address' | 'lessorName' | 'lesseeName' | 'lessorId' | 'lesseeId' | 'lessorPhone' | 'lesseePhone' | 'term';
export type LeaseTemplate = 'housing-bureau' | 'agency' | 'plain';

export interface LeaseDoc {
  kind: 'lease_contract';
  template: LeaseTemplate;
  lessor: Citizen;
  lessee: Citizen;
  address: string;
  start: string;
  end: string;
  termWriting: Exclude<TermWriting, 'open-ended'>;
  monthlyRent: number;
  signedOn: string;
  /** Fields left blank on the form. */
  blanks: LeaseBlank[];
  /** Fields filled by hand into the printed form. */
  handFilled: boolean;
  pages: number;
}

export interface IdCardDoc {
  kind: 'id_card';
  citizen: Citizen;
  authority: string;
  validFrom: string;
  /** null = 长期. */
  validTo: string | null;
}

export interface HukouDoc {
  kind: 'hukou';
  citizen: Citizen;
  /** 登记日期. */
  registeredOn: string;
}

export interface DegreeDoc {
  kind: 'degree_certificate';
  citizen: Citizen;
  university: string;
  degree: string;
  major: string;
  awardedOn: string;
  certificateNo: string;
}

export interface ResignationDoc {
  kind: 'resignation_certificate';
  citizen: Citizen;
  employer: Company;
  start: string;
  leftOn: string;
  issuedOn: string;
}

/** 房屋借住声明 (guide 五（二）4②): `lender` lets `borrower` live in the home at `address`. */
export interface BorrowingStatementDoc {
  kind: 'borrowing_statement';
  lender: Citizen;
  borrower: Citizen;
  address: string;
  /** How the lender holds the home, as the statement says it. */
  holds: '产权人' | '承租人';
  relation: string;
  from: string;
  signedOn: string;
}

export type SourceBDoc = IncomeQueryDoc | TaxRecordDoc | LaborContractDoc | LeaseDoc | IdCardDoc | HukouDoc | DegreeDoc | ResignationDoc | BorrowingStatementDoc;

/** One A4 page of a template: its HTML (a body fragment, 210 × 297 mm) and its CSS. */
export interface TemplatePage {
  html: string;
  css: string;
}

/** A template: content in, pages out. Pure (no browser), deterministic given the stream. */
export type Template<D extends SourceBDoc> = (doc: D, rng: import('./rng.ts').RandomStream) => TemplatePage[];

/** A box on the sheet in millimetres, origin top-left. */
export interface MmBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
