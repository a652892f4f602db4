import { readFileSync, readdirSync } from 'node:fs';

/** One field of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: its peak), 0 once the process is gone. */
function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every process's parent, from /proc/<pid>/stat (the field after the command's closing parenthesis). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** `pid` and all its descendants (a worker and its sandbox children). */
export function processTree(pid: number): number[] {
  const ppid = parents();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [p, pp] of ppid) if (pp === tree[i] && !tree.includes(p)) tree.push(p);
  return tree;
}

/** Resident memory of a process tree now: the root's own, its descendants' together, and the sum. */
export function treeRssMb(pid: number): { main: number; children: number; total: number; hwm: number } {
  const [root, ...rest] = processTree(pid);
  const main = statusMb(root!, 'VmRSS');
  const children = rest.reduce((s, p) => s + statusMb(p, 'VmRSS'), 0);
  // Each process's own peak, added up: an upper bound of the tree's peak (they need not peak together).
  const hwm = [root!, ...rest].reduce((s, p) => s + statusMb(p, 'VmHWM'), 0);
  return { main, children, total: main + children, hwm };
}
