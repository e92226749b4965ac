// Generated from webhooks-only.yaml — do not edit.
import { Transport } from "./runtime/index.js";
/** The operations of the spec, as data for the runtime. */
const operations = {};
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "webhooks-only-client/1.0.0",
  });
  return {};
}
