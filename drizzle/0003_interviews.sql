CREATE TABLE "interview_turns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question_id" text NOT NULL,
	"topic" text NOT NULL,
	"question" jsonb NOT NULL,
	"attempt" smallint DEFAULT 1 NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"evaluation_status" text DEFAULT 'awaiting_answer' NOT NULL,
	"evaluation_lease_until" timestamp with time zone,
	"evaluation" jsonb,
	"score" smallint,
	"evaluated_at" timestamp with time zone,
	"usage" jsonb,
	"fallback" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "interview_turns_score_range" CHECK ("interview_turns"."score" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"plan" jsonb NOT NULL,
	"job_description" text,
	"job_analysis" jsonb,
	"provider" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_ms" integer DEFAULT 0 NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"failure_reason" text,
	"report" jsonb,
	"overall_percent" real,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "interviews_overall_percent_range" CHECK ("interviews"."overall_percent" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "interview_turns" ADD CONSTRAINT "interview_turns_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_turns_position_unique" ON "interview_turns" USING btree ("interview_id","position");--> statement-breakpoint
CREATE INDEX "interview_turns_question_id_idx" ON "interview_turns" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "interviews_user_created_idx" ON "interviews" USING btree ("user_id","created_at");