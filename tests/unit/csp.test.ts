import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCspHashes } from '../../src/lib/csp';

const sha = (t: string) => `sha256-${createHash('sha256').update(t).digest('base64')}`;

describe('pruneCspHashes', () => {
  const script = 'customElements.define("x-y", class extends HTMLElement {})';
  const style = '.a{color:red}';
  const elsewhere = sha('a script on some other page');
  const policy = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' '${sha(script)}' '${elsewhere}'; style-src 'self' '${sha(style)}' '${sha('.b{}')}';`;
  const page = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script><script type="application/ld+json">{"@type":"Thing"}</script><script type="module" src="/a.js"></script></body></html>`;
  const out = pruneCspHashes(page);
  const directives = Object.fromEntries(
    /content="([^"]*)"/
      .exec(out)![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );

  it("keeps the hashes of the page's own inline script and style", () => {
    expect(directives['script-src']).toContain(`'${sha(script)}'`);
    expect(directives['style-src']).toContain(`'${sha(style)}'`);
  });
  it('drops hashes of blocks the page does not hold (JSON-LD is data, not a script)', () => {
    expect(directives['script-src']).not.toContain(`'${elsewhere}'`);
    expect(directives['style-src']).not.toContain(`'${sha('.b{}')}'`);
    expect(directives['script-src']).toHaveLength(3);
  });
  it('leaves sources and the other directives as they were', () => {
    expect(directives['script-src']!.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(out.replace(/content="[^"]*"/, '')).toBe(page.replace(/content="[^"]*"/, ''));
  });
  it('leaves a page without a policy untouched', () => {
    expect(pruneCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
