import { createCanvas } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('ukai', 'ReaderHand');

function line(text: string): Uint8Array {
  const c = createCanvas(864, 96);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 864, 96);
  g.font = '40px ReaderHand';
  g.fillStyle = '#1b2f8f';
  g.fillText(text, 16, 64);
  return new Uint8Array(c.toBuffer('image/png'));
}

describe('createRegionReader', () => {
  let reader: ClosableRegionReader | null = null;
  afterAll(async () => reader?.close());

  it('when the models load from node_modules, then a handwriting-like line is read', async () => {
    reader = await createRegionReader();
    expect(reader).not.toBeNull();
    const res = await reader!.read(line('与原件一致，本单位已核实确认真实有效'));
    expect(res.text).toContain('与原件一致');
    expect(res.lines.length).toBe(1);
    expect(res.lines[0].box.w).toBeGreaterThan(600);
    expect(res.confidence).toBeGreaterThan(80);
  });
  it('when the engine has loaded, then it leaves no empty runtime trace file in the temp folder', () => {
    for (const dir of new Set(['/tmp', tmpdir()])) expect(existsSync(join(dir, `mat-debug-${process.pid}.log`))).toBe(false);
  });
  it('when several reads are issued at once, then each gets its own text', async () => {
    const [a, b] = await Promise.all([reader!.read(line('仅供办理工作居住证使用')), reader!.read(line('王小明'))]);
    expect(a.text).toContain('工作居住证');
    expect(b.text).toContain('王小明');
  });
  it('when the load cannot finish in time, then it returns null instead of hanging', async () => {
    expect(await createRegionReader({ loadTimeoutMs: 1 })).toBeNull();
  });
  it('when the reader is closed, then reading throws', async () => {
    const r = await createRegionReader();
    await r!.close();
    await expect(r!.read(line('与原件一致'))).rejects.toThrow(/closed/);
  });
});
