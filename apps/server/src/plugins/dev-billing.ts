// The local billing simulator's pages (never in production: server.ts mounts this only when
// config.devToolsEnabled and the simulator is the billing adapter). GET /dev/billing/checkout shows
// what a signed checkout reference buys and a Pay button; paying, and the actions on /dev/billing
// (renew, cancel, resume, pause, payment failure, expiry, refund), make the simulator POST signed
// Lemon Squeezy-shaped webhooks to our own webhook route, so the real path grants the credits.
import { plans } from "@interviewer/api";
import type { BillingSimulator } from "@interviewer/api/billing-simulator";
import { type Database, schema } from "@interviewer/db";
import { desc, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply } from "fastify";
import { devToolsPage, escapeHtml } from "./dev-tools-page.ts";

export interface DevBillingOptions {
  db: Database;
  simulator: BillingSimulator;
}

const SUBSCRIPTION_ACTIONS = {
  renew: { label: "Renew (next month's payment)", run: (s: BillingSimulator, id: string) => s.renew(id) },
  cancel: { label: "Cancel", run: (s: BillingSimulator, id: string) => s.cancelSubscription(id) },
  resume: { label: "Resume", run: (s: BillingSimulator, id: string) => s.resumeSubscription(id) },
  pause: { label: "Pause", run: (s: BillingSimulator, id: string) => s.pause(id) },
  unpause: { label: "Unpause", run: (s: BillingSimulator, id: string) => s.unpause(id) },
  "fail-payment": { label: "Fail a payment", run: (s: BillingSimulator, id: string) => s.failPayment(id) },
  expire: { label: "Expire", run: (s: BillingSimulator, id: string) => s.expire(id) },
  refund: { label: "Refund latest invoice", run: (s: BillingSimulator, id: string) => s.refundLatestInvoice(id) },
} as const;

type SubscriptionAction = keyof typeof SUBSCRIPTION_ACTIONS;

export async function devBillingRoutes(app: FastifyInstance, options: DevBillingOptions): Promise<void> {
  const { db, simulator } = options;
  // HTML forms post urlencoded bodies; only this scope needs to read them.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  app.get<{ Querystring: { ref?: string } }>("/dev/billing/checkout", async (request, reply) => {
    const checkout = simulator.readCheckout(request.query.ref ?? "");
    if (!checkout)
      return html(
        reply.code(400),
        "Checkout not valid",
        "<p>This checkout link is not valid or has expired. Start again from the billing page.</p>",
      );
    const plan = plans[checkout.plan];
    return html(
      reply,
      `Pay for ${plan.name}`,
      [
        "<h1>Billing simulator — checkout</h1>",
        "<p>No money moves here: paying sends the same signed webhooks Lemon Squeezy would.</p>",
        "<dl>",
        `<dt>Plan</dt><dd>${escapeHtml(plan.name)} (${plan.billing === "monthly" ? `${plan.credits} credits every month` : `${plan.credits} credit`})</dd>`,
        `<dt>Buyer</dt><dd>${escapeHtml(checkout.email)}</dd>`,
        "</dl>",
        '<form method="post" action="/dev/billing/checkout">',
        `<input type="hidden" name="ref" value="${escapeHtml(request.query.ref ?? "")}">`,
        '<button type="submit">Pay</button>',
        "</form>",
      ].join("\n"),
    );
  });

  app.post<{ Body: { ref?: string } }>("/dev/billing/checkout", async (request, reply) => {
    const checkout = simulator.readCheckout(request.body?.ref ?? "");
    if (!checkout)
      return html(reply.code(400), "Checkout not valid", "<p>This checkout link is not valid or has expired.</p>");
    await simulator.pay(checkout);
    return html(
      reply,
      "Payment complete",
      `<h1>Payment complete</h1>\n<p>The webhooks were delivered.</p>\n<p><a href="${escapeHtml(checkout.redirectUrl)}">Back to Interviewer</a> · <a href="/dev/billing">Billing simulator</a></p>`,
    );
  });

  app.get("/dev/billing", async (_request, reply) => {
    const subscriptions = await db
      .select({ sub: schema.billingSubscriptions, email: schema.users.email })
      .from(schema.billingSubscriptions)
      .leftJoin(schema.users, eq(schema.users.id, schema.billingSubscriptions.userId))
      .orderBy(desc(schema.billingSubscriptions.createdAt))
      .limit(100);
    const orders = await db
      .select({ order: schema.billingPurchases, email: schema.users.email })
      .from(schema.billingPurchases)
      .leftJoin(schema.users, eq(schema.users.id, schema.billingPurchases.userId))
      .where(eq(schema.billingPurchases.kind, "order"))
      .orderBy(desc(schema.billingPurchases.createdAt))
      .limit(100);
    const subscriptionRows = subscriptions.map(({ sub, email }) => {
      const buttons = (Object.keys(SUBSCRIPTION_ACTIONS) as SubscriptionAction[])
        .map(
          (action) =>
            `<form method="post" action="/dev/billing/subscriptions/${encodeURIComponent(sub.lsSubscriptionId)}/${action}"><button type="submit">${SUBSCRIPTION_ACTIONS[action].label}</button></form>`,
        )
        .join("");
      return `<tr><td>${escapeHtml(sub.lsSubscriptionId)}</td><td>${escapeHtml(email ?? "(deleted)")}</td><td>${escapeHtml(sub.plan ?? sub.variantId)}</td><td>${escapeHtml(sub.status)}</td><td>${sub.renewsAt?.toISOString() ?? ""}</td><td>${sub.endsAt?.toISOString() ?? ""}</td><td>${buttons}</td></tr>`;
    });
    const orderRows = orders
      .filter(({ order }) => (order.creditsGranted ?? 0) > 0)
      .map(
        ({ order, email }) =>
          `<tr><td>${escapeHtml(order.lsId)}</td><td>${escapeHtml(email ?? "(deleted)")}</td><td>${order.creditsGranted}</td><td>${order.refundedAt ? "refunded" : `<form method="post" action="/dev/billing/orders/${encodeURIComponent(order.lsId)}/refund"><button type="submit">Refund</button></form>`}</td></tr>`,
      );
    return html(
      reply,
      "Billing simulator",
      [
        "<h1>Billing simulator</h1>",
        "<p>Every action sends signed Lemon Squeezy-shaped webhooks to this server's own webhook route.</p>",
        "<h2>Subscriptions</h2>",
        subscriptionRows.length === 0
          ? "<p>None yet. Buy a plan from the app's billing page.</p>"
          : `<table><thead><tr><th scope="col">Id</th><th scope="col">User</th><th scope="col">Plan</th><th scope="col">Status</th><th scope="col">Renews</th><th scope="col">Ends</th><th scope="col">Actions</th></tr></thead><tbody>${subscriptionRows.join("")}</tbody></table>`,
        "<h2>One-time orders</h2>",
        orderRows.length === 0
          ? "<p>None yet.</p>"
          : `<table><thead><tr><th scope="col">Order</th><th scope="col">User</th><th scope="col">Credits</th><th scope="col">Refund</th></tr></thead><tbody>${orderRows.join("")}</tbody></table>`,
      ].join("\n"),
    );
  });

  app.post<{ Params: { id: string; action: string } }>(
    "/dev/billing/subscriptions/:id/:action",
    async (request, reply) => {
      const action = SUBSCRIPTION_ACTIONS[request.params.action as SubscriptionAction];
      if (!action) return html(reply.code(404), "Unknown action", "<p>No such simulator action.</p>");
      await action.run(simulator, request.params.id);
      return reply.redirect("/dev/billing", 303);
    },
  );

  app.post<{ Params: { id: string } }>("/dev/billing/orders/:id/refund", async (request, reply) => {
    await simulator.refundOrder(request.params.id);
    return reply.redirect("/dev/billing", 303);
  });
}

function html(reply: FastifyReply, title: string, body: string) {
  return reply.type("text/html; charset=utf-8").send(devToolsPage(title, body));
}
