// The code part of an answer: CodeMirror 6 with the chosen language's highlighting. Loaded lazily
// (it is the largest piece of the room). Mod-Enter submits, as in the plain editor; Mod-' runs the
// examples when the language runs. Tab indents, as in any code editor, so Tab cannot be the way out:
// Escape is (it first closes a completion or search, or collapses a selection), moving focus to the
// next control after the editor. The hint under the editor says so.
import { indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import { loadLanguageSupport } from "./code-languages.ts";
import { focusNextControl } from "./focus-next-control.ts";

interface CodeEditorProps {
  value: string;
  language: string;
  label: string;
  /** The id of the text that explains the editor's keys. */
  describedBy?: string | undefined;
  onChange(value: string): void;
  onSubmit(): void;
  /** Runs the code against the examples (Mod-'); absent when the language does not run. */
  onRun?: (() => void) | undefined;
  disabled?: boolean;
}

export default function CodeEditor({
  value,
  language,
  label,
  describedBy,
  onChange,
  onSubmit,
  onRun,
  disabled,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's handlers without rebuilding the editor.
  const callbacks = useRef({ onChange, onSubmit, onRun });
  callbacks.current = { onChange, onSubmit, onRun };
  const languageSlot = useRef(new Compartment());
  const editable = useRef(new Compartment());
  const attributes = useRef(new Compartment());

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; value flows in below.
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          keymap.of([
            {
              key: "Mod-Enter",
              preventDefault: true,
              run: () => {
                callbacks.current.onSubmit();
                return true;
              },
            },
            {
              key: "Mod-'",
              run: () => {
                const run = callbacks.current.onRun;
                run?.();
                return run !== undefined;
              },
            },
          ]),
          basicSetup,
          keymap.of([indentWithTab]),
          // After basicSetup's keymaps: their Escape (close completions or search, collapse a
          // selection) goes first, and a plain Escape leaves the editor.
          keymap.of([
            {
              key: "Escape",
              run: (editor) => focusNextControl(editor.dom),
            },
          ]),
          // Token classes (.tok-*) coloured by styles.css for each theme at 4.5:1 or more, so the
          // editor follows the page's theme instead of keeping one-dark after a switch to light.
          syntaxHighlighting(classHighlighter),
          languageSlot.current.of([]),
          editable.current.of(EditorView.editable.of(!disabled)),
          attributes.current.of(contentAttributes(label, describedBy)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    void loadLanguageSupport(language).then((support) => {
      // A language without support (pseudo-code, Bash) drops the previous one's highlighting.
      if (!cancelled) view.current?.dispatch({ effects: languageSlot.current.reconfigure(support ?? []) });
    });
    return () => {
      cancelled = true;
    };
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorView.editable.of(!disabled)) });
  }, [disabled]);

  // The label names the language, which the picker changes.
  useEffect(() => {
    view.current?.dispatch({ effects: attributes.current.reconfigure(contentAttributes(label, describedBy)) });
  }, [label, describedBy]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}

/** CodeMirror's editable area is not a form control: it is named and described by attributes. */
function contentAttributes(label: string, describedBy: string | undefined) {
  return EditorView.contentAttributes.of(
    describedBy ? { "aria-label": label, "aria-describedby": describedBy } : { "aria-label": label },
  );
}
