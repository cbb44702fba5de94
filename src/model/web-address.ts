/**
 * The rule for every stored address (a source's or document's `url`, and any address field a
 * kind gets later): an absolute `http` or `https` URL with a host, and nothing else. A
 * `javascript:` or `data:` address would be handed, as is, to every consumer of the API and of
 * the exports (a notebook, a web page, Gephi's node table), so it is refused where it comes in:
 * the dataset files (loader and data check) and curation (createEntity, updateEntity,
 * importGraph), which all convert values through src/data/values.ts.
 */
export const WEB_SCHEMES = ['http:', 'https:'] as const;

/** Why `value` is not an address the graph stores, or undefined when it is one. */
export function webAddressProblem(value: string): string | undefined {
  // The URL parser drops tabs and newlines and trims spaces; a consumer's parser may not.
  if ([...value].some(isSpaceOrControl)) return 'must be an http(s) address without spaces or control characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) address, e.g. https://adilet.zan.kz/rus/docs/Z070000319_';
  }
  if (!(WEB_SCHEMES as readonly string[]).includes(url.protocol)) {
    return `must be an http or https address (not ${url.protocol.slice(0, 20)})`;
  }
  if (!url.hostname) return 'must name a host';
  return undefined;
}

function isSpaceOrControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || code === 0x7f || /\s/.test(char);
}
