export { loadConfig, ConfigSchema, ConfigError, type Config } from './load-config.ts';
export { createLogger, type Logger } from './create-logger.ts';
export { onShutdown } from './on-shutdown.ts';
