import type { DocumentReport, Flag } from './contract/index.ts';
import { gatedFlag } from './gated-flag.ts';
import { makeFlag } from './flag.ts';
import { sealIsEmployers } from './page-marks.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { matchUnit } from './names.ts';

/**
 * Guide 四（二）, 五（一）1（2）: the labour contract is signed by the applying employer, so it carries
 * that employer's seal — normally on the signature page (the last), sometimes elsewhere or as a
 * 骑缝章. One matching seal anywhere is enough (a seal read as a slip of the employer's name
 * matches: names.ts); the flag points at the signature page. A finding rejects only where the
 * reject gate trusts the seal check's call (data/reject-gate.ts), else it is review.
 */
export function checkContractSeal(doc: DocumentReport, employer: string | null = null): Flag[] {
  if (!doc.pages.length) return [];
  const last = doc.pages[doc.pages.length - 1].page;
  const seals = doc.pages.map((p) => p.seal);
  if (seals.some((s) => sealIsEmployers(s, employer) === true)) return [];
  const present = doc.pages.filter((p) => p.seal.present === true);
  if (present.length) {
    const other = present.find((p) => sealIsEmployers(p.seal, employer) === false);
    const unsure = present.some((p) => sealIsEmployers(p.seal, employer) === null);
    const p = other && !unsure ? other : present[0];
    const at = { file: doc.file, page: p.page, box: p.seal.boxes[0] ?? null, value: p.seal.text, text: p.seal.text };
    // A seal whose ring text was not read, on a contract whose printed employer party was read
    // surely as the employer: the contract names its signer; nothing points at another unit.
    if (unsure && !other && partyIsEmployer(doc, employer)) return [];
    if (unsure) return [makeFlag('SEAL_MISMATCH', 'review', `劳动合同第${p.page}页公章文字无法识别，请人工核对是否为申请单位公章；如不是，请上传由申请单位签订并加盖公章的劳动合同`, at)];
    return [
      gatedFlag(
        'SEAL_MISMATCH',
        'seal_employer_match',
        p.seal.confidence,
        {
          reject: `劳动合同第${p.page}页公章单位“${p.seal.text ?? ''}”与申请单位不一致：劳动合同签订单位须为申请单位`,
          review: `劳动合同第${p.page}页公章文字识别为“${p.seal.text ?? ''}”，与申请单位不一致，请人工核对；劳动合同签订单位须为申请单位`,
        },
        at,
      ),
    ];
  }
  if (seals.some((s) => s.present === null)) {
    return [makeFlag('SEAL_MISSING', 'review', `劳动合同是否加盖用人单位公章无法自动判断（签字页第${last}页），请人工核对；如未加盖，请上传加盖公章的劳动合同`, { file: doc.file, page: last })];
  }
  const sure = Math.min(...seals.map((s) => s.confidence));
  return [
    gatedFlag(
      'SEAL_MISSING',
      'seal_present',
      sure,
      { reject: `劳动合同未检测到用人单位公章（签字页第${last}页），请上传加盖公章的劳动合同`, review: `劳动合同疑似未加盖用人单位公章（签字页第${last}页），请人工核对；如未加盖，请上传加盖公章的劳动合同` },
      { file: doc.file, page: last },
    ),
  ];
}

function partyIsEmployer(doc: DocumentReport, employer: string | null): boolean {
  const party = doc.parties.employer;
  return !!employer && !!party && (doc.parties.employerConfidence ?? 1) >= MIN_FIELD_CONFIDENCE && matchUnit(party, employer) === 'same';
}
