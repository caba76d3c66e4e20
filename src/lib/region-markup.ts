/**
 * The finder map's regions as markup: one `<g class="part">` per body part, each region a link
 * to its page. ReferralMap renders this string with `{@html}`, so hydration adopts the server's
 * nodes instead of building a component for each region (262 on the front view); the state
 * (picked, tab stop, the part in focus) is then applied to the elements directly. A region's
 * fill is its presentation attribute: transparent, or the pain dots once picked. Each link carries
 * what the island needs of its region (key, id, name, part, a point inside), so the finder's first
 * map is read back from the page (regionsFromDom) instead of being sent a second time as props.
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
      out += `<a href="/regions/${attr(r.region)}/" class="pick" data-key="${attr(r.key)}" data-region="${attr(r.region)}" data-c="${r.c[0]} ${r.c[1]}" aria-label="${attr(r.label + sideLabel(r.key))}"><path d="${attr(r.d)}" fill="transparent"></path></a>`;
    }
    out += '</g>';
  }
  return out;
}

/** The regions of server-rendered markup, as regionsMarkup wrote them (without their path data). */
export function regionsFromDom(root: ParentNode): MapRegion[] {
  const out: MapRegion[] = [];
  for (const a of root.querySelectorAll<SVGAElement>('a.pick')) {
    const key = (a.dataset.key ?? '') as MapRegion['key'];
    const [x = 0, y = 0] = (a.dataset.c ?? '').split(' ').map(Number);
    const label = a.getAttribute('aria-label') ?? '';
    const side = sideLabel(key);
    out.push({
      key,
      region: a.dataset.region ?? '',
      label: side && label.endsWith(side) ? label.slice(0, -side.length) : label,
      d: '',
      part: a.closest<SVGGElement>('g.part')?.dataset.part ?? '',
      c: [x, y],
    });
  }
  return out;
}
