export type { Database, DatabaseEngine, DatabaseOrTransaction, Schema, Transaction } from "./database.ts";
export { migrateDatabase, migrationsFolder } from "./migrate.ts";
export { type MigrationStatus, readMigrationStatus } from "./migration-status.ts";
export { type DatabaseHandle, type OpenDatabaseOptions, openDatabase, type QueryObserver } from "./open-database.ts";
export * as schema from "./schema/index.ts";
export type { Interview, InterviewTurnRow } from "./schema/interviews.ts";
export type { User } from "./schema/users.ts";
export { selectRows } from "./select-rows.ts";
export { isUniqueViolation, retryOnceOnUniqueViolation } from "./unique-violation.ts";
