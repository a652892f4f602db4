import { INCOME_MATERIAL_KINDS, type DocumentReport, type Flag, type PageReport } from './contract/index.ts';
import { makeFlag } from './flag.ts';
import { gatedFlag } from './gated-flag.ts';
import { mayReject } from './data/reject-gate.ts';
import { garbledReadingOf, matchUnit } from './names.ts';

/** Chinese wording for each reason a page check reports, and what the employer should do. */
export const CLARITY_REASONS: Record<string, string> = {
  blurred: '图像模糊',
  low_resolution: '分辨率过低（应不低于300dpi）',
  compressed: '压缩过度、有明显马赛克',
  low_contrast: '对比度过低、字迹发淡',
  low_ocr_confidence: '文字无法清晰辨认',
};
export const EDGE_REASONS: Record<string, string> = {
  skewed: '页面歪斜',
  cut_off: '页面边缘被裁切、内容不完整',
  dark_border: '四周有黑边',
  phone_photo: '疑似手机翻拍而非扫描件',
};

export function describe(reasons: readonly string[] | undefined, table: Record<string, string>, fallback: string): string {
  const words = (reasons ?? []).map((r) => table[r] ?? r);
  return words.length ? words.join('、') : fallback;
}

/**
 * Guide 五: every uploaded page must be a clear scan of the whole sheet (四边轮廓整齐、信息清晰有效);
 * income materials carry the employer's seal, the annotation and the handler's signature on
 * every page. A check that could not decide (`null`) asks for review; one that decided rejects only
 * where the reject gate trusts it (data/reject-gate.ts), else it asks for review saying what to check.
 * `employer` is the case's employer name: a seal read as a slip of it (names.ts) is the employer's.
 */
export function checkPageMarks(doc: DocumentReport, kind: DocumentReport['kind'], employer: string | null = null): Flag[] {
  const flags: Flag[] = [];
  const income = INCOME_MATERIAL_KINDS.includes(kind);
  // The employer's seal read on one page of a material vouches for the seal whose text was not read on another.
  const employerSealRead = doc.pages.some((p) => sealIsEmployers(p.seal, employer) === true);
  for (const page of doc.pages) {
    flags.push(...scanFlags(doc.file, page));
    if (income) flags.push(...incomePageFlags(doc.file, page, employer, employerSealRead));
  }
  return flags;
}

/**
 * Whether a detected seal is the employer's: its text read as the employer's name, a one-character
 * slip of it (names.ts matchUnit) or its 字号 with the legal form garbled (garbledReadingOf), else
 * what the seal check said. Null: not known.
 */
export function sealIsEmployers(seal: PageReport['seal'], employer: string | null): boolean | null {
  if (seal.present !== true) return null;
  if (employer && seal.text) {
    const m = matchUnit(seal.text, employer);
    // A one-character slip where the reject gate does not trust the seal's reading is the employer's
    // (as for payer names: data/reject-gate.ts), and so is a garbled ring text keeping its 字号.
    if (m === 'same' || (m === 'unsure' && !mayReject('seal_employer_match', seal.confidence)) || garbledReadingOf(seal.text, employer)) return true;
  }
  return seal.matchesEmployer;
}

function scanFlags(file: string, page: PageReport): Flag[] {
  const flags: Flag[] = [];
  const at = { file, page: page.page };
  const { clarity, edges } = page;
  const n = page.page;
  if (clarity.ok === false) {
    const what = describe(clarity.reasons, CLARITY_REASONS, '图像不清晰');
    flags.push(
      gatedFlag('SCAN_UNCLEAR', 'unclear', clarity.confidence, { reject: `请重新扫描第${n}页：${what}`, review: `第${n}页疑似${what}，请人工核对；如确不清晰请重新扫描` }, { ...at, value: clarity.reasons ?? null }),
    );
  } else if (clarity.ok === null) {
    flags.push(makeFlag('SCAN_UNCLEAR', 'review', `第${n}页清晰度无法自动判断，请人工核对；如不清晰，请重新扫描该页（不低于300dpi）`, at));
  }
  if (edges.ok === false) {
    const what = describe(edges.reasons, EDGE_REASONS, '页面不完整或不端正');
    flags.push(
      gatedFlag(
        'SCAN_EDGES',
        'edges',
        edges.confidence,
        { reject: `请重新扫描第${n}页：${what}，应为四边轮廓整齐的原件扫描件`, review: `第${n}页疑似${what}，请人工核对；如是请重新扫描为四边轮廓整齐的原件扫描件` },
        { ...at, value: edges.reasons ?? null },
      ),
    );
  } else if (edges.ok === null) {
    flags.push(makeFlag('SCAN_EDGES', 'review', `第${n}页四边是否完整无法自动判断，请人工核对；如有裁切或歪斜，请重新扫描为四边轮廓整齐的原件扫描件`, at));
  }
  return flags;
}

export const NOTE = '与原件一致，本单位已核实确认真实有效';

function incomePageFlags(file: string, page: PageReport, employer: string | null, employerSealRead: boolean): Flag[] {
  const flags: Flag[] = [];
  const n = page.page;
  const { seal, annotation, signature } = page;
  const sealBox = seal.boxes[0] ?? null;
  const ours = sealIsEmployers(seal, employer);
  if (seal.present === false) {
    flags.push(
      gatedFlag('SEAL_MISSING', 'seal_present', seal.confidence, { reject: `第${n}页未检测到用人单位公章：应税收入材料应逐页加盖公章`, review: `第${n}页疑似未加盖用人单位公章，请人工核对；如未加盖，请逐页加盖公章后重新上传` }, { file, page: n }),
    );
  } else if (seal.present === null) {
    flags.push(makeFlag('SEAL_MISSING', 'review', `第${n}页是否加盖公章无法自动判断，请人工核对；如未加盖，请逐页加盖申请单位公章后重新上传`, { file, page: n, box: sealBox }));
  } else if (ours === false) {
    const at = { file, page: n, box: sealBox, value: seal.text, text: seal.text };
    flags.push(
      gatedFlag('SEAL_MISMATCH', 'seal_employer_match', seal.confidence, { reject: `第${n}页公章单位名称与申请单位不一致，请加盖申请单位公章`, review: `第${n}页公章文字识别为与申请单位不同的名称，请人工核对是否为申请单位公章；如不是，请加盖申请单位公章` }, at),
    );
  } else if (ours === null && !employerSealRead) {
    flags.push(makeFlag('SEAL_MISMATCH', 'review', `第${n}页公章文字无法识别，请人工核对是否为申请单位公章；如不是，请加盖申请单位公章后重新上传`, { file, page: n, box: sealBox, value: seal.text, text: seal.text }));
  }
  if (annotation.present === false) {
    flags.push(
      gatedFlag('ANNOTATION_MISSING', 'note_present', annotation.confidence, { reject: `第${n}页缺少经办人标注“${NOTE}”，请逐页标注`, review: `第${n}页疑似缺少经办人标注“${NOTE}”，请人工核对；如缺少，请逐页标注后重新上传` }, { file, page: n, expected: NOTE }),
    );
  } else if (annotation.present === null) {
    flags.push(makeFlag('ANNOTATION_MISSING', 'review', `第${n}页是否有经办人标注无法自动判断，请人工核对；如缺少，请逐页标注“${NOTE}”后重新上传`, { file, page: n, box: annotation.box, expected: NOTE }));
  } else if (annotation.complete !== true) {
    const at = { file, page: n, box: annotation.box, value: annotation.text, expected: NOTE, text: annotation.text };
    if (annotation.complete === false) {
      flags.push(gatedFlag('ANNOTATION_INCOMPLETE', 'note_complete', annotation.confidence, { reject: `第${n}页标注不完整，应完整写明“${NOTE}”`, review: `第${n}页标注疑似不完整，请人工核对；应完整写明“${NOTE}”` }, at));
    } else flags.push(makeFlag('ANNOTATION_INCOMPLETE', 'review', `第${n}页标注是否完整无法自动判断，请人工核对；应完整写明“${NOTE}”`, at));
  }
  if (signature.present === false) {
    flags.push(
      gatedFlag('SIGNATURE_MISSING', 'signature', signature.confidence, { reject: `第${n}页标注后缺少经办人签字，请逐页签字确认`, review: `第${n}页标注后疑似缺少经办人签字，请人工核对；如缺少，请逐页签字确认后重新上传` }, { file, page: n }),
    );
  } else if (signature.present === null) {
    flags.push(makeFlag('SIGNATURE_MISSING', 'review', `第${n}页是否有经办人签字无法自动判断，请人工核对；如缺少，请在标注后逐页签字确认`, { file, page: n, box: signature.box }));
  }
  return flags;
}
