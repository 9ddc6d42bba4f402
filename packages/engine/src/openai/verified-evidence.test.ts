import { describe, expect, it } from "vitest";
import { verifiedEvidence } from "./verified-evidence.ts";

const question = {
  keyPoints: [
    { label: "idempotency key", evidence: ["idempotency key"] },
    { label: "atomic storage", evidence: ["transaction"] },
  ],
};
const answer = "The client sends an Idempotency-Key header.\nWe store the key   and the response in one transaction.";

describe("the model's evidence", () => {
  it("keeps quotes that are the candidate's own words, ignoring case and whitespace runs", () => {
    const evidence = verifiedEvidence(
      {
        covered: [
          { point: "idempotency key", quote: "the client sends an idempotency-key header." },
          { point: "atomic storage", quote: "We store the key and the response in one transaction." },
        ],
        missed: [],
        wrongClaims: [],
      },
      question,
      answer,
    );
    expect(evidence.covered.map((item) => item.point)).toEqual(["idempotency key", "atomic storage"]);
  });

  it("drops a quote the candidate never wrote, and a point that is not on the rubric", () => {
    const evidence = verifiedEvidence(
      {
        covered: [
          { point: "idempotency key", quote: "We deduplicate every request by its key." },
          { point: "made-up point", quote: "We store the key" },
        ],
        missed: [
          { point: "atomic storage", hint: "Store the key and the result in one transaction." },
          { point: "not a point", hint: null },
        ],
        wrongClaims: [
          { quote: "Retries are always safe.", correction: "Only idempotent retries are safe." },
          { quote: "one transaction", correction: "It is right, but kept to show quotes are checked only." },
        ],
      },
      question,
      answer,
    );
    expect(evidence.covered).toEqual([]);
    expect(evidence.missed).toEqual([
      { point: "atomic storage", hint: "Store the key and the result in one transaction." },
    ]);
    expect(evidence.wrongClaims.map((item) => item.quote)).toEqual(["one transaction"]);
  });
});
