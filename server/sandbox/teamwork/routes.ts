import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.js';
import { requirePermission } from '../permissions.js';
import type { SandboxState } from '../state.js';
import { findUser } from '../directory/users-routes.js';

export interface ActivityNotification {
  recipientId: string;
  appId: string;
  at: number;
  topic: { source: 'entityUrl' | 'text'; value: string; webUrl?: string };
  activityType: string;
  previewText?: { content: string };
  templateParameters: { name: string; value: string }[];
}

const schema = {
  body: {
    type: 'object',
    required: ['topic', 'activityType', 'previewText'],
    properties: {
      topic: {
        type: 'object',
        required: ['source', 'value'],
        properties: { source: { enum: ['entityUrl', 'text'] }, value: { type: 'string' }, webUrl: { type: 'string' } },
      },
      activityType: { type: 'string', minLength: 1, maxLength: 64 },
      chainId: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
      previewText: { type: 'object', required: ['content'], properties: { content: { type: 'string' } } },
      templateParameters: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'value'],
          properties: { name: { type: 'string' }, value: { type: 'string' } },
        },
      },
    },
  },
} as const;

/** POST /users/{id}/teamwork/sendActivityNotification → 204 (FACTS 1.9); the feed is kept for tests. */
export function registerTeamworkRoutes(graph: FastifyInstance, s: SandboxState, feed: ActivityNotification[]): void {
  graph.post<{ Params: { user: string }; Body: Omit<ActivityNotification, 'recipientId' | 'appId' | 'at'> }>(
    '/v1.0/users/:user/teamwork/sendActivityNotification',
    { schema, config: { throttle: 'activity' } },
    async (req, reply) => {
      requirePermission(req.caller, {
        app: ['TeamsActivity.Send'],
        delegated: ['TeamsActivity.Send'],
        family: 'teams',
      });
      const user = findUser(s, req.params.user);
      const { topic, activityType, previewText, templateParameters } = req.body;
      if (topic.source === 'text' && !topic.webUrl)
        throw badRequest('webUrl is required when topic source is text.', 'BadRequest');
      feed.push({
        recipientId: user.id,
        appId: req.caller.appId,
        at: s.clock.now(),
        topic,
        activityType,
        // Teams shows only the first 150 characters of the preview (FACTS 1.9).
        ...(previewText ? { previewText: { content: previewText.content.slice(0, 150) } } : {}),
        templateParameters: templateParameters ?? [],
      });
      return reply.code(204).send();
    },
  );
}
