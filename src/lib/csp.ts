/**
 * The Content-Security-Policy (Astro's `security.csp`, rendered as a <meta> on every page).
 * Astro hashes the scripts and styles it bundles; the few inline snippets it does not process
 * are kept here as constants, rendered with `set:html`, and hashed from the same text, so the
 * policy and the page cannot drift apart. No 'unsafe-inline' for scripts or styles: maps are
 * styled by classes and presentation attributes, never `style="…"`.
 */
import { createHash } from 'node:crypto';

/** Study mode without JavaScript: hide the app and its reserved space (inside <noscript>). */
export const NOSCRIPT_STUDY_CSS = '.study{display:none}';

export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Directives beyond script-src and style-src (which Astro writes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles its search core from WebAssembly, which needs 'wasm-unsafe-eval'. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CSP_INLINE_STYLES = [NOSCRIPT_STUDY_CSS];
export const CSP_INLINE_SCRIPTS: string[] = [];
