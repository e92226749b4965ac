// Generated from openapi.yaml — do not edit.
import type { ApiError2Type, CreateSourceParamsReceiverRefundAttributesMethod, SourceFlow, SourceMandateParamsAcceptanceStatus, SourceMandateParamsAcceptanceType, SourceMandateParamsInterval, SourceMandateParamsNotificationMethod, SourceObject, SourceStatus, SourceType, SourceUsage } from "./enums.js";
export type { ApiError2Type, CreateSourceParamsReceiverRefundAttributesMethod, SourceFlow, SourceMandateParamsAcceptanceStatus, SourceMandateParamsAcceptanceType, SourceMandateParamsInterval, SourceMandateParamsNotificationMethod, SourceObject, SourceStatus, SourceType, SourceUsage } from "./enums.js";

export interface paths {
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a source
         * @description Creates a new source object.
         */
        post: operations["CreateSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the source.
                 * @example src_1N3lxdLkdIwHu7ixPHXy8UcI
                 */
                source: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a source
         * @description Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.
         */
        get: operations["RetrieveSource"];
        put?: never;
        /**
         * Update a source
         * @description Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
         *
         *     This request accepts the `metadata` and `owner` as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our [payment method guides](https://docs.stripe.com/sources) for more detail.
         */
        post: operations["UpdateSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the customer.
                 * @example cus_9s6XKzkNRiz8i3
                 */
                customer: components["parameters"]["CustomerPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a source
         * @description Attaches a Source object to a Customer. The source must be in a `chargeable` or `pending` state.
         */
        post: operations["AttachSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer}/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the customer.
                 * @example cus_9s6XKzkNRiz8i3
                 */
                customer: components["parameters"]["CustomerPath"];
                /**
                 * @description The identifier of the source to detach.
                 * @example src_1Nlghd2eZvKYlo2C6RFLJcv4
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a source
         * @description Detaches a Source object from a Customer. The status of a source is changed to `consumed` when it is detached and it can no longer be used to create a charge.
         */
        delete: operations["DetachSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Metadata: Metadata;
        Currency: Currency;
        AddressParams: AddressParams;
        SourceOwnerParams: SourceOwnerParams;
        SourceMandateParams: SourceMandateParams;
        SourceOrderParams: SourceOrderParams;
        Source: Source;
        SourceTypeDetails: SourceTypeDetails;
        SourceTypeAchCreditTransfer: SourceTypeAchCreditTransfer;
        SourceOwner: SourceOwner;
        Address: Address;
        SourceReceiverFlow: SourceReceiverFlow;
        SourceCodeVerificationFlow: SourceCodeVerificationFlow;
        SourceRedirectFlow: SourceRedirectFlow;
        SourceOrder: SourceOrder;
        SourceOrderItem: SourceOrderItem;
        Shipping: Shipping;
        ErrorEnvelope: ErrorEnvelope;
        ApiError: ApiError2;
        AttachSourceParams: AttachSourceParams;
        DetachSourceParams: DetachSourceParams;
        CreateSourceParams: CreateSourceParams;
        RetrieveSourceParams: RetrieveSourceParams;
        UpdateSourceParams: UpdateSourceParams;
    };
    responses: {
        /** @description An error. Stripe answers 4xx for a request that failed given the information provided (a missing parameter, a declined charge, ...) and 5xx for an error on Stripe's side, always with the error envelope. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
    };
    parameters: {
        /** @description A unique key that makes a POST request safe to retry: Stripe returns the saved result of the first request made with the same key. Supplied by the `idempotencyKey` request option. */
        IdempotencyKey: string;
        /**
         * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
         * @example 2025-04-30.preview
         */
        StripeVersion: string;
        /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
        StripeAccount: string;
        /**
         * @description The identifier of the customer.
         * @example cus_9s6XKzkNRiz8i3
         */
        CustomerPath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key that makes a POST request safe to retry: Stripe returns the saved result of the first request made with the same key. Supplied by the `idempotencyKey` request option. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
                 * @example 2025-04-30.preview
                 */
                "Stripe-Version"?: components["parameters"]["StripeVersion"];
                /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
                "Stripe-Account"?: components["parameters"]["StripeAccount"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The `type` of the source to create. Required unless `customer` and `original_source` are specified (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide) */
                    type?: string;
                    /** @description The customer that owns `original_source`, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `original_source`, `type` may be omitted. */
                    customer?: string;
                    /** @description The source to clone, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `customer`, `type` may be omitted. */
                    original_source?: string;
                    /** @description Amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources. Not supported for `receiver` type sources, where charge amount may not be specified until funds land. */
                    amount?: number;
                    currency?: Currency;
                    /** @description The authentication `flow` of the source to create. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`. It is generally inferred unless a type supports multiple flows. */
                    flow?: SourceFlow;
                    mandate?: SourceMandateParams;
                    metadata?: Metadata;
                    owner?: SourceOwnerParams;
                    /** @description Optional parameters for the receiver flow. Can be set only if the source is a receiver (`flow` is `receiver`). */
                    receiver?: {
                        /** @description The method Stripe should use to request information needed to process a refund or mispayment. Either `email` (an email is sent directly to the customer) or `manual` (a `source.refund_attributes_required` event is sent to your webhooks endpoint). Refer to each payment method's documentation to learn which refund attributes may be required. */
                        refund_attributes_method?: CreateSourceParamsReceiverRefundAttributesMethod;
                    };
                    /** @description Parameters required for the redirect flow. Required if the source is authenticated by a redirect (`flow` is `redirect`). */
                    redirect?: {
                        /** @description The URL you provide to redirect the customer back to you after they authenticated their payment. It can use your application URI scheme in the context of a mobile application. */
                        return_url: string;
                    };
                    source_order?: SourceOrderParams;
                    /** @description An arbitrary string to be displayed on your customer's statement. As an example, if your website is `RunClub` and the item you're charging for is a race ticket, you may want to specify a `statement_descriptor` of `RunClub 5K race ticket.` While many payment types will display this information, some may not display it at all. */
                    statement_descriptor?: string;
                    /** @description An optional token used to create the source. When passed, token properties will override source parameters. */
                    token?: string;
                    /** @description Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned. */
                    usage?: SourceUsage;
                } & ({
                    /** @description The `type` of the source to create. Required unless `customer` and `original_source` are specified (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide) */
                    type: string;
                } | {
                    /** @description The customer that owns `original_source`, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `original_source`, `type` may be omitted. */
                    customer: string;
                    /** @description The source to clone, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `customer`, `type` may be omitted. */
                    original_source: string;
                });
            };
        };
        responses: {
            /** @description Returns a newly created source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Source;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    RetrieveSource: {
        parameters: {
            query?: {
                /** @description The client secret of the source (`client_secret` of the Source object), for retrieval with a publishable key. */
                client_secret?: string;
            };
            header?: {
                /**
                 * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
                 * @example 2025-04-30.preview
                 */
                "Stripe-Version"?: components["parameters"]["StripeVersion"];
                /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
                "Stripe-Account"?: components["parameters"]["StripeAccount"];
            };
            path: {
                /**
                 * @description The identifier of the source.
                 * @example src_1N3lxdLkdIwHu7ixPHXy8UcI
                 */
                source: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a source if a valid identifier was provided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Source;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    UpdateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key that makes a POST request safe to retry: Stripe returns the saved result of the first request made with the same key. Supplied by the `idempotencyKey` request option. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
                 * @example 2025-04-30.preview
                 */
                "Stripe-Version"?: components["parameters"]["StripeVersion"];
                /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
                "Stripe-Account"?: components["parameters"]["StripeAccount"];
            };
            path: {
                /**
                 * @description The identifier of the source.
                 * @example src_1N3lxdLkdIwHu7ixPHXy8UcI
                 */
                source: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Amount associated with the source. */
                    amount?: number;
                    mandate?: SourceMandateParams;
                    metadata?: Metadata;
                    owner?: SourceOwnerParams;
                    source_order?: SourceOrderParams;
                };
            };
        };
        responses: {
            /** @description Returns the source object if the update succeeded. This call will raise an error if update parameters are invalid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Source;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    AttachSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key that makes a POST request safe to retry: Stripe returns the saved result of the first request made with the same key. Supplied by the `idempotencyKey` request option. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
                 * @example 2025-04-30.preview
                 */
                "Stripe-Version"?: components["parameters"]["StripeVersion"];
                /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
                "Stripe-Account"?: components["parameters"]["StripeAccount"];
            };
            path: {
                /**
                 * @description The identifier of the customer.
                 * @example cus_9s6XKzkNRiz8i3
                 */
                customer: components["parameters"]["CustomerPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The identifier of the source to be attached. */
                    source: string;
                    metadata?: Metadata;
                };
            };
        };
        responses: {
            /** @description Returns the attached Source object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Source;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    DetachSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
                 * @example 2025-04-30.preview
                 */
                "Stripe-Version"?: components["parameters"]["StripeVersion"];
                /** @description The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option. */
                "Stripe-Account"?: components["parameters"]["StripeAccount"];
            };
            path: {
                /**
                 * @description The identifier of the customer.
                 * @example cus_9s6XKzkNRiz8i3
                 */
                customer: components["parameters"]["CustomerPath"];
                /**
                 * @description The identifier of the source to detach.
                 * @example src_1Nlghd2eZvKYlo2C6RFLJcv4
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the detached Source object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Source;
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
/** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
export type Metadata = {
    [key: string]: string;
} | "";
/** Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. */
export type Currency = string;
/** Owner's address. */
export interface AddressParams {
    /** @description City, district, suburb, town, or village. */
    city?: string;
    /** @description Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
    country?: string;
    /** @description Address line 1 (e.g., street, PO Box, or company name). */
    line1?: string;
    /** @description Address line 2 (e.g., apartment, suite, unit, or building). */
    line2?: string;
    /** @description ZIP or postal code. */
    postal_code?: string;
    /** @description State, county, province, or region. */
    state?: string;
}
/** Information about the owner of the payment instrument that may be used or required by particular source types. */
export interface SourceOwnerParams {
    address?: AddressParams;
    /** @description Owner's email address. */
    email?: string;
    /** @description Owner's full name. */
    name?: string;
    /** @description Owner's phone number. */
    phone?: string;
}
/** Information about a mandate possibility attached to a source object (generally for bank debits) as well as its acceptance status. */
export interface SourceMandateParams {
    /** @description The parameters required to notify Stripe of a mandate acceptance or refusal by the customer. */
    acceptance?: {
        /** @description The status of the mandate acceptance. Either `accepted` (the mandate was accepted) or `refused` (the mandate was refused). */
        status: SourceMandateParamsAcceptanceStatus;
        /**
         * Format: unix-time
         * @description The Unix timestamp (in seconds) when the mandate was accepted or refused by the customer.
         */
        date: number;
        /** @description The IP address from which the mandate was accepted or refused by the customer. */
        ip?: string;
        /** @description The parameters required to store a mandate accepted offline. Should only be set if `mandate[type]` is `offline` */
        offline?: {
            /** @description An email to contact you with if a copy of the mandate is requested, required if `type` is `offline`. */
            contact_email: string;
        };
        /** @description The parameters required to store a mandate accepted online. Should only be set if `mandate[type]` is `online` */
        online?: {
            /**
             * Format: unix-time
             * @description The Unix timestamp (in seconds) when the mandate was accepted or refused by the customer.
             */
            date: number;
            /** @description The IP address from which the mandate was accepted or refused by the customer. */
            ip: string;
            /** @description The user agent of the browser from which the mandate was accepted or refused by the customer. */
            user_agent: string;
        };
        /** @description The type of acceptance information included with the mandate. Either `online` or `offline` */
        type?: SourceMandateParamsAcceptanceType;
        /** @description The user agent of the browser from which the mandate was accepted or refused by the customer. */
        user_agent?: string;
    };
    /** @description The amount specified by the mandate. (Leave null for a mandate covering all amounts; in a form body null is the empty string.) */
    amount?: number | "";
    /** @description The currency specified by the mandate. (Must match `currency` of the source) */
    currency?: string;
    /** @description The interval of debits permitted by the mandate. Either `one_time` (just permitting a single debit), `scheduled` (with debits on an agreed schedule or for clearly-defined events), or `variable`(for debits with any frequency) */
    interval?: SourceMandateParamsInterval;
    /** @description The method Stripe should use to notify the customer of upcoming debit instructions and/or mandate confirmation as required by the underlying debit network. Either `email` (an email is sent directly to the customer), `manual` (a `source.mandate_notification` event is sent to your webhooks endpoint and you should handle the notification) or `none` (the underlying debit network does not require any notification). */
    notification_method?: SourceMandateParamsNotificationMethod;
}
/** Information about the items and shipping associated with the source. Required for transactional credit (for example Klarna) sources before you can charge it. */
export interface SourceOrderParams {
    /** @description List of items constituting the order. */
    items?: {
        /** @description The ID of the SKU being ordered. */
        parent?: string;
        /** @description The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered. */
        quantity?: number;
    }[];
    /** @description Shipping address for the order. Required if any of the SKUs are for products that have `shippable` set to true. */
    shipping?: {
        /** @description Shipping address. */
        address: {
            /** @description Address line 1 (e.g., street, PO Box, or company name). */
            line1: string;
            /** @description City, district, suburb, town, or village. */
            city?: string;
            /** @description Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
            country?: string;
            /** @description Address line 2 (e.g., apartment, suite, unit, or building). */
            line2?: string;
            /** @description ZIP or postal code. */
            postal_code?: string;
            /** @description State, county, province, or region. */
            state?: string;
        };
        /** @description The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. */
        carrier?: string;
        /** @description Recipient name. */
        name?: string;
        /** @description Recipient phone (including extension). */
        phone?: string;
        /** @description The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas. */
        tracking_number?: string;
    };
}
/**
 * `Source` objects allow you to accept a variety of payment methods. They represent a customer's payment instrument, and can be used with the Stripe API just like a `Card` object: once chargeable, they can be charged, or can be attached to customers. Deprecated by Stripe in favour of the PaymentMethods API.
 *
 * @deprecated
 */
export interface Source {
    /** @description Unique identifier for the object. */
    id: string;
    /** @description String representing the object's type. Objects of the same type share the same value. */
    object: SourceObject;
    /** @description A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources. */
    amount?: number | null;
    /** @description The client secret of the source. Used for client-side retrieval using a publishable key. */
    client_secret: string;
    /** @description Information related to the code verification flow. Present if the source is authenticated by a verification code (`flow` is `code_verification`). */
    code_verification?: SourceCodeVerificationFlow | null;
    /**
     * Format: unix-time
     * @description Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /** @description Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources. */
    currency?: string | null;
    /** @description The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer. */
    customer?: string | null;
    /** @description The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`. */
    flow: SourceFlow;
    /** @description Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
    livemode: boolean;
    /** @description Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
    metadata?: {
        [key: string]: string;
    } | null;
    /** @description Information about the owner of the payment instrument that may be used or required by particular source types. */
    owner?: SourceOwner | null;
    /** @description Information related to the receiver flow. Present if the source is a receiver (`flow` is `receiver`). */
    receiver?: SourceReceiverFlow | null;
    /** @description Redaction details of the source, if any. */
    redaction?: {
        [key: string]: unknown;
    } | null;
    /** @description Information related to the redirect flow. Present if the source is authenticated by a redirect (`flow` is `redirect`). */
    redirect?: SourceRedirectFlow | null;
    /** @description Information about the items and shipping associated with the source. */
    source_order?: SourceOrder | null;
    /** @description Extra information about a source. This will appear on your customer's statement every time you charge the source. */
    statement_descriptor?: string | null;
    /** @description The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge. */
    status: SourceStatus;
    /** @description The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://docs.stripe.com/sources) used. */
    type: SourceType;
    /** @description Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. */
    usage?: SourceUsage | null;
    ach_credit_transfer?: SourceTypeAchCreditTransfer;
    ach_debit?: SourceTypeDetails;
    alipay?: SourceTypeDetails;
    bancontact?: SourceTypeDetails;
    card?: SourceTypeDetails;
    card_present?: SourceTypeDetails;
    eps?: SourceTypeDetails;
    giropay?: SourceTypeDetails;
    ideal?: SourceTypeDetails;
    klarna?: SourceTypeDetails;
    multibanco?: SourceTypeDetails;
    p24?: SourceTypeDetails;
    sepa_debit?: SourceTypeDetails;
    sofort?: SourceTypeDetails;
    three_d_secure?: SourceTypeDetails;
    wechat?: SourceTypeDetails;
}
/** Information specific to the payment method of the source, in the hash named after its `type` (fields depend on the payment method). */
export interface SourceTypeDetails {
    [key: string]: unknown;
}
/** Information specific to an `ach_credit_transfer` source. */
export interface SourceTypeAchCreditTransfer {
    account_number?: string | null;
    bank_name?: string | null;
    fingerprint?: string | null;
    refund_account_holder_name?: string | null;
    refund_account_holder_type?: string | null;
    refund_routing_number?: string | null;
    routing_number?: string | null;
    swift_code?: string | null;
}
/** Information about the owner of the payment instrument that may be used or required by particular source types. */
export interface SourceOwner {
    /** @description Owner's address. */
    address: Address | null;
    /** @description Owner's email address. */
    email: string | null;
    /** @description Owner's full name. */
    name: string | null;
    /** @description Owner's phone number. */
    phone: string | null;
    /** @description Verified owner's address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated. */
    verified_address: Address | null;
    /** @description Verified owner's email address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated. */
    verified_email: string | null;
    /** @description Verified owner's full name. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated. */
    verified_name: string | null;
    /** @description Verified owner's phone number (including extension). Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated. */
    verified_phone: string | null;
}
/** A postal address (every field may be null). */
export interface Address {
    /** @description City, district, suburb, town, or village. */
    city?: string | null;
    /** @description Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
    country?: string | null;
    /** @description Address line 1 (e.g., street, PO Box, or company name). */
    line1?: string | null;
    /** @description Address line 2 (e.g., apartment, suite, unit, or building). */
    line2?: string | null;
    /** @description ZIP or postal code. */
    postal_code?: string | null;
    /** @description State, county, province, or region. */
    state?: string | null;
}
/** Information related to the receiver flow. */
export interface SourceReceiverFlow {
    /** @description The address of the receiver source. This is the value that should be communicated to the customer to send their funds to. */
    address: string | null;
    /** @description The total amount that was moved to your balance. This is almost always equal to the amount charged. */
    amount_charged: number;
    /** @description The total amount received by the receiver source. */
    amount_received: number;
    /** @description The total amount that was returned to the customer. */
    amount_returned: number;
    /** @description The method Stripe uses to request information needed to process a refund or mispayment (e.g. `email`). */
    refund_attributes_method: string;
    /** @description The status of the refund attributes (e.g. `missing`). */
    refund_attributes_status: string;
}
/** Information related to the code verification flow. */
export interface SourceCodeVerificationFlow {
    /** @description The number of attempts remaining to authenticate the source object with a verification code. */
    attempts_remaining?: number;
    /** @description The status of the code verification (e.g. `pending`, `succeeded`, `failed`). */
    status?: string;
}
/** Information related to the redirect flow. */
export interface SourceRedirectFlow {
    /** @description The failure reason for the redirect, if any. */
    failure_reason?: string | null;
    /** @description The URL you provide to redirect the customer to after they authenticated their payment. */
    return_url?: string;
    /** @description The status of the redirect (e.g. `pending`, `succeeded`, `failed`). */
    status?: string;
    /** @description The URL provided to you to redirect a customer to as part of a `redirect` authentication flow. */
    url?: string;
}
/** Information about the items and shipping associated with the source. */
export interface SourceOrder {
    /** @description A positive integer in the smallest currency unit representing the total amount for the order. */
    amount?: number;
    /** @description Three-letter ISO currency code, in lowercase. */
    currency?: string;
    /** @description The email address of the customer placing the order. */
    email?: string | null;
    /** @description List of items constituting the order. */
    items?: SourceOrderItem[] | null;
    shipping?: Shipping;
}
/** An item of a source order. */
export interface SourceOrderItem {
    /** @description The amount (price) for this order item. */
    amount?: number | null;
    /** @description Three-letter ISO currency code, in lowercase. */
    currency?: string | null;
    /** @description Human-readable description for this order item. */
    description?: string | null;
    /** @description The ID of the associated object for this line item. */
    parent?: string | null;
    /** @description The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered. */
    quantity?: number;
    /** @description The type of this order item (e.g. `sku`). */
    type?: string | null;
}
/** Shipping information for the order. */
export interface Shipping {
    address?: Address;
    /** @description The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. */
    carrier?: string | null;
    /** @description Recipient name. */
    name?: string;
    /** @description Recipient phone (including extension). */
    phone?: string | null;
    /** @description The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas. */
    tracking_number?: string | null;
}
/** Every Stripe error response has this shape. */
export interface ErrorEnvelope {
    error: ApiError2;
}
/** Details of a failed request. */
export interface ApiError2 {
    /** @description The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error` (and `authentication_error`, `permission_error`, `rate_limit_error`). */
    type: ApiError2Type;
    /** @description For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported. */
    code?: string;
    /** @description For card errors resulting from a card issuer decline, a short string indicating the card issuer's reason for the decline if they provide one. */
    decline_code?: string;
    /** @description For card errors resulting from a card issuer decline, a short string indicating how to proceed with an error if a retry would be appropriate. */
    advice_code?: string;
    /** @description For card errors resulting from a card issuer decline, a 2 digit code which indicates the advice given to merchant by the card network on how to proceed with an error. */
    network_advice_code?: string;
    /** @description For card errors resulting from a card issuer decline, a brand specific 2, 3, or 4 digit code which indicates the reason the authorization failed. */
    network_decline_code?: string;
    /** @description A URL to more information about the error code reported. */
    doc_url?: string;
    /** @description A human-readable message providing more details about the error. For card errors, these messages can be shown to your users. */
    message?: string;
    /** @description If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field. */
    param?: string;
    /** @description If the error is specific to the type of payment method, the payment method type that had a problem. */
    payment_method_type?: string;
    /** @description A URL to the request log entry in your dashboard. */
    request_log_url?: string;
    /** @description For card errors, the ID of the failed charge. */
    charge?: string;
    /** @description The PaymentIntent object for errors returned on a request involving one. */
    payment_intent?: {
        [key: string]: unknown;
    };
    /** @description The PaymentMethod object for errors returned on a request involving one. */
    payment_method?: {
        [key: string]: unknown;
    };
    /** @description The SetupIntent object for errors returned on a request involving one. */
    setup_intent?: {
        [key: string]: unknown;
    };
    /** @description The source object for errors returned on a request involving a source. */
    source?: {
        [key: string]: unknown;
    };
}
export interface AttachSourceParams {
    /** @description The identifier of the source to be attached. */
    source: string;
    metadata?: Metadata;
}
export type DetachSourceParams = Record<string, never>;
export type CreateSourceParams = {
    /** @description The `type` of the source to create. Required unless `customer` and `original_source` are specified (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide) */
    type?: string;
    /** @description The customer that owns `original_source`, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `original_source`, `type` may be omitted. */
    customer?: string;
    /** @description The source to clone, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `customer`, `type` may be omitted. */
    original_source?: string;
    /** @description Amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources. Not supported for `receiver` type sources, where charge amount may not be specified until funds land. */
    amount?: number;
    currency?: Currency;
    /** @description The authentication `flow` of the source to create. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`. It is generally inferred unless a type supports multiple flows. */
    flow?: SourceFlow;
    mandate?: SourceMandateParams;
    metadata?: Metadata;
    owner?: SourceOwnerParams;
    /** @description Optional parameters for the receiver flow. Can be set only if the source is a receiver (`flow` is `receiver`). */
    receiver?: {
        /** @description The method Stripe should use to request information needed to process a refund or mispayment. Either `email` (an email is sent directly to the customer) or `manual` (a `source.refund_attributes_required` event is sent to your webhooks endpoint). Refer to each payment method's documentation to learn which refund attributes may be required. */
        refund_attributes_method?: CreateSourceParamsReceiverRefundAttributesMethod;
    };
    /** @description Parameters required for the redirect flow. Required if the source is authenticated by a redirect (`flow` is `redirect`). */
    redirect?: {
        /** @description The URL you provide to redirect the customer back to you after they authenticated their payment. It can use your application URI scheme in the context of a mobile application. */
        return_url: string;
    };
    source_order?: SourceOrderParams;
    /** @description An arbitrary string to be displayed on your customer's statement. As an example, if your website is `RunClub` and the item you're charging for is a race ticket, you may want to specify a `statement_descriptor` of `RunClub 5K race ticket.` While many payment types will display this information, some may not display it at all. */
    statement_descriptor?: string;
    /** @description An optional token used to create the source. When passed, token properties will override source parameters. */
    token?: string;
    /** @description Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned. */
    usage?: SourceUsage;
} & ({
    /** @description The `type` of the source to create. Required unless `customer` and `original_source` are specified (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide) */
    type: string;
} | {
    /** @description The customer that owns `original_source`, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `original_source`, `type` may be omitted. */
    customer: string;
    /** @description The source to clone, when cloning a card source (see the [Cloning card Sources](https://docs.stripe.com/sources/connect#cloning-card-sources) guide). With `customer`, `type` may be omitted. */
    original_source: string;
});
export interface RetrieveSourceParams {
    /** @description The client secret of the source (`client_secret` of the Source object), for retrieval with a publishable key. */
    client_secret?: string;
}
export interface UpdateSourceParams {
    /** @description Amount associated with the source. */
    amount?: number;
    mandate?: SourceMandateParams;
    metadata?: Metadata;
    owner?: SourceOwnerParams;
    source_order?: SourceOrderParams;
}

/** Successful response of POST /v1/customers/{customer}/sources. */
export type AttachSourceResponse = Source;
/** Successful response of DELETE /v1/customers/{customer}/sources/{id}. */
export type DetachSourceResponse = Source;
/** Successful response of POST /v1/sources. */
export type CreateSourceResponse = Source;
/** Successful response of GET /v1/sources/{source}. */
export type RetrieveSourceResponse = Source;
/** Successful response of POST /v1/sources/{source}. */
export type UpdateSourceResponse = Source;
