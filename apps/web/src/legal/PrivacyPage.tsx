// The privacy notice: what this deployment keeps, who else sees it, what deleting an account removes
// and what stays. It describes what the code does (packages/db schema, account deletion); keep the
// two in step.
import { ContactAddress } from "./ContactAddress.tsx";
import { LegalPage } from "./LegalPage.tsx";
import { LEGAL_TITLES } from "./legal-titles.ts";

export default function PrivacyPage() {
  return (
    <LegalPage
      title={LEGAL_TITLES.privacy}
      lede="What we keep about you, why, who else sees it, and how to make it go away. We do not sell your data."
    >
      <section aria-labelledby="privacy-kept">
        <h2 id="privacy-kept">What we keep</h2>
        <ul>
          <li>
            <strong>Your account:</strong> your name and email address, and a hash of your password (never the password
            itself) — or, if you sign in with GitHub, your GitHub account id and username.
          </li>
          <li>
            <strong>Your sign-ins:</strong> for each device, the browser it reported, its IP address and when it was
            used, so the Account page can list your devices and you can sign them out.
          </li>
          <li>
            <strong>Your interviews:</strong> the plan and any job description you paste, the questions, your answers,
            and their scores, feedback and reports.
          </li>
          <li>
            <strong>Credits and purchases:</strong> your balance and its history, and the ids and status of your orders
            and subscriptions. Card details go to the payment provider only; we never see them.
          </li>
          <li>
            <strong>Emails we send you</strong> (verification, password and account notices), kept in our outgoing-mail
            log with their delivery status.
          </li>
          <li>
            <strong>Security records:</strong> short-lived counters per IP address and email address that limit repeated
            attempts, and server logs of requests, kept to find faults and abuse.
          </li>
        </ul>
      </section>
      <section aria-labelledby="privacy-others">
        <h2 id="privacy-others">Who else sees it</h2>
        <ul>
          <li>
            <strong>The interviewer model,</strong> when this deployment uses an AI model to grade: it receives the
            questions, your answers and the job description. The built-in interviewer keeps everything on our server.
          </li>
          <li>
            <strong>Our email provider</strong> delivers our emails to your address.
          </li>
          <li>
            <strong>Our payment provider,</strong> Lemon Squeezy, when you buy credits or subscribe.
          </li>
        </ul>
        <p>
          Nobody else. We do not sell or rent your data, show ads, or use third-party analytics or tracking. The site
          sets one sign-in cookie (and a short-lived one while you sign in with GitHub); your theme, answer drafts and
          interview settings stay in your own browser’s storage.
        </p>
      </section>
      <section aria-labelledby="privacy-deletion">
        <h2 id="privacy-deletion">Deleting your account</h2>
        <p>
          Account → Delete account removes, at once, your profile, sign-ins, interviews, answers, reports and credit
          balance, and cancels any subscription. What stays:
        </p>
        <ul>
          <li>the credit history, with your account replaced by a one-way hash, because payments must add up;</li>
          <li>a one-way hash of your email address, so the free credit is given only once per address;</li>
          <li>emails already sent, in the outgoing-mail log;</li>
          <li>the payment provider’s own records of your payments, which the law requires it to keep.</li>
        </ul>
        <p>Before you go, the report page can export any report as Markdown.</p>
      </section>
      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">Questions and requests</h2>
        <p>
          To ask what we hold about you, or to have something corrected or removed, write to <ContactAddress />.
        </p>
      </section>
    </LegalPage>
  );
}
