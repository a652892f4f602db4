/**
 * GB 32100-2015 统一社会信用代码 (the rules' own check, rules/identity/credit-code.ts). Early pilot
 * codes exist whose check fails, so callers treat false as "review", not as "forged".
 */
export { isValidCreditCode } from '../../rules/identity/index.ts';
