/** diffModels(): two models in, every change a client of the generated package would notice. */
import type { ApiModel } from "../model/types.js";
import type { Change } from "./changes.js";
import { compareUnusedComponents } from "./components.js";
import { compareOperations } from "./operations.js";
import { comparePublicApi } from "./public-api.js";
import { code, inHead, record, type Scope } from "./scope.js";

export function diffModels(base: ApiModel, head: ApiModel): Change[] {
  const scope: Scope = { base, head, changes: [] };
  if (base.description !== head.description) {
    record(
      scope,
      "description-changed",
      inHead("/info/description"),
      "the API description changed",
    );
  }
  if (base.packageName !== head.packageName) {
    const text = `the generated package is now ${code(head.packageName)} (was ${code(base.packageName)}): imports change`;
    record(scope, "package-name-changed", inHead("/info"), text);
  }
  compareOperations(scope);
  compareUnusedComponents(scope);
  comparePublicApi(scope);
  return dedupe(scope.changes);
}

/** The same change reached twice (a shared schema met by two paths of one operation) counts once. */
function dedupe(changes: readonly Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = [c.code, c.side, c.pointer, c.operation ?? "", c.message].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
