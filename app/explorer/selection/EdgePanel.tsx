import { useExplorer, labelIn } from "../explorer-context";
import { RelationshipItem } from "./RelationshipItem";

/** The relationship clicked on the canvas, with its evidence. */
export function EdgePanel({ edgeKey }: { edgeKey: string }) {
  const { controller } = useExplorer();
  const store = controller.model.store;
  const edge = store.edge(edgeKey);
  if (!edge) return null;
  return (
    <section className="panel-section" aria-label="Selected relationship">
      <header className="panel-header">
        <h2>Relationship</h2>
        <button type="button" className="small" onClick={() => controller.selectEdge(null)}>
          Close
        </button>
      </header>
      <ul className="relationships">
        <RelationshipItem
          edge={edge}
          captionOf={(key) => labelIn(controller, key)}
          sourceOf={(id) => store.source(id)}
          perspective={edge.source}
          onOpen={(key) => controller.showEntity(key)}
        />
      </ul>
    </section>
  );
}
