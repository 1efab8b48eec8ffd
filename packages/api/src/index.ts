export { appRouter, type AppRouter } from './router.js';
export { createCallerFactory } from './trpc.js';
export { createContext, SESSION_COOKIE, type Context, type Services, type RequestInfo, type Log } from './context.js';
export { systemClock, type Clock } from './clock.js';
export { databaseSessionStore, redisSessionStore, type SessionStore } from './auth/sessions.js';
export { createLoginLimiter, type LoginLimiter } from './auth/rate-limit.js';
export { hashPassword } from './auth/password.js';
export { startOutboxSender, type SmtpSettings } from './mail/sender.js';
