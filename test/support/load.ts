import autocannon from 'autocannon';

/**
 * A bounded load run on loopback with autocannon: each connection cycles through three reads
 * (anonymous, as the public reads) and one write (a new entity, a unique id per request, with an
 * editor's token), so a quarter of the requests write.
 * Counts transport errors, non-2xx answers and GraphQL errors inside 200 answers.
 */
export interface LoadReport {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  latencyP50: number;
  latencyP99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 200 answers that carry `errors`. */
  graphqlErrors: number;
  /** Writes answered with data: each an entity that must be in the graph. */
  writes: number;
  /** Their ids. (A write still in flight when the run ends may be in the graph unacknowledged.) */
  written: string[];
}

const READS = [
  '{ crcArticle(number: 28) { id name implementedBy { by { id name } basis status sources { id } } } }',
  '{ search(query: "rights of the child", first: 10) { score entity { id kind name } } }',
  '{ instrument(id: "kz:law:rights-of-child") { id name(lang: RU) adopted provisions { id } implements { article { id } basis } } }',
];
const WRITE = 'mutation($input: EntityInput!) { createEntity(input: $input) { version } }';

export async function runLoad(options: {
  url: string;
  authorization: string;
  prefix: string;
  seconds: number;
  connections: number;
}): Promise<LoadReport> {
  let counter = 0;
  let graphqlErrors = 0;
  const written: string[] = [];
  const onResponse = (status: number, body: string) => {
    if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
  };
  const requests: autocannon.Request[] = [
    ...READS.map((query) => ({ method: 'POST' as const, body: JSON.stringify({ query }), onResponse })),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: options.authorization },
      setupRequest: (request, context: { id?: string }) => {
        counter += 1;
        context.id = `${options.prefix}:load:${counter}`;
        const input = { id: context.id, kind: 'SOURCE', name: { en: `Load test source ${counter}` } };
        return { ...request, body: JSON.stringify({ query: WRITE, variables: { input } }) };
      },
      onResponse: (status, body, context: { id?: string }) => {
        onResponse(status, body);
        if (status === 200 && body.includes('"version":1') && context.id) written.push(context.id);
      },
    },
  ];
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json' },
    requests,
  });
  return {
    seconds: result.duration,
    connections: options.connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    writes: written.length,
    written,
  };
}

/**
 * A load run of `seconds`, followed by more runs of as long while no write was acknowledged, for
 * at most `extraSeconds` more: on a machine busy enough, a connection does not get through its
 * three reads to its write in the time given, and a run without writes checks nothing of them.
 * The report covers every run.
 */
export async function runLoadWithWrites(options: Parameters<typeof runLoad>[0], extraSeconds: number): Promise<LoadReport> {
  const lastChance = Date.now() + (options.seconds + extraSeconds) * 1000;
  let report = await runLoad(options);
  for (let round = 2; report.writes === 0 && Date.now() < lastChance; round += 1) {
    report = merge(report, await runLoad({ ...options, prefix: `${options.prefix}:${round}` }));
  }
  return report;
}

function merge(a: LoadReport, b: LoadReport): LoadReport {
  const seconds = a.seconds + b.seconds;
  const requests = a.requests + b.requests;
  return {
    seconds,
    connections: a.connections,
    requests,
    rps: Math.round(requests / seconds),
    latencyP50: Math.max(a.latencyP50, b.latencyP50),
    latencyP99: Math.max(a.latencyP99, b.latencyP99),
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
    graphqlErrors: a.graphqlErrors + b.graphqlErrors,
    writes: a.writes + b.writes,
    written: [...a.written, ...b.written],
  };
}
