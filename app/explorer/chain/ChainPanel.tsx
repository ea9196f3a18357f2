import { useExplorer, captionIn, labelIn } from "../explorer-context";
import type { ChainState } from "../controller/explorer-snapshot";
import type { Holding, UltimateOwner } from "../../../domain/ownership";
import { formatShare } from "../../../domain/ownership";
import { EvidenceList } from "./EvidenceList";
import { contributionText, effectiveShareText, reachText } from "./chain-text";

const MAX_ENDS = 50;
const MAX_PATHS = 3;

/** The chain in focus: ultimate owners (or holdings) with effective shares, paths, evidence. */
export function ChainPanel({ chain }: { chain: ChainState }) {
  const { controller } = useExplorer();
  const caption = (key: string) => captionIn(controller, key);
  const label = (key: string) => labelIn(controller, key);
  const up = chain.response.direction === "up";
  const result = chain.result;
  const ends: (UltimateOwner | Holding)[] = result
    ? "owners" in result
      ? result.owners
      : result.holdings
    : [];
  const rootCaption = caption(chain.rootKey);
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
      {chain.response.message && <p className="panel-note">{chain.response.message}</p>}
      {chain.problem && (
        <p className="panel-note error">The shares cannot be computed: {chain.problem}</p>
      )}
      {result && result.crossHoldings.length > 0 && (
        <p className="panel-note warning">
          Cross-holdings:{" "}
          {result.crossHoldings.map((ring) => ring.memberKeys.map(caption).join(" ⇄ ")).join("; ")}.
          Each ring is counted once round, never looped.
        </p>
      )}
      <h3>{up ? "Ultimate owners and controllers" : "Holdings"}</h3>
      <ol className="chain-ends">
        {ends.slice(0, MAX_ENDS).map((end) => (
          <li key={end.key} className="chain-end">
            <button
              type="button"
              className="link-button"
              onClick={() => controller.showEntity(end.key)}
            >
              {caption(end.key)}
            </button>
            <span className="chain-share">{effectiveShareText(end)}</span>
            <span className="chain-reach">
              {reachText(end)}
              {end.inCrossHolding ? ", in a cross-holding ring" : ""}
            </span>
            <ul className="chain-paths">
              {end.paths.slice(0, MAX_PATHS).map((path, index) => (
                <li key={index}>
                  {path.nodeKeys.map(label).join(" → ")}
                  <span className="chain-path-note">
                    {" "}
                    ({path.share ? formatShare(path.share) : "no share"}; {contributionText(path)})
                  </span>
                </li>
              ))}
              {end.paths.length > MAX_PATHS && (
                <li className="chain-path-note">and {end.paths.length - MAX_PATHS} more paths</li>
              )}
            </ul>
          </li>
        ))}
      </ol>
      {ends.length > MAX_ENDS && (
        <p className="panel-note">{ends.length - MAX_ENDS} more not listed.</p>
      )}
      <h3>Evidence for every link</h3>
      <EvidenceList edgeKeys={chain.edgeKeys} />
    </section>
  );
}
