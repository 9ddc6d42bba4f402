CREATE TABLE "login_throttles" (
	"email_key" text NOT NULL,
	"client_key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_throttles_email_key_client_key_pk" PRIMARY KEY("email_key","client_key")
);
