import type { FastifyInstance } from 'fastify';
import { findUser } from '../directory/users-routes.js';
import { badRequest, GraphError } from '../errors.js';
import { requirePermission } from '../permissions.js';
import type { SandboxState } from '../state.js';

// GET /users/{id}/photo/$value and /me/photo/$value (MGDC profilephoto-get.md): the photo's bytes
// with their content type, or 404 when the person has none. Least privilege: User.Read.All as the
// app, User.Read on one's own behalf.

const READ_PHOTO = {
  app: ['User.Read.All', 'User.ReadWrite.All', 'ProfilePhoto.Read.All', 'ProfilePhoto.ReadWrite.All'],
  delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite', 'User.ReadWrite.All'],
  family: 'directory',
} as const;

/**
 * What the service answers for someone without a photo: the documented 404, with the code and
 * message it is seen to send (ImageNotFound; Microsoft Q&A, not in the reference page).
 */
const noPhoto = (): GraphError =>
  new GraphError(
    404,
    'ImageNotFound',
    "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.",
  );

export function registerPhotoRoutes(graph: FastifyInstance, s: SandboxState): void {
  const config = { throttle: 'directory' as const };
  // `$value` may come as is or percent-encoded: a parameter, which the router decodes, takes both.
  const value = (segment: string): void => {
    if (segment !== '$value') throw badRequest(`Resource not found for the segment '${segment}'.`);
  };

  graph.get<{ Params: { user: string; value: string } }>(
    '/v1.0/users/:user/photo/:value',
    { config },
    async (req, reply) => {
      value(req.params.value);
      requirePermission(req.caller, READ_PHOTO);
      const bytes = s.photos.photoOf(findUser(s, req.params.user));
      if (!bytes) throw noPhoto();
      return reply.header('content-type', 'image/png').send(bytes);
    },
  );

  graph.get<{ Params: { value: string } }>('/v1.0/me/photo/:value', { config }, async (req, reply) => {
    value(req.params.value);
    requirePermission(req.caller, READ_PHOTO);
    if (!req.caller.userId)
      throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
    const bytes = s.photos.photoOf(findUser(s, req.caller.userId));
    if (!bytes) throw noPhoto();
    return reply.header('content-type', 'image/png').send(bytes);
  });
}
