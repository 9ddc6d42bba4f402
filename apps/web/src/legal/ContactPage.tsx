// How to reach whoever runs this deployment.
import { Link } from "react-router";
import { ContactAddress } from "./ContactAddress.tsx";
import { LegalPage } from "./LegalPage.tsx";
import { LEGAL_TITLES } from "./legal-titles.ts";

export default function ContactPage() {
  return (
    <LegalPage
      title={LEGAL_TITLES.contact}
      lede="Questions, problems with a payment, or a request about your data: write to us."
    >
      <section className="card stack" aria-labelledby="contact-email">
        <h2 id="contact-email">Email</h2>
        <p>
          <ContactAddress />
        </p>
        <p className="muted">
          Please do not send passwords. For a payment, include the email address of your account and, if you have it,
          the order number from the receipt.
        </p>
      </section>
      <section aria-labelledby="contact-self">
        <h2 id="contact-self">Things you can do yourself</h2>
        <ul>
          <li>
            Forgot your password? <Link to="/forgot-password">Reset it</Link>.
          </li>
          <li>Change your plan or cancel a subscription: the Billing page, once signed in.</li>
          <li>Sign out other devices or delete your account: the Account page.</li>
        </ul>
      </section>
    </LegalPage>
  );
}
