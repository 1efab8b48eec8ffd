import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter, calendarFile, createContext, today, type RequestInfo, type Services } from '@driehoek/api';
import type { Config } from './config.js';
import { siteFiles, spa } from './static.js';

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** The path as logged: no query string, and no calendar-feed secret. */
function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(/^\/calendar\/[^/]+$/, '/calendar/[secret]');
}

function requestInfo(req: Request, res: Response): RequestInfo {
  return {
    ip: req.ip ?? 'unknown',
    cookies: parseCookies(req.headers.cookie),
    setCookie: (name, value, { expires, secure }) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure, expires, path: '/' }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'strict', path: '/' }),
  };
}

/**
 * The HTTP host: security headers, health and readiness, the tRPC router at /trpc, and the three
 * built apps. Thin on purpose: everything else lives in packages/api.
 */
export function createHttpApp(config: Config, services: Services) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'upgrade-insecure-requests': config.COOKIE_SECURE ? [] : null },
      },
      strictTransportSecurity: config.COOKIE_SECURE,
    }),
  );
  // Access log: method, path without query string, status, time. No bodies, no query strings.
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () =>
      services.log.info(
        { method: req.method, path: loggedPath(req.originalUrl), status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      ),
    );
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // A calendar app subscribes to this secret link (iCalendar); the secret never reaches the logs.
  app.get('/calendar/:file', async (req, res) => {
    if (!(await services.publicLimits.take('calendarFeed', { ip: req.ip ?? 'unknown' }))) {
      res.status(429).set('Retry-After', '600').type('text/plain').send('Too many requests. Try again later.');
      return;
    }
    const token = /^([\w-]{20,200})\.ics$/.exec(req.params.file)?.[1];
    const body = token ? await calendarFile(services.orm.em.fork(), token, today(services.clock)) : null;
    if (body === null) {
      res.status(404).type('text/plain').send('This calendar link is not valid (any more).');
      return;
    }
    res.set('Cache-Control', 'private, max-age=900').type('text/calendar; charset=utf-8').send(body);
  });

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => createContext(services, requestInfo(req, res)),
      // Clients send queries as POST too, so no input (ids, tokens) ever appears in a URL or access log.
      allowMethodOverride: true,
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') services.log.error({ path, err: error.cause ?? error }, 'procedure failed');
      },
    }),
  );

  siteFiles(app, join(config.APPS_DIR, 'server', 'public'));
  spa(app, '/coordinator', join(config.APPS_DIR, 'coordinator', 'dist'));
  spa(app, '/portal', join(config.APPS_DIR, 'portal', 'dist'));
  spa(app, '/', join(config.APPS_DIR, 'recruit', 'dist'));
  return app;
}
