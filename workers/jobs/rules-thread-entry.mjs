// A rules thread's entry: TypeScript runs without a build step here as in the CLI (bin/precheck.js).
import { register } from 'tsx/esm/api';

register();
await import('./rules-thread.ts');
