export { createSandboxedPipeline, type SandboxedPipeline } from './sandboxed-pipeline.ts';
export { SandboxCrashError, SandboxCallError, type SandboxLimits } from './sandbox-host.ts';
