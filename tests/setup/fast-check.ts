// Every fast-check property test runs from one fixed seed, so a run is reproducible on any machine; a failure still
// prints its seed and path. FC_SEED=<n> tries another seed (for example to explore more cases locally).
import fc from "fast-check";

const seed = Number(process.env["FC_SEED"] ?? 20261205);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env["FC_SEED"] ?? ""}`);
fc.configureGlobal({ seed, numRuns: 100 });
