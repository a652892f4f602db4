/**
 * Connected components of a binary grid (row-major, `gw` × `gh`) with an explicit stack (no
 * recursion depth limits): each set cell gets its component's number (1, 2, …), unset cells 0.
 */
export function labelComponents(on: Uint8Array, gw: number, gh: number, connectivity: 4 | 8): Int32Array {
  const labels = new Int32Array(on.length);
  let next = 0;
  const stack: number[] = [];
  for (let i = 0; i < on.length; i++) {
    if (!on[i] || labels[i]) continue;
    labels[i] = ++next;
    stack.push(i);
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % gw;
      const y = (p / gw) | 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if ((dx === 0 && dy === 0) || (connectivity === 4 && dx !== 0 && dy !== 0)) continue;
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
          const q = ny * gw + nx;
          if (on[q] && !labels[q]) {
            labels[q] = next;
            stack.push(q);
          }
        }
      }
    }
  }
  return labels;
}
