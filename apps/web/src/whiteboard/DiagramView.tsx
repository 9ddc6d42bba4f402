// A stored diagram, read only (loaded only where an answer has one): the drawing as a static SVG from
// Excalidraw's own exporter, and the same diagram as text notation, which is what a screen reader reads
// (the picture is hidden from it). A scene the engine would not accept is shown as unreadable instead.
import { exportToSvg, restoreElements } from "@excalidraw/excalidraw";
import { useEffect, useRef, useState } from "react";
import { notationOfSceneJson } from "./notation-sync.ts";

interface DiagramViewProps {
  /** The stored scene, as the API returns it. */
  scene: unknown;
}

export default function DiagramView({ scene }: DiagramViewProps) {
  const [json] = useState(() => JSON.stringify(scene) ?? "");
  const [notation] = useState(() => notationOfSceneJson(json));
  const picture = useRef<HTMLDivElement>(null);
  const [drawFailed, setDrawFailed] = useState(false);

  useEffect(() => {
    if (notation === null) return;
    let current = true;
    // The JSON is Excalidraw's scene format, checked above by the engine: its own loader reads it.
    const elements = restoreElements(JSON.parse(json).elements, null, { repairBindings: true });
    exportToSvg({
      elements,
      appState: { exportBackground: true, viewBackgroundColor: "#ffffff" },
      files: null,
      exportPadding: 16,
      // Inlining subsets each font with WebAssembly, which the app's CSP (script-src 'self') refuses;
      // the picture uses the fonts by name instead (Excalidraw's own, self-hosted, once loaded).
      skipInliningFonts: true,
    }).then(
      (svg: SVGSVGElement) => {
        if (!current) return;
        svg.setAttribute("aria-hidden", "true");
        svg.setAttribute("focusable", "false");
        picture.current?.replaceChildren(svg);
      },
      () => {
        if (current) setDrawFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [json, notation]);

  if (notation === null) return <p className="muted">This diagram could not be read.</p>;
  return (
    <div className="stack diagram-view-drawing">
      {!drawFailed && <div className="diagram-view-image" ref={picture} data-testid="diagram-image" />}
      <p className="field-label">The diagram as text</p>
      <pre className="diagram-view-notation" data-testid="diagram-notation">
        {notation === "" ? "(an empty whiteboard)" : notation}
      </pre>
    </div>
  );
}
