// Résumé reads and writes, as plain functions `(db, params)`; each is one statement. A user has at
// most one résumé (unique user_id): an upload replaces the previous one in a single upsert, so two
// concurrent uploads leave one row rather than a unique violation.
import { eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { type ResumeMediaType, resumes } from "../schema/resumes.ts";

const shownColumns = {
  fileName: resumes.fileName,
  mediaType: resumes.mediaType,
  byteSize: resumes.byteSize,
  analysis: resumes.analysis,
  analysisEditedAt: resumes.analysisEditedAt,
  createdAt: resumes.createdAt,
  updatedAt: resumes.updatedAt,
};

/** The user's résumé without its text (what the résumé page shows), or undefined. */
export async function findResume(db: DatabaseOrTransaction, params: { userId: string }) {
  const [row] = await db.select(shownColumns).from(resumes).where(eq(resumes.userId, params.userId));
  return row;
}

/** Stores a new upload for the user, replacing any earlier résumé (and any edits to its analysis). */
export async function upsertResume(
  db: DatabaseOrTransaction,
  values: {
    userId: string;
    fileName: string;
    mediaType: ResumeMediaType;
    byteSize: number;
    text: string;
    analysis: unknown;
    now: Date;
  },
) {
  const [row] = await db
    .insert(resumes)
    .values({
      userId: values.userId,
      fileName: values.fileName,
      mediaType: values.mediaType,
      byteSize: values.byteSize,
      text: values.text,
      analysis: values.analysis,
      analysisEditedAt: null,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .onConflictDoUpdate({
      target: resumes.userId,
      set: {
        fileName: sql`excluded.file_name`,
        mediaType: sql`excluded.media_type`,
        byteSize: sql`excluded.byte_size`,
        text: sql`excluded.text`,
        analysis: sql`excluded.analysis`,
        analysisEditedAt: null,
        // A replaced résumé is a new upload: it dates from now.
        createdAt: sql`excluded.created_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning(shownColumns);
  if (!row) throw new Error("résumé upsert returned nothing");
  return row;
}

/** Replaces the analysis with the candidate's edit; undefined when they have no résumé. */
export async function updateResumeAnalysis(
  db: DatabaseOrTransaction,
  params: { userId: string; analysis: unknown; now: Date },
) {
  const [row] = await db
    .update(resumes)
    .set({ analysis: params.analysis, analysisEditedAt: params.now, updatedAt: params.now })
    .where(eq(resumes.userId, params.userId))
    .returning(shownColumns);
  return row;
}

/** Deletes the user's résumé; whether there was one. */
export async function deleteResume(db: DatabaseOrTransaction, params: { userId: string }): Promise<boolean> {
  const rows = await db.delete(resumes).where(eq(resumes.userId, params.userId)).returning({ id: resumes.id });
  return rows.length > 0;
}

/** Only the analysis, for copying into a new interview (read inside its creating transaction). */
export async function findResumeAnalysis(db: DatabaseOrTransaction, params: { userId: string }) {
  const [row] = await db.select({ analysis: resumes.analysis }).from(resumes).where(eq(resumes.userId, params.userId));
  return row;
}
