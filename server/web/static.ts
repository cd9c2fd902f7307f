import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built tab, with index.html for the tab's own client-side routes. */
export async function registerTab(app: FastifyInstance, tabDir: string): Promise<boolean> {
  if (!existsSync(join(tabDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: tabDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    maxAge: '1h',
    immutable: false,
  });
  return true;
}
