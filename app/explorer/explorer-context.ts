/** The explorer's controller and snapshot, handed to components through React context. */
import { createContext, useContext } from "react";
import { caption } from "../../domain/model";
import { nodeLabel } from "../canvas/entity-style";
import type { ExplorerController } from "./controller/explorer-controller";
import type { ExplorerSnapshot } from "./controller/explorer-snapshot";

export interface ExplorerContextValue {
  controller: ExplorerController;
  snapshot: ExplorerSnapshot;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer() needs an ExplorerContext provider (see App.tsx).");
  return value;
}

/** The short label of an entity (as on the canvas), else its id. */
export function labelIn(controller: ExplorerController, key: string): string {
  const node = controller.model.store.node(key);
  return node ? nodeLabel(node) : key;
}

/** Caption of an entity the store knows, else its id. */
export function captionIn(controller: ExplorerController, key: string): string {
  const node = controller.model.store.node(key);
  return node ? caption(node.properties, key) : key;
}
