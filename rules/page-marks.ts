import { INCOME_MATERIAL_KINDS, type DocumentReport, type Flag, type PageReport } from './contract/index.ts';
import { makeFlag } from './flag.ts';

/** Chinese wording for each reason a page check reports, and what the employer should do. */
const CLARITY_REASONS: Record<string, string> = {
  blurred: '图像模糊',
  low_resolution: '分辨率过低（应不低于300dpi）',
  compressed: '压缩过度、有明显马赛克',
  low_contrast: '对比度过低、字迹发淡',
  low_ocr_confidence: '文字无法清晰辨认',
};
const EDGE_REASONS: Record<string, string> = {
  skewed: '页面歪斜',
  cut_off: '页面边缘被裁切、内容不完整',
  dark_border: '四周有黑边',
  phone_photo: '疑似手机翻拍而非扫描件',
};

function describe(reasons: readonly string[] | undefined, table: Record<string, string>, fallback: string): string {
  const words = (reasons ?? []).map((r) => table[r] ?? r);
  return words.length ? words.join('、') : fallback;
}

/**
 * Guide 五: every uploaded page must be a clear scan of the whole sheet (四边轮廓整齐、信息清晰有效);
 * income materials carry the employer's seal, the annotation and the handler's signature on
 * every page. A check that could not decide (`null`) asks for review.
 */
export function checkPageMarks(doc: DocumentReport, kind: DocumentReport['kind']): Flag[] {
  const flags: Flag[] = [];
  const income = INCOME_MATERIAL_KINDS.includes(kind);
  for (const page of doc.pages) {
    flags.push(...scanFlags(doc.file, page));
    if (income) flags.push(...incomePageFlags(doc.file, page));
  }
  return flags;
}

function scanFlags(file: string, page: PageReport): Flag[] {
  const flags: Flag[] = [];
  const at = { file, page: page.page };
  const { clarity, edges } = page;
  if (clarity.ok === false) {
    const what = describe(clarity.reasons, CLARITY_REASONS, '图像不清晰');
    flags.push(makeFlag('SCAN_UNCLEAR', 'reject', `请重新扫描第${page.page}页：${what}`, { ...at, value: clarity.reasons ?? null }));
  } else if (clarity.ok === null) {
    flags.push(makeFlag('SCAN_UNCLEAR', 'review', `第${page.page}页清晰度无法自动判断，请人工核对；如不清晰请重新扫描`, at));
  }
  if (edges.ok === false) {
    const what = describe(edges.reasons, EDGE_REASONS, '页面不完整或不端正');
    flags.push(
      makeFlag('SCAN_EDGES', 'reject', `请重新扫描第${page.page}页：${what}，应为四边轮廓整齐的原件扫描件`, {
        ...at,
        value: edges.reasons ?? null,
      }),
    );
  } else if (edges.ok === null) {
    flags.push(makeFlag('SCAN_EDGES', 'review', `第${page.page}页四边是否完整无法自动判断，请人工核对`, at));
  }
  return flags;
}

function incomePageFlags(file: string, page: PageReport): Flag[] {
  const flags: Flag[] = [];
  const n = page.page;
  const { seal, annotation, signature } = page;
  const sealBox = seal.boxes[0] ?? null;
  if (seal.present === false) {
    flags.push(makeFlag('SEAL_MISSING', 'reject', `第${n}页未检测到用人单位公章：应税收入材料应逐页加盖公章`, { file, page: n }));
  } else if (seal.present === null) {
    flags.push(makeFlag('SEAL_MISSING', 'review', `第${n}页是否加盖公章无法自动判断，请人工核对`, { file, page: n, box: sealBox }));
  } else if (seal.matchesEmployer === false) {
    flags.push(
      makeFlag('SEAL_MISMATCH', 'reject', `第${n}页公章单位名称与申请单位不一致，请加盖申请单位公章`, {
        file,
        page: n,
        box: sealBox,
        value: seal.text,
        text: seal.text,
      }),
    );
  } else if (seal.matchesEmployer === null) {
    flags.push(
      makeFlag('SEAL_MISMATCH', 'review', `第${n}页公章文字无法识别，请人工核对是否为申请单位公章`, {
        file,
        page: n,
        box: sealBox,
        value: seal.text,
        text: seal.text,
      }),
    );
  }
  const expected = '与原件一致，本单位已核实确认真实有效';
  if (annotation.present === false) {
    flags.push(makeFlag('ANNOTATION_MISSING', 'reject', `第${n}页缺少经办人标注“${expected}”，请逐页标注`, { file, page: n, expected }));
  } else if (annotation.present === null) {
    flags.push(makeFlag('ANNOTATION_MISSING', 'review', `第${n}页是否有经办人标注无法自动判断，请人工核对`, { file, page: n, box: annotation.box, expected }));
  } else if (annotation.complete !== true) {
    const decided = annotation.complete === false;
    flags.push(
      makeFlag(
        'ANNOTATION_INCOMPLETE',
        decided ? 'reject' : 'review',
        decided ? `第${n}页标注不完整，应完整写明“${expected}”` : `第${n}页标注是否完整无法自动判断，请人工核对`,
        { file, page: n, box: annotation.box, value: annotation.text, expected, text: annotation.text },
      ),
    );
  }
  if (signature.present === false) {
    flags.push(makeFlag('SIGNATURE_MISSING', 'reject', `第${n}页标注后缺少经办人签字，请逐页签字确认`, { file, page: n }));
  } else if (signature.present === null) {
    flags.push(makeFlag('SIGNATURE_MISSING', 'review', `第${n}页是否有经办人签字无法自动判断，请人工核对`, { file, page: n, box: signature.box }));
  }
  return flags;
}
