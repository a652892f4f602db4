import { describe, expect, it } from 'vitest';
import { inspectInSandbox } from '../../services/api/upload/inspect-in-sandbox.ts';
import { SandboxCrashError } from '../../workers/sandbox/index.ts';

/** A pipeline whose inspectDocument answers each call from a script (an error or a value). */
function scripted(answers: (Error | { pageCount: number })[]) {
  let calls = 0;
  return {
    calls: () => calls,
    pipeline: {
      inspectDocument: async () => {
        const a = answers[calls++]!;
        if (a instanceof Error) throw a;
        return a;
      },
      quickCheckPage: async () => {
        throw new Error('unused');
      },
      invalidDocument: () => {
        throw new Error('unused');
      },
    } as unknown as Parameters<typeof inspectInSandbox>[0],
  };
}

describe('opening an upload in a sandbox child', () => {
  it.each([
    ['the file kills its child by memory or time', [new SandboxCrashError('resource_limit')], { invalid: 'resource_limit' }, 1],
    ['the child dies once for another reason, then opens the file', [new SandboxCrashError('sandbox_crashed'), { pageCount: 2 }], { pageCount: 2 }, 2],
    ['the child dies under the file twice', [new SandboxCrashError('sandbox_crashed'), new SandboxCrashError('sandbox_crashed')], { invalid: 'resource_limit' }, 2],
    ['the file opens', [{ pageCount: 1 }], { pageCount: 1 }, 1],
  ])('when %s, then the answer is as expected and no file earns a 503 forever', async (_what, answers, expected, calls) => {
    const s = scripted(answers as (Error | { pageCount: number })[]);
    expect(await inspectInSandbox(s.pipeline, new Uint8Array(1))).toEqual(expected);
    expect(s.calls()).toBe(calls);
  });

  it('when the pipeline raises anything else, or no child can start, then it is passed on (a 503 for the latter)', async () => {
    await expect(inspectInSandbox(scripted([new Error('boom')]).pipeline, new Uint8Array(1))).rejects.toThrow('boom');
    await expect(inspectInSandbox(scripted([new SandboxCrashError('sandbox_unavailable')]).pipeline, new Uint8Array(1))).rejects.toMatchObject({ reason: 'sandbox_unavailable' });
  });
});
