import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

// The package bundles Microsoft's published schemas. Load them from disk ourselves: given only the
// $schema URL it would fall back to downloading, which must never happen in a build or a test.
const schemaDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
  'v1.29',
);

function loadSchema(file: string): Schema {
  const raw = readFileSync(join(schemaDir, file), 'utf8').replace(/^\uFEFF/, '');
  // Same clean-up the package applies to the published files (a few contain \a or \v escapes).
  const schema = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as unknown;
  return escapeLoneBrackets(schema) as Schema;
}

/**
 * The published localisation schema has patterns such as `activityTypes\[\b(...)\b]\.description`
 * whose closing `]` is unescaped: a literal in a plain JavaScript RegExp, but a syntax error with
 * the `u` flag Ajv compiles patterns with. Escaping a `]` that closes no character class changes
 * no pattern's meaning and lets the official file compile.
 */
function escapeLoneBrackets(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(escapeLoneBrackets);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([pattern, sub]) => [escapePattern(pattern), escapeLoneBrackets(sub)]),
      );
    } else if (key === 'pattern' && typeof value === 'string') {
      out[key] = escapePattern(value);
    } else {
      out[key] = escapeLoneBrackets(value);
    }
  }
  return out;
}

function escapePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      out += inClass ? ch : '\\]';
      inClass = false;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Errors against the official Teams app manifest schema v1.29; empty when valid. */
export function validateTeamsManifest(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, loadSchema('MicrosoftTeams.schema.json'));
}

/** Errors against the official localisation file schema v1.29; empty when valid. */
export function validateLocalization(file: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(
    file as AppManifest,
    loadSchema('MicrosoftTeams.Localization.schema.json'),
  );
}
