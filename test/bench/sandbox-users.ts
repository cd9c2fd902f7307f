import { Client } from '@microsoft/microsoft-graph-client';
import { performance } from 'node:perf_hooks';
import { startTestSandbox } from '../helpers/sandbox.js';

// Throughput of the sandbox's /users paging over HTTPS, through msal-node and the Graph SDK as
// Tandem uses them, on a 100,000-person organisation. Baseline in the same run: the cheapest
// endpoint the sandbox has (OIDC metadata), which measures the HTTPS + Fastify floor.

const SIZE = 100_000;
const log = (m: string) => process.stderr.write(`${m}\n`);

log(`starting a sandbox of ${SIZE} people...`);
const t0 = performance.now();
const t = await startTestSandbox({ size: SIZE });
const startMs = performance.now() - t0;
log(`sandbox ready in ${startMs.toFixed(0)} ms`);

async function walk(client: Client, top: number): Promise<{ pages: number; users: number; ms: number }> {
  const started = performance.now();
  let link: string | undefined = `/users?$top=${top}&$select=id,displayName,jobTitle,department`;
  let pages = 0;
  let users = 0;
  while (link) {
    const page = (await client.api(link).get()) as { value: unknown[]; '@odata.nextLink'?: string };
    pages += 1;
    users += page.value.length;
    link = page['@odata.nextLink'];
    if (pages % 20 === 0) log(`  $top=${top}: ${users} users, ${pages} pages`);
  }
  return { pages, users, ms: performance.now() - started };
}

// Warm up token cache and JIT.
await walk(t.graph, 999);

const baselineN = 300;
const b0 = performance.now();
for (let i = 0; i < baselineN; i++) {
  await (await fetch(`${t.sandbox.origin}/${t.sandbox.tenantId}/v2.0/.well-known/openid-configuration`)).json();
}
const baselineMs = performance.now() - b0;

const big = await walk(t.graph, 999);
const small = await walk(t.graph, 100);
await t.close();

const perPage = (r: { pages: number; ms: number }) => r.ms / r.pages;
console.log(
  JSON.stringify({
    bench: 'sandbox-users',
    people: SIZE,
    sandbox_start_ms: Math.round(startMs),
    top999: {
      pages: big.pages,
      users: big.users,
      ms: Math.round(big.ms),
      requests_per_s: +(big.pages / (big.ms / 1000)).toFixed(1),
      users_per_s: Math.round(big.users / (big.ms / 1000)),
      ms_per_page: +perPage(big).toFixed(2),
    },
    top100: {
      pages: small.pages,
      users: small.users,
      ms: Math.round(small.ms),
      requests_per_s: +(small.pages / (small.ms / 1000)).toFixed(1),
      users_per_s: Math.round(small.users / (small.ms / 1000)),
      ms_per_page: +perPage(small).toFixed(2),
    },
    baseline_metadata: {
      requests: baselineN,
      requests_per_s: +(baselineN / (baselineMs / 1000)).toFixed(1),
      ms_per_request: +(baselineMs / baselineN).toFixed(2),
    },
  }),
);
