import { type DatabaseOrTransaction, schema, type User } from "@interviewer/db";
import { eq, sql } from "drizzle-orm";

/** Emails are compared lower-cased, matching the unique index on lower(email). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: DatabaseOrTransaction, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(schema.users)
    .where(eq(sql`lower(${schema.users.email})`, emailKey(email)))
    .limit(1);
  return user;
}

export async function findUserById(db: DatabaseOrTransaction, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, id)).limit(1);
  return user;
}
