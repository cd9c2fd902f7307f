import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packageApp, PackagingError } from '../../manifest/package.js';
import { sandboxApp } from '../../server/config.js';
import { decodePng, readZip } from './readers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'tandem-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const real = {
  TANDEM_CLIENT_ID: '0f2a6b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  TANDEM_CLIENT_SECRET: 's',
  TANDEM_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  TANDEM_PUBLIC_URL: 'https://tandem.contoso.com',
};

describe('the app packager', () => {
  it('writes a zip with manifest.json, color.png, outline.png and it.json that read back intact', async () => {
    const result = await packageApp({ env: real, root, outDir });
    const entries = readZip(readFileSync(result.zipPath));
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'it.json', 'manifest.json', 'outline.png']);
    const file = (name: string) => entries.find((e) => e.name === name)!.data;
    expect(JSON.parse(file('manifest.json').toString('utf8'))).toEqual(result.manifest);
    expect(JSON.parse(file('it.json').toString('utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'manifest/it.json'), 'utf8')),
    );
    expect(decodePng(file('color.png'))).toMatchObject({ width: 192, height: 192, crcOk: true });
    expect(decodePng(file('outline.png'))).toMatchObject({ width: 32, height: 32, crcOk: true });
  });

  it('uses the configured app registration and the version in package.json', async () => {
    const { manifest } = await packageApp({ env: real, root, outDir });
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.webApplicationInfo).toEqual({
      id: real.TANDEM_CLIENT_ID,
      resource: `api://tandem.contoso.com/${real.TANDEM_CLIENT_ID}`,
    });
    expect(manifest.version).toBe(version);
  });

  it('writes the Entra registration beside the package, matching the manifest', async () => {
    const { entraPaths, manifest } = await packageApp({ env: { ...real, TANDEM_TENANT_ID: 'any' }, root, outDir });
    const app = JSON.parse(readFileSync(entraPaths[0]!, 'utf8')) as {
      identifierUris: string[];
      signInAudience: string;
    };
    expect(app.identifierUris).toEqual([manifest.webApplicationInfo?.resource]);
    expect(app.signInAudience).toBe('AzureADMultipleOrgs');
  });

  it('uses the sandbox app id when the sandbox tenant is configured', async () => {
    const result = await packageApp({ env: { TANDEM_PUBLIC_URL: 'https://tandem.example.com' }, root, outDir });
    expect(result.sandbox).toBe(true);
    expect(result.manifest.webApplicationInfo?.id).toBe(sandboxApp('https://tandem.example.com').clientId);
  });

  it('refuses an http public URL, since Teams loads tabs only over https', async () => {
    await expect(packageApp({ env: { TANDEM_PUBLIC_URL: 'http://localhost:3978' }, root, outDir })).rejects.toThrow(
      PackagingError,
    );
    await expect(packageApp({ env: { TANDEM_PUBLIC_URL: 'http://localhost:3978' }, root, outDir })).rejects.toThrow(
      /https.*--allow-http/s,
    );
  });

  it('packages an http public URL for inspection when --allow-http is given', async () => {
    const { manifest } = await packageApp({
      env: { TANDEM_PUBLIC_URL: 'http://localhost:3978' },
      root,
      outDir,
      allowHttp: true,
    });
    expect(manifest.staticTabs?.[0]?.contentUrl).toBe('http://localhost:3978/?inTeams=1');
  });

  it('exits non-zero with the reason when run from the command line on an http URL', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const run = promisify(execFile)(tsx, ['manifest/package.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, TANDEM_PUBLIC_URL: 'http://localhost:3978' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/only over https/) });
  });
});
