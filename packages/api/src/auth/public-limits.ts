import type { Redis } from 'ioredis';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseTarget } from '@driehoek/db';
import { limiterStore } from './rate-limit.js';
import { AppError } from '../errors/index.js';

/**
 * What anyone may do without signing in, and how often. Each action is counted per client
 * address; those that send an e-mail to an address someone typed are counted per target address
 * too, so nobody floods the outbox (and a stranger's inbox) from one address or from many. The
 * counters live where the login counters live (database or Redis): every instance counts the same.
 *
 * The numbers leave room for a school's or community centre's shared address: twenty people
 * applying in an hour from one network, sixty parents asking for a sign-in code.
 */
export const PUBLIC_LIMITS = {
  /** recruitment.apply: each one creates an applicant and e-mails the address typed. */
  application: { perClient: { points: 20, duration: 60 * 60 }, perEmail: { points: 5, duration: 24 * 60 * 60 } },
  /** portal.requestCode: each one e-mails a code (when the address is known). */
  codeRequest: { perClient: { points: 60, duration: 60 * 60 }, perEmail: { points: 5, duration: 15 * 60 } },
  /** auth.requestPasswordReset: each one may e-mail a reset link (when the address has an account). */
  passwordReset: { perClient: { points: 20, duration: 60 * 60 }, perEmail: { points: 3, duration: 60 * 60 } },
  /** Secrets presented by a link: the status link, the e-mailed sign-in link, an invitation link. */
  secretLink: { perClient: { points: 60, duration: 10 * 60 } },
  /** The calendar feed and making a new calendar link. Calendar apps poll every 15–60 minutes. */
  calendarFeed: { perClient: { points: 600, duration: 60 * 60 } },
} as const satisfies Record<string, { perClient: Limit; perEmail?: Limit }>;

interface Limit {
  readonly points: number;
  readonly duration: number;
}

export type PublicAction = keyof typeof PUBLIC_LIMITS;

export interface PublicLimiter {
  /**
   * Counts one attempt at the action; answers false when the client or the target address has
   * used up its allowance (then nothing should be done). Every attempt counts, refused or not.
   */
  take(action: PublicAction, who: { ip: string; email?: string }): Promise<boolean>;
  close(): Promise<void>;
}

export async function createPublicLimiter(target: DatabaseTarget, redis?: Redis): Promise<PublicLimiter> {
  const { factory, close } = limiterStore(target, redis);
  const limiters = new Map<string, RateLimiterAbstract>();
  for (const [action, limits] of Object.entries(PUBLIC_LIMITS) as [PublicAction, { perClient: Limit; perEmail?: Limit }][]) {
    limiters.set(`${action}:client`, await factory(`public_${action}_client`, { ...limits.perClient, blockDuration: 0 }));
    if (limits.perEmail) limiters.set(`${action}:email`, await factory(`public_${action}_email`, { ...limits.perEmail, blockDuration: 0 }));
  }
  const consume = async (limiter: RateLimiterAbstract | undefined, key: string) => {
    if (!limiter) return true;
    try {
      await limiter.consume(key);
      return true;
    } catch (reason) {
      if (reason instanceof RateLimiterRes) return false;
      throw reason;
    }
  };
  return {
    async take(action, { ip, email }) {
      const [client, target] = await Promise.all([
        consume(limiters.get(`${action}:client`), ip),
        email === undefined ? true : consume(limiters.get(`${action}:email`), email.trim().toLowerCase()),
      ]);
      return client && target;
    },
    close,
  };
}

/** Refuses the request with 429 (AUTH.TOO_MANY_ATTEMPTS) when the action's allowance is used up. */
export async function limitPublicAction(
  services: { readonly publicLimits: PublicLimiter },
  action: PublicAction,
  who: { ip: string; email?: string },
): Promise<void> {
  if (!(await services.publicLimits.take(action, who))) throw new AppError('AUTH.TOO_MANY_ATTEMPTS');
}
