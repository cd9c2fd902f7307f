import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateClient } from '../entra/client-auth.js';
import { OAuthError } from '../entra/oauth-error.js';
import { mintSsoToken } from '../entra/tokens.js';
import type { AppRegistration } from '../entra/apps.js';
import { SCRIPTABLE_STATUSES, type ScriptedAnswerInput } from '../limits/scripted.js';
import type { SandboxState } from '../state.js';
import type { ActivityNotification } from '../teamwork/routes.js';
import { newHire, type HireRequest } from './hire.js';
import { registerResetRoute } from './reset.js';

class AdminError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } } as const;
const person = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    userPrincipalName: { type: 'string' },
    jobTitle: { type: ['string', 'null'] },
    department: { type: ['string', 'null'] },
    officeLocation: { type: ['string', 'null'] },
    persona: { type: ['string', 'null'] },
    managerId: { type: ['string', 'null'] },
  },
} as const;

/**
 * Sandbox-only controls, not part of Graph: the sign-in that stands in for Teams SSO, and the
 * changes (hire, leave, re-org, consent, key rotation, faults, scripted answers) that tests and
 * demos make happen.
 * Callers authenticate as a registered app with its client secret, like at the token endpoint.
 */
export function registerAdminRoutes(app: FastifyInstance, s: SandboxState, feed: ActivityNotification[]): void {
  app.register(async (admin) => {
    admin.decorateRequest('sandboxApp');
    admin.addHook('onRequest', async (req) => {
      try {
        (req as FastifyRequest & { sandboxApp: AppRegistration }).sandboxApp = authenticateClient(
          {},
          req.headers.authorization,
          s.apps,
          s.directory.tenantId,
          '',
          s.clock.now(),
        );
      } catch (err) {
        throw new AdminError(
          401,
          'unauthorized',
          err instanceof OAuthError ? err.message : 'Use HTTP Basic with a registered client id and secret.',
        );
      }
    });
    admin.setErrorHandler(
      async (err: Error & { statusCode?: number; code?: string; validation?: unknown }, _req, reply) => {
        const status = err instanceof AdminError ? err.statusCode : err.validation ? 400 : (err.statusCode ?? 500);
        const code = err instanceof AdminError ? err.code : err.validation ? 'invalid_request' : 'internal';
        return reply.code(status).send({
          statusCode: status,
          code,
          error: status >= 500 ? 'Internal Server Error' : 'Bad Request',
          message: status >= 500 ? 'Sandbox error' : err.message,
        });
      },
    );

    // The sandbox app does not coerce types (Graph bodies must arrive as sent), so `top` is a string here.
    admin.get<{ Querystring: { search?: string; top?: string } }>(
      '/sandbox/v1/people',
      {
        schema: {
          querystring: {
            type: 'object',
            properties: {
              search: { type: 'string', maxLength: 100 },
              top: { type: 'string', pattern: '^(100|[1-9][0-9]?)$' },
            },
          },
          response: { 200: { type: 'object', properties: { people: { type: 'array', items: person } } } },
        },
      },
      async (req) => {
        const term = (req.query.search ?? '').trim().toLowerCase();
        const top = Number(req.query.top ?? 20);
        const all = s.directory.all();
        const hits = term
          ? all.filter(
              (u) => u.displayName.toLowerCase().includes(term) || u.userPrincipalName.toLowerCase().startsWith(term),
            )
          : [...all.filter((u) => u.persona), ...all.filter((u) => !u.persona)];
        return { people: hits.slice(0, top).map(summary) };
      },
    );

    admin.post<{ Body: { userId: string } }>(
      '/sandbox/v1/signin',
      {
        schema: {
          body: {
            type: 'object',
            required: ['userId'],
            additionalProperties: false,
            properties: { userId: { type: 'string', minLength: 1 } },
          },
          response: {
            200: { type: 'object', properties: { accessToken: { type: 'string' }, expiresIn: { type: 'integer' } } },
          },
        },
      },
      async (req) => {
        const user = s.directory.get(req.body.userId);
        if (!user || !user.accountEnabled)
          throw new AdminError(404, 'person_not_found', 'No such person in the sandbox tenant.');
        const appReg = (req as FastifyRequest & { sandboxApp: AppRegistration }).sandboxApp;
        const accessToken = mintSsoToken(s.keys, s.origin(), s.directory.tenantId, appReg, user, {
          nowMs: s.clock.now(),
          lifetimeSeconds: s.tokenLifetimeSeconds,
        });
        return { accessToken, expiresIn: s.tokenLifetimeSeconds };
      },
    );

    admin.post<{ Body: HireRequest }>(
      '/sandbox/v1/users',
      {
        schema: {
          body: {
            type: 'object',
            required: ['givenName', 'surname', 'managerId'],
            additionalProperties: false,
            properties: {
              givenName: { type: 'string', minLength: 1, maxLength: 64 },
              surname: { type: 'string', minLength: 1, maxLength: 64 },
              managerId: { type: 'string' },
              jobTitle: { type: 'string', maxLength: 128 },
              department: { type: 'string', maxLength: 64 },
              employeeType: { type: 'string', maxLength: 32 },
            },
          },
          response: { 201: person },
        },
      },
      async (req, reply) => {
        const manager = s.directory.get(req.body.managerId);
        if (!manager) throw new AdminError(400, 'unknown_manager', 'managerId is not a person of the tenant.');
        const teammate = s.directory.directReports(manager.id)[0];
        const now = s.clock.now();
        const user = newHire(
          req.body,
          manager,
          teammate,
          s.seed,
          s.directory.sequence + 1,
          s.directory.domain,
          (upn) => s.directory.get(upn) !== undefined,
          now,
        );
        s.directory.hire(user, now);
        return reply.code(201).send(summary(user));
      },
    );

    admin.patch<{
      Params: { id: string };
      Body: {
        managerId?: string;
        jobTitle?: string;
        department?: string;
        officeLocation?: string;
        displayName?: string;
      };
    }>(
      '/sandbox/v1/users/:id',
      {
        schema: {
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              managerId: { type: 'string' },
              jobTitle: { type: 'string' },
              department: { type: 'string' },
              officeLocation: { type: 'string' },
              displayName: { type: 'string' },
            },
          },
          response: { 200: person },
        },
      },
      async (req) => {
        const user = s.directory.get(req.params.id);
        if (!user) throw new AdminError(404, 'person_not_found', 'No such person in the sandbox tenant.');
        if (req.body.managerId !== undefined) checkManager(s, user.id, req.body.managerId);
        return summary(s.directory.update(user.id, req.body, s.clock.now()));
      },
    );

    admin.post<{ Params: { id: string }; Body: { permanent?: boolean } }>(
      '/sandbox/v1/users/:id/leave',
      {
        schema: {
          params: idParams,
          body: {
            type: 'object',
            nullable: true,
            additionalProperties: false,
            properties: { permanent: { type: 'boolean' } },
          },
        },
      },
      async (req, reply) => {
        const user = s.directory.get(req.params.id);
        if (!user) throw new AdminError(404, 'person_not_found', 'No such person in the sandbox tenant.');
        if (s.directory.directReports(user.id).length > 0) {
          throw new AdminError(409, 'has_reports', "Move this person's direct reports to another manager first.");
        }
        s.directory.remove(user.id, req.body?.permanent ? 'deleted' : 'changed', s.clock.now());
        return reply.code(204).send();
      },
    );

    // A person uploads a new profile photo (a different picture), or removes theirs.
    admin.put<{ Params: { id: string }; Body: { present: boolean } }>(
      '/sandbox/v1/users/:id/photo',
      {
        schema: {
          params: idParams,
          body: {
            type: 'object',
            required: ['present'],
            additionalProperties: false,
            properties: { present: { type: 'boolean' } },
          },
        },
      },
      async (req, reply) => {
        const user = s.directory.get(req.params.id);
        if (!user) throw new AdminError(404, 'person_not_found', 'No such person in the sandbox tenant.');
        s.photos.set(user.id, req.body.present);
        return reply.code(204).send();
      },
    );

    admin.put<{ Params: { id: string }; Body: { consented: boolean; scopes?: string[] } }>(
      '/sandbox/v1/users/:id/consent',
      {
        schema: {
          params: idParams,
          body: {
            type: 'object',
            required: ['consented'],
            additionalProperties: false,
            properties: { consented: { type: 'boolean' }, scopes: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
      async (req, reply) => {
        const user = s.directory.get(req.params.id);
        if (!user) throw new AdminError(404, 'person_not_found', 'No such person in the sandbox tenant.');
        if (req.body.consented) s.consent.grant(user.id, req.body.scopes ?? []);
        else s.consent.revoke(user.id);
        return reply.code(204).send();
      },
    );

    admin.post('/sandbox/v1/keys/rotate', async () => {
      const key = await s.keys.rotate(new Date(s.clock.now()));
      return { kid: key.kid };
    });

    admin.put<{ Body: Record<string, number> }>(
      '/sandbox/v1/faults',
      {
        schema: {
          body: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              ['rate429', 'rate503', 'rateSlow', 'rateDrop', 'slowMs', 'latencyMs', 'retryAfterSeconds', 'seed'].map(
                (k) => [k, { type: 'number', minimum: 0 }],
              ),
            ),
          },
        },
      },
      async (req) => {
        try {
          return s.faults.configure(req.body);
        } catch (err) {
          throw new AdminError(400, 'invalid_faults', (err as Error).message);
        }
      },
    );

    // "Answer the next N requests of this method and path with status S (Graph's documented body
    // for it), or cut their connection": one exact failure for a test, beside the seeded rates.
    admin.post<{ Body: ScriptedAnswerInput }>(
      '/sandbox/v1/faults/scripted',
      {
        schema: {
          body: {
            type: 'object',
            required: ['method', 'path'],
            additionalProperties: false,
            properties: {
              method: { type: 'string', enum: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] },
              path: { type: 'string', pattern: '^/', maxLength: 500 },
              status: { type: 'integer', enum: [...SCRIPTABLE_STATUSES] },
              drop: { type: 'boolean' },
              times: { type: 'integer', minimum: 1, maximum: 1000 },
              retryAfterSeconds: { type: 'number', minimum: 0 },
              code: { type: 'string', minLength: 1, maxLength: 100 },
            },
          },
        },
      },
      async (req, reply) => {
        try {
          s.faults.scripted.add(req.body);
        } catch (err) {
          throw new AdminError(400, 'invalid_script', (err as Error).message);
        }
        return reply.code(201).send({ scripted: s.faults.scripted.pending() });
      },
    );

    admin.delete('/sandbox/v1/faults/scripted', async (_req, reply) => {
      s.faults.scripted.clear();
      return reply.code(204).send();
    });

    admin.get<{ Params: { id: string } }>(
      '/sandbox/v1/users/:id/activities',
      { schema: { params: idParams } },
      async (req) => ({
        value: feed.filter((n) => n.recipientId === req.params.id),
      }),
    );

    registerResetRoute(admin, s, feed);
  });
}

function checkManager(s: SandboxState, userId: string, managerId: string): void {
  const manager = s.directory.get(managerId);
  if (!manager) throw new AdminError(400, 'unknown_manager', 'managerId is not a person of the tenant.');
  // A re-org must keep the tree a tree: nobody may end up managing their own manager.
  for (let cur: string | null = managerId; cur; cur = s.directory.get(cur)?.managerId ?? null) {
    if (cur === userId)
      throw new AdminError(400, 'manager_cycle', 'That change would make the person their own indirect manager.');
  }
}

function summary(u: {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  persona: string | null;
  managerId: string | null;
}) {
  return {
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    jobTitle: u.jobTitle,
    department: u.department,
    officeLocation: u.officeLocation,
    persona: u.persona,
    managerId: u.managerId,
  };
}
