import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { judgeStatements } from '../../rules/identity/index.ts';
import { caseFields, cleanNewCase, doc } from './rules-fixtures.ts';

const ID = '110105199001011232'; // the applicant's, valid
const RELATIVE_ID = '440306199203084417'; // valid, the relative who rents the home
const OWNER_ID = '110108198506150021'; // valid, the landlord
const STRANGER_ID = '11010819850615118X'; // valid, a third person
const APPLICANT = { name: '王小明', idNumber: ID };

const LEASE: DocumentReport['parties'] = { lessor: '赵丽', lessorIdNumber: OWNER_ID, lessee: '李建华', lesseeIdNumber: RELATIVE_ID, address: '北京市昌平区回龙观东大街8号院3号楼2单元501室' };
const lease = (parties: DocumentReport['parties'] = LEASE) => doc('lease_contract', { file: 'lease.pdf', parties });
const statement = (parties: DocumentReport['parties'], file = 'statement.pdf') => doc('borrowing_statement', { file, parties });
const OWN = { borrower: '王小明', borrowerIdNumber: ID };

function personFlags(extra: DocumentReport[]) {
  const c = cleanNewCase();
  const documents = c.documents.map((d) => (d.kind === 'labor_contract' ? { ...d, parties: { ...d.parties, employee: '王小明' } } : d));
  return evaluateCase({ caseFields: caseFields({ applicant: APPLICANT }), documents: [...documents, ...extra] }).flags.filter((f) => f.code === 'PERSON_MISMATCH');
}

describe('a relative’s lease and the 房屋借住声明 (guide 五（二）4②)', () => {
  it.each([
    // [statement parties (null: none), flagged files, why]
    [null, ['lease.pdf'], 'no statement: the lease in another name is review'],
    [{ lender: '李建华', lenderIdNumber: RELATIVE_ID, ...OWN }, [], 'the lessee lends the home to the applicant: settled, nothing raised'],
    [{ lender: '李建华', ...OWN }, [], 'names only, both the lessee’s and the applicant’s'],
    [{ lender: '李建华', lenderIdNumber: RELATIVE_ID, borrower: '王小朋', borrowerIdNumber: ID }, [], 'the borrower’s name read with a slip beside the applicant’s own valid number'],
    [{ lender: '赵丽', lenderIdNumber: OWNER_ID, ...OWN }, [], 'the owner (the lease’s 出租人) lends it'],
    [{ lender: '李建华', lenderIdNumber: '440306199203084418', ...OWN }, ['lease.pdf'], 'the lender’s number one digit off the lessee’s: a reviewer compares them'],
    [{ lender: '孙国庆', lenderIdNumber: STRANGER_ID, ...OWN }, ['lease.pdf'], 'another lender: the review stays'],
    [{ lender: '李建华', lenderIdNumber: STRANGER_ID, ...OWN }, ['lease.pdf'], 'the lessee’s name beside another valid number: not the lessee'],
    [{ lender: null, lenderIdNumber: null, ...OWN }, ['lease.pdf'], 'the lender unread: the review stays'],
    [{ lender: '李建华', lenderIdNumber: RELATIVE_ID, borrower: '孙国庆', borrowerIdNumber: STRANGER_ID }, ['lease.pdf', 'statement.pdf'], 'a statement for someone else: it is PERSON_MISMATCH, and the lease stays'],
  ] as const)('when the case holds %j, then PERSON_MISMATCH on %j (%s)', (parties, files, _why) => {
    const flags = personFlags([lease(), ...(parties ? [statement(parties)] : [])]);
    expect(flags.map((f) => f.file).sort()).toEqual([...files].sort());
    expect(flags.every((f) => f.severity !== 'reject' || f.file === 'statement.pdf')).toBe(true);
  });

  it('when the statement names another lender, then the lease’s review says whose statement it is and cites 五（二）4②', () => {
    const [f] = personFlags([lease(), statement({ lender: '孙国庆', lenderIdNumber: STRANGER_ID, ...OWN })]);
    expect(f).toMatchObject({ file: 'lease.pdf', severity: 'review', rule: '五（二）4②' });
    expect(f.message).toContain('出借人为“孙国庆”');
    expect(f.message).toContain('既不是租赁合同的承租人');
    expect(f.evidence.value).toMatchObject({ statement: { file: 'statement.pdf', verdict: 'other_lender', lenderIdNumber: '**************118X' } });
    expect(JSON.stringify(f)).not.toContain(STRANGER_ID.slice(0, 14));
  });

  it('when the lender is one slip off the lessee, then the review stays and asks a reviewer to compare them', () => {
    const [f] = personFlags([lease(), statement({ lender: '李建中', lenderIdNumber: null, ...OWN })]);
    expect(f).toMatchObject({ file: 'lease.pdf', severity: 'review', rule: '五（二）4②' });
    expect(f.message).toContain('未能确认是租赁合同的承租人或出租人');
  });

  it('when the statement is someone else’s, then it is flagged on the 借住人 under 五（二）4②', () => {
    const flags = personFlags([lease(), statement({ lender: '李建华', borrower: '孙国庆', borrowerIdNumber: STRANGER_ID })]);
    const own = flags.find((f) => f.file === 'statement.pdf')!;
    expect(own).toMatchObject({ rule: '五（二）4②' });
    expect(own.message).toContain('借住人');
    expect(flags.find((f) => f.file === 'lease.pdf')!.message).toContain('借住人未能确认为申请人本人');
  });

  it('when the applicant’s own lease is in the case, then a statement changes nothing', () => {
    expect(personFlags([lease({ ...LEASE, lessee: '王小明', lesseeIdNumber: ID }), statement({ lender: '孙国庆', ...OWN })])).toEqual([]);
  });

  it('when several statements are attached, then the one naming the applicant and the lessee settles the lease', () => {
    const other = statement({ lender: '孙国庆', lenderIdNumber: STRANGER_ID, ...OWN }, 'a.pdf');
    const right = statement({ lender: '李建华', lenderIdNumber: RELATIVE_ID, ...OWN }, 'b.pdf');
    expect(judgeStatements(lease(), [other, right], APPLICANT)).toMatchObject({ verdict: 'covers', statement: { file: 'b.pdf' } });
    expect(judgeStatements(lease(), [], APPLICANT)).toMatchObject({ verdict: 'none', statement: null });
  });

  it('when a statement stands in for the lease, then the proof of residence is not missing', () => {
    const c = cleanNewCase();
    const documents = c.documents.filter((d) => d.kind !== 'residence_permit');
    const flags = evaluateCase({ caseFields: c.caseFields, documents: [...documents, statement({ lender: '李建华', borrower: '王小明' })] }).flags;
    expect(flags.filter((f) => f.code === 'MATERIAL_MISSING' && /住所/.test(f.message))).toEqual([]);
  });
});
