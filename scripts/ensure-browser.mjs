// Makes sure the e2e tests have a browser: a Chromium on the machine (CHROMIUM_PATH or
// /usr/bin/chromium), else Debian's package when we are root, else Playwright's own download.
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (findChromium()) {
  console.log(`browser: ${findChromium()}`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let installed = false;
  if (isRoot) {
    try {
      run('command -v apt-get >/dev/null');
      console.log('browser: installing Debian chromium (apt-get)…');
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null');
      installed = Boolean(findChromium());
    } catch {
      installed = false;
    }
  }
  if (!installed) {
    console.log("browser: no system Chromium; using Playwright's own (npx playwright install chromium)");
    run('npx playwright install chromium');
  } else {
    console.log(`browser: ${findChromium()}`);
  }
}
