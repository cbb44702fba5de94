// DOM helpers. The page is built from DOM nodes, never from HTML text, so nothing in the data can
// inject markup.

export function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

type Child = Node | string | null | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return el;
}

/** A link that opens in a new tab, only for http(s) addresses; anything else stays text. */
export function externalLink(href: string | null | undefined, text: string): Node | string {
  if (!href || !/^https?:\/\//i.test(href)) return text;
  return element('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** `SEED_PAPER` → `seed paper`. */
export function words(constant: string): string {
  return constant.toLowerCase().replaceAll('_', ' ');
}
