import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxUser } from '../org/model.js';
import { responseZone } from './prefer.js';

// Bits every calendar answer shares: the OData context path and the response time zone.

/** "users('<as addressed>')": the path segment Graph echoes in @odata.context. */
export function contextUser(req: FastifyRequest, mailbox: SandboxUser): string {
  const param = (req.params as { user?: string }).user;
  return `users('${param ?? mailbox.id}')`;
}

/** The zone to answer in, with Preference-Applied set when the client asked for one. */
export function answerZone(req: FastifyRequest, reply: FastifyReply): string {
  const zone = responseZone(req.headers.prefer);
  if (zone.applied) reply.header('Preference-Applied', zone.applied);
  return zone.name;
}

export function selectList(select: string | undefined): string[] | undefined {
  return select
    ? select
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}
