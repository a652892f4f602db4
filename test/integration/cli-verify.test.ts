import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../rules/contract/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/precheck.js');
const blockNetwork = path.join(root, 'test/fixtures/block-network.cjs');

function precheck(args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('precheck verify (CLI)', () => {
  it.each([
    [[], 'no command'],
    [['verify'], 'no input'],
    [['verify', 'samples/demo/income-query.pdf', '--date', '20210820'], 'a malformed date'],
    [['verify', 'samples/demo/income-query.pdf', '--kind', 'payslip'], 'an unknown kind'],
    [['verify', 'samples/demo/income-query.pdf', '--no-such-option'], 'an unknown option'],
    [['frobnicate'], 'an unknown command'],
  ])('when called with %j (%s), then it exits 2 with the usage', (args, _why) => {
    const r = precheck(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/usage/);
  });

  it('when files are not a PDF, empty or encrypted, then each is FILE_INVALID in the report and the exit code is 0', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'precheck-cli-')), 'report.json');
    const files = ['samples/bad/not-a-pdf.pdf', 'samples/bad/empty.pdf', 'samples/bad/encrypted.pdf', 'samples/bad/truncated.pdf'];
    const r = precheck(['verify', ...files, '--json', out, '--workers', '1']);
    expect(r.code).toBe(0);
    const report = validateReport(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.documents.map((d) => d.invalid?.reason)).toEqual(['not_a_pdf', 'empty_file', 'pdf_encrypted', 'pdf_malformed']);
    const invalid = report.flags.filter((f) => f.code === 'FILE_INVALID');
    expect(invalid.map((f) => path.basename(f.file ?? ''))).toEqual(files.map((f) => path.basename(f)));
    expect(invalid.every((f) => f.severity === 'reject')).toBe(true);
    expect(r.stdout).toContain('无法读取');
  });

  it('when the network is blocked in every thread, then OCR still reads the page (nothing is fetched at run time)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'precheck-offline-')), 'report.json');
    const r = precheck(['verify', 'samples/demo/income-query.pdf', '--json', out, '--workers', '1'], ['--require', blockNetwork]);
    expect(r.stderr).toContain('NETWORK-BLOCKED (worker thread)'); // the guard reached the OCR worker
    expect(r.stderr).not.toContain('NETWORK-ATTEMPT');
    expect(r.code).toBe(0);
    const report = validateReport(JSON.parse(readFileSync(out, 'utf8')));
    const [doc] = report.documents;
    expect(doc!.pages[0]!.textSource).toBe('ocr');
    expect(doc!.pages[0]!.ocrConfidence).toBeGreaterThan(50);
    expect(doc!.kind).toBe('income_query');
    expect(doc!.income.length).toBeGreaterThanOrEqual(10);
    expect(r.stdout).toContain('第1页');
    // one full page analysis (two OCR engines) in a child process: ~45 s on a busy 2-core machine
  }, 150_000);
});
