// A candidate's résumé: the text extracted from an uploaded PDF or DOCX (parsed offline, never
// executed) and its analysis (roles, years, projects, technologies), which the candidate may edit.
// The uploaded file itself is not kept: the text is what interviews use. One per user; replaced by a
// new upload, deleted on request and with the account (the foreign key cascades).
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users.ts";

export const RESUME_MEDIA_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
] as const;
export type ResumeMediaType = (typeof RESUME_MEDIA_TYPES)[number];

export const resumes = pgTable(
  "resumes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type", { enum: RESUME_MEDIA_TYPES }).notNull(),
    byteSize: integer("byte_size").notNull(),
    /** The extracted text (bounded at upload). */
    text: text("text").notNull(),
    /** The engine's ResumeAnalysis, as extracted or as the candidate last edited it. */
    analysis: jsonb("analysis").$type<unknown>().notNull(),
    analysisEditedAt: timestamp("analysis_edited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex("resumes_user_unique").on(table.userId)],
);

export type ResumeRow = typeof resumes.$inferSelect;
