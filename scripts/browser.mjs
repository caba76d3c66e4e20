// Finds a Chromium for the tests: CHROMIUM_PATH, then a system Chromium, else none (Playwright's own).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a system Chromium, or undefined to let Playwright use its own browser. */
export function findChromium() {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
    return env;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags that keep a headless Chromium quiet on a machine with no internet. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'];
