import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, sandboxApp, type IdentityConfig } from './config.js';
import { openDb } from './db/plugin.js';
import { travelClock } from './demo/clock.js';
import { createDemoRunner, DEMO_TOKEN_LIFETIME_SECONDS, demoSpanMs } from './demo/runner.js';
import { GRAPH_APPLICATION_PERMISSIONS, GRAPH_DELEGATED_SCOPES } from './graph/permissions.js';
import { startSandbox, type Sandbox } from './sandbox/start.js';
import { trustSandboxCa } from './sandbox/trust.js';
import { demoRoutes } from './sign-in-as/reset.js';

// Starts the process only: configuration, the sandbox tenant when no real one is configured,
// the database, the app, listen, and a graceful close.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const config = loadConfig(process.env, root);
  const log = (msg: string) => process.stdout.write(`${msg}\n`);

  // The clock of the app and of the sandbox tenant. With the demo on, Tandem wakes up some weeks in
  // the past, so its first tokens and org sync date from then and the demo (now, or after a reset)
  // can live those weeks through; before it listens the clock is back at the real time.
  const clock = travelClock();
  const demo = config.sandbox?.demo === true && config.jobWorkers;
  if (config.sandbox?.demo && !config.jobWorkers)
    log('TANDEM_JOB_WORKERS is off: this process books no meetings, so the demo programme is left out.');
  if (demo) clock.travelTo(clock.now() - demoSpanMs());

  let sandbox: Sandbox | undefined;
  let identity: IdentityConfig;
  let registration: ReturnType<typeof sandboxApp> | undefined;
  if (config.sandbox) {
    log(`Starting the sandbox Microsoft 365 tenant (${config.sandbox.size} people, seed ${config.sandbox.seed})...`);
    registration = sandboxApp(config.publicUrl);
    sandbox = await startSandbox({
      seed: config.sandbox.seed,
      size: config.sandbox.size,
      port: config.sandbox.port,
      clock,
      ...(demo ? { tokenLifetimeSeconds: DEMO_TOKEN_LIFETIME_SECONDS } : {}),
      apps: [
        {
          ...registration,
          applicationPermissions: [...GRAPH_APPLICATION_PERMISSIONS],
          delegatedScopes: [...GRAPH_DELEGATED_SCOPES],
        },
      ],
    });
    trustSandboxCa(sandbox.ca);
    identity = {
      ...registration,
      tenants: [sandbox.tenantId],
      authorityHost: sandbox.origin,
      graphEndpoint: sandbox.origin,
    };
    log(`Sandbox tenant ${sandbox.domain} (${sandbox.tenantId}) at ${sandbox.origin}`);
  } else {
    identity = config.identity!;
  }

  log(config.databaseUrl ? 'Connecting to PostgreSQL...' : `Opening the embedded database in ${config.dataDir}...`);
  const db = await openDb({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
    onError: (err) => process.stderr.write(`database error: ${err.message}\n`),
  });

  const app = await buildApp({
    config,
    db,
    identity,
    ...(sandbox ? { sandboxOrigin: sandbox.origin } : {}),
    logger: { level: config.logLevel },
    clock,
    orgSync: { intervalMs: config.orgSyncMinutes * 60_000, tickMs: 60_000 },
    notifyEveryMs: 15_000,
    ...(config.jobWorkers ? { workers: { pollingIntervalSeconds: 2, followCron: '*/5 * * * *' } } : {}),
    // The takeover sweep runs a few times per expiry, so a dead worker's job waits little longer.
    jobTimeouts: {
      expireSeconds: config.jobExpireSeconds,
      sweepSeconds: Math.max(1, Math.min(60, Math.floor(config.jobExpireSeconds / 5))),
    },
  });
  if (sandbox) app.addHook('onClose', () => sandbox.close());

  if (sandbox && registration) {
    const runner = createDemoRunner({
      app,
      db,
      tenantId: sandbox.tenantId,
      clock,
      fill: demo,
      sandbox: { origin: sandbox.origin, clientId: registration.clientId, clientSecret: registration.clientSecret },
      jobExpireSeconds: config.jobExpireSeconds,
      log,
    });
    await app.register(demoRoutes, { demo: runner });
    // Waits for a reset under way, so the database is not closed beneath it.
    app.addHook('preClose', () => runner.settled());
    if (demo) await runner.start();
  }

  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  log(`\nTandem is running. Open ${config.publicUrl}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${err.message}\n`);
  } else {
    process.stderr.write(
      `Tandem could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
