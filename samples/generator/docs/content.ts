/** What a document says, decided before it is drawn; the truth files are written from these. */
export interface Person {
  name: string;
  idNumber: string;
  birth: string;
  sex: 'male' | 'female';
  address: string;
  phone: string;
}
export interface Employer {
  name: string;
  creditCode: string;
  address: string;
  legalRep: string;
}

export interface TaxRow {
  period: string;
  amount: number;
  item: string;
  declaredOn: string;
  paidOn: string;
  authority: string;
}
export interface TaxRecordContent {
  kind: 'tax_record';
  person: Person;
  issuedOn: string;
  from: string;
  to: string;
  code: string;
  rows: TaxRow[];
}

export interface IncomeRow {
  period: string;
  item: string;
  subItem: string;
  payer: string;
  income: number;
  tax: number;
}
export interface IncomeQueryContent {
  kind: 'income_query';
  person: Person;
  printedOn: string;
  printedAt: string;
  rows: IncomeRow[];
}

/** `blank`: the term line left empty on the form (the dates are not on the page). */
export type TermStyle = 'cn' | 'dot' | 'cnNum' | 'open' | 'dash' | 'blank';
export interface LaborContractContent {
  kind: 'labor_contract';
  employer: Employer;
  person: Person;
  start: string;
  end: string | null;
  termStyle: TermStyle;
  signedOn: string;
  pages: number;
  job: string;
  salary: number;
  /** 劳务派遣: `employer` is the agency that signs; the applicant is sent to work at `placedAt`. */
  placedAt?: string;
}

export type LeaseField = 'address' | 'lessorName' | 'lesseeName' | 'lessorId' | 'lesseeId' | 'lessorPhone' | 'lesseePhone' | 'term';
export interface LeaseContent {
  kind: 'lease_contract';
  lessor: Person;
  lessee: Person;
  address: string;
  start: string;
  end: string;
  rent: number;
  signedOn: string;
  /** Fields left blank on the form. */
  missing: LeaseField[];
  /** Fields filled in by hand (AR PL UKai, pen ink) instead of typed. */
  handFilled: boolean;
  pages: number;
}

export interface IdCardContent {
  kind: 'id_card';
  person: Person;
  authority: string;
  start: string;
  end: string | null;
}

export interface HukouContent {
  kind: 'hukou';
  person: Person;
  issuedOn: string;
}

export interface DegreeContent {
  kind: 'degree_certificate';
  person: Person;
  university: string;
  degree: string;
  major: string;
  issuedOn: string;
  number: string;
}

export interface ResignationContent {
  kind: 'resignation_certificate';
  person: Person;
  employer: Employer;
  start: string;
  leftOn: string;
  issuedOn: string;
}

/** 房屋借住声明 (guide 五（二）4②): the lender lets the borrower live in the home at `address`. */
export interface BorrowingStatementContent {
  kind: 'borrowing_statement';
  lender: Person;
  borrower: Person;
  address: string;
  /** How the lender holds the home, as the statement says it. */
  holds: '所有权人' | '承租人';
  relation: string;
  from: string;
  signedOn: string;
}

export type DocContent =
  | TaxRecordContent
  | IncomeQueryContent
  | LaborContractContent
  | LeaseContent
  | IdCardContent
  | HukouContent
  | DegreeContent
  | ResignationContent
  | BorrowingStatementContent;

/** Where marks go on a page, in mm, as the layout leaves room for them. */
export interface MarkSpots {
  seal: { x: number; y: number };
  note: { x: number; y: number };
  sign: { x: number; y: number };
}
