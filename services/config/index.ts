export { loadConfig, loadInputLimits, inputLimitsOf, ConfigSchema, ConfigError, type Config } from './load-config.ts';
export { createLogger, errorForLog, type Logger } from './create-logger.ts';
export { onShutdown } from './on-shutdown.ts';
export { settingsTable, SETTINGS_DOC } from './settings-doc.ts';
export { replaceSettingsBlock } from './settings-block.ts';
