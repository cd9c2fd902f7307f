import { GRAPH_APPLICATION_PERMISSIONS, GRAPH_DELEGATED_SCOPES } from '../server/graph/permissions.js';

/** Microsoft Graph's own application id, the resource of every Graph permission. */
export const GRAPH_RESOURCE_APP_ID = '00000003-0000-0000-c000-000000000000';

/** Stable ids of what Tandem's registration defines itself; changing one breaks existing consents. */
export const ACCESS_AS_USER_SCOPE_ID = '88774111-f7a0-4762-9ea3-6dea4a3056c6';
export const ADMIN_APP_ROLE_ID = 'd5a826bb-f62c-4b36-bd31-775676158fcf';

/**
 * Microsoft Graph's permission ids for the permissions Tandem asks for: application permissions
 * are app roles ("Role"), delegated ones are scopes ("Scope"); the same name has a different id in
 * each. Each id was checked against several independent copies of Graph's service principal
 * (appRoles / oauth2PermissionScopes) and of the permissions reference. Add a permission here
 * only with an id read from https://learn.microsoft.com/graph/permissions-reference; never guess:
 * the builder refuses a permission it has no id for.
 */
export const GRAPH_PERMISSION_IDS = {
  Role: {
    'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
    'MailboxSettings.Read': '40f97065-369a-49f4-947c-6a255697ae91',
    'Calendars.ReadWrite': 'ef54d2bf-783f-4e0f-bca1-3210c0444d99',
    'TeamsActivity.Send': 'a267235f-af13-44dc-8385-c1dc93023186',
  },
  Scope: {
    'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
    'Calendars.Read.Shared': '2b9c4092-424d-4249-948d-b43879977640',
  },
} as const satisfies Record<'Role' | 'Scope', Record<string, string>>;

/** The Microsoft clients that may get a token for Tandem without a consent prompt (FACTS 3.2). */
export const SSO_CLIENT_APPS = [
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', client: 'Teams desktop and mobile' },
  { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', client: 'Teams web' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', client: 'Microsoft 365 web' },
  { appId: '0ec893e0-5785-4de6-99da-4ed124e5296c', client: 'Microsoft 365 desktop' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', client: 'Microsoft 365 mobile and Outlook desktop' },
  { appId: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', client: 'Outlook web' },
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', client: 'Outlook mobile' },
] as const;

export type PermissionType = 'Role' | 'Scope';

/** The subset of Microsoft Graph's `application` resource that Tandem's registration sets. */
export interface EntraApplication {
  displayName: string;
  signInAudience: 'AzureADMyOrg' | 'AzureADMultipleOrgs';
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: 2;
    oauth2PermissionScopes: {
      id: string;
      value: string;
      type: 'User' | 'Admin';
      isEnabled: boolean;
      adminConsentDisplayName: string;
      adminConsentDescription: string;
      userConsentDisplayName: string;
      userConsentDescription: string;
    }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  appRoles: {
    id: string;
    value: string;
    allowedMemberTypes: ('User' | 'Application')[];
    displayName: string;
    description: string;
    isEnabled: boolean;
  }[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: PermissionType }[] }[];
  /** Where the tab's consent popup comes back to (authorization code with PKCE, no secret). */
  spa: { redirectUris: string[] };
  info: { marketingUrl: string; privacyStatementUrl: string; termsOfServiceUrl: string };
}

export class UnknownPermissionError extends Error {
  override name = 'UnknownPermissionError';
}

export interface EntraAppInput {
  /** api://<host>/<clientId> (FACTS 3.2). */
  appIdUri: string;
  publicUrl: string;
  /** People of other tenants may sign in (TANDEM_TENANT_ID is "any" or lists several). */
  multiTenant: boolean;
  applicationPermissions?: readonly string[];
  delegatedScopes?: readonly string[];
}

/**
 * Tandem's Entra app registration as Graph's `application` resource (POST/PATCH /applications),
 * asking for exactly the Graph permissions of server/graph/permissions.ts.
 */
export function buildEntraApplication({
  appIdUri,
  publicUrl,
  multiTenant,
  applicationPermissions = GRAPH_APPLICATION_PERMISSIONS,
  delegatedScopes = GRAPH_DELEGATED_SCOPES,
}: EntraAppInput): EntraApplication {
  const base = publicUrl.replace(/\/$/, '');
  return {
    displayName: 'Tandem',
    signInAudience: multiTenant ? 'AzureADMultipleOrgs' : 'AzureADMyOrg',
    identifierUris: [appIdUri],
    spa: { redirectUris: [`${base}/consent/end`] },
    api: {
      // Teams SSO tokens must be v2 for the server's validation (FACTS 3.1).
      requestedAccessTokenVersion: 2,
      oauth2PermissionScopes: [
        {
          id: ACCESS_AS_USER_SCOPE_ID,
          value: 'access_as_user',
          type: 'User',
          isEnabled: true,
          adminConsentDisplayName: 'Use Tandem as the signed-in user',
          adminConsentDescription:
            'Lets Teams, Outlook and the Microsoft 365 app call Tandem on behalf of the signed-in user.',
          userConsentDisplayName: 'Use Tandem as you',
          userConsentDescription: 'Lets Teams, Outlook and the Microsoft 365 app call Tandem on your behalf.',
        },
      ],
      preAuthorizedApplications: SSO_CLIENT_APPS.map(({ appId }) => ({
        appId,
        delegatedPermissionIds: [ACCESS_AS_USER_SCOPE_ID],
      })),
    },
    appRoles: [
      {
        id: ADMIN_APP_ROLE_ID,
        value: 'Tandem.Admin',
        allowedMemberTypes: ['User'],
        displayName: 'Tandem HR programme owner',
        description: 'Runs mentoring programmes: creates rounds, sees every pair and the programme reports.',
        isEnabled: true,
      },
    ],
    requiredResourceAccess: [
      {
        resourceAppId: GRAPH_RESOURCE_APP_ID,
        resourceAccess: [
          ...applicationPermissions.map((name) => graphAccess(name, 'Role')),
          ...delegatedScopes.map((name) => graphAccess(name, 'Scope')),
        ],
      },
    ],
    info: { marketingUrl: `${base}/`, privacyStatementUrl: `${base}/privacy`, termsOfServiceUrl: `${base}/terms` },
  };
}

function graphAccess(name: string, type: PermissionType): { id: string; type: PermissionType } {
  const id = (GRAPH_PERMISSION_IDS[type] as Record<string, string>)[name];
  if (!id) {
    throw new UnknownPermissionError(
      `No verified id for the Graph ${type === 'Role' ? 'application' : 'delegated'} permission "${name}". ` +
        `Add it to GRAPH_PERMISSION_IDS.${type} in manifest/entra-app.ts from the Microsoft Graph permissions reference; do not guess it.`,
    );
  }
  return { id, type };
}

/** The name of a Graph permission id, or undefined when it is not one Tandem knows. */
export function graphPermissionName(id: string, type: PermissionType): string | undefined {
  return Object.entries(GRAPH_PERMISSION_IDS[type]).find(([, known]) => known === id)?.[0];
}

/**
 * The registration as two PATCH bodies for /applications/{object id}, in order: Graph refuses a
 * pre-authorisation that names a scope defined in the same request, so the scope goes first
 * (microsoftgraph/microsoft-graph-docs-contrib#1395). The second body repeats the whole `api`,
 * unchanged apart from the pre-authorisations, so it cannot reset anything the first one set.
 */
export function entraRegistrationPatches(
  app: EntraApplication,
): [first: object, second: { api: EntraApplication['api'] }] {
  return [{ ...app, api: { ...app.api, preAuthorizedApplications: [] } }, { api: app.api }];
}
