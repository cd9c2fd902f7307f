import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` runs every benchmark in this folder, one process each so that one's memory
// does not weigh on the next; `npm run bench -- <name>` runs one. Each benchmark prints progress
// on stderr and its figures as one JSON object on its last stdout line; this runner passes them
// through and ends with one JSON object holding them all.

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}

const results: Record<string, unknown> = {};
for (const name of wanted.length > 0 ? wanted : all) {
  console.error(`\n== bench ${name}`);
  const lines: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts.filter((l) => l.trim()));
    });
    child.on('close', (c) => {
      if (buffer.trim()) lines.push(buffer.trim());
      resolve(c ?? 1);
    });
  });
  try {
    results[name] = code === 0 ? (JSON.parse(lines.at(-1) ?? '') as unknown) : { error: `exited with ${code}` };
  } catch {
    results[name] = { error: 'the last line was not JSON' };
  }
}
console.log(JSON.stringify(results));
if (Object.values(results).some((r) => typeof r === 'object' && r !== null && 'error' in r)) process.exit(1);
