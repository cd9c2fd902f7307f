import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, sandboxApp, type Config } from '../server/config.js';
import { ACCENT_COLOR, buildTeamsManifest, PACKAGE_FILES, type TeamsManifest } from './build.js';
import { buildEntraApplication, entraRegistrationPatches, type EntraApplication } from './entra-app.js';
import { colorIconPng, outlineIconPng } from './icons.js';
import { validateLocalization, validateTeamsManifest } from './validate.js';
import { zip } from './zip.js';

const here = dirname(fileURLToPath(import.meta.url));

export class PackagingError extends Error {
  override name = 'PackagingError';
}

export interface PackageOptions {
  env: Record<string, string | undefined>;
  /** The project root: where package.json is, and dist/ goes. */
  root: string;
  /** Package an http:// public URL anyway, for looking at the result locally. */
  allowHttp?: boolean;
  /** Default: <root>/dist/manifest. */
  outDir?: string;
}

export interface PackageResult {
  zipPath: string;
  entraPaths: string[];
  manifest: TeamsManifest;
  entraApp: EntraApplication;
  /** True when the app registration is the sandbox tenant's, not a real one. */
  sandbox: boolean;
}

/**
 * Builds the Teams / Microsoft 365 app package and the Entra app registration for the deployment
 * that the same environment as the server's describes, validates them against Microsoft's
 * schemas and writes them to dist/manifest/.
 */
export async function packageApp({
  env,
  root,
  allowHttp = false,
  outDir = resolve(root, 'dist/manifest'),
}: PackageOptions): Promise<PackageResult> {
  const config = loadConfig(env, root);
  const url = new URL(config.publicUrl);
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    throw new PackagingError(
      `TANDEM_PUBLIC_URL is ${config.publicUrl}, but Teams, Outlook and the Microsoft 365 app load tabs only over https. ` +
        'Set TANDEM_PUBLIC_URL to the https address people will open, or pass --allow-http to build a package only to inspect it.',
    );
  }
  const { clientId, appIdUri, multiTenant } = registration(config);

  const manifest = buildTeamsManifest({ publicUrl: config.publicUrl, clientId, appIdUri, version: config.version });
  const italian = JSON.parse(readFileSync(resolve(here, 'it.json'), 'utf8')) as unknown;
  const errors = [
    ...(await validateTeamsManifest(manifest)).map((e) => `${PACKAGE_FILES.manifest}: ${e}`),
    ...(await validateLocalization(italian)).map((e) => `${PACKAGE_FILES.italian}: ${e}`),
  ];
  if (errors.length > 0)
    throw new PackagingError(`The app package does not match Microsoft's v1.29 schemas:\n  ${errors.join('\n  ')}`);

  const entraApp = buildEntraApplication({ appIdUri, publicUrl: config.publicUrl, multiTenant });
  const [firstPatch, secondPatch] = entraRegistrationPatches(entraApp);

  mkdirSync(outDir, { recursive: true });
  const zipPath = resolve(outDir, 'tandem.zip');
  writeFileSync(
    zipPath,
    zip([
      { name: PACKAGE_FILES.manifest, data: json(manifest) },
      { name: PACKAGE_FILES.color, data: colorIconPng(ACCENT_COLOR) },
      { name: PACKAGE_FILES.outline, data: outlineIconPng() },
      { name: PACKAGE_FILES.italian, data: json(italian) },
    ]),
  );
  const entraPaths = [
    ['entra-app.json', entraApp],
    ['entra-app.patch-1.json', firstPatch],
    ['entra-app.patch-2.json', secondPatch],
  ].map(([name, body]) => {
    const path = resolve(outDir, name as string);
    writeFileSync(path, json(body));
    return path;
  });
  return { zipPath, entraPaths, manifest, entraApp, sandbox: config.sandbox !== undefined };
}

function registration(config: Config): { clientId: string; appIdUri: string; multiTenant: boolean } {
  if (config.identity) {
    const { clientId, appIdUri, tenants } = config.identity;
    return { clientId, appIdUri, multiTenant: tenants === 'any' || tenants.length > 1 };
  }
  const { clientId, appIdUri } = sandboxApp(config.publicUrl);
  return { clientId, appIdUri, multiTenant: false };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--allow-http');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: npm run manifest [-- --allow-http]`);
    return 2;
  }
  const root = resolve(here, '..');
  try {
    // Like server.ts, the entry point hands the environment to config.ts, its only reader.
    const result = await packageApp({ env: process.env, root, allowHttp: argv.includes('--allow-http') });
    const show = (p: string) => relative(process.cwd(), p) || p;
    console.log(
      `Wrote ${show(result.zipPath)} (manifest.json, color.png, outline.png, it.json), valid against the Teams app manifest schema v1.29.`,
    );
    console.log(`Wrote the Entra app registration: ${result.entraPaths.map(show).join(', ')}.`);
    if (result.sandbox) {
      console.log(
        "Note: built for the sandbox tenant's app id. Teams sign-in will not work with it; set TANDEM_CLIENT_ID and the rest of a real tenant's configuration first.",
      );
    }
    if (!result.manifest.staticTabs?.[0]?.contentUrl?.startsWith('https://')) {
      console.log('Note: an http:// package is for inspection only; Teams will not load its tab.');
    }
    console.log(
      'Next: register or update the Entra app as manifest/README.md says, then upload the zip in the Teams admin center',
    );
    console.log('(Teams apps > Manage apps > Upload new app) or in the Teams Developer Portal (Apps > Import app).');
    return 0;
  } catch (err) {
    if (err instanceof PackagingError || err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
