import type { DocumentReport, Flag } from './contract/index.ts';
import { makeFlag } from './flag.ts';

/**
 * Guide 四（二）, 五（一）1（2）: the labour contract is signed by the applying employer, so it carries
 * that employer's seal — normally on the signature page (the last), sometimes elsewhere or as a
 * 骑缝章. One matching seal anywhere is enough; the flag points at the signature page.
 */
export function checkContractSeal(doc: DocumentReport): Flag[] {
  if (!doc.pages.length) return [];
  const last = doc.pages[doc.pages.length - 1].page;
  const seals = doc.pages.map((p) => p.seal);
  if (seals.some((s) => s.present === true && s.matchesEmployer === true)) return [];
  const present = doc.pages.filter((p) => p.seal.present === true);
  if (present.length) {
    const other = present.find((p) => p.seal.matchesEmployer === false);
    const unsure = present.some((p) => p.seal.matchesEmployer === null);
    const p = other && !unsure ? other : present[0];
    return [
      makeFlag(
        'SEAL_MISMATCH',
        unsure ? 'review' : 'reject',
        unsure
          ? `劳动合同第${p.page}页公章文字无法识别，请人工核对是否为申请单位公章`
          : `劳动合同第${p.page}页公章单位“${p.seal.text ?? ''}”与申请单位不一致：劳动合同签订单位须为申请单位`,
        { file: doc.file, page: p.page, box: p.seal.boxes[0] ?? null, value: p.seal.text, text: p.seal.text },
      ),
    ];
  }
  const unsure = seals.some((s) => s.present === null);
  return [
    makeFlag(
      'SEAL_MISSING',
      unsure ? 'review' : 'reject',
      unsure ? `劳动合同是否加盖用人单位公章无法自动判断（签字页第${last}页），请人工核对` : `劳动合同未检测到用人单位公章（签字页第${last}页），请上传加盖公章的劳动合同`,
      { file: doc.file, page: last },
    ),
  ];
}
