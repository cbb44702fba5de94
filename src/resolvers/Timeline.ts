import type { TimelineEventResolvers, TimelinePartyResolvers } from '../generated/graphql.js';
import { textIn } from '../model/languages.js';

export const TimelineEvent: TimelineEventResolvers = {
  formerName: (row, { lang }) => (row.formerNames ? textIn(row.formerNames, 'formerName', lang) : null),
};

export const TimelineParty: TimelinePartyResolvers = {
  name: (row, { lang }) => textIn(row.names, 'name', lang) ?? row.id,
};
