// Every table of the product, one file per domain. drizzle-kit reads this module to generate migrations.
export * from "./users.ts";
