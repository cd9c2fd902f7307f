import type { FastifyInstance } from 'fastify';
import type { SandboxState } from '../state.js';
import { GRAPH_RESOURCE } from './apps.js';
import { authenticateClient, type TokenForm } from './client-auth.js';
import { decodeJwt, verifyRs256 } from './jwt.js';
import { toJwk } from './keys.js';
import { OAuthError } from './oauth-error.js';
import { issuers, mintGraphToken } from './tokens.js';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ANY_TENANT = new Set(['common', 'organizations']);

/** Entra ID v2 endpoints of the sandbox tenant: OIDC metadata, keys and the token endpoint. */
export function registerEntraRoutes(app: FastifyInstance, s: SandboxState): void {
  const resolveTenant = (tenant: string): string | undefined => {
    const t = tenant.toLowerCase();
    if (t === s.directory.tenantId || t === s.directory.domain || ANY_TENANT.has(t)) return t;
    return undefined;
  };
  const tenantOr404 = (tenant: string): string => {
    const t = resolveTenant(tenant);
    if (!t)
      throw new OAuthError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    return t;
  };

  app.get<{ Params: { tenant: string } }>('/:tenant/v2.0/.well-known/openid-configuration', async (req) => {
    const t = tenantOr404(req.params.tenant);
    const origin = s.origin();
    const issuer = ANY_TENANT.has(t) ? issuers(origin).v2('{tenantid}') : issuers(origin).v2(s.directory.tenantId);
    return {
      token_endpoint: `${origin}/${t}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${origin}/${t}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${origin}/${t}/oauth2/v2.0/authorize`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${origin}/${t}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'sandbox.tandem',
      cloud_graph_host_name: new URL(origin).host,
      msgraph_host: new URL(origin).host,
      rbac_url: `${origin}/rbac`,
    };
  });

  // v1 metadata: v1 tokens (Graph tokens among them) carry the sts-style issuer.
  app.get<{ Params: { tenant: string } }>('/:tenant/.well-known/openid-configuration', async (req) => {
    const t = tenantOr404(req.params.tenant);
    const origin = s.origin();
    return {
      token_endpoint: `${origin}/${t}/oauth2/token`,
      jwks_uri: `${origin}/${t}/discovery/keys`,
      issuer: ANY_TENANT.has(t) ? issuers(origin).v1('{tenantid}') : issuers(origin).v1(s.directory.tenantId),
      id_token_signing_alg_values_supported: ['RS256'],
      authorization_endpoint: `${origin}/${t}/oauth2/authorize`,
    };
  });

  // Instance discovery, which msal calls for hosts it does not know (FACTS 3.5).
  app.get('/common/discovery/instance', async () => {
    const host = new URL(s.origin()).host;
    return {
      tenant_discovery_endpoint: `${s.origin()}/common/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    };
  });

  const keys = async (req: { params: { tenant: string } }, v: 'v1' | 'v2'): Promise<unknown> => {
    const t = tenantOr404(req.params.tenant);
    const tid = ANY_TENANT.has(t) ? '{tenantid}' : s.directory.tenantId;
    const issuer = v === 'v2' ? issuers(s.origin()).v2(tid) : issuers(s.origin()).v1(tid);
    return { keys: s.keys.published().map((k) => toJwk(k, issuer)) };
  };
  app.get<{ Params: { tenant: string } }>('/:tenant/discovery/v2.0/keys', (req) => keys(req, 'v2'));
  app.get<{ Params: { tenant: string } }>('/:tenant/discovery/keys', (req) => keys(req, 'v1'));

  app.post<{ Params: { tenant: string }; Body: TokenForm }>('/:tenant/oauth2/v2.0/token', async (req) => {
    const t = tenantOr404(req.params.tenant);
    if (ANY_TENANT.has(t) && req.body.grant_type === 'client_credentials') {
      throw new OAuthError(
        400,
        'invalid_request',
        700016,
        'Client credentials need a tenant-specific authority; use the tenant id instead of common or organizations.',
      );
    }
    const tid = s.directory.tenantId;
    const form = req.body ?? {};
    const nowMs = s.clock.now();
    const endpoint = `${s.origin()}/${req.params.tenant}/oauth2/v2.0/token`;
    const client = authenticateClient(form, req.headers.authorization, s.apps, tid, endpoint, nowMs);
    const times = { nowMs, lifetimeSeconds: s.tokenLifetimeSeconds };
    const scopes = (form.scope ?? '').split(/\s+/).filter(Boolean);

    if (form.grant_type === 'client_credentials') {
      const resource = defaultScopeResource(scopes);
      if (resource !== GRAPH_RESOURCE) {
        throw new OAuthError(
          400,
          'invalid_scope',
          1002012,
          `The provided value for scope ${form.scope ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
        );
      }
      const token = mintGraphToken(
        s.keys,
        s.origin(),
        { app: client, tid, roles: client.applicationPermissions },
        times,
      );
      return tokenResponse(token, `${GRAPH_RESOURCE}/.default`, s.tokenLifetimeSeconds);
    }

    if (form.grant_type === JWT_BEARER && form.requested_token_use === 'on_behalf_of') {
      const user = checkOboAssertion(s, form.assertion, client.clientId, client.appIdUri, nowMs);
      const wanted = graphScopes(scopes, client.delegatedScopes);
      const { granted, missing } = s.consent.consented(client, user.id, wanted);
      if (missing.length > 0) {
        throw new OAuthError(
          400,
          'invalid_grant',
          65001,
          `The user or administrator has not consented to use the application with ID '${client.clientId}' named '${client.displayName}'. Send an interactive authorization request for this user and resource.`,
          'consent_required',
        );
      }
      const token = mintGraphToken(s.keys, s.origin(), { app: client, tid, user, scopes: granted }, times);
      const scope = granted.map((g) => `${GRAPH_RESOURCE}/${g}`).join(' ');
      return {
        ...tokenResponse(token, scope, s.tokenLifetimeSeconds),
        ...(scopes.includes('offline_access')
          ? { refresh_token: `sandbox-refresh.${Buffer.from(user.id).toString('base64url')}` }
          : {}),
      };
    }

    throw new OAuthError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${form.grant_type ?? ''}'.`,
    );
  });
}

function tokenResponse(accessToken: string, scope: string, lifetime: number): Record<string, unknown> {
  return { token_type: 'Bearer', scope, expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken };
}

/** "https://graph.microsoft.com/.default" → "https://graph.microsoft.com". */
function defaultScopeResource(scopes: string[]): string | undefined {
  if (scopes.length !== 1 || !scopes[0]!.endsWith('/.default')) return undefined;
  return scopes[0]!.slice(0, -'/.default'.length);
}

/** The Graph permissions an OBO request asks for; `.default` means all the app was consented to. */
function graphScopes(scopes: string[], appScopes: readonly string[]): string[] {
  const oidc = new Set(['openid', 'profile', 'email', 'offline_access']);
  const out: string[] = [];
  for (const scope of scopes) {
    if (oidc.has(scope)) continue;
    if (scope === `${GRAPH_RESOURCE}/.default`) out.push(...appScopes);
    else if (scope.startsWith(`${GRAPH_RESOURCE}/`)) out.push(scope.slice(GRAPH_RESOURCE.length + 1));
    else if (!scope.includes('/')) out.push(scope);
    else
      throw new OAuthError(
        400,
        'invalid_scope',
        70011,
        `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
      );
  }
  if (out.length === 0)
    throw new OAuthError(
      400,
      'invalid_scope',
      70011,
      "The provided value for the input parameter 'scope' is not valid.",
    );
  return [...new Set(out)];
}

/** The incoming user token of an on-behalf-of request must be one issued to this app. */
function checkOboAssertion(
  s: SandboxState,
  assertion: string | undefined,
  clientId: string,
  appIdUri: string,
  nowMs: number,
) {
  const jwt = assertion ? decodeJwt(assertion) : undefined;
  if (!jwt) throw new OAuthError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  const key = s.keys.find(jwt.header.kid);
  if (!key || !verifyRs256(jwt, key.publicKey))
    throw new OAuthError(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
  const { aud, exp, nbf, tid, oid, scp } = jwt.claims;
  if (aud !== clientId && aud !== appIdUri) {
    throw new OAuthError(
      400,
      'invalid_grant',
      50013,
      `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${String(aud)}' and the expected audience is '${clientId}'.`,
    );
  }
  const now = Math.floor(nowMs / 1000);
  if (typeof exp !== 'number' || exp < now - 300 || (typeof nbf === 'number' && nbf > now + 300)) {
    throw new OAuthError(400, 'invalid_grant', 500133, 'Assertion is not within its valid time range.');
  }
  if (tid !== s.directory.tenantId || typeof scp !== 'string') {
    throw new OAuthError(400, 'invalid_grant', 50013, 'Assertion contains an invalid claim.');
  }
  const user = typeof oid === 'string' ? s.directory.get(oid) : undefined;
  if (!user || !user.accountEnabled) {
    throw new OAuthError(400, 'invalid_grant', 50057, 'The user account is disabled or has been deleted.');
  }
  return user;
}
