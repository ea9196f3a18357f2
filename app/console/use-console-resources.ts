import { useCallback, useEffect, useState } from "react";
import type {
  ConsoleModeInfo,
  CypherExample,
  SchemaInfo,
} from "../../domain/console/console-wire-types";
import { fetchConsoleMode, fetchExamples, fetchSchemaInfo } from "./console-api";

export interface ConsoleResources {
  mode: ConsoleModeInfo | null;
  schema: SchemaInfo | null;
  examples: CypherExample[];
  examplesError: string | null;
  /** Reads the live schema again (after a write, or when the data changed). */
  refreshSchema: () => void;
  /** How many times the schema has arrived (0 while the first load is on its way). */
  schemaLoads: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the console loads once: the server's mode, the live schema, the examples. */
export function useConsoleResources(): ConsoleResources {
  const [mode, setMode] = useState<ConsoleModeInfo | null>(null);
  const [schema, setSchema] = useState<SchemaInfo | null>(null);
  const [examples, setExamples] = useState<CypherExample[]>([]);
  const [examplesError, setExamplesError] = useState<string | null>(null);
  const [schemaVersion, setSchemaVersion] = useState(0);
  const [schemaLoads, setSchemaLoads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchConsoleMode(controller.signal).then(setMode, () => undefined);
    fetchExamples(controller.signal).then(setExamples, (error: unknown) => {
      if (!controller.signal.aborted) setExamplesError(`Examples not available: ${message(error)}`);
    });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    // Without the schema, completion still offers keywords; nothing else depends on it.
    fetchSchemaInfo(controller.signal).then(
      (loaded) => {
        setSchema(loaded);
        setSchemaLoads((count) => count + 1);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [schemaVersion]);

  const refreshSchema = useCallback(() => setSchemaVersion((version) => version + 1), []);
  return { mode, schema, examples, examplesError, refreshSchema, schemaLoads };
}
