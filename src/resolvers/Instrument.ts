import type { InstrumentResolvers } from '../generated/graphql.js';
import { isInstrumentKind } from '../model/kinds.js';
import { entityFields } from './Entity.js';

export const Instrument: InstrumentResolvers = {
  ...entityFields,
  instrumentKind: (row) => {
    if (!isInstrumentKind(row.kind)) throw new Error(`${row.id} is a ${row.kind}, not an instrument`);
    return row.kind;
  },
};
