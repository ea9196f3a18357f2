import { useExplorer, labelIn } from "../explorer-context";
import { RelationshipItem } from "../selection/RelationshipItem";

/** The relationships of a chain or path, each with its citations, in the order given. */
export function EvidenceList({ edgeKeys }: { edgeKeys: readonly string[] }) {
  const { controller } = useExplorer();
  const store = controller.model.store;
  return (
    <ul className="relationships">
      {edgeKeys.flatMap((key) => {
        const edge = store.edge(key);
        return edge
          ? [
              <RelationshipItem
                key={key}
                edge={edge}
                captionOf={(node) => labelIn(controller, node)}
                sourceOf={(id) => store.source(id)}
              />,
            ]
          : [];
      })}
    </ul>
  );
}
