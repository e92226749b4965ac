// Generated from enums.yaml — do not edit.
import { RequestValidationError } from "./errors.js";
/** Throws `RequestValidationError` for the first key of `params` the operation does not define. */
export function assertKnownKeys(op, params, requestOptionNames) {
  if (params === undefined || params === null || op.openKeys === true || !op.keys) return;
  const known = new Set(op.keys);
  for (const key of Object.keys(params)) {
    if (known.has(key)) continue;
    throw new RequestValidationError(unknownKeyMessage(op, key, requestOptionNames));
  }
}
export function unknownKeyMessage(op, key, requestOptionNames) {
  const method = op.name ?? op.operationId;
  if (requestOptionNames.includes(key)) {
    return `\`${key}\` is a request option, not a parameter of ${method}: pass it in the options argument (the last one), e.g. ${method}(…, { ${key} })`;
  }
  const keys = op.keys ?? [];
  const close = closest(key, keys);
  const hint = close === undefined ? "" : `; did you mean \`${close}\`?`;
  const listed = keys.length > 0 ? "" : ` (it takes none)`;
  return `\`${key}\` is not a parameter of ${method}${listed}${hint}`;
}
/** The known key nearest to `key` (edit distance at most a third of its length, at least 1). */
export function closest(key, known) {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i];
      const prev = rows[i - 1];
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      row[j] = d;
    }
  }
  return rows[a.length][b.length];
}
