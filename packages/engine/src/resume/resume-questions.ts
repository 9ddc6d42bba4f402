// Introduction and behavioral questions about the candidate's own résumé, for the built-in
// interviewer: a template names one of their projects (or, without projects, one of their roles) and
// carries a rubric like the bank's generic introduction and behavioral ones — the candidate's own part,
// a decision and its reason, a measured result, what they learned. Ids are stable per project or role,
// so a candidate is not asked about the same project twice while another one is left.
import { point, wrong } from "../builtin/question-bank/bank-question.ts";
import type { InterviewQuestion, KeyPoint, WrongClaim } from "../interview-question.ts";
import { pickOne, type RandomSource } from "../random.ts";
import type { QuestionDifficulty, TopicId } from "../topics.ts";
import type { ResumeAnalysis, ResumeProject, ResumeRole } from "./resume-analysis-schema.ts";

/** The topics a résumé question replaces a bank question in. */
export const RESUME_QUESTION_TOPICS: readonly TopicId[] = ["introduction", "behavioral"];

const ownPart = point(
  "your own part in it, not only the team's",
  "i built",
  "i designed",
  "i wrote",
  "i implemented",
  "i owned",
  "i led",
  "my part",
  "my role",
  "responsible for",
  "i proposed",
);

const decision = point(
  "a technical decision you made and why",
  "chose",
  "decided",
  "trade off",
  "instead of",
  "because",
  "picked",
  "alternative",
  "option",
);

const measuredResult = point(
  "a measurable result",
  "percent",
  "reduced latency",
  "latency dropped",
  "times faster",
  "fewer incidents",
  "saved hours",
  "reduced cost",
  "requests per second",
  "users",
  "p99",
);

const lesson = point(
  "what you learned or would do differently",
  "learned",
  "learnt",
  "differently",
  "next time",
  "lesson",
  "in hindsight",
  "would change",
);

const blaming = wrong(
  "It went wrong because of the other team, there was nothing I could have done",
  "Interviewers listen for ownership: say what you could have done and what you changed, even when others were involved.",
  "other team fault",
  "not my fault",
  "nothing could done",
  "blame team",
);

const overclaiming = wrong(
  "I built the whole thing alone",
  "Real projects are team work; say which part was yours and how you worked with the others.",
  "built whole thing alone",
  "did everything myself",
  "built everything alone",
);

interface Template {
  idPrefix: string;
  text: string;
  keyPoints: KeyPoint[];
  wrongClaims: WrongClaim[];
  outline: string[];
  modelAnswer: string;
}

function projectSummary(project: ResumeProject): string {
  const stack = project.technologies.map((tech) => tech.name).slice(0, 4);
  return stack.length > 0 ? ` (${stack.join(", ")})` : "";
}

function projectTemplate(topic: "introduction" | "behavioral", project: ResumeProject): Template {
  const name = project.name;
  if (topic === "introduction") {
    return {
      idPrefix: "resume-intro-project",
      text: `Your résumé mentions ${name}${projectSummary(project)}. Walk me through it: what problem it solved, the part you built yourself, one technical decision you made and why, and what came of it.`,
      keyPoints: [
        point(
          "the problem the project solved and for whom",
          "problem",
          "users",
          "customers",
          "needed",
          "goal",
          "so that",
        ),
        ownPart,
        decision,
        measuredResult,
      ],
      wrongClaims: [overclaiming],
      outline: [
        `What ${name} is for and who used it`,
        "The part you built yourself",
        "One decision, the alternative and the reason",
        "A result you can measure",
      ],
      modelAnswer: `${name} solved a concrete problem for its users: I can say who needed it and why. My own part was the piece I designed and built myself, while teammates owned the rest. The main decision I made was choosing one approach instead of an alternative, because of a trade-off I can explain. As a result, latency dropped by 40 percent and support tickets fell, and I learned what I would do differently next time.`,
    };
  }
  return {
    idPrefix: "resume-beh-project",
    text: `On ${name}, tell me about a time something went wrong or a hard trade-off had to be made: what was at stake, what you did yourself, how it turned out, and what changed afterwards.`,
    keyPoints: [
      point(
        "what went wrong or what was at stake",
        "incident",
        "outage",
        "bug",
        "deadline",
        "broke",
        "failed",
        "risk",
        "trade off",
      ),
      ownPart,
      point(
        "how it turned out, concretely",
        "resolved",
        "shipped",
        "recovered",
        "fixed",
        "reduced",
        "percent",
        "minutes",
        "hours",
      ),
      lesson,
    ],
    wrongClaims: [blaming],
    outline: ["The situation and what was at stake", "What you did yourself", "The outcome", "What changed afterwards"],
    modelAnswer: `On ${name} a release broke checkout for some users and the deadline was close. I proposed rolling back, investigated the failing query myself and fixed it with a test that reproduced the bug. We recovered within 30 minutes and shipped the fix the same day. Afterwards I learned to add an alert and a canary step, and we changed the release checklist.`,
  };
}

function roleName(role: ResumeRole): string {
  return role.company ? `${role.title} at ${role.company}` : role.title;
}

function roleTemplate(topic: "introduction" | "behavioral", role: ResumeRole): Template {
  const name = roleName(role);
  if (topic === "introduction") {
    return {
      idPrefix: "resume-intro-role",
      text: `Walk me through your time as ${name}: what you owned, one system you built there, and a result you are proud of.`,
      keyPoints: [
        point("what you owned in that role", "owned", "responsible for", "in charge", "my team", "maintained"),
        ownPart,
        decision,
        measuredResult,
      ],
      wrongClaims: [overclaiming],
      outline: ["What the role owned", "One system you built", "A decision and its reason", "A measured result"],
      modelAnswer: `As ${name} I was responsible for the services my team owned. I built and designed one of them myself, and chose one approach instead of another because of a trade-off I can explain. As a result, p99 latency dropped by half and incidents dropped.`,
    };
  }
  return {
    idPrefix: "resume-beh-role",
    text: `As ${name}, tell me about a disagreement on a technical decision: what the options were, what you did, and how it turned out.`,
    keyPoints: [
      point(
        "the options and the disagreement",
        "disagreed",
        "disagreement",
        "options",
        "alternative",
        "pushed back",
        "different opinion",
      ),
      ownPart,
      point("how it turned out", "agreed", "decided", "shipped", "result", "compromise", "data showed"),
      lesson,
    ],
    wrongClaims: [blaming],
    outline: ["The decision and the options", "What you did", "The outcome", "What you learned"],
    modelAnswer: `As ${name} a colleague and I disagreed about the data store for a new service. I proposed we compare the two options with a small benchmark, and the data showed one was clearly faster for our queries, so we agreed and shipped it. I learned to settle disagreements with evidence rather than opinions.`,
  };
}

function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.join("-").slice(0, 48) || "untitled";
}

/**
 * A question about one of the candidate's projects (or roles) for an introduction or behavioral slot,
 * or null when the résumé names none that has not been asked about yet (the bank takes over).
 */
export function resumeQuestion(
  request: {
    topic: TopicId;
    difficulty: QuestionDifficulty;
    resume: ResumeAnalysis;
    seenQuestionIds: readonly string[];
  },
  random: RandomSource,
): InterviewQuestion | null {
  const { topic } = request;
  if (topic !== "introduction" && topic !== "behavioral") return null;
  const seen = new Set(request.seenQuestionIds);
  const fromProjects = request.resume.projects
    .map((project) => projectTemplate(topic, project))
    .map((template, index) => ({
      template,
      id: `${template.idPrefix}-${slug(request.resume.projects[index]?.name ?? "")}`,
    }));
  const fromRoles = request.resume.roles
    .map((role) => roleTemplate(topic, role))
    .map((template, index) => {
      const role = request.resume.roles[index];
      return { template, id: `${template.idPrefix}-${slug(role ? roleName(role) : "")}` };
    });
  const chosen =
    pickOne(
      fromProjects.filter((candidate) => !seen.has(candidate.id)),
      random,
    ) ??
    pickOne(
      fromRoles.filter((candidate) => !seen.has(candidate.id)),
      random,
    );
  if (!chosen) return null;
  return {
    id: chosen.id,
    topic,
    difficulty: request.difficulty,
    kind: "main",
    parentQuestionId: null,
    text: chosen.template.text,
    keyPoints: chosen.template.keyPoints,
    modelAnswerOutline: chosen.template.outline,
    wrongClaims: chosen.template.wrongClaims,
    modelAnswer: chosen.template.modelAnswer,
    source: "bank",
  };
}
