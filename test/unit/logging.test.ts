import { describe, expect, it } from 'vitest';
import { createLogger, errorForLog } from '../../services/config/index.ts';

function capture(name: string) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ name, level: 'info', destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
  return { log, lines };
}

describe('logs', () => {
  it('when the API and the worker log, then each line carries its logger name readable', () => {
    const api = capture('api');
    const worker = capture('worker');
    api.log.info('x');
    worker.log.info('y');
    expect(api.lines[0]!.name).toBe('api');
    expect(worker.lines[0]!.name).toBe('worker');
  });

  it('when a log object holds personal fields, then they are censored', () => {
    const { log, lines } = capture('api');
    log.info({ applicant: { name: '张三', idNumber: '110101199001011234' }, doc: { name: '李四', text: 'OCR' }, token: 'secret' }, 'm');
    const line = JSON.stringify(lines[0]);
    for (const v of ['张三', '李四', '110101199001011234', 'OCR', 'secret']) expect(line).not.toContain(v);
    expect(lines[0]!.name).toBe('api');
  });

  it('when an unexpected error is logged, then its class and stack frames are there and its message is not', () => {
    const err = new TypeError('cannot read 张三 110101199001011234');
    const field = errorForLog(err);
    expect(field.type).toBe('TypeError');
    expect(field.stack).toMatch(/^at /);
    expect(field.stack).toContain('logging.test.ts');
    expect(JSON.stringify(field)).not.toContain('张三');
    expect(JSON.stringify(field)).not.toContain('110101199001011234');
    expect(errorForLog('a string thrown')).toEqual({ type: 'string' });
  });
});
