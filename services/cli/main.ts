import { USAGE, UsageError } from './usage-error.ts';

type Command = (argv: string[]) => Promise<number>;

/** One place that maps sub-commands to their modules (loaded lazily: `verify` needs no services). */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  verify: () => import('./commands/verify.ts'),
  serve: () => import('./commands/serve.ts'),
  worker: () => import('./commands/worker.ts'),
  tokens: () => import('./commands/tokens.ts'),
  blobs: () => import('./commands/blobs.ts'),
  reverify: () => import('./commands/reverify.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command: ${name}`);
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`precheck: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`precheck: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
