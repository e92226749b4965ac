/**
 * A path key with a `#fragment` (Box: `/files/{file_id}#get_shared_link`) is requested without
 * it, so the query string reaches the server (test/fixtures/specs/hostile.yaml, golden client).
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../golden/hostile/index.js";

describe("path keys with a #fragment", () => {
  it("requests the path without the fragment and keeps the query", async () => {
    const urls: string[] = [];
    // The spec declares no security, so the client takes no credential (issue 9).
    const client = createClient({
      baseUrl: "https://api.example.test/base",
      fetch: async (input) => {
        urls.push(input);
        return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    await client.class.getItemX("a b", { "q*/": "ab*/" });
    expect(urls).toEqual(["https://api.example.test/base/items/a%20b?q%2A%2F=ab%2A%2F"]);
  });
});
