import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { matchPerson } from '../../rules/names.ts';
import { compareCreditCodes, compareIdNumbers, idCheckCharacter, isValidCreditCode, judgePerson, maskIdNumber, readIdNumber } from '../../rules/identity/index.ts';
import { judgeSigner } from '../../rules/contract-signer.ts';
import { caseFields, cleanNewCase, doc } from './rules-fixtures.ts';

const ID = '110105199001011232'; // valid: the check character of 11010519900101123 is 2
const OTHER_ID = '440306199203084417'; // valid, another person (1992, male)
const APPLICANT = { name: '王小明', idNumber: ID };

describe('GB 11643 ID numbers (ISO 7064 MOD 11-2)', () => {
  it.each([
    // [number as read, checksum, reasons, why]
    [ID, true, [], 'a valid number'],
    ['610113198911195222', true, [], 'the demo applicant'],
    ['110105199001011233', false, ['id_checksum_invalid'], 'the check character misread'],
    ['110105199001011282', false, ['id_checksum_invalid'], 'one digit of the body misread'],
    ['11010519900101123X', false, ['id_checksum_invalid'], 'X where 2 belongs'],
    ['110105199902311232', true, ['id_birth_date_impossible'], 'born 1999-02-31, its check character right (B23)'],
    ['１１０１０５１９９００１０１１２３２', true, [], 'full-width digits'],
    ['110105 19900101 1232', true, [], 'spaces between groups'],
    ['11010819850615118x', true, [], 'a lower-case x is X'],
    ['911101054336190441', null, ['id_format_invalid'], 'a 统一社会信用代码 of 18 digits: no province opens with 9'],
  ] as const)('when %s is read, then its check holds: %s, reasons %j (%s)', (read, ok, reasons, _why) => {
    const r = readIdNumber(read);
    if (ok !== null) expect(r.checksumOk).toBe(ok);
    expect(r.reasons).toEqual(reasons);
  });

  it('computes the check character from its weights, remainder 0..10 → 1 0 X 9 8 7 6 5 4 3 2', () => {
    expect(idCheckCharacter('11010519900101123')).toBe('2');
    expect(idCheckCharacter('11010819850615002')).toBe('1');
    expect(idCheckCharacter('1101051990010112')).toBeNull();
  });

  it('reads the birth date and sex the number encodes, and none from a masked number', () => {
    expect(readIdNumber(ID)).toMatchObject({ birthDate: '1990-01-01', sex: 'male', masked: false });
    expect(readIdNumber('110108198506150021')).toMatchObject({ birthDate: '1985-06-15', sex: 'female' });
    expect(readIdNumber('1101**********1232')).toMatchObject({ masked: true, checksumOk: null, birthDate: null, sex: 'male', reasons: [] });
  });

  it.each([
    // [read, applicant, match, why]
    ['1101**********1232', ID, 'same', 'masked: the visible digits agree'],
    ['110105********1232', ID, 'same', 'masked with the division code shown'],
    ['1101**********4417', ID, 'different', 'masked: the last four are another person’s'],
    ['4403**********1232', ID, 'different', 'masked: another division'],
    ['1101**********1231', ID, 'slip', 'masked: one visible digit differs'],
    ['1**************2', ID, 'unread', 'only two characters shown'],
    [ID, ID, 'same', 'whole and equal'],
    ['110105199001011282', ID, 'slip', 'one digit misread'],
    [OTHER_ID, ID, 'different', 'another person'],
  ] as const)('when %s is compared with the applicant’s, then %s (%s)', (read, applicant, match, _why) => {
    expect(compareIdNumbers(readIdNumber(read), applicant)).toBe(match);
  });

  it('shows a number by its last four characters only', () => {
    expect(maskIdNumber(ID)).toBe('**************1232');
    expect(maskIdNumber('1101**********1232')).toBe('**************1232');
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('GB 32100 credit codes', () => {
  it.each([
    ['9111010815QG05TFRF', true, 'the demo employer’s'],
    ['91110000802100433B', true, 'a registered company'],
    ['91110000802100433C', false, 'the check character misread'],
    ['9111010815QG05TFR', false, '17 characters'],
    ['9111O10815QG05TFRF', false, 'O is outside the code set'],
  ] as const)('when %s is read, then valid: %s (%s)', (code, ok, _why) => {
    expect(isValidCreditCode(code)).toBe(ok);
  });

  it('compares a contract’s code with the employer’s: equal, another valid code, or a misread', () => {
    expect(compareCreditCodes('9111010815QG05TFRF', '9111010815QG05TFRF')).toBe('same');
    expect(compareCreditCodes('91110000802100433B', '9111010815QG05TFRF')).toBe('other');
    expect(compareCreditCodes('91110000802100433C', '9111010815QG05TFRF')).toBe('unread');
    expect(compareCreditCodes(null, '9111010815QG05TFRF')).toBe('unread');
  });

  it('when the contract carries another unit’s valid code, then the signer is another unit only where its name says so too', () => {
    const employer = { name: '北京某某科技有限公司', creditCode: '9111010815QG05TFRF' };
    expect(judgeSigner('北京博远软件有限公司', employer, { creditCode: '91110000802100433B' })).toBe('other');
    expect(judgeSigner('北京某某科技有限公司', employer, { creditCode: '91110000802100433B' })).toBe('unsure');
    expect(judgeSigner(null, employer, { creditCode: '91110000802100433B' })).toBe('unsure');
    expect(judgeSigner(null, employer, { creditCode: '9111010815QG05TFRF' })).toBe('same');
  });
});

describe('persons’ names read by OCR', () => {
  it.each([
    ['王小明', '王小明', 'same', 'equal'],
    [',王小明', '王小明', 'same', 'a colon read as a comma before the name'],
    ['王 小明', '王小明', 'same', 'a name split across a line (joined with a space)'],
    ['王小朋', '王小明', 'slip', 'one character misread'],
    ['王小', '王小明', 'slip', 'one character dropped'],
    ['杨起', '杨霞', 'slip', 'the demo contract’s reading: one character of two'],
    ['李建华', '王小明', 'different', 'another person'],
    ['王芳芳', '王小明', 'different', 'same surname, another given name'],
    ['ZHANG WEI', 'Zhang Wei', 'same', 'Latin letters, case and spaces'],
  ] as const)('when "%s" is read for "%s", then %s (%s)', (read, applicant, match, _why) => {
    expect(matchPerson(read, applicant)).toBe(match);
  });
});

describe('whose material it is (judgePerson)', () => {
  it.each([
    // [reading, verdict, reasons, why]
    [{ name: '王小明', idNumber: ID }, 'same', [], 'the applicant'],
    [{ name: '王小明', idNumber: '1101**********1232' }, 'same', [], 'the tax record’s masked number agrees'],
    [{ name: '李建华', idNumber: OTHER_ID }, 'other', ['name_differs', 'id_differs'], 'a colleague’s material'],
    [{ name: '李建华', nameConfidence: 0.95 }, 'unsure', ['name_differs'], 'another name read surely, no number: a name alone is a doubt (OCR reads names two characters wrong)'],
    [{ name: '李建华', nameConfidence: 0.95, idNumber: '4403**********4417' }, 'other', ['name_differs', 'id_differs'], 'another name beside another masked number'],
    [{ name: '王小明', idNumber: '911101054336190441' }, 'same', [], 'a 统一社会信用代码 read where the number is: no ID number, the name decides'],
    [{ name: '李建华', nameConfidence: 0.4 }, 'unsure', ['name_differs'], 'another name read weakly'],
    [{ name: '王小朋', nameConfidence: 0.95 }, 'unsure', ['name_slip'], 'a one-character slip, even read surely'],
    [{ name: '王小朋', nameConfidence: 0.3, idNumber: ID, idConfidence: 0.82 }, 'same', [], 'a one-character slip beside the applicant’s own full number read surely (the demo contract: 杨起 for 杨霞)'],
    [{ name: '李建华', nameConfidence: 0.9, idNumber: ID, idConfidence: 0.82 }, 'same', [], 'a name read two characters wrong beside the applicant’s own full number'],
    [{ name: '王小朋', nameConfidence: 0.3, idNumber: ID, idConfidence: 0.4 }, 'unsure', ['name_slip'], 'the applicant’s number read weakly settles nothing'],
    [{ name: '王小朋', nameConfidence: 0.3, idNumber: '1101**********1232' }, 'unsure', ['name_slip'], 'a masked number’s few digits settle nothing'],
    [{ name: '王小明', idNumber: '110105199001011282', idConfidence: 0.4 }, 'unsure', ['id_checksum_invalid', 'id_slip'], 'a digit misread: its check fails'],
    [{ name: '王小明', idNumber: OTHER_ID }, 'unsure', ['name_and_id_disagree', 'id_differs'], 'the applicant’s name with another’s number'],
    [{ idNumber: '110105199902311232' }, 'unsure', ['id_birth_date_impossible', 'id_differs'], 'an impossible birth date (1999-02-31), even with its check character right'],
    [{ idNumber: '440306199203084410', idConfidence: 0.3 }, 'unsure', ['id_checksum_invalid', 'id_differs'], 'another number failing its check, read weakly: a misread'],
    [{ idNumber: '440306199203084410', idConfidence: 0.9 }, 'unsure', ['id_differs', 'id_checksum_invalid'], 'another number failing its check, read surely: a PERSON_MISMATCH to review, not a reject'],
    [{ idNumber: OTHER_ID, idConfidence: 0.9 }, 'other', ['id_differs'], 'another number holding its check, read surely'],
    [{ name: null }, 'unread', [], 'nothing read'],
    [{ name: '王小明（签字）盖章日期' }, 'unread', [], 'a label run on: no name'],
  ] as const)('when a material reads %j, then %s %j (%s)', (read, verdict, reasons, _why) => {
    const v = judgePerson(read, APPLICANT);
    expect(v.verdict).toBe(verdict);
    expect([...v.reasons].sort()).toEqual([...reasons].sort());
  });

  it('when the case gives a birth date and sex but no number, then a valid number encoding others is another person', () => {
    expect(judgePerson({ idNumber: OTHER_ID }, { birthDate: '1990-01-01', sex: 'female' })).toMatchObject({ verdict: 'other', reasons: ['id_birth_date_differs', 'id_sex_differs'] });
    expect(judgePerson({ idNumber: ID }, { birthDate: '1990-01-01', sex: 'male' }).verdict).toBe('unread');
  });
});

describe('PERSON_MISMATCH in a case', () => {
  const withDoc = (kind: DocumentReport['kind'], parties: DocumentReport['parties']) => {
    const c = cleanNewCase();
    const documents = c.documents.map((d) => (d.kind === 'labor_contract' ? { ...d, parties: { ...d.parties, employee: '王小明' } } : d));
    return evaluateCase({ caseFields: caseFields({ applicant: APPLICANT }), documents: [...documents, doc(kind, { file: `${kind}-x.pdf`, parties })] }).flags.filter((f) => f.code === 'PERSON_MISMATCH');
  };

  it('when every material names the applicant, then nothing is raised', () => {
    expect(withDoc('id_card', { employee: '王小明', employeeIdNumber: ID })).toEqual([]);
  });

  it('when the tax record is a colleague’s (B24), then PERSON_MISMATCH with the name read and the number masked, on the clause of the applicant’s own materials', () => {
    const [f] = withDoc('tax_record', { employee: '李建华', employeeIdNumber: '4403**********4417' });
    expect(f).toMatchObject({ file: 'tax_record-x.pdf', rule: '五（二）3, 4, 四（五）' });
    expect(['reject', 'review']).toContain(f.severity);
    expect(f.evidence.value).toMatchObject({ name: '李建华', idNumber: '**************4417' });
    expect(f.evidence.expected).toMatchObject({ name: '王小明', idNumber: '**************1232' });
    expect(f.message).toContain('李建华');
    expect(JSON.stringify(f)).not.toContain('4403');
    expect(JSON.stringify(f)).not.toContain(ID.slice(0, 14));
  });

  it('when an ID card fails its check digit (B22), then it is review with id_checksum_invalid, the number shown masked', () => {
    const [f] = withDoc('id_card', { employee: '王小明', employeeIdNumber: '110105199001011282', employeeIdConfidence: 0.45 });
    expect(f.severity).toBe('review');
    expect(f.evidence.value).toMatchObject({ idNumber: '**************1282', reasons: expect.arrayContaining(['id_checksum_invalid']) });
    expect(f.message).toContain('校验位');
  });

  it('when the lease is in another person’s name, then review asking for the 借住声明 or the 婚姻凭证, never a reject', () => {
    const [f] = withDoc('lease_contract', { lessee: '李建华', lesseeIdNumber: OTHER_ID });
    expect(f.severity).toBe('review');
    expect(f.message).toMatch(/借住声明/);
    expect(f.message).toMatch(/婚姻凭证/);
  });

  it.each([
    // [kind, parties, severity, why]
    ['labor_contract', { employee: '李建华', employeeConfidence: 0.9, employeeIdNumber: OTHER_ID, employeeIdConfidence: 0.9 }, 'reject', 'another person read surely: past the reject gate (0.70)'],
    ['labor_contract', { employee: '李建华', employeeConfidence: 0.65, employeeIdNumber: OTHER_ID, employeeIdConfidence: 0.65 }, 'review', 'another person read at 0.65: under the gate'],
    ['income_query', { employee: '李建华', employeeConfidence: 0.5 }, 'review', 'another name read weakly'],
    ['income_query', { employee: '李建华', employeeConfidence: 0.95 }, 'review', 'another name read surely but no number beside it'],
    ['tax_record', { employee: '王小朋', employeeConfidence: 0.95 }, 'review', 'a one-character slip read surely'],
    ['lease_contract', { lessee: '李建华', lesseeConfidence: 0.95, lesseeIdNumber: OTHER_ID, lesseeIdConfidence: 0.95 }, 'review', 'a lease in another name, read surely'],
  ] as const)('when a %s of applicant X is attached to case Y (%j), then %s (%s)', (kind, parties, severity, _why) => {
    const flags = withDoc(kind, parties);
    expect(flags.map((f) => f.severity)).toEqual([severity]);
  });

  it('when the case names no applicant, then no material is compared', () => {
    const c = cleanNewCase();
    const flags = evaluateCase({ caseFields: caseFields({ applicant: undefined }), documents: [...c.documents, doc('tax_record', { file: 'x.pdf', parties: { employee: '李建华' } })] }).flags;
    expect(flags.filter((f) => f.code === 'PERSON_MISMATCH')).toEqual([]);
  });
});
