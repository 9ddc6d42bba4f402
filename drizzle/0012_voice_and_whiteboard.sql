CREATE TABLE "voice_recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"turn_id" uuid NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"transcript" text NOT NULL,
	"words" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"transcriber" text NOT NULL,
	"keep_audio" boolean DEFAULT false NOT NULL,
	"audio" "bytea",
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_turns" ADD COLUMN "diagram" jsonb;--> statement-breakpoint
ALTER TABLE "interview_turns" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "voice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "voice_recordings" ADD CONSTRAINT "voice_recordings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_recordings" ADD CONSTRAINT "voice_recordings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_recordings" ADD CONSTRAINT "voice_recordings_turn_id_interview_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."interview_turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voice_recordings_turn_idx" ON "voice_recordings" USING btree ("turn_id");--> statement-breakpoint
CREATE INDEX "voice_recordings_user_created_idx" ON "voice_recordings" USING btree ("user_id","created_at");