import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The hosts allowed to frame the tab: Teams, the Microsoft 365 app and Outlook (FACTS 4.3).
 * Helmet's defaults (X-Frame-Options SAMEORIGIN, frame-ancestors 'self', COOP same-origin) would
 * keep the tab out of Teams and break popup sign-in (TOOLCHAIN: helmet in Teams).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.skype.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    frameguard: false,
    crossOriginOpenerPolicy: false,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Fluent UI (Griffel) inserts its atomic CSS rules at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // teams-js reads its list of valid host origins from Microsoft's CDN.
        connectSrc: ["'self'", 'https://res.cdn.office.net'],
        frameAncestors: FRAME_ANCESTORS,
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
}
