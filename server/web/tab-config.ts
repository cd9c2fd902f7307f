import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../schemas.js';
import { TabConfig } from './schemas.js';

/** GET /api/config: public, so the tab can choose between Teams SSO and the sandbox picker. */
export const tabConfigRoutes: FastifyPluginAsyncTypebox<{ config: TabConfig }> = async (api, opts) => {
  api.get(
    '/api/config',
    { config: { public: true }, schema: { response: { 200: TabConfig, ...errorResponses } } },
    async () => opts.config,
  );
};
