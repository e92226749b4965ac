import { isObject } from "./resolve.js";

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Server URLs with `{variables}` replaced by their defaults. */
export function serverUrls(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.flatMap((server) => {
    if (!isObject(server) || typeof server["url"] !== "string") return [];
    const variables = isObject(server["variables"]) ? server["variables"] : {};
    const url = server["url"].replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const variable = variables[name];
      return isObject(variable) && variable["default"] !== undefined
        ? String(variable["default"])
        : whole;
    });
    return [url];
  });
}
