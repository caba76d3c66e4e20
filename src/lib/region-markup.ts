/**
 * The finder map's regions as markup: one `<g class="part">` per body part, each region a link
 * to its page. ReferralMap renders this string with `{@html}`, so hydration adopts the server's
 * nodes instead of building a component for each region (262 on the front view); the state
 * (picked, tab stop, the part in focus) is then applied to the elements directly. A region's
 * fill is its presentation attribute: transparent, or the pain dots once picked.
 */
import type { MapRegion } from './maps';

const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };
const SPECIAL = /[&"<]/;
/** Escapes text for a double-quoted attribute value (path data, long, never needs it: checked, not rewritten). */
const attr = (s: string) => (SPECIAL.test(s) ? s.replace(/[&"<]/g, (c) => ENTITY[c]!) : s);

/** ", right" / ", left" for a sided instance key (`temple|r`), else nothing. */
export function sideLabel(key: string): string {
  return key.endsWith('|r') ? ', right' : key.endsWith('|l') ? ', left' : '';
}

/** The regions grouped by body part, in the order of their first region. */
export function regionsMarkup(regions: readonly MapRegion[]): string {
  const byPart = new Map<string, MapRegion[]>();
  for (const r of regions) {
    const list = byPart.get(r.part);
    if (list) list.push(r);
    else byPart.set(r.part, [r]);
  }
  let out = '';
  for (const [part, list] of byPart) {
    out += `<g class="part" data-part="${attr(part)}">`;
    for (const r of list) {
      out += `<a href="/regions/${attr(r.region)}/" class="pick" data-key="${attr(r.key)}" data-region="${attr(r.region)}" aria-label="${attr(r.label + sideLabel(r.key))}"><path d="${attr(r.d)}" fill="transparent"></path></a>`;
    }
    out += '</g>';
  }
  return out;
}
