export * from './entities/index.js';
export { openDatabase, parseDatabaseUrl, ormOptions, type DatabaseTarget, type Dialect, type EntityManager, type Orm } from './orm.js';
export { UniqueConstraintViolationException } from '@mikro-orm/core';
export { seedDemo, DEMO_LOGINS } from './seed/demo.js';
export { createScratchDatabase } from './scratch-database.js';
export { newId } from './entities/id.js';
export { DEMO_PARENT_EMAIL, type SeedServices } from './seed/demo.js';
export { LockMode } from '@mikro-orm/core';
export { systemClock, fixedClock, clockFromEnvironment, parseInstant, type Clock } from './clock.js';
