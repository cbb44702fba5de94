/**
 * Reading Maven's console output, which is all it tells us: which files it downloaded (for the
 * progress lines of the first fetch) and, when it fails, the line that says why (instead of the
 * whole log).
 */

const DOWNLOADED = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB|GB)\b/;
// Maven writes decimal units (1 kB = 1000 B).
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** The size of the file a `Downloaded from central: <url> (6.1 MB at 12 MB/s)` line reports; null for any other line. */
export function downloadedBytes(line: string): number | null {
  const match = DOWNLOADED.exec(line);
  if (!match?.[1] || !match[2]) return null;
  return Math.round(Number(match[1]) * (UNIT_BYTES[match[2]] ?? 1));
}

// The advice Maven appends to every failure, which says nothing about this one.
const BOILERPLATE = /^\[ERROR\]\s*($|->|To see the full stack trace|Re-run Maven|For more information|\[Help \d+\])/;

/**
 * Why a Maven run failed, in one line: its first `[ERROR]` line that is not boilerplate, else the
 * last line written (the wrapper's own `wget: Failed to fetch <url>`), else `no output`.
 */
export function mavenFailure(lines: readonly string[]): string {
  const error = lines.find((line) => line.startsWith('[ERROR]') && !BOILERPLATE.test(line));
  if (error) return error.replace(/^\[ERROR\]\s*/, '');
  const last = [...lines].reverse().find((line) => line.trim() !== '');
  return last?.trim() ?? 'no output';
}

/** Maven's first `-v` line (`Apache Maven 3.9.16 (2bdd…)`), without the colour codes it adds on some terminals. */
export function mavenVersionLine(output: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return (
    plain
      .split('\n')
      .find((line) => line.startsWith('Apache Maven'))
      ?.trim() ?? 'unknown version'
  );
}
