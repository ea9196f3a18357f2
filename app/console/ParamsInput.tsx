import { useEffect, useRef, type KeyboardEvent } from "react";
import type { JsonPosition } from "../../domain/json/lossless-json";

export interface ParamsInputProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** The mistake to show: from checking as you type, or from the server. */
  error: { message: string; position: JsonPosition } | null;
}

/** Parameters as JSON beside the query; passed to Neo4j as parameters, never spliced. */
export function ParamsInput({ value, onChange, onRun, error }: ParamsInputProps) {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const offset = error?.position.offset;

  useEffect(() => {
    // A server-reported mistake (or one found on Run) puts the caret on it.
    const area = areaRef.current;
    if (offset === undefined || !area || document.activeElement === area) return;
    area.setSelectionRange(offset, Math.min(offset + 1, area.value.length));
  }, [offset]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  };

  return (
    <div className="console-params">
      <label htmlFor="console-params-text">
        Parameters <span className="console-hint">JSON object, used as $name in the query</span>
      </label>
      <textarea
        id="console-params-text"
        ref={areaRef}
        data-testid="console-params"
        value={value}
        spellCheck={false}
        rows={Math.min(Math.max(value.split("\n").length, 2), 8)}
        placeholder='{ "id": "aisino" }'
        aria-invalid={error !== null}
        aria-describedby={error ? "console-params-error" : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p
          id="console-params-error"
          className="console-params-error"
          data-testid="console-params-error"
        >
          Line {error.position.line}, column {error.position.column}: {error.message}
        </p>
      )}
    </div>
  );
}
