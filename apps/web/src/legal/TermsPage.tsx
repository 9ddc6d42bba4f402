// Terms of use: short and plain, for an open-source practice tool that sells interview credits.
import { Link } from "react-router";
import { ContactAddress } from "./ContactAddress.tsx";
import { LegalPage } from "./LegalPage.tsx";
import { LEGAL_TITLES } from "./legal-titles.ts";

export default function TermsPage() {
  return (
    <LegalPage
      title={LEGAL_TITLES.terms}
      lede="The rules for using this Interviewer site. They apply to this deployment; whoever runs it is named on the Contact page."
    >
      <section aria-labelledby="terms-what">
        <h2 id="terms-what">What Interviewer is</h2>
        <p>
          A place to practise backend-engineering interviews. Questions, scores and feedback are produced automatically,
          by a built-in grader or an AI model, and can be wrong. They are practice, not a hiring assessment, and we
          promise no job outcome.
        </p>
      </section>
      <section aria-labelledby="terms-account">
        <h2 id="terms-account">Your account</h2>
        <ul>
          <li>
            One person per account. Keep your password to yourself; you are responsible for what your account does.
          </li>
          <li>You must be old enough to agree to terms like these where you live.</li>
          <li>
            You can delete your account at any time from the Account page (see <Link to="/privacy">Privacy</Link> for
            what that removes).
          </li>
        </ul>
      </section>
      <section aria-labelledby="terms-use">
        <h2 id="terms-use">Fair use</h2>
        <ul>
          <li>Do not attack, overload or try to break into the service, or work around credits and rate limits.</li>
          <li>
            Do not paste anything you are not allowed to share, such as an employer’s confidential code or other
            people’s personal data.
          </li>
          <li>We may suspend an account that breaks these rules, and will tell you why.</li>
        </ul>
      </section>
      <section aria-labelledby="terms-content">
        <h2 id="terms-content">Your answers</h2>
        <p>
          What you write stays yours. You let us store and process it to grade your answers and show you your reports;
          nothing more.
        </p>
      </section>
      <section aria-labelledby="terms-credits">
        <h2 id="terms-credits">Credits and payments</h2>
        <ul>
          <li>
            Starting an interview uses one credit. If the interview cannot be prepared, the credit is returned at once.
          </li>
          <li>Credits bought one at a time never expire.</li>
          <li>
            Monthly plans add their credits each month; unused ones roll over while you stay subscribed and end with the
            subscription. You can cancel at any time: the plan runs to the end of the month you paid for.
          </li>
          <li>
            Payments are taken by our payment provider, Lemon Squeezy, as merchant of record; their terms cover the
            payment itself, including taxes and refunds. If something went wrong, write to us first.
          </li>
        </ul>
      </section>
      <section aria-labelledby="terms-software">
        <h2 id="terms-software">The software</h2>
        <p>
          Interviewer is open-source software, provided as it is, without warranties. As far as the law allows, our
          liability is limited to what you paid us in the twelve months before a claim.
        </p>
      </section>
      <section aria-labelledby="terms-changes">
        <h2 id="terms-changes">Changes and questions</h2>
        <p>
          If these terms change in a way that matters, this page will say so before the change applies. Questions:{" "}
          <ContactAddress />.
        </p>
      </section>
    </LegalPage>
  );
}
