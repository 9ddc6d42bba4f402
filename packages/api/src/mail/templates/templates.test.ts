import { describe, expect, it } from "vitest";
import { type MailTemplateData, type MailTemplateName, mailTemplateNames, renderMail } from "./index.ts";

const HOSTILE_NAME = `<script>alert("x")</script> & 'friends'`;
const LINK = 'https://app.example/verify?token=a&b="c"';

// One realistic data set per template; the hostile name and link go through every one.
const samples: { [Name in MailTemplateName]: MailTemplateData[Name] } = {
  verify_email: { displayName: HOSTILE_NAME, verifyUrl: LINK, expiresInHours: 24 },
  already_registered: { displayName: HOSTILE_NAME, signInUrl: LINK, resetUrl: "https://app.example/reset" },
  welcome: { displayName: HOSTILE_NAME, dashboardUrl: LINK },
  reset_password: { displayName: HOSTILE_NAME, resetUrl: LINK, expiresInMinutes: 30 },
  password_changed: { displayName: HOSTILE_NAME, resetUrl: LINK },
  account_deleted: { displayName: HOSTILE_NAME },
  purchase_confirmed: { displayName: HOSTILE_NAME, planName: "Pro <b>", creditsGranted: 10, billingUrl: LINK },
  payment_failed: { displayName: HOSTILE_NAME, planName: "Pro <b>", billingUrl: LINK },
  subscription_cancelled: {
    displayName: HOSTILE_NAME,
    planName: "Pro <b>",
    endsAt: "2026-03-12T10:00:00.000Z",
    billingUrl: LINK,
  },
  subscription_expired: { displayName: HOSTILE_NAME, planName: "Pro <b>", creditsForfeited: 3, billingUrl: LINK },
};

function render<Name extends MailTemplateName>(name: Name) {
  return renderMail(name, samples[name]);
}

describe("mail templates", () => {
  it("has a sample for every registered template", () => {
    expect(Object.keys(samples).sort()).toEqual([...mailTemplateNames].sort());
    expect(mailTemplateNames).toHaveLength(10);
  });

  for (const name of mailTemplateNames) {
    describe(name, () => {
      it("renders a subject, a plain-text version and an HTML document", () => {
        const mail = render(name);
        expect(mail.subject.trim().length).toBeGreaterThan(5);
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.text).toContain(`Hi ${HOSTILE_NAME},`);
        expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en">/);
        expect(mail.html).toContain("<title>");
      });

      it("escapes every interpolated value in the HTML", () => {
        const mail = render(name);
        expect(mail.html).not.toContain("<script>");
        expect(mail.html).not.toContain("<b>");
        expect(mail.html).toContain("Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;,");
      });

      it("puts each link in both versions, escaped in the HTML attribute", () => {
        const mail = render(name);
        if (name === "account_deleted") return; // the one email without a link
        expect(mail.text).toContain(LINK);
        expect(mail.html).toContain('href="https://app.example/verify?token=a&amp;b=&quot;c&quot;"');
      });
    });
  }

  it("states the details a reader acts on", () => {
    expect(renderMail("verify_email", { displayName: "Ada", verifyUrl: LINK, expiresInHours: 1 }).text).toContain(
      "expires in 1 hour.",
    );
    expect(render("reset_password").text).toContain("expires in 30 minutes.");
    expect(render("purchase_confirmed").text).toContain("10 interview credits have been added");
    expect(render("subscription_expired").text).toContain("3 unused interview credits");
    expect(render("subscription_cancelled").text).toContain("until 12 March 2026");
    expect(
      renderMail("subscription_cancelled", { displayName: "Ada", planName: "Pro", endsAt: null, billingUrl: LINK })
        .text,
    ).toContain("has ended and will not renew");
  });

  it("refuses a link that is not http(s), so it can never become a script link", () => {
    expect(() => renderMail("welcome", { displayName: "Ada", dashboardUrl: "javascript:alert(1)" })).toThrow(
      /http\(s\)/,
    );
    expect(() => renderMail("welcome", { displayName: "Ada", dashboardUrl: "/relative" })).toThrow(/absolute URL/);
  });
});
