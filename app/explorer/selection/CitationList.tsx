import type { Citation } from "./relationship-facts";
import { safeHref } from "./relationship-facts";

/** The sources behind a claim: title (linked when it is a web address), publisher, date, quote. */
export function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0)
    return <p className="citation-none">No source is cited for this claim.</p>;
  return (
    <ul className="citations">
      {citations.map((citation, index) => {
        const source = citation.source;
        const href = safeHref(source?.url ?? null);
        const title = source?.title ?? citation.sourceId;
        return (
          <li key={`${citation.sourceId}-${index}`} className="citation">
            <span className="citation-source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {source && (
                <span className="citation-meta">
                  {" "}
                  — {source.publisher ?? "publisher unknown"}, {source.date ?? "date unknown"}
                </span>
              )}
              {!source && <span className="citation-meta"> (source record not found)</span>}
            </span>
            {citation.quote && (
              <blockquote
                className={
                  citation.quoteKind === "summary" ? "citation-quote summary" : "citation-quote"
                }
              >
                {citation.quoteKind === "summary"
                  ? `In summary: ${citation.quote}`
                  : citation.quote}
              </blockquote>
            )}
          </li>
        );
      })}
    </ul>
  );
}
