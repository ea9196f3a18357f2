#!/usr/bin/env node
// The `ownergraph` command: registers tsx (a runtime dependency) so Node can load the
// TypeScript sources, then runs cli/main.ts. See `ownergraph --help`.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
