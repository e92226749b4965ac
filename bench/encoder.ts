/**
 * Form encoder throughput: our `encodeForm` vs `qs.stringify(x, { arrayFormat: "indices" })` (and
 * stripe-node's full recipe: qs + serializeDate + literal brackets), same process, same payloads.
 * Run: `npx tsx bench/encoder.ts`.
 */
import { pathToFileURL } from "node:url";
import qs from "qs";
import { encodeForm } from "../templates/runtime/form.js";

/** A realistic Source create call. */
const sourceCreate = {
  type: "ach_credit_transfer",
  currency: "usd",
  amount: 1099,
  flow: "receiver",
  usage: "reusable",
  owner: {
    email: "jenny.rosen@example.com",
    name: "Jenny Rosen",
    phone: "+1 555-555-5555",
    address: {
      line1: "510 Townsend St",
      line2: "Floor 2",
      city: "San Francisco",
      state: "CA",
      postal_code: "94103",
      country: "US",
    },
  },
  redirect: { return_url: "https://example.com/return?session=abc&step=2" },
  metadata: { order_id: "6735", customer_ref: "cus_9s6XKzkNRiz8i3", note: "Ünïcödé ✓" },
  expand: ["owner", "receiver"],
};

/** A larger nested payload: 50 line items with price data, tax rates and metadata. */
const largeNested = {
  customer: "cus_9s6XKzkNRiz8i3",
  mode: "payment",
  success_url: "https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
  line_items: Array.from({ length: 50 }, (_, i) => ({
    quantity: i + 1,
    price_data: {
      currency: "eur",
      unit_amount: 1000 + i * 7,
      product_data: {
        name: `Product #${i} (größe ${i % 5})`,
        description: "A fine product & more",
        images: [`https://cdn.example.com/p/${i}.png`, `https://cdn.example.com/p/${i}-2.png`],
        metadata: { sku: `SKU-${i}`, warehouse: "eu-west" },
      },
      recurring: i % 2 === 0 ? { interval: "month", interval_count: 1 } : undefined,
    },
    tax_rates: ["txr_1", "txr_2"],
    adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 },
  })),
  metadata: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key_${i}`, `value ${i}`])),
};

const serializeDate = (d: Date): string => Math.floor(d.getTime() / 1000).toString();

type Impl = [name: string, fn: (x: object) => string];
const impls: Impl[] = [
  ["encodeForm (ours)", (x) => encodeForm(x)],
  ["qs indices", (x) => qs.stringify(x, { arrayFormat: "indices" })],
  [
    "stripe-node recipe",
    (x) =>
      qs
        .stringify(x, { arrayFormat: "indices", serializeDate })
        .replace(/%5B/g, "[")
        .replace(/%5D/g, "]"),
  ],
];

let sink = 0;
/** Median ops/s over `rounds` timed rounds of about `ms` each. */
function opsPerSecond(fn: () => string, rounds = 5, ms = 200): number {
  for (let i = 0; i < 200; i++) sink += fn().length; // warm-up
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let i = 0; i < 20; i++) sink += fn().length;
      n += 20;
      elapsed = performance.now() - start;
    }
    rates.push((n / elapsed) * 1000);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

export async function run(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const [label, payload] of [
    ["Source create", sourceCreate],
    ["50 line items", largeNested],
  ] as const) {
    const bytes = encodeForm(payload).length;
    const rates = impls.map(([, fn]) => opsPerSecond(() => fn(payload)));
    const ours = rates[0]!;
    impls.forEach(([name], i) => {
      rows.push({
        payload: label,
        bytes,
        encoder: name,
        "ops/s": Math.round(rates[i]!),
        "ours ÷ this": (ours / rates[i]!).toFixed(2),
      });
    });
  }
  console.log("Form encoder throughput (median of 5 rounds × 200 ms)");
  console.table(rows);
  if (sink === -1) console.log(sink);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
