import type { TimelinePartyResolvers } from '../generated/graphql.js';
import { textIn } from '../model/languages.js';

export const TimelineParty: TimelinePartyResolvers = {
  name: (row, { lang }) => textIn(row.names, 'name', lang) ?? row.id,
};
