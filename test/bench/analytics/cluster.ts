import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A throwaway PostgreSQL cluster as `.ci/run` makes one: Debian's wrappers, the newest installed
 * version, a free port, fsync off, trust authentication. Dropped by `drop()`, and on exit or
 * Ctrl-C if the benchmark dies before it gets there.
 */
export interface Cluster {
  url: string;
  version: string;
  /** CPU time the cluster's processes have used so far (ms), or null where /proc cannot tell. */
  cpuMs(): number | null;
  drop(): void;
}

// utime + stime of the postmaster and its children (each connection's backend), from /proc.
// Clock ticks are 100 a second on Linux builds for x86 and arm alike.
function clusterCpuMs(postmaster: number): number | null {
  try {
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // Ended meanwhile.
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) === postmaster || Number(fields[1]) === postmaster) {
        ticks += Number(fields[11]) + Number(fields[12]);
      }
    }
    return ticks * 10;
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** Starts a cluster, or says why it could not: the benchmark reports that instead of a figure. */
export async function startCluster(): Promise<Cluster | { error: string }> {
  let version: string;
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    version = versions.at(-1) ?? '';
    if (!version) return { error: 'no PostgreSQL server installed (/usr/lib/postgresql is empty)' };
  } catch {
    return { error: 'no PostgreSQL server installed (no /usr/lib/postgresql)' };
  }
  const name = `tandem_bench_${process.pid}`;
  const port = await freePort();
  let dropped = false;
  const drop = () => {
    if (dropped) return;
    dropped = true;
    try {
      run('pg_dropcluster', [version, name, '--stop']);
    } catch {
      // Already gone, or never made: nothing to clean.
    }
  };
  const onSignal = () => {
    drop();
    process.exit(130);
  };
  process.once('exit', drop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    run('pg_createcluster', [version, name, '--port', String(port), '-o', 'fsync=off', '--', '--auth=trust']);
    run('pg_ctlcluster', [version, name, 'start']);
  } catch (err) {
    drop();
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    return { error: `could not start PostgreSQL ${version}: ${stderr || (err as Error).message}` };
  }
  let postmaster: number | null = null;
  try {
    const dataDir = run('pg_conftool', ['-s', version, name, 'show', 'data_directory']).trim();
    postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    // No CPU figure then; the timings stand on their own.
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    cpuMs: () => (postmaster ? clusterCpuMs(postmaster) : null),
    drop,
  };
}
