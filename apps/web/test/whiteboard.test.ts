// The whiteboard in a real browser against the real server, on a desktop and on a phone: on a
// system-design question the candidate opens "Draw a diagram", adds two components from the palette,
// draws an arrow between them through the canvas with the mouse, reads the same diagram in the text
// alternative, writes a sentence and submits; the feedback names the components they drew. Typing the
// same diagram as text, by keyboard alone, gives the same diagram. The room passes axe with the
// whiteboard open, nothing overflows sideways, and no request leaves the server's origin (Excalidraw's
// fonts are served from the build, not its CDN).

import {
  componentKindOf,
  diagramSignature,
  parseDiagramNotation,
  parseWhiteboardSceneJson,
  QUESTION_BANK_BY_TOPIC,
  sceneToGraph,
  structuralRubricFor,
} from "@interviewer/engine";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { seriousAxeViolations } from "./harness/axe.ts";
import { openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { signInToDashboard } from "./harness/sign-in.ts";
import { DESKTOP, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const DEVICES = [
  { name: "desktop", viewport: DESKTOP },
  { name: "phone", viewport: PHONE },
] as const;

// Where the palette puts new boxes (src/whiteboard/WhiteboardCanvas.tsx): rows filling the visible
// canvas from its top-left corner (below the toolbar), 180×72 with 40 px gaps, at zoom 1 and no scroll.
const BOX = { width: 180, height: 72, gap: 40, top: 96 };
const SLOW = 120_000;

// The palette's labels (src/whiteboard/component-palette.ts), by the component kind each is read as.
const PALETTE_LABELS = [
  "Client",
  "CDN",
  "Load balancer",
  "API service",
  "Cache",
  "Queue",
  "Database primary",
  "Database replica",
  "Object storage",
  "Search index",
  "Worker",
];
const paletteLabelOfKind = new Map(PALETTE_LABELS.map((label) => [componentKindOf(label), label]));

/**
 * Two palette components the question's structural rubric asks for, so the grader has both to name;
 * null for a question answered in words or whose rubric asks for fewer than two of them.
 */
function componentsToDraw(questionText: string): [string, string] | null {
  const question = QUESTION_BANK_BY_TOPIC["system-design"].find((candidate) => candidate.text === questionText);
  const rubric = question ? structuralRubricFor(question.id) : undefined;
  if (rubric?.diagram !== "expected") return null;
  const labels = new Set(
    rubric.components
      .map((component) => component.kinds.map((kind) => paletteLabelOfKind.get(kind)).find((label) => label))
      .filter((label) => label !== undefined),
  );
  const [first, second] = labels;
  return first && second ? [first, second] : null;
}

/** The diagram the keyboard test types: a client calling an API service. */
const CLIENT_TO_API = "[Client] -> [API service]";
function signatureOfNotation(text: string): string {
  const parsed = parseDiagramNotation(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return diagramSignature(parsed.graph);
}

describe.skipIf(skipReason !== null)("the whiteboard", { timeout: SLOW }, () => {
  let ts: TestServer;
  let baseUrl: string;
  const appErrors: string[] = [];

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer());
  }, SLOW);

  afterAll(async () => {
    await ts?.stop();
  });

  /** A candidate whose system-design question has a diagram rubric naming two palette components. */
  async function candidateWithDrawableQuestion(displayName: string) {
    // Questions are drawn at random; the few answered in words are passed over (6 misses in a row:
    // rare enough that six in a row do not happen).
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const account = await createVerifiedAccount(ts, { displayName });
      const created = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
      const labels = componentsToDraw(created.currentQuestion?.text ?? "");
      if (labels) return { account, view: created, labels };
    }
    throw new Error("no system-design question with a diagram rubric in 6 interviews");
  }

  async function openRoom(
    account: TestAccount,
    viewport: { width: number; height: number },
    created?: { id: string; currentQuestion: { turnId: string } | null },
  ) {
    const browser = await openBrowser({ defaultTimeout: 30_000, viewport });
    const { page } = browser;
    // Every request the page makes, to prove none leaves the server's origin.
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if ((url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:") && url.origin !== baseUrl) {
        elsewhere.push(request.url());
      }
    });
    const view =
      created ?? (await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 }));
    const turnId = view.currentQuestion?.turnId ?? "";
    await signInToDashboard(page, baseUrl, account);
    await page.goto(`${baseUrl}/interviews/${view.id}`);
    const close = async () => {
      appErrors.push(...browser.errors.appErrors);
      await browser.close();
    };
    return { page, interviewId: view.id, turnId, elsewhere, close };
  }

  async function openWhiteboard(page: Page) {
    await page.getByRole("button", { name: "Draw a diagram" }).click();
    // The palette is enabled once Excalidraw has mounted and handed over its API.
    await page.getByRole("button", { name: "Client", exact: true }).and(page.locator(":enabled")).waitFor();
  }

  /** The diagram draft the room saved for this question (the scene the answer will carry). */
  async function savedScene(page: Page, turnId: string) {
    const json = await page.evaluate((key) => localStorage.getItem(key), `interviewer:draft-diagram:${turnId}`);
    const parsed = parseWhiteboardSceneJson(json ?? "");
    if (!parsed.ok) throw new Error(`no valid diagram draft: ${parsed.message}`);
    return sceneToGraph(parsed.scene).graph;
  }

  /** An element's box once layout has settled: read until two reads an animation frame apart agree. */
  async function settledBoundingBox(page: Page, element: Locator) {
    const read = async () => {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      return element.boundingBox();
    };
    let box = await read();
    await expect
      .poll(async () => {
        const previous = JSON.stringify(box);
        box = await read();
        return box !== null && JSON.stringify(box) === previous;
      })
      .toBe(true);
    if (!box) throw new Error("the element is not on screen");
    return box;
  }

  for (const device of DEVICES) {
    it(`on a ${device.name}: draws two components and an arrow, submits, and reads feedback on the drawing`, async () => {
      const { account, view, labels } = await candidateWithDrawableQuestion(`Designer ${device.name}`);
      const [first, second] = labels;
      const room = await openRoom(account, device.viewport, view);
      const { page } = room;
      await openWhiteboard(page);

      await page.getByRole("button", { name: first, exact: true }).click();
      await page.getByRole("button", { name: second, exact: true }).click();

      // The arrow, drawn with the mouse from the first box's centre to the second's.
      const canvas = page.locator(".excalidraw canvas.interactive");
      await page.getByTestId("whiteboard-canvas").scrollIntoViewIfNeeded();
      // Where the canvas sits once the page has stopped moving (two reads a frame apart agree).
      const settled = await settledBoundingBox(page, canvas);
      // The candidate scrolls and draws at once: the page moves just before the press (Excalidraw by
      // itself catches up with a scroll only 100 ms later, so the arrow would start off its box).
      const scrolled = await page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, before >= 40 ? -40 : 40);
        return window.scrollY - before;
      });
      const frame = { ...settled, y: settled.y - scrolled };
      const columns = Math.max(1, Math.floor((frame.width - BOX.gap) / (BOX.width + BOX.gap)));
      const centre = (index: number) => ({
        x: frame.x + BOX.gap + (index % columns) * (BOX.width + BOX.gap) + BOX.width / 2,
        y: frame.y + BOX.top + Math.floor(index / columns) * (BOX.height + BOX.gap) + BOX.height / 2,
      });
      const from = centre(0);
      const to = centre(1);
      // Excalidraw's own arrow tool, from its toolbar (at the bottom of the canvas on a phone).
      await page.locator("label", { has: page.getByTestId("toolbar-arrow") }).click();
      expect(await page.getByTestId("toolbar-arrow").isChecked()).toBe(true);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      await page.screenshot({ path: await artifactPath(`whiteboard-${device.name}.png`) });

      // The text alternative follows the drawing once it settles.
      const notation = page.getByLabel("The diagram as text");
      const drawnNotation = `[${first}] -> [${second}]`;
      await expect.poll(() => notation.inputValue()).toBe(drawnNotation);
      const drawn = await savedScene(page, room.turnId);
      expect(drawn.nodes.map((node) => node.label)).toEqual([first, second]);
      expect(diagramSignature(drawn)).toBe(signatureOfNotation(drawnNotation));

      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectNoSidewaysScroll(page, `the room with the whiteboard open on a ${device.name}`);

      const explanation = `Requests go from the ${first} to the ${second}, which is where the work is done.`;
      await page.getByLabel("Your answer", { exact: true }).fill(explanation);
      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByRole("heading", { name: "Your evaluation" }).waitFor();
      const feedback = page.getByTestId("latest-evaluation");
      await feedback.getByTestId("evaluation").waitFor();
      // The structural feedback names the components the candidate drew.
      const notes = feedback.getByTestId("diagram-notes");
      await expect.poll(() => notes.textContent()).toContain(`'${first}'`);
      expect(await notes.textContent()).toContain(`'${second}'`);

      const transcript = await account.client.interview.transcript.query({ interviewId: room.interviewId });
      expect(transcript.turns[0]?.answer).toContain(explanation);
      const stored = parseWhiteboardSceneJson(JSON.stringify(transcript.turns[0]?.diagram));
      expect(stored.ok && diagramSignature(sceneToGraph(stored.scene).graph)).toBe(diagramSignature(drawn));
      // The report shows the drawing read-only, its text for screen readers, and the grader's notes beside it.
      await page.getByRole("link", { name: "See your report" }).click();
      const figure = page.getByRole("region", { name: "Diagram" });
      await expect.poll(() => figure.getByTestId("diagram-notation").textContent()).toBe(drawnNotation);
      await figure.getByTestId("diagram-image").locator("svg").waitFor();
      expect(await figure.getByTestId("diagram-notes").textContent()).toContain(`'${first}'`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(room.elsewhere).toEqual([]);
      await room.close();
    });
  }

  it("the same diagram typed by keyboard in the text alternative draws the same graph", async () => {
    const account = await createVerifiedAccount(ts, { displayName: "Keyboard designer" });
    const room = await openRoom(account, DEVICES[0].viewport);
    const { page } = room;
    await openWhiteboard(page);
    const notation = page.getByLabel("The diagram as text");
    await notation.focus();
    // A mistake first: the error names its line, and the canvas is left as it was.
    await page.keyboard.type("[Client]\n[API service -> [Client]");
    await expect.poll(() => page.getByTestId("notation-errors").textContent()).toContain("Line 2:");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(CLIENT_TO_API);
    await expect.poll(() => page.getByTestId("notation-errors").count()).toBe(0);
    // The canvas is redrawn from the text, and the scene saved with the answer reads back as the same
    // diagram the mouse drew in the test above: two labelled boxes and one arrow between them.
    await expect
      .poll(async () => diagramSignature(await savedScene(page, room.turnId)).toString(), { timeout: 10_000 })
      .toBe(signatureOfNotation(CLIENT_TO_API));
    // Leaving the text (Tab) keeps what was typed: the drawing does not rewrite it.
    await page.keyboard.press("Tab");
    expect(await notation.inputValue()).toBe(CLIENT_TO_API);
    expect(room.elsewhere).toEqual([]);
    await room.close();
  });

  it("logs no application errors", () => {
    expect(appErrors).toEqual([]);
  });
});
