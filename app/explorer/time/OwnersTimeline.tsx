/**
 * The selected entity's owners and controllers over time: a strip per holder, solid where a
 * source says the link held, pale where it may have held, blank where nothing is known. A click
 * on the strip sees the whole graph as of that day.
 */
import { useState } from "react";
import { todayUtc } from "../../../domain/time";
import type { TimelineResponse } from "../../../domain/wire/explorer-api-types";
import { fetchTimeline } from "../../api/explorer-api";
import { EDGE_KIND_STYLES } from "../../canvas/edge-style";
import { relationshipKind } from "../../../domain/model";
import { labelIn, useExplorer } from "../explorer-context";
import { dayAt, placeOf, timelineLayout } from "./timeline-layout";

const WIDTH = 360;
const LABEL = 110;
const ROW = 22;
const AXIS = 18;
/** Pixels a share's text ("100%") needs on its bar. */
const SHARE_WIDTH = 30;

type Loaded =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; response: TimelineResponse }
  | { status: "error"; message: string };

export function OwnersTimeline({ id }: { id: string }) {
  const { controller, snapshot } = useExplorer();
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });

  const load = async () => {
    setLoaded({ status: "loading" });
    const response = await controller.requests.run("timeline", "Reading the history…", (signal) =>
      fetchTimeline(id, snapshot.view, signal),
    );
    if (!response) {
      setLoaded({ status: "error", message: "The history could not be read." });
      return;
    }
    controller.model.store.merge(response.graph, response.sources);
    controller.model.dataArrived();
    setLoaded({ status: "ready", response });
  };

  if (loaded.status !== "ready") {
    return (
      <div className="owners-timeline">
        <button type="button" onClick={() => void load()} disabled={loaded.status === "loading"}>
          {loaded.status === "loading" ? "Reading the history…" : "Owners over time"}
        </button>
        {loaded.status === "error" && <p className="panel-note error">{loaded.message}</p>}
      </div>
    );
  }

  const layout = timelineLayout(loaded.response.periods, todayUtc());
  if (layout.rows.length === 0) {
    return (
      <p className="panel-note owners-timeline">
        No owner or controller of it is recorded at any time.
      </p>
    );
  }
  const track = WIDTH - LABEL;
  const height = AXIS + layout.rows.length * ROW;
  const asOf = snapshot.view.asOf;
  const marker = asOf === null ? null : placeOf(layout, asOf);
  return (
    <figure className="owners-timeline" aria-label="Owners over time">
      <svg
        width={WIDTH}
        height={height}
        role="img"
        aria-label={`Owners and controllers from ${layout.first} to ${layout.last}; click a day to see the graph then`}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const at = (event.clientX - box.left - LABEL) / track;
          if (at >= 0) void controller.time.setAsOf(dayAt(layout, at));
        }}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.year}>
            <line
              x1={LABEL + tick.at * track}
              x2={LABEL + tick.at * track}
              y1={AXIS - 4}
              y2={height}
              className="timeline-tick"
            />
            <text x={LABEL + tick.at * track + 2} y={AXIS - 6} className="timeline-year">
              {tick.year}
            </text>
          </g>
        ))}
        {layout.rows.map((row, index) => {
          const y = AXIS + index * ROW;
          return (
            <g key={row.holderKey}>
              <text x={0} y={y + ROW / 2 + 4} className="timeline-holder">
                {labelIn(controller, row.holderKey).slice(0, 18)}
              </text>
              {row.bars.map((bar) =>
                bar.segments.map((segment, part) => (
                  <rect
                    key={`${bar.edgeKey}-${String(part)}`}
                    x={LABEL + segment.start * track}
                    y={y + 4}
                    width={Math.max((segment.end - segment.start) * track, 1)}
                    height={ROW - 8}
                    fill={EDGE_KIND_STYLES[relationshipKind(bar.type)].colour}
                    opacity={segment.sure ? 0.9 : 0.3}
                  >
                    <title>
                      {`${bar.type}${bar.share === null ? "" : ` ${bar.share}`}: ${bar.description}`}
                    </title>
                  </rect>
                )),
              )}
              {row.bars.map((bar) => {
                const sure = bar.segments.find((segment) => segment.sure);
                // A share is written on its bar only where it fits; the tooltip always has it.
                const fits = sure !== undefined && (sure.end - sure.start) * track >= SHARE_WIDTH;
                if (bar.share === null || sure === undefined || !fits) return null;
                return (
                  <text
                    key={`${bar.edgeKey}-share`}
                    x={LABEL + sure.start * track + 3}
                    y={y + ROW / 2 + 4}
                    className="timeline-share"
                  >
                    {bar.share}
                  </text>
                );
              })}
            </g>
          );
        })}
        {marker !== null && (
          <line
            x1={LABEL + marker * track}
            x2={LABEL + marker * track}
            y1={0}
            y2={height}
            className="timeline-marker"
          />
        )}
      </svg>
      <figcaption className="panel-note">
        Solid: a source says it held; pale: it may have held; blank: nothing known. Click a day to
        see the graph as of then.
      </figcaption>
    </figure>
  );
}
