import { CalendarDate } from '../model/date.js';

/**
 * An institution's rename (`renamedOn`, `formerName`): both or neither, and the day falls inside
 * its life (after its first day, not after its last). Run on every entity the loader prepares, so
 * the files and curation obey the same rule. Returns the problems, worded for the editor.
 */
export function renameProblems(id: string, props: Readonly<Record<string, unknown>>): string[] {
  const day = props['renamedOn'];
  const hasFormerName = typeof props['formerName_en'] === 'string';
  if (!(day instanceof CalendarDate)) {
    return hasFormerName ? [`${id}: formerName is given without renamedOn, the day the present name took effect`] : [];
  }
  const problems = hasFormerName ? [] : [`${id}: renamedOn is given without formerName (with at least its English form)`];
  const from = props['validFrom'];
  const to = props['validTo'];
  const afterStart = !(from instanceof CalendarDate) || from.isBefore(day);
  const beforeEnd = !(to instanceof CalendarDate) || !to.isBefore(day);
  if (!afterStart || !beforeEnd) {
    const life = `${from instanceof CalendarDate ? from.iso : '…'} to ${to instanceof CalendarDate ? to.iso : '…'}`;
    problems.push(`${id}: renamed on ${day.iso}, outside its life (${life})`);
  }
  return problems;
}
