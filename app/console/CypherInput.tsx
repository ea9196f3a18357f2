import { useEffect, useRef } from "react";
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import type { EditorApi } from "@neo4j-cypher/codemirror";
import type { EditorSupportSchema } from "@neo4j-cypher/editor-support";
import { Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import type { TextRange } from "./editor-support";

/** Sets (or clears, with null) the underlined error range in the editor. */
const setErrorMark = StateEffect.define<TextRange | null>();
const errorDecoration = Decoration.mark({ class: "console-error-mark" });

/** The error underline: replaced by each run, gone as soon as the text changes. */
const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (effect.is(setErrorMark)) {
        next = effect.value
          ? Decoration.set([errorDecoration.range(effect.value.from, effect.value.to)])
          : Decoration.none;
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Ctrl/Cmd+Enter tells the component around the editor to run, through a DOM event. */
const RUN_EVENT = "ownergraph-console-run";
const runKeymap = Prec.highest(
  keymap.of([
    {
      key: "Mod-Enter",
      run: (view) => {
        view.dom.dispatchEvent(new CustomEvent(RUN_EVENT, { bubbles: true }));
        return true;
      },
    },
  ]),
);
// Module constants: the editor reconfigures whenever these arrays change identity.
const PRE_EXTENSIONS = [runKeymap];
const POST_EXTENSIONS = [errorMarkField];

export interface CypherInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  schema: EditorSupportSchema;
  /** Where the last run's error is, in this text. */
  errorRange: TextRange | null;
}

/**
 * The query editor: Neo4j's Cypher language support for CodeMirror 6 (highlighting, completion
 * from the live schema, syntax errors underlined as you type), plus Ctrl/Cmd+Enter to run and
 * the server's error position underlined.
 */
export function CypherInput({ value, onChange, onRun, schema, errorRange }: CypherInputProps) {
  const viewRef = useRef<EditorView | null>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const listener = () => onRun();
    wrapper.addEventListener(RUN_EVENT, listener);
    return () => wrapper.removeEventListener(RUN_EVENT, listener);
  }, [onRun]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const length = view.state.doc.length;
    const range =
      errorRange && errorRange.to <= length && errorRange.from < errorRange.to ? errorRange : null;
    view.dispatch({ effects: setErrorMark.of(range) });
    if (range) view.dispatch({ effects: EditorView.scrollIntoView(range.from, { y: "nearest" }) });
  }, [errorRange]);

  return (
    <div className="console-editor" data-testid="console-editor" ref={wrapperRef}>
      <CypherEditor
        value={value}
        onValueChanged={(text: string) => onChange(text)}
        onEditorCreated={(editor: EditorApi) => {
          viewRef.current = editor.codemirror;
        }}
        schema={schema}
        lint
        autofocus={false}
        lineWrapping
        placeholder="MATCH (n:Entity) RETURN n LIMIT 25"
        preExtensions={PRE_EXTENSIONS}
        postExtensions={POST_EXTENSIONS}
        theme="light"
      />
    </div>
  );
}
