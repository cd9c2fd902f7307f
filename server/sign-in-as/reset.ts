import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DemoRunner } from '../demo/runner.js';
import { errorResponses } from '../schemas.js';
import { DemoStatus } from './schemas.js';

export interface DemoRoutesOptions {
  demo: DemoRunner;
}

/**
 * The sign-in picker's "reset the demo": wipes the tenant's programme and the sandbox calendars
 * and prepares the demo programme again, in the background; the picker follows the progress.
 * Public like the rest of the picker, and registered only with the sandbox tenant, so with a real
 * tenant these paths are a plain 404.
 */
export const demoRoutes: FastifyPluginAsyncTypebox<DemoRoutesOptions> = async (api, { demo }) => {
  api.get(
    '/api/sandbox/demo',
    { config: { public: true }, schema: { response: { 200: DemoStatus, ...errorResponses } } },
    async () => demo.status(),
  );

  api.post(
    '/api/sandbox/demo/reset',
    { config: { public: true }, schema: { response: { 202: DemoStatus, ...errorResponses } } },
    async (_req, reply) => reply.code(202).send(demo.reset()),
  );
};
