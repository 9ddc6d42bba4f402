import { describe, expect, it } from "vitest";
import { answeredTurn, openTurn, testPlan, testQuestion } from "../testing/interview-fixtures.ts";
import { measureDelivery } from "../voice/delivery-metrics.ts";
import { composeAnswer } from "./compose-answer.ts";
import {
  buildInterviewReport,
  READINESS_THRESHOLDS,
  readinessVerdict,
  WEAK_TOPIC_PERCENT,
  ZInterviewReportSchema,
} from "./interview-report.ts";
import { renderInterviewMarkdown } from "./render-markdown.ts";

describe("interview report", () => {
  it("scores the mean of answered questions as a percentage, overall and per topic", () => {
    const turns = [
      answeredTurn(testQuestion("c1", "coding"), 8),
      answeredTurn(testQuestion("c2", "coding"), 6),
      answeredTurn(testQuestion("d1", "databases"), 5),
      openTurn(testQuestion("d2", "databases")),
    ];
    const report = buildInterviewReport(testPlan(), turns);
    expect(report.status).toBe("scored");
    expect(report.answeredQuestions).toBe(3);
    expect(report.overallPercent).toBe(63.3); // (8 + 6 + 5) / 3 = 6.33
    expect(report.topics.map((topic) => [topic.topic, topic.percent])).toEqual([
      ["coding", 70],
      ["databases", 50],
    ]);
  });

  it("reports no score, never 100, when nothing was answered", () => {
    const report = buildInterviewReport(testPlan(), [openTurn(testQuestion("c1", "coding"))]);
    expect(report).toMatchObject({ status: "no-answers", overallPercent: null, verdict: null, answeredQuestions: 0 });
  });

  it("uses the latest attempt of a retried question", () => {
    const c1 = testQuestion("c1", "coding");
    const report = buildInterviewReport(testPlan(), [answeredTurn(c1, 2), answeredTurn(c1, 9)]);
    expect(report.overallPercent).toBe(90);
    expect(report.topics[0]?.questions[0]?.attempts).toBe(2);
  });

  it("applies the readiness thresholds of the target level", () => {
    expect(readinessVerdict(READINESS_THRESHOLDS.mid.ready, [70], "mid").verdict).toBe("ready");
    expect(readinessVerdict(READINESS_THRESHOLDS.mid.ready - 0.1, [70], "mid").verdict).toBe("almost");
    expect(readinessVerdict(READINESS_THRESHOLDS.mid.almost, [70], "mid").verdict).toBe("almost");
    expect(readinessVerdict(READINESS_THRESHOLDS.mid.almost - 0.1, [70], "mid").verdict).toBe("not_ready");
    expect(readinessVerdict(72, [72], "senior").verdict).toBe("almost");
    expect(readinessVerdict(72, [72], "junior").verdict).toBe("ready");
    // A weak topic holds a high overall score at "almost".
    expect(readinessVerdict(90, [100, WEAK_TOPIC_PERCENT - 10], "mid").verdict).toBe("almost");
  });

  it("builds strengths, weaknesses and a study list from missed key points", () => {
    const turns = [
      answeredTurn(testQuestion("c1", "coding"), 9),
      answeredTurn(testQuestion("d1", "databases"), 3, { keyPointsMissed: ["replication lag", "read-your-writes"] }),
    ];
    const report = buildInterviewReport(testPlan(), turns);
    expect(report.strengths[0]).toMatch(/Coding: 90%/);
    expect(report.weaknesses[0]).toMatch(/Databases and Data Management: 30%/);
    expect(report.studyList.map((item) => item.keyPoint)).toEqual(["replication lag", "read-your-writes"]);
    expect(report.verdict).toBe("almost");
  });

  it("gives each study point how a strong answer puts it, and what to read for its topic", () => {
    const turns = [
      answeredTurn(testQuestion("d1", "databases"), 4, {
        keyPointsMissed: ["replication lag", "read-your-writes"],
        evidence: {
          covered: [],
          missed: [
            { point: "replication lag", hint: "Replicas apply the log a little later." },
            { point: "read-your-writes", hint: null },
          ],
          wrongClaims: [],
          flagged: [],
        },
      }),
      answeredTurn(testQuestion("d2", "databases"), 5, { keyPointsMissed: ["Replication lag"] }),
      answeredTurn(testQuestion("c1", "coding"), 6, { keyPointsMissed: ["edge cases"] }),
    ];
    const report = buildInterviewReport(testPlan(), turns);
    expect(report.studyList).toEqual([
      {
        topic: "databases",
        keyPoint: "replication lag",
        questionText: "Question d1?",
        hint: "Replicas apply the log a little later.",
      },
      { topic: "databases", keyPoint: "read-your-writes", questionText: "Question d1?", hint: null },
      { topic: "coding", keyPoint: "edge cases", questionText: "Question c1?", hint: null },
    ]);
    expect(report.reading.map((entry) => entry.topic)).toEqual(["databases", "coding"]);
    expect(report.reading[0]?.resources.length).toBeGreaterThan(0);
    for (const resource of report.reading.flatMap((entry) => entry.resources)) {
      expect(resource.url === null || resource.url.startsWith("https://")).toBe(true);
    }
  });

  it("reads back a report stored before study hints and reading existed", () => {
    const stored = {
      ...buildInterviewReport(testPlan(), [answeredTurn(testQuestion("c1", "coding"), 3, { keyPointsMissed: ["x"] })]),
      reading: undefined,
      studyList: [{ topic: "coding", keyPoint: "x", questionText: "Question c1?" }],
    };
    const report = ZInterviewReportSchema.parse(stored);
    expect(report.reading).toEqual([]);
    expect(report.studyList[0]?.hint).toBeNull();
  });

  it("fences code answers verbatim in the Markdown export and keeps prose quoted and escaped", () => {
    const code = "func drain(ch <-chan int) {\n\tfor v := range ch { _ = v }\n}";
    const turns = [
      { ...answeredTurn(testQuestion("c1", "coding"), 7), answer: code },
      {
        ...answeredTurn(testQuestion("d1", "databases"), 6, {
          modelAnswer:
            "Batch the reads <per tick>:\n```ts\nconst rows = await db.query(ids.filter((id) => id < max));\n```",
        }),
        answer: "Index it, because a < b:\n```sql\nSELECT * FROM t WHERE a < 3;\n```",
      },
    ];
    const plan = testPlan();
    const markdown = renderInterviewMarkdown({
      title: "Mock interview",
      exportedAt: new Date("2025-02-03T04:05:06Z"),
      plan,
      turns,
      report: buildInterviewReport(plan, turns),
    });
    expect(markdown).toContain(`\`\`\`go\n${code}\n\`\`\``);
    expect(markdown).not.toContain("&lt;-chan");
    expect(markdown).toContain("> Index it, because a &lt; b:");
    expect(markdown).toContain("```sql\nSELECT * FROM t WHERE a < 3;\n```");
    // A model answer's own fenced code is fenced too; its prose stays quoted and escaped.
    expect(markdown).toContain(
      "> Batch the reads &lt;per tick&gt;:\n\n```ts\nconst rows = await db.query(ids.filter((id) => id < max));\n```",
    );
  });

  it("exports a spoken answer's delivery under it and the spoken answers' summary in the report", () => {
    const behavioral = testQuestion("b1", "behavioral");
    const text =
      "Um, the situation was a slow checkout. My task was to fix it. I profiled the queries and added an index. As a result, latency dropped by half.";
    const delivery = measureDelivery({
      source: "recording",
      text,
      durationMs: 12_000,
      words: [],
      question: { topic: "behavioral", difficulty: "mid", kind: "main" },
    });
    const turns = [
      { ...answeredTurn(behavioral, 7), answer: text, delivery },
      answeredTurn(testQuestion("d1", "databases"), 6),
    ];
    const plan = testPlan({ topics: ["behavioral", "databases"] });
    const report = buildInterviewReport(plan, turns);
    const markdown = renderInterviewMarkdown({
      title: "Voice",
      exportedAt: new Date("2025-02-03T04:05:06Z"),
      plan,
      turns,
      report,
    });
    expect(markdown).toContain("### Delivery (spoken answers)\n\n- Spoken answers: 1");
    expect(markdown).toContain(`Delivery (spoken, 12 s, ${delivery.wordCount} words):`);
    expect(markdown).toContain("- Fillers: 1 (“um” ×1).");
    // The arc names what was heard, and the note says what was missing.
    expect(markdown).toContain("- Story: heard situation, task, result. The story is missing action.");
    // Only the spoken answer carries delivery lines.
    expect(markdown.match(/Delivery \(spoken, /g)).toHaveLength(1);
  });

  it("renders the transcript and report as Markdown without letting answers inject markup", () => {
    // A prose answer (a databases question): quoted and escaped. Code answers are fenced (above).
    const d1 = testQuestion("d1", "databases");
    const turns = [
      { ...answeredTurn(d1, 4), answer: "# not a heading\n<script>alert(1)</script>" },
      answeredTurn(d1, 8),
    ];
    const plan = testPlan();
    const markdown = renderInterviewMarkdown({
      title: "Mock interview",
      exportedAt: new Date("2025-02-03T04:05:06Z"),
      plan,
      turns,
      report: buildInterviewReport(plan, turns),
    });
    expect(markdown).toContain("# Mock interview");
    expect(markdown).toContain("Exported 2025-02-03T04:05:06.000Z");
    expect(markdown).toContain("**Overall: 80%**");
    expect(markdown).toContain("(attempt 2)");
    expect(markdown).toContain("> # not a heading");
    expect(markdown).toContain("&lt;script&gt;");
    expect(markdown).not.toContain("<script>");
  });

  it("counts a skipped question as answered with its 1 and says Skipped in the export", () => {
    const plan = testPlan();
    const skipped = { ...answeredTurn(testQuestion("c1", "coding"), 1), answer: "", skipped: true };
    const turns = [skipped, answeredTurn(testQuestion("c2", "coding"), 9)];
    const report = buildInterviewReport(plan, turns);
    expect(report.answeredQuestions).toBe(2);
    expect(report.overallPercent).toBe(50);
    expect(report.topics[0]?.questions.map((question) => question.skipped)).toEqual([true, false]);
    const markdown = renderInterviewMarkdown({
      title: "Mock interview",
      exportedAt: new Date("2025-02-03T04:05:06Z"),
      plan,
      turns,
      report,
    });
    expect(markdown).toContain("**Question c1?**\n\n_Skipped._");
    expect(markdown).not.toContain("_No answer given._");
    // A report stored before skipping existed reads back with nothing skipped.
    const stored = structuredClone(report);
    for (const question of stored.topics[0]?.questions ?? []) Reflect.deleteProperty(question, "skipped");
    expect(ZInterviewReportSchema.parse(stored).topics[0]?.questions[0]?.skipped).toBe(false);
  });

  it("exports a composed answer as quoted prose and its fenced code", () => {
    const plan = testPlan();
    const answer = composeAnswer({
      prose: "Group first, then filter on the count.",
      code: { label: "SQL", source: "SELECT user_id FROM orders\nGROUP BY user_id\nHAVING count(*) > 3;" },
    });
    const turns = [{ ...answeredTurn(testQuestion("d1", "databases"), 7), answer }];
    const markdown = renderInterviewMarkdown({
      title: "Mock interview",
      exportedAt: new Date("2025-02-03T04:05:06Z"),
      plan,
      turns,
      report: buildInterviewReport(plan, turns),
    });
    expect(markdown).toContain(
      "> Group first, then filter on the count.\n\n```sql\nSELECT user_id FROM orders\nGROUP BY user_id\nHAVING count(*) > 3;\n```",
    );
  });
});
