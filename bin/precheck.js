#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step), so `npx precheck` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../services/cli/main.ts');
