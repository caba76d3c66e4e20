/**
 * The site-wide script, one small file on every page: the colour-scheme toggle, the Print button
 * of handouts, and the service worker (offline use) with its update offer. Each part does nothing
 * where its markup is absent; without JavaScript the buttons stay hidden.
 */

// The reader's choice of scheme: pressed = dark. It starts from what the page shows (the stored
// choice, which the head script applied before first paint, or the system setting).
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
const system = matchMedia('(prefers-color-scheme: dark)');
const dark = () => (root.dataset.theme ?? (system.matches ? 'dark' : 'light')) === 'dark';
const sync = () => button?.setAttribute('aria-pressed', String(dark()));
if (button) {
  button.hidden = false;
  sync();
  system.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const theme = dark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    sync();
  });
}
// A page's Print button (muscle and condition handouts), here to spare a script file per page.
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  b.hidden = false;
  b.addEventListener('click', () => print());
}

// Offline use: register the worker once the page has loaded; when a new build's worker is installed and
// waiting, offer it, and reload only when the reader accepts (a first install also takes control).
const offer = document.querySelector<HTMLElement>('[data-update-prompt]');
if ('serviceWorker' in navigator && offer) {
  const sw = navigator.serviceWorker;
  let waiting: ServiceWorker | null = null;
  let accepted = false;
  const show = (w?: ServiceWorker | null) => {
    if (w && sw.controller) {
      waiting = w;
      offer.hidden = false;
    }
  };
  offer.querySelector('[data-update-now]')?.addEventListener('click', () => {
    accepted = true;
    waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  offer.querySelector('[data-update-later]')?.addEventListener('click', () => (offer.hidden = true));
  sw.addEventListener('controllerchange', () => accepted && location.reload());
  // Three seconds after load: installing precaches the site (15 MB), which must not compete with
  // the page coming alive.
  addEventListener('load', () =>
    setTimeout(async () => {
      // Where the browser refuses a worker (private modes, policies), the site works as before.
      const reg = await sw.register('/sw.js').catch(() => null);
      show(reg?.waiting);
      reg?.addEventListener('updatefound', () => {
        const w = reg.installing;
        w?.addEventListener('statechange', () => w.state === 'installed' && show(w));
      });
    }, 3000),
  );
}
