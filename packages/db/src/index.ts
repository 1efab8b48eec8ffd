export * from './entities/index.js';
export { openDatabase, parseDatabaseUrl, ormOptions, type DatabaseTarget, type Dialect, type EntityManager, type Orm } from './orm.js';
