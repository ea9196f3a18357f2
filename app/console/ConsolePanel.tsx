import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import "./console.css";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { ApiRequestError } from "../api/api-client";
import { runConsoleQuery } from "./console-api";
import {
  addHistoryEntry,
  loadHistory,
  removeHistoryEntry,
  saveHistory,
  type HistoryEntry,
} from "./console-history";
import { checkParamsText } from "./params-check";
import { errorRange, toEditorSchema } from "./editor-support";
import { toRunError, type RunState } from "./run-state";
import { useConsoleResources } from "./use-console-resources";
import { CypherInput } from "./CypherInput";
import { ParamsInput } from "./ParamsInput";
import { ConsoleLibrary } from "./ConsoleLibrary";
import { ConsoleResults } from "./ConsoleResults";
import { ConsoleToolbar, type DrawMode } from "./ConsoleToolbar";
import { ExportMenu } from "../export/ExportMenu";

export interface ConsolePanelProps {
  /** Puts a query's graph on the explorer's canvas, merged into it or replacing it. */
  onShowGraph: (graph: WireGraph, how: "merge" | "replace") => void;
  /** The query the console opens with when its history is empty. */
  initialQuery?: string;
}

const DEFAULT_QUERY = "MATCH path = (:Entity)-[:OWNS|CONTROLS]->(:Entity)\nRETURN path\nLIMIT 25";
const DRAW_MODE_KEY = "ownergraph.console.drawMode";

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The Cypher console: write a query (completion from the live schema, Ctrl/Cmd+Enter runs),
 * parameters as JSON, results as a table, a summary with the plan, and the graph on the
 * explorer's canvas. Read-only unless the server says otherwise.
 */
export function ConsolePanel({ onShowGraph, initialQuery }: ConsolePanelProps) {
  const storage = useMemo(() => browserStorage(), []);
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory(storage));
  const [query, setQuery] = useState(() => history[0]?.query ?? initialQuery ?? DEFAULT_QUERY);
  const [paramsText, setParamsText] = useState(() => history[0]?.paramsText ?? "{}");
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [drawMode, setDrawMode] = useState<DrawMode>(() =>
    storage?.getItem(DRAW_MODE_KEY) === "replace" ? "replace" : "merge",
  );
  const resources = useConsoleResources();
  const { refreshSchema } = resources;
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => void saveHistory(storage, history), [storage, history]);
  useEffect(() => storage?.setItem(DRAW_MODE_KEY, drawMode), [storage, drawMode]);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const paramsCheck = useMemo(() => checkParamsText(paramsText), [paramsText]);
  const schema = useMemo(
    () => toEditorSchema(resources.schema, paramsCheck.ok ? paramsCheck.names : []),
    [resources.schema, paramsCheck],
  );

  const remember = useCallback((outcome: HistoryEntry["outcome"], text: string, params: string) => {
    const entry = { query: text, paramsText: params, ranAt: new Date().toISOString(), outcome };
    setHistory((old) => addHistoryEntry(old, entry));
  }, []);

  const execute = useCallback(
    async (text: string, params: string) => {
      if (controllerRef.current || !text.trim() || !checkParamsText(params).ok) return;
      const controller = new AbortController();
      controllerRef.current = controller;
      setRun({ status: "running", startedAt: Date.now() });
      try {
        const result = await runConsoleQuery(text, params, controller.signal);
        setRun({ status: "done", result });
        remember("ok", text, params);
        if (result.graph.nodes.length > 0) onShowGraph(result.graph, drawMode);
        if (result.summary.containsUpdates) refreshSchema();
      } catch (error) {
        if (controller.signal.aborted) {
          setRun({ status: "cancelled" });
          remember("cancelled", text, params);
        } else {
          const apiError =
            error instanceof ApiRequestError
              ? error
              : new ApiRequestError(0, "Ownergraph.ClientError", String(error));
          setRun({ status: "failed", error: toRunError(apiError), query: text });
          remember("error", text, params);
        }
      } finally {
        controllerRef.current = null;
      }
    },
    [drawMode, onShowGraph, remember, refreshSchema],
  );

  const runNow = useCallback(() => void execute(query, paramsText), [execute, query, paramsText]);
  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  const pick = useCallback(
    (text: string, params: string, andRun: boolean) => {
      setQuery(text);
      setParamsText(params);
      if (andRun) void execute(text, params);
    },
    [execute],
  );

  const failure = run.status === "failed" ? run.error : null;
  // Computed once per failed run, in the text that ran: the editor drops it on the next edit.
  const queryError = useMemo(
    () =>
      run.status === "failed" && run.error.target === "query" && run.error.position
        ? errorRange(run.query, run.error.position.offset)
        : null,
    [run],
  );
  const paramsError = !paramsCheck.ok
    ? { message: paramsCheck.message, position: paramsCheck.position }
    : failure?.target === "params" && failure.position
      ? { message: failure.message, position: failure.position }
      : null;

  return (
    <div
      className="console-panel"
      data-testid="console-panel"
      data-schema-loads={resources.schemaLoads}
    >
      <div className="console-layout">
        <div className="console-input">
          <CypherInput
            value={query}
            onChange={setQuery}
            onRun={runNow}
            schema={schema}
            errorRange={queryError}
          />
          <ParamsInput
            value={paramsText}
            onChange={setParamsText}
            onRun={runNow}
            error={paramsError}
          />
          <ConsoleToolbar
            run={run}
            mode={resources.mode}
            canRun={query.trim() !== "" && paramsCheck.ok}
            drawMode={drawMode}
            onDrawModeChange={setDrawMode}
            onRun={runNow}
            onCancel={cancel}
            onDrawAgain={() => {
              if (run.status === "done") onShowGraph(run.result.graph, drawMode);
            }}
            onRefreshSchema={refreshSchema}
          />
        </div>
        <div className="console-output">
          {run.status === "done" && run.result.graph.nodes.length > 0 && (
            <ExportMenu
              label="Export result"
              getSnapshot={() => ({ graph: run.result.graph, title: "Cypher query result" })}
            />
          )}
          <ConsoleResults run={run} />
        </div>
        <ConsoleLibrary
          examples={resources.examples}
          examplesError={resources.examplesError}
          history={history}
          onPick={pick}
          onForget={(index) => setHistory((old) => removeHistoryEntry(old, index))}
          onClearHistory={() => setHistory([])}
        />
      </div>
    </div>
  );
}
