export * from './database.ts';
export * from './create-database.ts';
export * from './migrations.ts';
export * from './seed-reference.ts';
export * from './reference-data.ts';
export * from './locks.ts';
export * from './sqlite-backup.ts';
