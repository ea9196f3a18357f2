// Entry of the `ownergraph` command; bin/ownergraph.mjs runs this file through tsx.
import { main } from "./run-cli";

process.exitCode = await main(process.argv.slice(2));
