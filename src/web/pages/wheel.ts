// The MGI wheel: six domain segments around the hub, each a link to the domain's page.
// SVG links are focusable and carry an accessible name, so the wheel works from the keyboard.
import type { DomainSummary, Language } from '../../core/types';
import { translator } from '../../i18n/i18n';
import { html, type SafeHtml } from '../html';

const SIZE = 300;
const CENTER = SIZE / 2;
const OUTER = 146;
const INNER = 52;
const LABEL_RADIUS = 100;
/** Dark enough for white text (contrast ≥ 4.5:1). */
const COLOURS = ['#1f5a85', '#2b6e4f', '#6a4494', '#a2472a', '#7a5c12', '#37577a'];

const point = (radius: number, degrees: number): [number, number] => {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return [CENTER + radius * Math.cos(radians), CENTER + radius * Math.sin(radians)];
};

const fixed = (n: number): string => n.toFixed(2);

function segmentPath(start: number, end: number): string {
  const [ox1, oy1] = point(OUTER, start);
  const [ox2, oy2] = point(OUTER, end);
  const [ix2, iy2] = point(INNER, end);
  const [ix1, iy1] = point(INNER, start);
  return `M${fixed(ox1)} ${fixed(oy1)} A${OUTER} ${OUTER} 0 0 1 ${fixed(ox2)} ${fixed(oy2)} L${fixed(ix2)} ${fixed(iy2)} A${INNER} ${INNER} 0 0 0 ${fixed(ix1)} ${fixed(iy1)} Z`;
}

/** Splits a short name over at most two lines of the segment. */
function labelLines(name: string): string[] {
  const words = name.split(' ');
  if (words.length === 1) return [name];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

export function wheel(domains: readonly DomainSummary[], language: Language, hrefFor: (domain: DomainSummary) => string): SafeHtml {
  const t = translator(language);
  const step = 360 / domains.length;
  const segments = domains.map((domain, i) => {
    const [lx, ly] = point(LABEL_RADIUS, i * step + step / 2);
    const lines = labelLines(domain.shortName[language]);
    const firstDy = lines.length === 1 ? '0.35em' : '-0.25em';
    // The accessible name starts with the visible label (WCAG "label in name"), then the full name.
    const short = domain.shortName[language];
    const label = domain.name[language].startsWith(short) ? domain.name[language] : `${short}: ${domain.name[language]}`;
    return html`<a href="${hrefFor(domain)}" aria-label="${label}" data-domain="${domain.id}">
<path d="${segmentPath(i * step, (i + 1) * step)}" fill="${COLOURS[i % COLOURS.length]!}"></path>
<text x="${fixed(lx)}" y="${fixed(ly)}" text-anchor="middle">${lines.map((line, n) => html`${n > 0 ? ' ' : ''}<tspan x="${fixed(lx)}" dy="${n === 0 ? firstDy : '1.2em'}">${line}</tspan>`)}</text>
</a>`;
  });
  return html`<nav class="wheel" aria-label="${t('page.wheelTitle')}">
<svg viewBox="0 0 ${SIZE} ${SIZE}" role="group" aria-label="${t('page.wheelTitle')}">
<title>${t('page.wheelTitle')}</title>
${segments}
<circle class="hub" cx="${CENTER}" cy="${CENTER}" r="${INNER - 4}"></circle>
<text class="hub-label" x="${CENTER}" y="${CENTER}" text-anchor="middle" dy="0.35em">${t('page.hub')}</text>
</svg>
</nav>`;
}
