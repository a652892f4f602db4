/** What a progress line shows: cases done of total, pages analysed, pace and time left. */
export interface ProgressState {
  done: number;
  total: number;
  pagesAnalysed: number;
  casesPerSecond: number | null;
  etaSeconds: number | null;
}

const WIDTH = 30;

function clock(s: number | null): string {
  if (s === null) return '--:--';
  const m = Math.floor(s / 60);
  return `${m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}` : m}:${String(Math.round(s % 60)).padStart(2, '0')}`;
}

export function formatProgress(p: ProgressState, tty: boolean): string {
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  const pace = p.casesPerSecond === null ? '' : ` ${p.casesPerSecond.toFixed(0)} 案例/s`;
  const pages = p.pagesAnalysed ? ` 重新分析 ${p.pagesAnalysed} 页` : '';
  const text = `${p.done}/${p.total} (${pct}%)${pace}${pages} 剩余 ${clock(p.etaSeconds)}`;
  if (!tty) return text;
  const fill = p.total ? Math.round((p.done / p.total) * WIDTH) : WIDTH;
  return `[${'#'.repeat(fill)}${'.'.repeat(WIDTH - fill)}] ${text}`;
}

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal, else a plain line at most
 * every `everyMs` (logs and CI keep a readable record, not a stream of carriage returns).
 */
export function createProgressLine(stream: NodeJS.WriteStream = process.stderr, everyMs = 5_000) {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  return {
    update(p: ProgressState, force = false): void {
      const now = Date.now();
      if (tty) {
        stream.write(`\r${formatProgress(p, true)}\u001b[K`);
        drawn = true;
      } else if (force || now - last >= everyMs) {
        stream.write(`${formatProgress(p, false)}\n`);
        last = now;
      }
    },
    end(): void {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
