import type { TeamsManifestV1D29 } from '@microsoft/app-manifest';

export type TeamsManifest = TeamsManifestV1D29.TeamsManifestV1D29;

/** Tandem's Teams app id: fixed for the life of the app, whichever tenant installs it. */
export { TEAMS_APP_ID } from '../server/teams-app.js';
import { TEAMS_APP_ID } from '../server/teams-app.js';
export const MANIFEST_SCHEMA_URL =
  'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA_URL =
  'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json';
export const ACCENT_COLOR = '#0E7C86';

/** File names inside the app package. */
export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  color: 'color.png',
  outline: 'outline.png',
  italian: 'it.json',
} as const;

/**
 * What the server will send to people's Teams activity feed (FACTS 1.9). The server passes
 * `templateParameters` with these names; `actor` is filled in by Teams (the app, for
 * notifications sent with an application token). Parameter values are names and programme
 * titles only, never words, so the same values read right in every language.
 */
import { ACTIVITY_TYPES } from '../server/notify/activities.js';

export { ACTIVITY_TYPES };
export type { ActivityType } from '../server/notify/activities.js';

export interface ManifestInput {
  /** https origin (and optional path) people open, without a trailing slash. */
  publicUrl: string;
  /** The Entra app (client) id. */
  clientId: string;
  /** api://<host>/<clientId> (FACTS 3.2). */
  appIdUri: string;
  /** The app's semver, from package.json. */
  version: string;
}

/** The Teams / Microsoft 365 app manifest v1.29 for one deployment of Tandem. */
export function buildTeamsManifest({ publicUrl, clientId, appIdUri, version }: ManifestInput): TeamsManifest {
  const base = publicUrl.replace(/\/$/, '');
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: '1.29',
    version,
    id: TEAMS_APP_ID,
    localizationInfo: {
      defaultLanguageTag: 'en-us',
      // "it" rather than "it-it": Teams falls back from a regional tag to its language.
      additionalLanguages: [{ languageTag: 'it', file: PACKAGE_FILES.italian }],
    },
    developer: {
      name: 'Tandem',
      websiteUrl: `${base}/`,
      privacyUrl: `${base}/privacy`,
      termsOfUseUrl: `${base}/terms`,
    },
    name: { short: 'Tandem', full: 'Tandem – mentoring and reverse mentoring' },
    description: {
      short: 'Mentoring and reverse mentoring, matched on your org chart',
      full:
        'Tandem runs mentoring and reverse mentoring programmes inside Microsoft 365. Find a mentor, or in ' +
        'reverse mentoring a younger colleague who mentors a senior leader on new technology and ways of working. ' +
        'Matches respect seniority and never pair you with someone in your own reporting line. Managers can ' +
        'nominate successors, and Tandem books your mentoring sessions straight into both calendars with a ' +
        'Teams meeting link. Available in English and Italian.',
    },
    icons: { color: PACKAGE_FILES.color, outline: PACKAGE_FILES.outline },
    accentColor: ACCENT_COLOR,
    staticTabs: [
      {
        entityId: 'home',
        name: 'Tandem',
        contentUrl: `${base}/?inTeams=1`,
        websiteUrl: `${base}/`,
        scopes: ['personal'],
        context: ['personalTab'],
      },
      { entityId: 'about', scopes: ['personal'] },
    ],
    // The tab calls app.notifySuccess() once its first view is ready.
    showLoadingIndicator: true,
    validDomains: [new URL(base).host],
    webApplicationInfo: { id: clientId, resource: appIdUri },
    activities: { activityTypes: ACTIVITY_TYPES.map((a) => ({ ...a })) },
  };
}

/**
 * The manifest's translatable strings, keyed as the localisation file names them
 * (MicrosoftTeams.Localization.schema.json v1.29).
 */
export function localizableStrings(manifest: TeamsManifest): Record<string, string> {
  const out: Record<string, string> = {
    'name.short': manifest.name.short,
    'description.short': manifest.description.short,
    'description.full': manifest.description.full,
  };
  if (manifest.name.full) out['name.full'] = manifest.name.full;
  manifest.staticTabs?.forEach((tab, i) => {
    if (tab.name) out[`staticTabs[${i}].name`] = tab.name;
  });
  manifest.activities?.activityTypes?.forEach((a, i) => {
    out[`activities.activityTypes[${i}].description`] = a.description;
    out[`activities.activityTypes[${i}].templateText`] = a.templateText;
  });
  return out;
}

/** The `{name}` parameters a template text uses, sorted. */
export function templateParameters(templateText: string): string[] {
  return [...templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
