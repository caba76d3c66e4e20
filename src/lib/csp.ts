/**
 * The Content-Security-Policy (Astro's `security.csp`, rendered as a <meta> on every page).
 * Astro hashes the scripts and styles it bundles; the few inline snippets it does not process
 * are kept here as constants, rendered with `set:html`, and hashed from the same text, so the
 * policy and the page cannot drift apart. No 'unsafe-inline' for scripts or styles: maps are
 * styled by classes and presentation attributes, never `style="…"`.
 */
import { createHash } from 'node:crypto';
import { THEME_INIT } from './theme-init';

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
export const CSP_INLINE_SCRIPTS: string[] = [THEME_INIT];

/** The inline <script> and <style> blocks a page runs or applies (JSON-LD and other data blocks are not run). */
function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/type="application\/(?:ld\+)?json"/.test(attrs!))
    .map((m) => m[2]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { scripts, styles };
}

/**
 * Astro writes the hashes of every script and style it built into every page's policy (26 on a
 * muscle page, 1 KiB of gzip that cannot compress). A page needs only the hashes of its own inline
 * blocks: external files are allowed by 'self'. This keeps the directives' sources and the hashes
 * of what the page holds, and drops the rest — the policy stays as strict, the page gets smaller.
 */
export function pruneCspHashes(html: string): string {
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineBlocks(html);
  const used = { 'script-src': new Set(scripts.map(cspHash)), 'style-src': new Set(styles.map(cspHash)) };
  const policy = meta[2]!
    .split(';')
    .map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      const keep = used[name as keyof typeof used];
      if (!keep) return d.trim();
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s.slice(1, -1) as `sha256-${string}`))].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
