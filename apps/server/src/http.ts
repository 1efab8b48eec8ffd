import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter, calendarFile, createContext, organisationLogo, portalSignedIn, today, type RequestInfo, type Services } from '@driehoek/api';
import { schemaStatus, type SchemaStatus } from '@driehoek/db';
import type { Config } from './config.js';
import { siteFiles, spa } from './static.js';
import { portalPages } from './portal-page.js';
import { Lifecycle } from './lifecycle.js';
import { databaseUnavailable } from './database-unavailable.js';

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
    setCookie: (name, value, { maxAgeMs, secure }) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure, maxAge: maxAgeMs, path: '/' }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'strict', path: '/' }),
  };
}

type Readiness = { status: 'ready' } | { status: 'shutting down' | 'database unreachable' | 'schema missing' } | { status: 'schema behind'; pending: readonly string[] };

/** Ready when the database answers within the timeout and its schema is this build's. */
async function readiness(services: Services, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const status: SchemaStatus | 'timeout' = await Promise.race([schemaStatus(services.orm), timeout]);
    if (status === 'timeout') return { status: 'database unreachable' };
    if (status.state === 'missing') return { status: 'schema missing' };
    if (status.state === 'behind') return { status: 'schema behind', pending: status.pending };
    return { status: 'ready' };
  } catch {
    return { status: 'database unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The HTTP host: security headers, health and readiness, the tRPC router at /trpc, and the three
 * built apps. Thin on purpose: everything else lives in packages/api.
 */
export function createHttpApp(config: Config, services: Services, lifecycle = new Lifecycle()) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  // Counts requests in flight (graceful shutdown waits for them); while draining, every answer
  // closes its connection so keep-alive clients reconnect to another instance.
  app.use((req, res, next) => {
    lifecycle.requestStarted(req.method, loggedPath(req.originalUrl));
    res.once('close', () => lifecycle.requestEnded());
    if (lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });
  // Nothing waits for ever: a request not answered in time gets 503 (the database may be stuck).
  app.use((req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      services.log.warn({ method: req.method, path: loggedPath(req.originalUrl), ms: config.REQUEST_TIMEOUT_MS }, 'request timed out');
      res.status(503).set('Connection', 'close').json({ error: { message: 'The server is too busy to answer now. Please try again in a moment.', data: { code: 'TIMEOUT', httpStatus: 503 } } });
    }, config.REQUEST_TIMEOUT_MS);
    res.once('close', () => clearTimeout(timer));
    next();
  });
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
  // Ready: not shutting down, the database answers in time, and its schema is this build's.
  app.get('/readyz', async (_req, res) => {
    const result: Readiness = lifecycle.draining ? { status: 'shutting down' } : await readiness(services, config.READINESS_TIMEOUT_MS);
    res.status(result.status === 'ready' ? 200 : 503).json(result);
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

  // An organisation's logo: only its bytes, at an address that names its hash (a new logo, a new address).
  app.get('/organisation-logo/:organisationId/:hash', async (req, res) => {
    const logo = await organisationLogo(services.orm.em.fork(), req.params.organisationId, req.params.hash);
    if (!logo) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    res
      .set({ 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' })
      .type(logo.type)
      .send(logo.bytes);
  });

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => createContext(services, requestInfo(req, res)),
      // Clients send queries as POST too, so no input (ids, tokens) ever appears in a URL or access log.
      allowMethodOverride: true,
      // A database that is down, busy or too slow is 503 with Retry-After (the request may be
      // retried; nothing was saved), not 500.
      responseMeta: ({ errors }) =>
        errors.length > 0 && errors.every((error) => error.code === 'INTERNAL_SERVER_ERROR' && databaseUnavailable(error.cause))
          ? { status: 503, headers: { 'retry-after': '1' } }
          : {},
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') services.log.error({ path, err: error.cause ?? error }, 'procedure failed');
      },
    }),
  );

  siteFiles(app, join(config.APPS_DIR, 'server', 'public'));
  spa(app, '/coordinator', join(config.APPS_DIR, 'coordinator', 'dist'));
  // the portal's pages carry the session state and the first texts (one round trip to the sign-in)
  portalPages(app, join(config.APPS_DIR, 'portal', 'dist'), {
    cookies: (req) => parseCookies(req.headers.cookie),
    signedIn: (cookies) => portalSignedIn(services, cookies),
  });
  spa(app, '/portal', join(config.APPS_DIR, 'portal', 'dist'));
  spa(app, '/', join(config.APPS_DIR, 'recruit', 'dist'));
  return app;
}
