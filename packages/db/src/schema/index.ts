// Every table of the product, one file per domain. drizzle-kit reads this module to generate migrations.
export * from "./auth.ts";
export * from "./billing.ts";
export * from "./drills.ts";
export * from "./interviews.ts";
export * from "./mail.ts";
export * from "./resumes.ts";
export * from "./sharing.ts";
export * from "./users.ts";
export * from "./voice.ts";
