/** The document stage: classify a document and read its fields from page text. */
export { extractDocument, type DocumentFields } from './extract-document.ts';
export { MIN_FIELD_CONFIDENCE } from './min-field-confidence.ts';
export { classifyKind } from './classify-kind.ts';
export { extractIncomeRows } from './extract-income-rows.ts';
export { extractTaxRows } from './extract-tax-rows.ts';
export { extractTerm } from './extract-term.ts';
export { extractParties } from './extract-parties.ts';
export { extractIssuedDate } from './extract-issued-date.ts';
export { isValidIdNumber, birthDateFromIdNumber } from './validate-id-number.ts';
export { isValidCreditCode } from './validate-credit-code.ts';
export { parseChineseDate, findDates } from './parse-date.ts';
export { parseMoney } from './parse-money.ts';
export type { PageText } from './types.ts';
