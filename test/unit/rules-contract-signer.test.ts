import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { cleanNewCase } from './rules-fixtures.ts';

const BRANCH = '北京联创医药科技有限公司朝阳分公司';

/** The clean case, its employer `employer`, its labour contract's signer read as `read` (OCR row confidence `confidence`). */
function withSigner(employer: string, read: string | null, confidence?: number) {
  const c = cleanNewCase();
  c.caseFields = { ...c.caseFields, employer: { ...c.caseFields.employer!, name: employer } };
  const parties: DocumentReport['parties'] = { employer: read, ...(confidence !== undefined ? { employerConfidence: confidence } : {}) };
  c.documents = c.documents.map((d) => (d.kind === 'labor_contract' ? { ...d, parties } : d));
  return c;
}

const signerFlags = (c: ReturnType<typeof withSigner>) =>
  evaluateCase(c)
    .flags.filter((f) => f.file === 'labor_contract.pdf' && /CONTRACT_EMPLOYER_MISMATCH|EXTRACTION_UNCERTAIN/.test(f.code))
    .map((f) => `${f.code}:${f.severity}`);

describe('the labour contract signer (二（三）): a rejection needs a plausible reading of another unit', () => {
  it.each([
    // [what the signer line was read as, employer, confidence, flags]
    ['OCR garbage with no unit ending', BRANCH, '区力也委光量史明蓝', undefined, ['EXTRACTION_UNCERTAIN:review']],
    ['a fragment too short for a registered name', BRANCH, '联创公司', undefined, ['EXTRACTION_UNCERTAIN:review']],
    ['a name run on into Latin letters and digits', BRANCH, '北京Ab3科技有限公司', undefined, ['EXTRACTION_UNCERTAIN:review']],
    ['nothing', BRANCH, null, undefined, ['EXTRACTION_UNCERTAIN:review']],
    ['the branch itself', BRANCH, BRANCH, undefined, []],
    ['the branch with 公 of its 分公司 dropped (no unit ending left)', BRANCH, '北京联创医药科技有限公司朝阳分司', undefined, ['EXTRACTION_UNCERTAIN:review']],
    ['the branch with one character inserted', BRANCH, '北京联创医药科枝技有限公司朝阳分公司', undefined, []],
    ['the head office of the applying branch', BRANCH, '北京联创医药科技有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['a branch of the applying head office', '北京联创医药科技有限公司', BRANCH, undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['the registered name without its place', '北京联创医药科技有限公司', '联创医药科技有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['a short form of the 字号 with the company form', '北京联创医药科技有限公司', '北京联创医药有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['two characters misread apart', '北京联创医药科技有限公司', '北京联刨医药科拔有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['two adjacent characters misread', '北京联创医药科技有限公司', '北京联创区药秤技有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['another company, clearly read', '北京联创医药科技有限公司', '北京青松数据服务发展有限公司', undefined, ['CONTRACT_EMPLOYER_MISMATCH:reject']],
    ['another company, read on a weak OCR row', '北京联创医药科技有限公司', '北京青松数据服务发展有限公司', 0.4, ['EXTRACTION_UNCERTAIN:review']],
    ['one character of the employer replaced, on a weak OCR row', '北京联创医药科技有限公司', '北京联创医药科枝有限公司', 0.4, []],
    ['one character of the employer replaced, on a good OCR row', '北京联创医药科技有限公司', '北京联创医药科枝有限公司', 0.92, ['CONTRACT_EMPLOYER_MISMATCH:review']],
    ['another company, read on a good OCR row', '北京联创医药科技有限公司', '北京青松数据服务发展有限公司', 0.92, ['CONTRACT_EMPLOYER_MISMATCH:reject']],
    ['another kind of unit (a research institute)', '北京联创医药科技有限公司', '北京市医药卫生科学研究院', undefined, ['CONTRACT_EMPLOYER_MISMATCH:reject']],
    ['another company with the annotation run into it', '北京联创医药科技有限公司', '北京青松数据服务发展有限公司与原件一致', undefined, ['CONTRACT_EMPLOYER_MISMATCH:reject']],
    ['the employer with the annotation run into it', '北京联创医药科技有限公司', '北京联创医药科技有限公司与原件一致本单位已核实', undefined, []],
  ] as const)('when the signer reads as %s, then %j', (_, employer, read, confidence, expected) => {
    expect(signerFlags(withSigner(employer, read, confidence))).toEqual(expected);
  });
});

describe('the contract credit code and 劳务派遣', () => {
  const CODE = '9111010232636674X3';
  const withCode = (read: string | null, code: string | null, dispatch = false) => {
    const c = withSigner('北京联创医药科技有限公司', read);
    c.caseFields = { ...c.caseFields, employer: { ...c.caseFields.employer!, creditCode: CODE } };
    c.documents = c.documents.map((d) => (d.kind === 'labor_contract' ? { ...d, parties: { ...d.parties, employerCreditCode: code, dispatch } } : d));
    return c;
  };
  it.each([
    ['two characters of the name misread, the credit code read as the employer\'s', '北京联刨医药科拔有限公司', CODE, []],
    ['no name read, the credit code read as the employer\'s', null, CODE, []],
    ['another company\'s name, another credit code', '北京青松数据服务发展有限公司', '911101144798733204', ['CONTRACT_EMPLOYER_MISMATCH:reject']],
  ] as const)('when the contract shows %s, then %j', (_, read, code, expected) => {
    expect(signerFlags(withCode(read, code))).toEqual(expected);
  });
  it('when a 劳务派遣 contract\'s signer cannot be read, then the dispatch rejection stands alone', () => {
    const flags = evaluateCase(withCode('TI', null, true)).flags.filter((f) => f.file === 'labor_contract.pdf').map((f) => `${f.code}:${f.severity}`);
    expect(flags).toContain('DISPATCH_INELIGIBLE:reject');
    expect(flags.filter((f) => /CONTRACT_EMPLOYER_MISMATCH|EXTRACTION_UNCERTAIN/.test(f))).toEqual([]);
  });
});
