import { importFraction } from "../../domain/ingest/import-progress";
import type { ImportJobAnswer } from "../../domain/wire/dataset-api-types";
import { importHeadline, problemPlace } from "./dataset-text";

/** The import in progress or just over: the format, a progress bar, then the report. */
export function ImportStatus({ job, elapsedMs }: { job: ImportJobAnswer; elapsedMs: number }) {
  const fraction = job.progress ? importFraction(job.progress) : null;
  const report = job.report;
  return (
    <section className={`import-status import-${job.state}`} aria-label="Import">
      <p className="import-headline" role="status">
        {importHeadline(job, elapsedMs)}
      </p>
      {job.state === "running" &&
        (fraction === null ? (
          <progress aria-label="Import progress" />
        ) : (
          <progress aria-label="Import progress" max={1} value={fraction} />
        ))}
      {report && report.errors.length > 0 && (
        <div className="import-errors">
          <h4>
            Errors
            {report.errorCount > report.errors.length
              ? ` (the first ${String(report.errors.length)} of ${report.errorCount.toLocaleString("en-GB")})`
              : ` (${String(report.errors.length)})`}
          </h4>
          <ol>
            {report.errors.map((problem, index) => (
              <li key={index} className="import-problem">
                <span className="problem-place">{problemPlace(problem)}</span>:{" "}
                <span className="problem-message">{problem.message}</span>{" "}
                <span className="problem-fix">{problem.fix}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {report && report.warnings.length > 0 && (
        <div className="import-warnings">
          <h4>Warnings</h4>
          <ul>
            {report.warnings.map((group) => (
              <li key={group.code}>
                <strong>{group.code}</strong> × {group.count.toLocaleString("en-GB")}
                <ul>
                  {group.examples.map((problem, index) => (
                    <li key={index}>
                      {problemPlace(problem)}: {problem.message} {problem.fix}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
