// The answer editor for coding questions: CodeMirror 6 with the interview language's highlighting.
// Loaded lazily (it is the largest piece of the room). Mod-Enter submits, as in the plain editor.
import { Compartment, EditorState } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import { loadLanguageSupport } from "./code-languages.ts";

interface CodeEditorProps {
  value: string;
  language: string;
  label: string;
  onChange(value: string): void;
  onSubmit(): void;
  disabled?: boolean;
}

export default function CodeEditor({ value, language, label, onChange, onSubmit, disabled }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's handlers without rebuilding the editor.
  const callbacks = useRef({ onChange, onSubmit });
  callbacks.current = { onChange, onSubmit };
  const languageSlot = useRef(new Compartment());
  const editable = useRef(new Compartment());

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; value flows in below.
  useEffect(() => {
    if (!host.current) return;
    const dark = document.documentElement.dataset.theme === "dark";
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
          ]),
          basicSetup,
          languageSlot.current.of([]),
          editable.current.of(EditorView.editable.of(!disabled)),
          dark ? oneDark : [],
          EditorView.contentAttributes.of({ "aria-label": label }),
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
      if (!cancelled && support) view.current?.dispatch({ effects: languageSlot.current.reconfigure(support) });
    });
    return () => {
      cancelled = true;
    };
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorView.editable.of(!disabled)) });
  }, [disabled]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
