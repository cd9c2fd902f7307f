import { describe, expect, it } from 'vitest';
import {
  ACCESS_AS_USER_SCOPE_ID,
  buildEntraApplication,
  entraRegistrationPatches,
  GRAPH_RESOURCE_APP_ID,
  graphPermissionName,
  SSO_CLIENT_APPS,
  UnknownPermissionError,
} from '../../manifest/entra-app.js';
import { GRAPH_APPLICATION_PERMISSIONS, GRAPH_DELEGATED_SCOPES } from '../../server/graph/permissions.js';

const clientId = '0f2a6b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const input = {
  appIdUri: `api://tandem.contoso.com/${clientId}`,
  publicUrl: 'https://tandem.contoso.com',
  multiTenant: false,
};
const app = buildEntraApplication(input);

describe('the Entra app registration', () => {
  it('asks for exactly the Graph permissions of server/graph/permissions.ts, by name, and no more', () => {
    expect(app.requiredResourceAccess.map((r) => r.resourceAppId)).toEqual([GRAPH_RESOURCE_APP_ID]);
    const access = app.requiredResourceAccess[0]!.resourceAccess;
    const named = (type: 'Role' | 'Scope') =>
      access
        .filter((a) => a.type === type)
        .map((a) => graphPermissionName(a.id, type))
        .sort();
    expect(named('Role')).toEqual([...GRAPH_APPLICATION_PERMISSIONS].sort());
    expect(named('Scope')).toEqual([...GRAPH_DELEGATED_SCOPES].sort());
    expect(access).toHaveLength(GRAPH_APPLICATION_PERMISSIONS.length + GRAPH_DELEGATED_SCOPES.length);
  });

  it('uses the well-known Graph ids, which differ between an application permission and a scope', () => {
    const access = app.requiredResourceAccess[0]!.resourceAccess;
    expect(access).toContainEqual({ id: 'df021288-bdef-4463-88db-98f22de89214', type: 'Role' }); // User.Read.All
    expect(access).toContainEqual({ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }); // User.Read
  });

  it('refuses a permission it has no verified id for, rather than guess one', () => {
    expect(() => buildEntraApplication({ ...input, applicationPermissions: ['Mail.Send'] })).toThrow(
      UnknownPermissionError,
    );
    expect(() => buildEntraApplication({ ...input, delegatedScopes: ['User.Read.All'] })).toThrow(
      /delegated permission "User\.Read\.All"/,
    );
  });

  it('exposes access_as_user under the App ID URI, for v2 tokens', () => {
    expect(app.identifierUris).toEqual([input.appIdUri]);
    // The tab's consent popup comes back here (authorization code with PKCE).
    expect(app.spa.redirectUris).toEqual([`${input.publicUrl.replace(/\/$/, '')}/consent/end`]);
    expect(app.api.requestedAccessTokenVersion).toBe(2);
    expect(app.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({ id: ACCESS_AS_USER_SCOPE_ID, value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
  });

  it('pre-authorises the Teams, Microsoft 365 and Outlook clients for that scope', () => {
    expect(app.api.preAuthorizedApplications.map((p) => p.appId)).toEqual(SSO_CLIENT_APPS.map((c) => c.appId));
    expect(SSO_CLIENT_APPS).toHaveLength(7);
    for (const p of app.api.preAuthorizedApplications)
      expect(p.delegatedPermissionIds).toEqual([ACCESS_AS_USER_SCOPE_ID]);
  });

  it('defines the Tandem.Admin role for HR programme owners, assignable to people only', () => {
    expect(app.appRoles).toEqual([
      expect.objectContaining({
        value: 'Tandem.Admin',
        allowedMemberTypes: ['User'],
        displayName: 'Tandem HR programme owner',
        isEnabled: true,
      }),
    ]);
  });

  it('keeps its own ids stable between builds and distinct from each other', () => {
    const again = buildEntraApplication({
      ...input,
      appIdUri: 'api://other.example.org/11111111-2222-4333-8444-555555555555',
    });
    expect(again.api.oauth2PermissionScopes[0]!.id).toBe(app.api.oauth2PermissionScopes[0]!.id);
    expect(again.appRoles[0]!.id).toBe(app.appRoles[0]!.id);
    expect(app.appRoles[0]!.id).not.toBe(ACCESS_AS_USER_SCOPE_ID);
  });

  it('is multi-tenant only when asked', () => {
    expect(app.signInAudience).toBe('AzureADMyOrg');
    expect(buildEntraApplication({ ...input, multiTenant: true }).signInAudience).toBe('AzureADMultipleOrgs');
  });

  it('splits into two PATCHes: the scope first, then the pre-authorisations that refer to it', () => {
    const [first, second] = entraRegistrationPatches(app);
    expect(first).toMatchObject({
      identifierUris: app.identifierUris,
      api: { oauth2PermissionScopes: app.api.oauth2PermissionScopes, preAuthorizedApplications: [] },
    });
    expect(second).toEqual({ api: app.api });
  });
});
