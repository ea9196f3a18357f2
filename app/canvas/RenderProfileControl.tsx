import {
  RENDER_PROFILE_CHOICES,
  SIMPLIFICATIONS,
  type RenderProfile,
  type RenderProfileChoice,
  type Simplification,
} from "./render-simplifications";
import "./render-profile.css";

const STORAGE_KEY = "ownergraph.renderProfile";

const CHOICE_NAMES: Record<RenderProfileChoice, string> = {
  auto: "Automatic",
  full: "Full",
  software: "Simplified",
};

/** The user's choice, kept in this browser ("auto" until one is made). */
export function storedRenderProfileChoice(): RenderProfileChoice {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return RENDER_PROFILE_CHOICES.find((choice) => choice === stored) ?? "auto";
}

function storeChoice(choice: RenderProfileChoice): void {
  window.localStorage.setItem(STORAGE_KEY, choice);
}

/**
 * How the canvas draws: Automatic (simplified where this browser draws WebGL without a GPU),
 * Full, or Simplified; and, while the simplified drawing leaves something out, what it is.
 */
export function RenderProfileControl({
  choice,
  profile,
  inForce,
  onChoose,
}: {
  choice: RenderProfileChoice;
  profile: RenderProfile;
  inForce: readonly Simplification[];
  onChoose: (choice: RenderProfileChoice) => void;
}) {
  const why =
    choice === "auto" && profile === "software" ? " (this browser draws without a GPU)" : "";
  return (
    <div className="render-profile" data-testid="render-profile">
      <label>
        Drawing{" "}
        <select
          value={choice}
          onChange={(event) => {
            const next = event.target.value as RenderProfileChoice;
            storeChoice(next);
            onChoose(next);
          }}
        >
          {RENDER_PROFILE_CHOICES.map((option) => (
            <option key={option} value={option}>
              {CHOICE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      {profile === "software" && (
        <p className="render-profile-note" role="note">
          {inForce.length === 0
            ? `Simplified drawing${why}: nothing is left out at this size.`
            : `Simplified drawing${why}, to redraw faster: ${inForce
                .map((key) => SIMPLIFICATIONS[key].says)
                .join("; ")}. Every entity, link and colour is still drawn.`}
        </p>
      )}
    </div>
  );
}
