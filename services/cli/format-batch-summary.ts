import type { BatchRow, BatchSummary } from '../store/index.ts';

const OUTCOME: Record<string, string> = { reject: '不予通过', review: '需人工复核', pass: '通过', none: '无报告' };

/** What a re-verification changed, in Chinese with the codes as printed in reports. */
export function formatBatchSummary(batch: BatchRow, s: BatchSummary): string {
  const out = [
    `重新核验 ${batch.id}（${batch.mode === 'rules' ? '仅规则' : '完整'}）：${batch.done}/${batch.total} 个案例，重新分析 ${batch.pagesAnalysed} 页`,
    `结论或提示有变化的案例 ${s.casesChanged} 个${s.casesSkipped ? `；材料仍在分析中、未重新判定的案例 ${s.casesSkipped} 个` : ''}`,
  ];
  const codes = [...new Set([...Object.keys(s.flagsAdded), ...Object.keys(s.flagsRemoved)])].sort();
  if (codes.length) {
    out.push('', '提示变化（按代码）：');
    for (const c of codes) out.push(`  ${c}: +${s.flagsAdded[c] ?? 0} −${s.flagsRemoved[c] ?? 0}`);
  }
  const moves = Object.entries(s.outcomeMoves);
  if (moves.length) {
    out.push('', '结论变化：');
    for (const [move, n] of moves) {
      const [from, to] = move.split('->');
      out.push(`  ${OUTCOME[from!] ?? from} → ${OUTCOME[to!] ?? to}: ${n} 个案例`);
    }
    for (const m of s.movedCases) out.push(`    ${m.ref ?? '-'} (${m.id}): ${OUTCOME[m.from] ?? m.from} → ${OUTCOME[m.to] ?? m.to}`);
  }
  if (!codes.length && !moves.length) out.push('无任何变化');
  return out.join('\n') + '\n';
}
