import { useExplorer, captionIn, labelIn } from "../explorer-context";
import type { ChainState } from "../controller/explorer-snapshot";
import { CHAIN_LISTING } from "../../../domain/ownership/chain-summary";
import { EvidenceList } from "./EvidenceList";

const MAX_ENDS = CHAIN_LISTING.ends;

/**
 * The chain in focus: ultimate owners (or holdings) with their figures, each named with its
 * method (economic share, stake under control, the integrated share around rings), paths and
 * evidence, as the server worked them out (domain/ownership/chain-summary.ts); this only
 * renders them.
 */
export function ChainPanel({ chain }: { chain: ChainState }) {
  const { controller } = useExplorer();
  const caption = (key: string) => captionIn(controller, key);
  const label = (key: string) => labelIn(controller, key);
  const { response } = chain;
  const up = response.direction === "up";
  const rootCaption = caption(response.rootKey);
  return (
    <section
      className="panel-section chain-panel"
      aria-label={up ? "Owners and controllers" : "Holdings"}
    >
      <header className="panel-header">
        <h2>
          {up ? `Who owns or controls ${rootCaption}` : `What ${rootCaption} owns or controls`}
        </h2>
        <button type="button" className="small" onClick={() => controller.clearFocus()}>
          Close
        </button>
      </header>
      {response.message && <p className="panel-note">{response.message}</p>}
      {response.problem && (
        <p className="panel-note error">The shares cannot be computed: {response.problem}</p>
      )}
      {response.crossHoldings.length > 0 && (
        <p className="panel-note warning">
          Cross-holdings:{" "}
          {response.crossHoldings
            .map((ring) => ring.memberKeys.map(caption).join(" ⇄ "))
            .join("; ")}
          . Economic shares are given counted once round each ring along simple paths, and
          integrated (Vitali et al. 2011).
        </p>
      )}
      <h3>{up ? "Ultimate owners and controllers" : "Holdings"}</h3>
      <ol className="chain-ends">
        {response.ends.slice(0, MAX_ENDS).map((end) => (
          <li key={end.key} className="chain-end">
            <button
              type="button"
              className="link-button"
              onClick={() => controller.showEntity(end.key)}
            >
              {caption(end.key)}
            </button>
            <dl className="chain-figures">
              {end.figures.map((figure) => (
                <div key={figure.figure} className="chain-figure" data-figure={figure.figure}>
                  <dt>{figure.name}</dt>
                  <dd>
                    <span className="chain-share">{figure.value}</span>{" "}
                    <span className="chain-method">{figure.method}</span>
                  </dd>
                </div>
              ))}
            </dl>
            <span className="chain-reach">
              {end.reachText}
              {end.controlsTarget ? ", controls it" : ""}
              {end.inCrossHolding ? ", in a cross-holding ring" : ""}
            </span>
            <ul className="chain-paths">
              {end.paths.map((path, index) => (
                <li key={index}>
                  {path.nodeKeys.map(label).join(" → ")}
                  <span className="chain-path-note">
                    {" "}
                    (economic share {path.share}; {path.contribution})
                  </span>
                </li>
              ))}
              {end.pathCount > end.paths.length && (
                <li className="chain-path-note">
                  and {end.pathCount - end.paths.length} more paths
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
      {response.ends.length > MAX_ENDS && (
        <p className="panel-note">{response.ends.length - MAX_ENDS} more not listed.</p>
      )}
      <h3>Evidence for every link</h3>
      <EvidenceList edgeKeys={chain.edgeKeys} />
    </section>
  );
}
