/**
 * `npm run test:quick`: the unit tests and one golden (our spec's), in well under a minute. Left
 * out: the suites that start many processes or install packages (corpus, consumer, the real-CLI
 * smoke tests, the lint and diff CLIs, the ESM-without-ajv check), the suites that generate
 * packages and type-check consumers against them (goldens' type-check, hovers, README examples,
 * the additive and readOnly consumer checks, the diff's TypeScript cross-check) and the fixture
 * goldens. `npm test` runs everything.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  { ...base, test: { ...base.test, globalSetup: [] } },
  defineConfig({
    test: {
      env: { GOLDEN: "spec" },
      exclude: [
        "test/corpus/**",
        "test/consumer/**",
        "test/cli/smoke.test.ts",
        "test/golden/typecheck.test.ts",
        "test/spec/lint.test.ts",
        "test/validators/esm.test.ts",
        "test/lint/**",
        "test/hover/**",
        "test/diff/cli.test.ts",
        "test/diff/typescript.test.ts",
        "test/golden/acme-consumer-types.test.ts",
        "test/golden/readme-examples.test.ts",
        "test/golden/additive.test.ts",
      ],
    },
  }),
);
