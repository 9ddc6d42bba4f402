CREATE TABLE "drill_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"skill_key" text NOT NULL,
	"topic" text NOT NULL,
	"label" text NOT NULL,
	"question" jsonb,
	"source_interview_id" uuid,
	"repetitions" smallint DEFAULT 0 NOT NULL,
	"interval_days" integer DEFAULT 0 NOT NULL,
	"ease_factor" real DEFAULT 2.5 NOT NULL,
	"lapses" smallint DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"last_reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drill_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"card_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"interview_id" uuid,
	"topic" text NOT NULL,
	"quality" smallint NOT NULL,
	"score" smallint NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"text" text NOT NULL,
	"analysis" jsonb NOT NULL,
	"analysis_edited_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_turns" ADD COLUMN "assists" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_turns" ADD COLUMN "drill_card_ids" uuid[];--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "kind" text DEFAULT 'interview' NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "resume_analysis" jsonb;--> statement-breakpoint
ALTER TABLE "drill_cards" ADD CONSTRAINT "drill_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_cards" ADD CONSTRAINT "drill_cards_source_interview_id_interviews_id_fk" FOREIGN KEY ("source_interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_reviews" ADD CONSTRAINT "drill_reviews_card_id_drill_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."drill_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_reviews" ADD CONSTRAINT "drill_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_reviews" ADD CONSTRAINT "drill_reviews_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "drill_cards_user_skill_unique" ON "drill_cards" USING btree ("user_id","skill_key");--> statement-breakpoint
CREATE INDEX "drill_cards_user_due_idx" ON "drill_cards" USING btree ("user_id","due_at");--> statement-breakpoint
CREATE INDEX "drill_reviews_user_reviewed_idx" ON "drill_reviews" USING btree ("user_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resumes_user_unique" ON "resumes" USING btree ("user_id");