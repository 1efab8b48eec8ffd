import type { EntityManager, Orm } from '@driehoek/db';
import type { Clock } from '../clock/index.js';
import type { SessionStore } from '../auth/sessions.js';
import type { LoginLimiter } from '../auth/rate-limit.js';
import type { Geocoder } from '../geocoding/geocoder.js';
import type { PublicLimiter } from '../auth/public-limits.js';

/** A structured logger (pino's shape). Log ids and codes, never personal data. */
export interface Log {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** What lives as long as the server: built once at start-up, shared by every request. */
export interface Services {
  readonly orm: Orm;
  readonly sessions: SessionStore;
  readonly loginLimiter: LoginLimiter;
  /** How often anyone may apply, ask for a code, follow a secret link or fetch a calendar feed. */
  readonly publicLimits: PublicLimiter;
  readonly clock: Clock;
  readonly log: Log;
  /** Postcode → coordinates, for the distance rule of matching. */
  readonly geocoder: Geocoder;
  /** The address people reach the site on, for links in e-mails. */
  readonly publicUrl: string;
  /**
   * The outbox view shows sign-in codes and link secrets: only for the development outbox (no SMTP,
   * not production), where that page is the only mailbox. Otherwise they are masked.
   */
  readonly outboxShowsSecrets?: boolean;
  /** Cookies only over HTTPS (production). */
  readonly secureCookies: boolean;
  /**
   * EVA-2: the key of the keyed hashes behind evaluation's pseudonymous respondent and match keys
   * and its personal links (`features/evaluation/keys.ts`). From the environment, never the database.
   */
  readonly evaluationKeySecret: string;
}

export interface CookieOptions {
  /**
   * How long the browser keeps the cookie, in milliseconds from now. A lifetime, not an instant:
   * a browser whose clock is off from the server's (or the server's clock, injected) would drop
   * a cookie whose expiry date has already passed by its own clock. The server enforces the
   * session's own expiry.
   */
  readonly maxAgeMs: number;
  readonly secure: boolean;
}

/** The parts of the HTTP request and response a procedure may touch; faked in tests. */
export interface RequestInfo {
  readonly ip: string;
  readonly cookies: Readonly<Record<string, string>>;
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string): void;
}

export interface Context {
  readonly services: Services;
  readonly request: RequestInfo;
  /** This request's own unit of work. */
  readonly em: EntityManager;
}

export function createContext(services: Services, request: RequestInfo): Context {
  return { services: { ...services, sessions: requestScopedSessions(services.sessions) }, request, em: services.orm.em.fork() };
}

/**
 * The session store as one HTTP request sees it: a page's batched calls (portal.me, portal.family,
 * portal.schedule) look the cookie's session up once, not once each. Ending or creating a session
 * forgets what was looked up.
 */
function requestScopedSessions(store: SessionStore): SessionStore {
  const found = new Map<string, ReturnType<SessionStore['find']>>();
  return {
    find(token, now) {
      let lookup = found.get(token);
      if (!lookup) {
        lookup = store.find(token, now);
        found.set(token, lookup);
        lookup.catch(() => found.delete(token));
      }
      return lookup;
    },
    async create(owner, now) {
      found.clear();
      return store.create(owner, now);
    },
    async destroy(token) {
      found.clear();
      return store.destroy(token);
    },
    async destroyAllFor(owner) {
      found.clear();
      return store.destroyAllFor(owner);
    },
  };
}

/** The coordinator app's session cookie, and the portal's: separate, so a parent and a coordinator on one browser never share a session. */
export const SESSION_COOKIE = 'driehoek_session';
export const PORTAL_SESSION_COOKIE = 'driehoek_portal';
