import { useExplorer } from "../explorer-context";
import { ExpandControls } from "../expand/ExpandControls";
import { ChangesForm } from "../time/ChangesForm";

/** What can be done with the selected entity. */
export function EntityActions({ id }: { id: string }) {
  const { controller, snapshot } = useExplorer();
  const view = snapshot.view;
  const pinned = id in view.pinned;
  const onCanvas = view.entities.includes(id);
  return (
    <div className="entity-actions">
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => void controller.showChain(id, "up")}
        >
          Who owns / controls this?
        </button>
        <button type="button" onClick={() => void controller.showChain(id, "down")}>
          What does this own / control?
        </button>
      </div>
      <ExpandControls id={id} />
      <ChangesForm key={id} id={id} />
      <div className="button-row">
        {onCanvas && (
          <button
            type="button"
            onClick={() => controller.hide([id])}
            title="Take it off the canvas and keep it off"
          >
            Hide
          </button>
        )}
        {onCanvas && (
          <button
            type="button"
            aria-pressed={pinned}
            onClick={() => {
              const position = controller.model.positionOf(id);
              if (pinned) controller.unpin(id);
              else if (position) controller.pin(id, position);
            }}
            title="Keep it where it is when the layout runs (or drag it)"
          >
            {pinned ? "Unpin" : "Pin position"}
          </button>
        )}
        {!onCanvas && (
          <button type="button" onClick={() => controller.showEntity(id)}>
            Put on canvas
          </button>
        )}
      </div>
    </div>
  );
}
