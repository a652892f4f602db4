import type { Flag } from './contract/index.ts';
import { makeFlag } from './flag.ts';
import { judgeSigner } from './contract-signer.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Guide 二（三）, 四（二）: the unit that signed the labour contract is the applying employer, and
 * 劳务派遣 staff are not eligible. Rejected only on a plausible unit's name, read with good
 * confidence, that is clearly another unit (judgeSigner): a weak reading goes to a reviewer.
 * (Withholding agent: PAYER_MISMATCH in the income rules; seal: SEAL_MISMATCH in the page rules.)
 */
export function checkSameUnit(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  const unit = ctx.caseFields.employer;
  for (const doc of docsOfKind(ctx, 'labor_contract')) {
    const signer = doc.parties.employer;
    const dispatch = doc.parties.dispatch === true || /劳务派遣/.test(signer ?? '');
    if (dispatch) {
      flags.push(
        makeFlag('DISPATCH_INELIGIBLE', 'reject', '劳动合同显示为劳务派遣用工，劳务派遣人员不具备申报资格', {
          file: doc.file,
          page: doc.term?.page ?? null,
          value: signer ?? null,
        }),
      );
    }
    if (!unit) continue;
    const employer = unit.name;
    const verdict = judgeSigner(signer, unit, { confidence: doc.parties.employerConfidence, creditCode: doc.parties.employerCreditCode });
    // A 劳务派遣 contract is rejected on that alone: which unit signed it changes nothing.
    if (verdict === 'same' || dispatch) continue;
    if (verdict === 'unread') {
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', '合同签订单位未能可靠识别，请人工核对是否与申请单位一致', {
          clause: '四（二）',
          file: doc.file,
          value: signer ?? null,
          expected: employer,
        }),
      );
    } else if (verdict === 'unsure') {
      flags.push(
        makeFlag('CONTRACT_EMPLOYER_MISMATCH', 'review', `劳动合同签订单位识别为“${signer}”，与申请单位“${employer}”相近但不完全一致，请人工核对是否为同一单位；如不是，请提供与申请单位签订的劳动合同`, {
          file: doc.file,
          value: signer,
          expected: employer,
        }),
      );
    } else {
      flags.push(
        makeFlag('CONTRACT_EMPLOYER_MISMATCH', 'reject', `劳动合同签订单位“${signer}”与申请单位“${employer}”不一致：须为同一家单位`, {
          file: doc.file,
          value: signer,
          expected: employer,
        }),
      );
    }
  }
  return { flags };
}
