/**
 * Inventory of what the seeds (../shared/seeds) document, written by hand from their text. The
 * inventory test resolves every entry in spec/openapi.yaml and checks type, nullability, enum and
 * required-ness, then checks the reverse (the spec has nothing the seeds do not list, except the
 * entries of BEYOND_SEEDS, each with its reason). It is the proof that the spec covers the seeds.
 *
 * Entry syntax: `path[ (in)]: types[; flag]...`
 * - path: dot-separated property names, `[]` steps into array items (`source_order.items[].parent`).
 *   Parameters carry their location: `client_secret (query)`, `source (path)`.
 * - types: `|`-separated, from string, integer, boolean, object, array, null, plus
 *   `timestamp` (integer with format unix-time) and `unset` (the empty string `""` that unsets the
 *   value in a form body).
 * - flags:
 *   - `required`: required in its parent (a parameter: required; a response attribute: always
 *     present). Without it the entry must NOT be required.
 *   - `enum [a, b]`: exactly these values (besides null / "").
 *   - `open`: the enum is open (`x-open-enum: true`).
 *   - `values string`: a map whose values have that type (metadata).
 *   - `null-allowed`: the seeds only show non-null values; the spec also accepts null, as Stripe's
 *     reference declares (lenient response validation).
 *   - `required-unless customer+original_source`: required unless those are all given.
 *
 * Seeds: 000 = reference text (top-level parameters), 001 = Source object + endpoints + JSON,
 * 002 = flattened endpoints + JSON, 003 = create with child parameters expanded,
 * 004 = attach / detach with curl and JSON.
 */

export type InventoryScope = "create" | "update" | "retrieve" | "attach" | "detach" | "source";

/** operationId of each operation scope. */
export const OPERATION_IDS = {
  create: "CreateSource",
  update: "UpdateSource",
  retrieve: "RetrieveSource",
  attach: "AttachSource",
  detach: "DetachSource",
} as const satisfies Record<Exclude<InventoryScope, "source">, string>;

const ADDRESS_FIELDS = ["city", "country", "line1", "line2", "postal_code", "state"] as const;

const SOURCE_TYPES =
  "ach_credit_transfer, ach_debit, alipay, bancontact, card, card_present, eps, giropay, ideal, " +
  "klarna, multibanco, p24, sepa_debit, sofort, three_d_secure, wechat";

/** owner.* parameters (003), shared by create and update (000/001: update takes `owner` too). */
const OWNER_PARAMS = [
  "owner: object",
  "owner.address: object",
  ...ADDRESS_FIELDS.map((field) => `owner.address.${field}: string`),
  "owner.email: string",
  "owner.name: string",
  "owner.phone: string",
];

/** mandate.* parameters (003), shared by create and update. */
const MANDATE_PARAMS = [
  "mandate: object",
  "mandate.acceptance: object",
  "mandate.acceptance.status: string; required; enum [accepted, refused]",
  "mandate.acceptance.date: timestamp; required",
  "mandate.acceptance.ip: string",
  "mandate.acceptance.offline: object",
  "mandate.acceptance.offline.contact_email: string; required",
  "mandate.acceptance.online: object",
  "mandate.acceptance.online.date: timestamp; required",
  "mandate.acceptance.online.ip: string; required",
  "mandate.acceptance.online.user_agent: string; required",
  "mandate.acceptance.type: string; enum [online, offline]",
  "mandate.acceptance.user_agent: string",
  // "Leave null for a mandate covering all amounts": in a form body null is the empty string.
  "mandate.amount: integer|unset",
  // Documented as "enum" without values (ISO currency codes).
  "mandate.currency: string",
  "mandate.interval: string; enum [one_time, scheduled, variable]",
  "mandate.notification_method: string; enum [email, manual, none]",
];

/** source_order.* parameters (003), shared by create and update. */
const SOURCE_ORDER_PARAMS = [
  "source_order: object",
  "source_order.items: array",
  "source_order.items[]: object",
  "source_order.items[].parent: string",
  "source_order.items[].quantity: integer",
  "source_order.shipping: object",
  "source_order.shipping.address: object; required",
  "source_order.shipping.address.line1: string; required",
  ...ADDRESS_FIELDS.filter((field) => field !== "line1").map(
    (field) => `source_order.shipping.address.${field}: string`,
  ),
  "source_order.shipping.carrier: string",
  "source_order.shipping.name: string",
  "source_order.shipping.phone: string",
  "source_order.shipping.tracking_number: string",
];

/** metadata (000, 001, 002, 003, 004): string values, "" unsets a key, "" for metadata unsets all. */
const METADATA_PARAM = "metadata: object|unset; values string";

export const SEED_INVENTORY: Readonly<Record<InventoryScope, readonly string[]>> = {
  create: [
    "type: string; required-unless customer+original_source",
    // Named by the description of `type` (cloning card sources).
    "customer: string",
    "original_source: string",
    "amount: integer",
    // Documented as "enum" without values (ISO currency codes).
    "currency: string",
    "flow: string; enum [redirect, receiver, code_verification, none]",
    ...MANDATE_PARAMS,
    METADATA_PARAM,
    ...OWNER_PARAMS,
    "receiver: object",
    "receiver.refund_attributes_method: string; enum [email, manual]",
    "redirect: object",
    "redirect.return_url: string; required",
    ...SOURCE_ORDER_PARAMS,
    "statement_descriptor: string",
    "token: string",
    "usage: string; enum [reusable, single_use]",
    // 003's curl example sends `-H "Stripe-Version: 2025-04-30.preview"`.
    "Stripe-Version (header): string",
  ],
  update: [
    "source (path): string; required",
    "amount: integer",
    METADATA_PARAM,
    ...OWNER_PARAMS,
    ...MANDATE_PARAMS,
    ...SOURCE_ORDER_PARAMS,
  ],
  retrieve: ["source (path): string; required", "client_secret (query): string"],
  attach: ["customer (path): string; required", "source: string; required", METADATA_PARAM],
  detach: ["customer (path): string; required", "id (path): string; required"],
  source: [
    // Attributes (001), nullability as documented there.
    "id: string; required",
    // Issue 10: Stripe's published contract guarantees only id, object, client_secret, created,
    // flow, livemode, status and type on every Source; the rest may be absent (nullable if present).
    "amount: integer|null",
    "currency: string|null",
    // "This will not be present when the source has not been attached to a customer."
    "customer: string|null",
    "metadata: object|null; values string",
    "owner: object|null",
    // "Present if the source is authenticated by a redirect".
    "redirect: object|null",
    "statement_descriptor: string|null",
    "status: string; required; enum [canceled, chargeable, consumed, failed, pending]",
    `type: string; required; open; enum [${SOURCE_TYPES}]`,
    // More attributes (001).
    "object: string; required; enum [source]",
    "client_secret: string; required",
    "code_verification: object|null",
    "created: timestamp; required",
    // Values as for the `flow` parameter (003).
    "flow: string; required; enum [redirect, receiver, code_verification, none]",
    "livemode: boolean; required",
    // Present in every seed response, but only meaningful for the receiver flow (as `redirect`).
    "receiver: object|null",
    "source_order: object|null",
    // Values as for the `usage` parameter (003).
    "usage: string|null; enum [reusable, single_use]",
    // In the JSON responses (001, 002, 004).
    "redaction: object|null",
    "owner.address: object|null; required",
    "owner.email: string|null; required",
    "owner.name: string|null; required",
    "owner.phone: string|null; required",
    "owner.verified_address: object|null; required",
    "owner.verified_email: string|null; required",
    "owner.verified_name: string|null; required",
    "owner.verified_phone: string|null; required",
    "receiver.address: string; required; null-allowed",
    "receiver.amount_charged: integer; required",
    "receiver.amount_received: integer; required",
    "receiver.amount_returned: integer; required",
    "receiver.refund_attributes_method: string; required",
    "receiver.refund_attributes_status: string; required",
    // The hash named after `type` ("An additional hash is included on the source with a name
    // matching this value"); only ach_credit_transfer's content is shown.
    ...SOURCE_TYPES.split(", ").map((type) => `${type}: object`),
    "ach_credit_transfer.account_number: string; null-allowed",
    "ach_credit_transfer.bank_name: string; null-allowed",
    "ach_credit_transfer.fingerprint: string; null-allowed",
    "ach_credit_transfer.refund_account_holder_name: string|null",
    "ach_credit_transfer.refund_account_holder_type: string|null",
    "ach_credit_transfer.refund_routing_number: string|null",
    "ach_credit_transfer.routing_number: string; null-allowed",
    "ach_credit_transfer.swift_code: string; null-allowed",
  ],
};

/**
 * What the spec has that the seeds do not list, with the reason. A path ending in `.*` covers
 * everything below it. Checked by the inventory test's reverse direction.
 */
export const BEYOND_SEEDS: Readonly<Record<InventoryScope, Readonly<Record<string, string>>>> = {
  create: {
    "Idempotency-Key (header)": "brief: idempotency key header on every POST (x-client-option)",
    "Stripe-Account (header)": "brief: Connect account header on every operation (x-client-option)",
  },
  update: {
    "Idempotency-Key (header)": "brief: idempotency key header on every POST (x-client-option)",
    "Stripe-Version (header)": "seed 003 shows it on create; brief: on every operation",
    "Stripe-Account (header)": "brief: Connect account header on every operation (x-client-option)",
  },
  retrieve: {
    "Stripe-Version (header)": "seed 003 shows it on create; brief: on every operation",
    "Stripe-Account (header)": "brief: Connect account header on every operation (x-client-option)",
  },
  attach: {
    "Idempotency-Key (header)": "brief: idempotency key header on every POST (x-client-option)",
    "Stripe-Version (header)": "seed 003 shows it on create; brief: on every operation",
    "Stripe-Account (header)": "brief: Connect account header on every operation (x-client-option)",
  },
  detach: {
    "Stripe-Version (header)": "seed 003 shows it on create; brief: on every operation",
    "Stripe-Account (header)": "brief: Connect account header on every operation (x-client-option)",
  },
  source: {
    "owner.address.*":
      "child attributes collapsed in the seeds (only null shown): Stripe's Address",
    "owner.verified_address.*":
      "child attributes collapsed in the seeds (only null shown): Stripe's Address",
    "redirect.*": "child attributes collapsed in the seeds: Stripe's reference, all optional",
    "code_verification.*": "child attributes collapsed in the seeds: Stripe's reference, optional",
    "source_order.*": "child attributes collapsed in the seeds: Stripe's reference, optional",
  },
};
