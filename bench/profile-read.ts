/**
 * Reading a V8 `.cpuprofile` (what `node --cpu-prof` writes): self time per function and per
 * package, counted only for the samples inside a time window (the measured load, not the start).
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock (process.hrtime), the clock V8's profile timestamps use. */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

export interface ProfileSummary {
  /** Sampled time inside the window, idle excluded, in µs. */
  busyUs: number;
  byArea: Array<{ name: string; us: number }>;
  byFunction: Array<{ name: string; area: string; us: number }>;
}

export function readProfile(raw: unknown, window: ProfileWindow): ProfileSummary {
  const profile = raw as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const areas = new Map<string, number>();
  const functions = new Map<string, { name: string; area: string; us: number }>();
  let at = profile.startTime;
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const frame = nodes.get(id);
    if (!frame || at < window.fromUs || at > window.toUs || frame.functionName === '(idle)') return;
    const area = areaOf(frame);
    busyUs += delta;
    areas.set(area, (areas.get(area) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const entry = functions.get(name) ?? { name, area, us: 0 };
    entry.us += delta;
    functions.set(name, entry);
  });
  const byUs = <T extends { us: number }>(a: T, b: T) => b.us - a.us;
  return {
    busyUs,
    byArea: [...areas].map(([name, us]) => ({ name, us })).sort(byUs),
    byFunction: [...functions.values()].sort(byUs),
  };
}

/** A package of node_modules, Node itself, the service's own bundle, or V8's pseudo-frames (GC, program). */
export function areaOf(frame: Pick<CallFrame, 'functionName' | 'url'>): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (modules?.[1]) return modules[1];
  if (frame.url.startsWith('node:') || (frame.url === '' && !frame.functionName.startsWith('('))) return 'node';
  if (frame.url === '') return frame.functionName;
  return 'this service';
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  return url.replace(/^file:\/\/.*\/(?=[^/]+\/[^/]+$)/, '');
}

export function profileTable(summary: ProfileSummary, requests: number, top: number): string {
  const perRequest = (us: number) => (requests ? (us / requests).toFixed(1) : '–');
  const share = (us: number) => `${((100 * us) / (summary.busyUs || 1)).toFixed(1)} %`;
  return [
    `CPU sampled while measuring: ${(summary.busyUs / 1000).toFixed(0)} ms, ${perRequest(summary.busyUs)} µs per request`,
    '',
    '| area | µs per request | share |',
    '| --- | --- | --- |',
    ...summary.byArea.slice(0, top).map((a) => `| ${a.name} | ${perRequest(a.us)} | ${share(a.us)} |`),
    '',
    '| function (self time) | area | µs per request | share |',
    '| --- | --- | --- | --- |',
    ...summary.byFunction.slice(0, top).map((f) => `| \`${f.name}\` | ${f.area} | ${perRequest(f.us)} | ${share(f.us)} |`),
  ].join('\n');
}
