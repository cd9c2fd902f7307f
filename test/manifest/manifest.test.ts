import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_TYPES,
  buildTeamsManifest,
  localizableStrings,
  MANIFEST_SCHEMA_URL,
  templateParameters,
} from '../../manifest/build.js';
import { validateLocalization, validateTeamsManifest } from '../../manifest/validate.js';
import { ITALIAN_TEMPLATES } from '../../server/notify/activities.js';

const root = new URL('../../', import.meta.url);
const clientId = '0f2a6b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const input = {
  publicUrl: 'https://tandem.contoso.com',
  clientId,
  appIdUri: `api://tandem.contoso.com/${clientId}`,
  version: '1.2.3',
};
const manifest = buildTeamsManifest(input);
const italian = JSON.parse(readFileSync(new URL('manifest/it.json', root), 'utf8')) as Record<string, string>;

describe('the Teams app manifest', () => {
  it('validates against the official v1.29 schema', async () => {
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA_URL);
    expect(await validateTeamsManifest(manifest)).toEqual([]);
  });

  it('is checked by a validator that does reject a broken manifest', async () => {
    const broken = { ...manifest, staticTabs: [{ entityId: 'home' }], accentColor: 'teal' };
    expect((await validateTeamsManifest(broken)).join('\n')).toMatch(
      /scopes[\s\S]*accentColor|accentColor[\s\S]*scopes/,
    );
  });

  it('asks Teams for SSO tokens for the app registration: id is the client id, resource the App ID URI', () => {
    expect(manifest.webApplicationInfo).toEqual({ id: clientId, resource: input.appIdUri });
  });

  it('lists the public host in validDomains', () => {
    expect(manifest.validDomains).toEqual(['tandem.contoso.com']);
  });

  it('keeps a non-default port in validDomains, as the tab is served from it', () => {
    expect(buildTeamsManifest({ ...input, publicUrl: 'https://tandem.contoso.com:8443' }).validDomains).toEqual([
      'tandem.contoso.com:8443',
    ]);
  });

  it('opens the personal tab at the public URL with inTeams=1 and shows a loading indicator until the tab is ready', () => {
    expect(manifest.staticTabs?.[0]).toMatchObject({
      entityId: 'home',
      name: 'Tandem',
      contentUrl: 'https://tandem.contoso.com/?inTeams=1',
      scopes: ['personal'],
      context: ['personalTab'],
    });
    expect(manifest.staticTabs?.[1]).toEqual({ entityId: 'about', scopes: ['personal'] });
    expect(manifest.showLoadingIndicator).toBe(true);
  });

  it('points the developer links at the public URL', () => {
    expect(manifest.developer).toEqual({
      name: 'Tandem',
      websiteUrl: 'https://tandem.contoso.com/',
      privacyUrl: 'https://tandem.contoso.com/privacy',
      termsOfUseUrl: 'https://tandem.contoso.com/terms',
    });
  });

  it('carries the version it is given and a fixed app id', () => {
    expect(manifest.version).toBe('1.2.3');
    expect(buildTeamsManifest({ ...input, publicUrl: 'https://elsewhere.example.org' }).id).toBe(manifest.id);
  });

  it('declares every activity type the server may send', () => {
    expect(manifest.activities?.activityTypes?.map((a) => a.type)).toEqual([
      'matchSuggested',
      'requestReceived',
      'requestAccepted',
      'meetingBooked',
      'meetingNeedsAttention',
      'pairEnded',
      'mentorInvited',
      'mentorJoined',
      'pairNudged',
      'programmeInvitation',
      'checkinDue',
      'requestWaiting',
      'pairIdle',
      'surveyRequested',
      'programmeClosed',
    ]);
  });

  it('asks for no permissions beyond its app registration', () => {
    expect(manifest).not.toHaveProperty('authorization');
    expect(manifest).not.toHaveProperty('permissions');
    expect(manifest).not.toHaveProperty('devicePermissions');
  });
});

describe('the Italian localisation', () => {
  it('validates against the official v1.29 localisation schema', async () => {
    expect(await validateLocalization(italian)).toEqual([]);
  });

  it('is checked by a validator that does reject a misspelt key', async () => {
    expect(await validateLocalization({ ...italian, 'activities.activityTypes[0].text': 'x' })).not.toEqual([]);
  });

  it('translates every string the English manifest has, and nothing else', () => {
    const { $schema, ...strings } = italian;
    expect($schema).toMatch(/MicrosoftTeams\.Localization\.schema\.json$/);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(localizableStrings(manifest)).sort());
  });

  it('uses the same template parameters as English, so one notification reads right in both', () => {
    ACTIVITY_TYPES.forEach((a, i) => {
      expect(templateParameters(italian[`activities.activityTypes[${i}].templateText`]!), a.type).toEqual(
        templateParameters(a.templateText),
      );
    });
  });

  it('gives each activity type the Italian text the server previews it with', () => {
    ACTIVITY_TYPES.forEach((a, i) => {
      expect(italian[`activities.activityTypes[${i}].templateText`], a.type).toBe(ITALIAN_TEMPLATES[a.type]);
    });
  });

  it('is registered in the manifest under the file name the package uses', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'it', file: 'it.json' }],
    });
  });
});
