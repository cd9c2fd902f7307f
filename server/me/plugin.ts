import type { FastifyInstance } from 'fastify';

const me = {
  type: 'object',
  required: ['tenantId', 'id', 'displayName', 'userPrincipalName', 'roles'],
  additionalProperties: false,
  properties: {
    tenantId: { type: 'string' },
    id: { type: 'string' },
    displayName: { type: 'string' },
    userPrincipalName: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** GET /api/me: who the token says you are. Issue 3 adds the profile from the synced directory. */
export async function meRoutes(api: FastifyInstance): Promise<void> {
  api.get('/api/me', { schema: { response: { 200: me, 401: { $ref: 'Error#' } } } }, async (req) => ({
    tenantId: req.person.tenantId,
    id: req.person.userId,
    displayName: req.person.name,
    userPrincipalName: req.person.username,
    roles: req.person.roles,
  }));
}
