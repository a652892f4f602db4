export { startService, type Service } from './start-service.ts';
export { launchBrowser, newPage, signIn, screenshot, chromiumMissing, CHROMIUM, SCREENSHOTS } from './browser.ts';
export { openEvents, type TimedEvent } from '../../integration/support/read-events.ts';
