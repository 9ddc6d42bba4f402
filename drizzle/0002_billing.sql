CREATE TABLE "billing_purchases" (
	"kind" text NOT NULL,
	"ls_id" text NOT NULL,
	"user_id" uuid,
	"ls_subscription_id" text,
	"variant_id" text,
	"billing_reason" text,
	"credits_granted" integer,
	"credits_reclaimed" integer DEFAULT 0 NOT NULL,
	"refunded_at" timestamp with time zone,
	"ls_created_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "billing_purchases_kind_ls_id_pk" PRIMARY KEY("kind","ls_id")
);
--> statement-breakpoint
CREATE TABLE "billing_subscriptions" (
	"ls_subscription_id" text PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"ls_customer_id" text,
	"ls_order_id" text,
	"variant_id" text NOT NULL,
	"plan" text,
	"status" text NOT NULL,
	"renews_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"ls_updated_at" timestamp with time zone NOT NULL,
	"ls_created_at" timestamp with time zone NOT NULL,
	"current_period_invoice_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_webhook_events" (
	"event_key" text PRIMARY KEY NOT NULL,
	"event_name" text NOT NULL,
	"resource_type" text,
	"resource_id" text,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_balances" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"individual" integer DEFAULT 0 NOT NULL,
	"subscription" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_balances_individual_not_negative" CHECK ("credit_balances"."individual" >= 0),
	CONSTRAINT "credit_balances_subscription_not_negative" CHECK ("credit_balances"."subscription" >= 0)
);
--> statement-breakpoint
CREATE TABLE "credit_ledger" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"user_tombstone" text,
	"kind" text NOT NULL,
	"delta" integer NOT NULL,
	"balance_after" integer NOT NULL,
	"reason" text NOT NULL,
	"reference_type" text NOT NULL,
	"reference_id" text,
	"idempotency_key" text,
	"details" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_ledger_kind_valid" CHECK ("credit_ledger"."kind" in ('individual', 'subscription'))
);
--> statement-breakpoint
CREATE TABLE "signup_credit_grants" (
	"email_hash" text PRIMARY KEY NOT NULL,
	"granted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing_purchases" ADD CONSTRAINT "billing_purchases_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_subscriptions" ADD CONSTRAINT "billing_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_balances" ADD CONSTRAINT "credit_balances_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_ledger" ADD CONSTRAINT "credit_ledger_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "billing_purchases_subscription_idx" ON "billing_purchases" USING btree ("ls_subscription_id");--> statement-breakpoint
CREATE INDEX "billing_subscriptions_user_idx" ON "billing_subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "billing_subscriptions_customer_idx" ON "billing_subscriptions" USING btree ("ls_customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_ledger_idempotency_key_unique" ON "credit_ledger" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "credit_ledger_user_seq_idx" ON "credit_ledger" USING btree ("user_id","seq");--> statement-breakpoint
CREATE INDEX "credit_ledger_reference_idx" ON "credit_ledger" USING btree ("reference_type","reference_id");