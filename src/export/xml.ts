/**
 * Text for XML attributes and elements: the five special characters escaped, line breaks and
 * tabs as character references (a parser normalises them to spaces in attribute values
 * otherwise), and the control characters XML 1.0 forbids (which no parser accepts even escaped)
 * removed.
 */
export function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing exactly these characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}
