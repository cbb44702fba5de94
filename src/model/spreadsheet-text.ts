/**
 * Excel and LibreOffice run a cell that starts with one of these as a formula (OWASP's "CSV
 * injection"): `=HYPERLINK(…)` in a programme's name would become a live link in a researcher's
 * spreadsheet. `-5` in a name is text too, so it is covered; numbers stored as numbers are not.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Text as a spreadsheet must show it: text that starts with a formula trigger gets a single quote
 * in front, which spreadsheets read as "this cell is text" and do not show; the rest is kept as it
 * is. The one rule for every CSV the project writes (the service's exports and the explorer's
 * matrix download).
 */
export function asSpreadsheetText(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}
