// Spoken answers: one row per recording uploaded for a question, holding its transcript and word
// timings (what delivery metrics are computed from when the answer is submitted). The audio itself is
// kept only when the candidate chose to keep it (`audio` is null otherwise: deleted once transcribed);
// it is never shared, and it goes with its interview and with the account (foreign keys cascade).
import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interviews, interviewTurns } from "./interviews.ts";
import { users } from "./users.ts";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const voiceRecordings = pgTable(
  "voice_recordings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    turnId: uuid("turn_id")
      .notNull()
      .references(() => interviewTurns.id, { onDelete: "cascade" }),
    mediaType: text("media_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    durationMs: integer("duration_ms").notNull(),
    transcript: text("transcript").notNull(),
    /** Word timings from the transcriber (bounded), for pace and pauses; empty when it gave none. */
    words: jsonb("words").$type<unknown>().notNull().default([]),
    /** Who transcribed it: "openai" (an OpenAI-compatible endpoint) or the offline default's name. */
    transcriber: text("transcriber").notNull(),
    keepAudio: boolean("keep_audio").notNull().default(false),
    /** The recording, only while the candidate keeps it. */
    audio: bytea("audio"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("voice_recordings_turn_idx").on(table.turnId),
    index("voice_recordings_user_created_idx").on(table.userId, table.createdAt),
  ],
);

export type VoiceRecordingRow = typeof voiceRecordings.$inferSelect;
