/** The Convention on the Rights of the Child: its 54 articles are `crc:art:1` to `crc:art:54`. */
export const CRC_ARTICLES = 54;

export function crcArticleId(number: number): string {
  return `crc:art:${number}`;
}
