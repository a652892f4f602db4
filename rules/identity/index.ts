export { checkIdentity } from './check-identity.ts';
export { judgeStatements, type StatementFinding, type StatementVerdict } from './borrowing-statement.ts';
export { judgePerson, type Applicant, type PersonReading, type PersonVerdict, type PersonReason } from './judge-person.ts';
export { readIdNumber, compareIdNumbers, maskIdNumber, idCheckCharacter, normaliseIdNumber, type IdReading, type IdReason, type IdMatch } from './id-number.ts';
export { isValidCreditCode, compareCreditCodes, normaliseCreditCode } from './credit-code.ts';
