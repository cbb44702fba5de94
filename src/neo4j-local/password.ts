import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The password of the project's own Neo4j: generated once per home directory and kept there
 * (mode 600), so nothing secret is in the repository and a restart reuses the same database.
 */
export async function localPassword(homeDir: string): Promise<string> {
  const file = join(homeDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(homeDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
