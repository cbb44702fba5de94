import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../auth/roles.js';
import { TokenStore } from '../auth/tokens.js';
import { fail, withDatabase } from './database.js';

/**
 * `npm run token:create -- --role admin --name alice`: creates an API token and prints it, once.
 * This is how the first admin token is made; admins then create others with `createToken`.
 */
const { values } = parseArgs({ options: { role: { type: 'string', default: 'editor' }, name: { type: 'string' } } });
const name = values.name?.trim();
if (!name) fail('give the holder: --name <who> (the audit trail names writers by it)');
if (!isRole(values.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
const role = values.role;

await withDatabase(async (db) => {
  const { token, info } = await new TokenStore(db).create(name, role, null);
  console.log(`Created ${info.role} token ${info.id} for ${info.name}. It is shown this once; only its hash is stored:\n`);
  console.log(token);
  console.log(`\nSend it as:  Authorization: Bearer ${token.slice(0, 8)}...`);
}).catch(fail);
