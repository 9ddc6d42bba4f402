// The whiteboard itself (loaded only when a candidate opens it: Excalidraw is most of its weight):
// Excalidraw's canvas with a palette of labelled components above it, and below it the same diagram as
// text notation, for keyboard and screen-reader users. The two stay in step: drawing rewrites the text
// (unless the candidate is typing in it), and text that parses redraws the canvas as a laid-out diagram;
// text that does not parse leaves the canvas alone and lists its errors by line.
import "@excalidraw/excalidraw/index.css";
import { convertToExcalidrawElements, Excalidraw, hashElementsVersion, restoreElements } from "@excalidraw/excalidraw";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useEffect, useId, useRef, useState } from "react";
import { PALETTE_COMPONENTS, type PaletteComponent } from "./component-palette.ts";
import { describeNotationError, notationOfSceneJson, sceneOfNotation } from "./notation-sync.ts";
import { type DiagramAnswer, sceneJsonOf } from "./scene-json.ts";
import { useFreshCanvasOffsets } from "./use-fresh-canvas-offsets.ts";
import "./whiteboard.css";

/** How long drawing must pause before the text alternative and the draft catch up. */
const SETTLE_MS = 300;
/** New boxes start below the top of the canvas, where Excalidraw's toolbar floats over it. */
const BOX = { width: 180, height: 72, gap: 40, top: 96 };

interface WhiteboardCanvasProps {
  /** The scene to start from (a saved draft), already checked by the caller. */
  initialJson: string | undefined;
  disabled: boolean;
  /** Every change, so the answer sent is always the drawing on screen. */
  onChange(answer: DiagramAnswer): void;
  /** Once drawing pauses: for the draft. */
  onSettled(answer: DiagramAnswer): void;
}

/** Elements from scene JSON, with Excalidraw's own defaults filled in; none when it cannot be read. */
function elementsFromJson(json: string | undefined) {
  if (json === undefined) return [];
  try {
    // The JSON is Excalidraw's scene format (ours is a validated subset): its own loader reads it.
    return restoreElements(JSON.parse(json).elements, null, { repairBindings: true });
  } catch {
    return [];
  }
}

export default function WhiteboardCanvas({ initialJson, disabled, onChange, onSettled }: WhiteboardCanvasProps) {
  const id = useId();
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [initialElements] = useState(() => elementsFromJson(initialJson));
  const [notation, setNotation] = useState(() => (initialJson ? (notationOfSceneJson(initialJson) ?? "") : ""));
  const [errors, setErrors] = useState<string[]>([]);
  const lastVersion = useRef<number | null>(null);
  const settleTimer = useRef<number | undefined>(undefined);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => () => window.clearTimeout(settleTimer.current), []);
  const canvasBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = canvasBox.current;
    if (!root) return;
    // Excalidraw's menu button is an icon with no accessible name; it is re-created when the layout
    // switches between phone and desktop, so every new one is named as it appears.
    const nameMenuButtons = () => {
      for (const button of root.querySelectorAll(".main-menu-trigger:not([aria-label])")) {
        button.setAttribute("aria-label", "Whiteboard menu");
      }
    };
    nameMenuButtons();
    const observer = new MutationObserver(nameMenuButtons);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  useFreshCanvasOffsets(canvasBox, api);

  const sceneChanged = (elements: Parameters<typeof sceneJsonOf>[0] & Parameters<typeof hashElementsVersion>[0]) => {
    // Excalidraw reports every pointer move and selection; only a changed drawing is an edit.
    const version = hashElementsVersion(elements);
    if (version === lastVersion.current) return;
    const first = lastVersion.current === null;
    lastVersion.current = version;
    if (first) return;
    const answer = sceneJsonOf(elements);
    onChange(answer);
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => {
      onSettled(answer);
      // The text follows the drawing, but never rewrites what the candidate is typing.
      if (document.activeElement !== textArea.current) {
        setNotation(answer.json ? (notationOfSceneJson(answer.json) ?? "") : "");
        setErrors([]);
      }
    }, SETTLE_MS);
  };

  const insert = (component: PaletteComponent) => {
    if (!api) return;
    const existing = api.getSceneElements();
    const placed = existing.filter(
      (element) => element.type === "rectangle" || element.type === "ellipse" || element.type === "diamond",
    ).length;
    const { scrollX, scrollY, width, zoom } = api.getAppState();
    // New boxes fill the visible area row by row, so each is in view where the candidate can drag it.
    const columns = Math.max(1, Math.floor((width / zoom.value - BOX.gap) / (BOX.width + BOX.gap)));
    const column = placed % columns;
    const row = Math.floor(placed / columns) % 4;
    const created = convertToExcalidrawElements([
      {
        type: component.shape,
        x: -scrollX + BOX.gap + column * (BOX.width + BOX.gap),
        y: -scrollY + BOX.top + row * (BOX.height + BOX.gap),
        width: BOX.width,
        height: BOX.height,
        label: { text: component.label },
      },
    ]);
    api.updateScene({ elements: [...existing, ...created] });
  };

  const typed = (text: string) => {
    setNotation(text);
    const result = sceneOfNotation(text);
    if (!result.ok) {
      setErrors(result.errors.map(describeNotationError));
      return;
    }
    setErrors([]);
    api?.updateScene({ elements: elementsFromJson(JSON.stringify(result.scene)) });
  };

  const notationHint = `${id}-notation-hint`;
  const errorsId = `${id}-notation-errors`;
  return (
    <div className="stack whiteboard">
      <fieldset className="whiteboard-palette" disabled={disabled || !api}>
        <legend>Add a component</legend>
        {PALETTE_COMPONENTS.map((component) => (
          <button key={component.label} type="button" className="btn btn-small" onClick={() => insert(component)}>
            {component.label}
          </button>
        ))}
      </fieldset>
      <div className="whiteboard-canvas" data-testid="whiteboard-canvas" ref={canvasBox}>
        <Excalidraw
          excalidrawAPI={setApi}
          initialData={{ elements: initialElements, appState: { viewBackgroundColor: "#ffffff" } }}
          onChange={sceneChanged}
          viewModeEnabled={disabled}
          UIOptions={{
            canvasActions: { loadScene: false, export: false, saveAsImage: false, saveToActiveFile: false },
            tools: { image: false },
          }}
        />
      </div>
      <div className="stack whiteboard-notation">
        <label htmlFor={`${id}-notation`}>The diagram as text</label>
        <p className="muted field-hint" id={notationHint}>
          One line per arrow or component, like <code>[Client] -&gt; [Load balancer]: HTTPS</code>;{" "}
          <code>&lt;-&gt;</code> goes both ways. Editing the text redraws the diagram.
        </p>
        <textarea
          id={`${id}-notation`}
          ref={textArea}
          className="answer-textarea whiteboard-notation-text"
          rows={5}
          spellCheck={false}
          value={notation}
          disabled={disabled}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `${notationHint} ${errorsId}` : notationHint}
          onChange={(event) => typed(event.target.value)}
        />
        {errors.length > 0 && (
          <ul className="whiteboard-notation-errors" id={errorsId} role="alert" data-testid="notation-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
