import { ConfigError, loadConfig, type Config } from '../config/index.ts';

/**
 * The service settings for a command, or null after one line on stderr naming the bad keys (the
 * command then exits 1). Values are never echoed: some are secrets.
 */
export function commandConfig(command: string): Config | null {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`precheck ${command}: ${err.message}\n`);
    return null;
  }
}
