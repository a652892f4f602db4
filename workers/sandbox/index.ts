export { createSandboxedPipeline, type SandboxedPipeline } from './sandboxed-pipeline.ts';
export { SandboxCrashError, SandboxCallError, sandboxCrashReason, type SandboxLimits } from './sandbox-host.ts';
