import path from 'node:path';
import { INCOME_MATERIAL_KINDS, type DocumentKind, type Flag, type PageReport, type Report } from '../../rules/contract/index.ts';
import { kindName } from '../../rules/index.ts';

const SEVERITY = { reject: '不通过', review: '需人工复核', info: '提示' } as const;

const mark = (v: boolean | null | undefined, yes: string, no: string) => (v === true ? yes : v === false ? no : '待定');

/**
 * A page's five marks. Seal, note and signature are asked of income materials on every page (guide
 * 五（二）3); on other materials what is there is shown, and what is not reads 不需要, not 无.
 */
function pageLine(p: PageReport, kind: DocumentKind): string {
  const asked = INCOME_MATERIAL_KINDS.includes(kind);
  const absent = (v: boolean | null | undefined, yes: string) => (asked || v === true ? mark(v, yes, '无') : '不需要');
  return [
    `  第${p.page}页`,
    `清晰:${mark(p.clarity.ok, '是', '否')}`,
    `完整:${mark(p.edges.ok, '是', '否')}`,
    `公章:${absent(p.seal.present, p.seal.matchesEmployer === false ? '非本单位' : '有')}`,
    `标注:${p.annotation.present === true && p.annotation.complete === false ? '不完整' : absent(p.annotation.present, '有')}`,
    `签字:${absent(p.signature.present, '有')}`,
  ].join('  ');
}

/**
 * One flag as its reader sees it: severity, where, the message and its guide clause once. The flag
 * code is for reviewers (their pages show it beside the message); it never enters a Chinese line.
 */
export function flagLine(f: Pick<Flag, 'severity' | 'file' | 'page' | 'message' | 'rule'>): string {
  const where = [f.file ? path.basename(f.file) : null, f.page ? `第${f.page}页` : null].filter(Boolean).join(' ');
  const clause = f.rule && !f.message.includes(`指南${f.rule}`) ? `（指南${f.rule}）` : '';
  return `  [${SEVERITY[f.severity]}] ${where ? `${where}：` : ''}${f.message}${clause}`;
}

/** The readable Chinese summary printed on stdout: per page the five marks, then the flags. */
export function formatSummary(report: Report): string {
  const out: string[] = [`案例 ${report.caseId ?? '-'} 预审结果（流水线 ${report.pipelineVersion}）`, ''];
  for (const d of report.documents) {
    const kind = kindName(d.kind);
    out.push(`${path.basename(d.file)} — ${d.invalid ? `无法读取（${d.invalid.reason}）` : `${kind}，${d.pageCount}页`}`);
    for (const p of d.pages) out.push(pageLine(p, d.kind));
    if (d.income.length) out.push(`  申报收入：${d.income.length}条`);
    if (d.taxes.length) out.push(`  纳税记录：${d.taxes.length}条`);
    if (d.term) out.push(`  期限：${d.term.start ?? '?'} 至 ${d.term.openEnded ? '无固定期限/长期' : (d.term.end ?? '?')}`);
    out.push('');
  }
  const counts = { reject: 0, review: 0, info: 0 };
  for (const f of report.flags) counts[f.severity]++;
  out.push(`问题：不通过 ${counts.reject}，需人工复核 ${counts.review}，提示 ${counts.info}`);
  for (const f of report.flags) out.push(flagLine(f));
  if (report.timings) out.push('', `用时 ${(report.timings.totalMs / 1000).toFixed(1)} s，共 ${report.timings.pages} 页`);
  return out.join('\n') + '\n';
}
