import type { DocumentKind, DocumentReport, Flag } from './contract/index.ts';
import { MIN_KIND_CONFIDENCE } from './data/cut-offs.ts';
import { makeFlag } from './flag.ts';

const KIND_NAMES: Record<DocumentKind, string> = {
  tax_record: '个人所得税纳税记录',
  income_query: '申报收入查询',
  labor_contract: '劳动合同',
  lease_contract: '房屋租赁合同',
  id_card: '身份证',
  residence_permit: '北京市居住证',
  hukou: '户口本',
  degree_certificate: '学位证书',
  title_certificate: '职称证书',
  resignation_certificate: '离职证明',
  borrowing_statement: '房屋借住声明',
  other: '其他材料',
};

export function kindName(kind: DocumentKind): string {
  return KIND_NAMES[kind];
}

/** The detected kind when it is trusted, else what the employer declared. */
export function effectiveKind(doc: DocumentReport): DocumentKind {
  if (doc.declaredKind && doc.kindConfidence < MIN_KIND_CONFIDENCE) return doc.declaredKind;
  return doc.kind;
}

/** The reasons of InvalidReason (workers/page/render/limits.ts) as the employer reads them; another code is shown as it is. */
const INVALID_REASONS: Record<string, string> = {
  not_a_pdf: '不是PDF文件',
  empty_file: '文件为空',
  pdf_encrypted: 'PDF已加密，无法读取',
  pdf_malformed: 'PDF文件已损坏',
  too_many_pages: '页数超过上限',
  page_too_large: '页面尺寸超过上限',
  image_too_large: '文件中的图像像素数超过上限（扫描分辨率过高）',
  image_corrupt: '文件中的图像数据已损坏',
  file_too_large: '文件大小超过上限',
  blank_document: '所有页面均为空白',
  file_missing: '找不到该文件',
  resource_limit: '文件处理所需的内存或时间超过上限（文件结构异常）',
};

/** Why a file could not be read, as the employer reads it. */
export function invalidReasonName(reason: string): string {
  return INVALID_REASONS[reason] ?? '文件无法读取';
}

/** Guide 五: uploads are readable PDF scans; 五（二）: each upload is the material it was declared as. */
export function checkDocument(doc: DocumentReport): Flag[] {
  if (doc.invalid) {
    const why = INVALID_REASONS[doc.invalid.reason] ?? doc.invalid.reason;
    return [
      makeFlag('FILE_INVALID', 'reject', `文件“${doc.file}”无法读取：${why}。请上传原件的PDF扫描件`, {
        file: doc.file,
        value: doc.invalid.reason,
      }),
    ];
  }
  const flags = doc.activeContent?.length ? [activeContentFlag(doc.file, doc.activeContent)] : [];
  if (doc.declaredKind && doc.declaredKind !== doc.kind) {
    const sure = doc.kindConfidence >= MIN_KIND_CONFIDENCE;
    return [
      ...flags,
      makeFlag(
        'KIND_MISMATCH',
        sure ? 'reject' : 'review',
        sure
          ? `文件“${doc.file}”申报为${kindName(doc.declaredKind)}，但内容识别为${kindName(doc.kind)}，请上传正确的材料`
          : `文件“${doc.file}”申报为${kindName(doc.declaredKind)}，识别结果为${kindName(doc.kind)}但把握不足，请人工核对材料类型`,
        { file: doc.file, value: { kind: doc.kind, confidence: doc.kindConfidence }, expected: doc.declaredKind },
      ),
    ];
  }
  return flags;
}

const ACTIVE_CONTENT_NAMES: Record<string, string> = {
  javascript: '脚本',
  launch_action: '启动外部程序的动作',
  xfa_form: 'XFA表单',
  embedded_file: '嵌入的附件',
};

/**
 * Guide 五 asks for PDF scans of the originals. A scanner writes pages only; a file carrying
 * scripts or attachments was made or edited by other software. Nothing of it is run or opened, and
 * the pages are judged as any other; a reviewer decides whether the file is what it claims.
 */
function activeContentFlag(file: string, kinds: string[]): Flag {
  const names = kinds.map((k) => ACTIVE_CONTENT_NAMES[k] ?? k).join('、');
  return makeFlag('FILE_ACTIVE_CONTENT', 'review', `文件“${file}”含有${names}（系统未执行、未打开），扫描件不应含有这些内容，请核实文件来源，必要时重新扫描原件后上传`, {
    file,
    value: kinds,
  });
}
