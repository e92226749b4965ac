// Generated from openapi.yaml — do not edit.
/* eslint-disable */

/**
 * Appends the error of a check whose schema path, keyword, params and message are fixed: `issue`
 * is `[schemaPath, keyword, message]`, or `[schemaPath]` when the keyword is the last segment of
 * the schema path and the message is `__message`'s (both are then derived once, on first use: an
 * `anyOf` branch that fails on valid data runs this). `params` is a new object at every call, as
 * in ajv.
 */
function __issue(vErrors, instancePath, issue, params) {
  if (issue.length === 1) {
    const keyword = issue[0].slice(issue[0].lastIndexOf("/") + 1);
    issue.push(keyword, __message(keyword, params));
  }
  const error = {
    instancePath,
    schemaPath: issue[0],
    keyword: issue[1],
    params,
    message: issue[2],
  };
  if (vErrors === null) return [error];
  vErrors.push(error);
  return vErrors;
}

/** ajv 8's English message for the common keywords (undefined for others). */
function __message(keyword, params) {
  switch (keyword) {
    case "type":
      return `must be ${params.type}`;
    case "enum":
      return "must be equal to one of the allowed values";
    case "const":
      return "must be equal to constant";
    case "required":
      return `must have required property '${params.missingProperty}'`;
    case "maxLength":
    case "minLength":
      return `must NOT have ${keyword === "maxLength" ? "more" : "fewer"} than ${params.limit} characters`;
    case "maxItems":
    case "minItems":
      return `must NOT have ${keyword === "maxItems" ? "more" : "fewer"} than ${params.limit} items`;
    case "maxProperties":
    case "minProperties":
      return `must NOT have ${keyword === "maxProperties" ? "more" : "fewer"} than ${params.limit} properties`;
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return `must be ${params.comparison} ${params.limit}`;
    case "multipleOf":
      return `must be multiple of ${params.multipleOf}`;
    case "format":
      return `must match format "${params.format}"`;
    case "pattern":
      return `must match pattern "${params.pattern}"`;
    case "anyOf":
      return "must match a schema in anyOf";
    case "not":
      return "must NOT be valid";
    default:
      return undefined;
  }
}

/** Length of a string in Unicode code points (what JSON Schema `maxLength`/`minLength` count). */
function __ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}

/** Seconds since the Unix epoch: an integer >= 0. */
const __format_unix_time = { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 };

const schemaValue0 = ["string","null"];
const schemaValue1 = ["api_error","card_error","idempotency_error","invalid_request_error","authentication_error","permission_error","rate_limit_error"];
const schemaValue2 = [""];
const schemaValue3 = ["array","null"];
const schemaValue4 = ["integer","null"];
const schemaValue5 = ["source"];
const schemaValue6 = ["redirect","receiver","code_verification","none"];
const schemaValue7 = ["object","null"];
const schemaValue8 = ["canceled","chargeable","consumed","failed","pending"];
const schemaValue9 = ["ach_credit_transfer","ach_debit","alipay","bancontact","card","card_present","eps","giropay","ideal","klarna","multibanco","p24","sepa_debit","sofort","three_d_secure","wechat"];
const schemaValue10 = ["reusable","single_use",null];
const schemaValue11 = ["accepted","refused"];
const schemaValue12 = ["online","offline"];
const schemaValue13 = ["one_time","scheduled","variable"];
const schemaValue14 = ["email","manual","none"];
const schemaValue15 = ["email","manual"];
const schemaValue16 = ["reusable","single_use"];
const issue0 = ["#/properties/city/type"];
const issue1 = ["#/properties/country/type"];
const issue2 = ["#/properties/line1/type"];
const issue3 = ["#/properties/line2/type"];
const issue4 = ["#/properties/postal_code/type"];
const issue5 = ["#/properties/state/type"];
const issue6 = ["#/type"];
const issue7 = ["#/properties/city/type"];
const issue8 = ["#/properties/country/type"];
const issue9 = ["#/properties/line1/type"];
const issue10 = ["#/properties/line2/type"];
const issue11 = ["#/properties/postal_code/type"];
const issue12 = ["#/properties/state/type"];
const issue13 = ["#/required"];
const issue14 = ["#/properties/type/type"];
const issue15 = ["#/properties/type/enum"];
const issue16 = ["#/properties/code/type"];
const issue17 = ["#/properties/decline_code/type"];
const issue18 = ["#/properties/advice_code/type"];
const issue19 = ["#/properties/network_advice_code/type"];
const issue20 = ["#/properties/network_decline_code/type"];
const issue21 = ["#/properties/doc_url/type"];
const issue22 = ["#/properties/message/type"];
const issue23 = ["#/properties/param/type"];
const issue24 = ["#/properties/payment_method_type/type"];
const issue25 = ["#/properties/request_log_url/type"];
const issue26 = ["#/properties/charge/type"];
const issue27 = ["#/properties/payment_intent/type"];
const issue28 = ["#/properties/payment_method/type"];
const issue29 = ["#/properties/setup_intent/type"];
const issue30 = ["#/properties/source/type"];
const issue31 = ["#/type"];
const issue32 = ["#/required"];
const issue33 = ["#/anyOf/0/additionalProperties/maxLength"];
const issue34 = ["#/anyOf/0/additionalProperties/type"];
const issue35 = ["#/anyOf/0/type"];
const issue36 = ["#/anyOf/1/type"];
const issue37 = ["#/anyOf/1/enum"];
const issue38 = ["#/anyOf"];
const issue39 = ["#/components/schemas/Address/properties/city/type"];
const issue40 = ["#/components/schemas/Address/properties/country/type"];
const issue41 = ["#/components/schemas/Address/properties/line1/type"];
const issue42 = ["#/components/schemas/Address/properties/line2/type"];
const issue43 = ["#/components/schemas/Address/properties/postal_code/type"];
const issue44 = ["#/components/schemas/Address/properties/state/type"];
const issue45 = ["#/components/schemas/Address/type"];
const issue46 = ["#/properties/carrier/type"];
const issue47 = ["#/properties/name/type"];
const issue48 = ["#/properties/phone/type"];
const issue49 = ["#/properties/tracking_number/type"];
const issue50 = ["#/required"];
const issue51 = ["#/required"];
const issue52 = ["#/required"];
const issue53 = ["#/required"];
const issue54 = ["#/required"];
const issue55 = ["#/required"];
const issue56 = ["#/required"];
const issue57 = ["#/required"];
const issue58 = ["#/properties/address/anyOf/1/type"];
const issue59 = ["#/properties/address/anyOf"];
const issue60 = ["#/properties/email/type"];
const issue61 = ["#/properties/name/type"];
const issue62 = ["#/properties/verified_address/anyOf/1/type"];
const issue63 = ["#/properties/verified_address/anyOf"];
const issue64 = ["#/properties/verified_email/type"];
const issue65 = ["#/properties/verified_name/type"];
const issue66 = ["#/properties/verified_phone/type"];
const issue67 = ["#/properties/amount/type"];
const issue68 = ["#/properties/currency/type"];
const issue69 = ["#/properties/items/type"];
const issue70 = ["#/components/schemas/SourceOrderItem/properties/amount/type"];
const issue71 = ["#/components/schemas/SourceOrderItem/properties/currency/type"];
const issue72 = ["#/components/schemas/SourceOrderItem/properties/description/type"];
const issue73 = ["#/components/schemas/SourceOrderItem/properties/parent/type"];
const issue74 = ["#/components/schemas/SourceOrderItem/properties/quantity/type"];
const issue75 = ["#/components/schemas/SourceOrderItem/properties/type/type"];
const issue76 = ["#/components/schemas/SourceOrderItem/type"];
const issue77 = ["#/required"];
const issue78 = ["#/required"];
const issue79 = ["#/required"];
const issue80 = ["#/required"];
const issue81 = ["#/required"];
const issue82 = ["#/required"];
const issue83 = ["#/required"];
const issue84 = ["#/properties/id/type"];
const issue85 = ["#/properties/object/type"];
const issue86 = ["#/properties/object/enum"];
const issue87 = ["#/properties/amount/type"];
const issue88 = ["#/properties/client_secret/type"];
const issue89 = ["#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type"];
const issue90 = ["#/components/schemas/SourceCodeVerificationFlow/properties/status/type"];
const issue91 = ["#/components/schemas/SourceCodeVerificationFlow/type"];
const issue92 = ["#/properties/code_verification/anyOf/1/type"];
const issue93 = ["#/properties/code_verification/anyOf"];
const issue94 = ["#/properties/created/type"];
const issue95 = ["#/properties/created/format"];
const issue96 = ["#/properties/currency/type"];
const issue97 = ["#/properties/customer/type"];
const issue98 = ["#/properties/flow/type"];
const issue99 = ["#/properties/flow/enum"];
const issue100 = ["#/properties/livemode/type"];
const issue101 = ["#/properties/metadata/type"];
const issue102 = ["#/properties/metadata/additionalProperties/type"];
const issue103 = ["#/properties/owner/anyOf/1/type"];
const issue104 = ["#/properties/owner/anyOf"];
const issue105 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue106 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue107 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue108 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue109 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue110 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue111 = ["#/components/schemas/SourceReceiverFlow/properties/address/type"];
const issue112 = ["#/components/schemas/SourceReceiverFlow/properties/amount_charged/type"];
const issue113 = ["#/components/schemas/SourceReceiverFlow/properties/amount_received/type"];
const issue114 = ["#/components/schemas/SourceReceiverFlow/properties/amount_returned/type"];
const issue115 = ["#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type"];
const issue116 = ["#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type"];
const issue117 = ["#/components/schemas/SourceReceiverFlow/type"];
const issue118 = ["#/properties/receiver/anyOf/1/type"];
const issue119 = ["#/properties/receiver/anyOf"];
const issue120 = ["#/properties/redaction/type"];
const issue121 = ["#/components/schemas/SourceRedirectFlow/properties/failure_reason/type"];
const issue122 = ["#/components/schemas/SourceRedirectFlow/properties/return_url/type"];
const issue123 = ["#/components/schemas/SourceRedirectFlow/properties/status/type"];
const issue124 = ["#/components/schemas/SourceRedirectFlow/properties/url/type"];
const issue125 = ["#/components/schemas/SourceRedirectFlow/type"];
const issue126 = ["#/properties/redirect/anyOf/1/type"];
const issue127 = ["#/properties/redirect/anyOf"];
const issue128 = ["#/properties/source_order/anyOf/1/type"];
const issue129 = ["#/properties/source_order/anyOf"];
const issue130 = ["#/properties/statement_descriptor/type"];
const issue131 = ["#/properties/status/type"];
const issue132 = ["#/properties/status/enum"];
const issue133 = ["#/properties/type/enum"];
const issue134 = ["#/properties/usage/type"];
const issue135 = ["#/properties/usage/enum"];
const issue136 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type"];
const issue137 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type"];
const issue138 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type"];
const issue139 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type"];
const issue140 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type"];
const issue141 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type"];
const issue142 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type"];
const issue143 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type"];
const issue144 = ["#/components/schemas/SourceTypeAchCreditTransfer/type"];
const issue145 = ["#/components/schemas/SourceTypeDetails/type"];
const issue146 = ["#/properties/attempts_remaining/type"];
const issue147 = ["#/properties/acceptance/required"];
const issue148 = ["#/properties/acceptance/required"];
const issue149 = ["#/properties/acceptance/properties/status/type"];
const issue150 = ["#/properties/acceptance/properties/status/enum"];
const issue151 = ["#/properties/acceptance/properties/date/type"];
const issue152 = ["#/properties/acceptance/properties/date/format"];
const issue153 = ["#/properties/acceptance/properties/ip/type"];
const issue154 = ["#/properties/acceptance/properties/offline/required"];
const issue155 = ["#/properties/acceptance/properties/offline/properties/contact_email/type"];
const issue156 = ["#/properties/acceptance/properties/offline/type"];
const issue157 = ["#/properties/acceptance/properties/online/required"];
const issue158 = ["#/properties/acceptance/properties/online/required"];
const issue159 = ["#/properties/acceptance/properties/online/required"];
const issue160 = ["#/properties/acceptance/properties/online/properties/date/type"];
const issue161 = ["#/properties/acceptance/properties/online/properties/date/format"];
const issue162 = ["#/properties/acceptance/properties/online/properties/ip/type"];
const issue163 = ["#/properties/acceptance/properties/online/properties/user_agent/type"];
const issue164 = ["#/properties/acceptance/properties/online/type"];
const issue165 = ["#/properties/acceptance/properties/type/type"];
const issue166 = ["#/properties/acceptance/properties/type/enum"];
const issue167 = ["#/properties/acceptance/properties/user_agent/type"];
const issue168 = ["#/properties/acceptance/type"];
const issue169 = ["#/properties/amount/anyOf/0/type"];
const issue170 = ["#/properties/amount/anyOf/1/type"];
const issue171 = ["#/properties/amount/anyOf/1/enum"];
const issue172 = ["#/properties/amount/anyOf"];
const issue173 = ["#/properties/interval/type"];
const issue174 = ["#/properties/interval/enum"];
const issue175 = ["#/properties/notification_method/type"];
const issue176 = ["#/properties/notification_method/enum"];
const issue177 = ["#/properties/description/type"];
const issue178 = ["#/properties/parent/type"];
const issue179 = ["#/properties/quantity/type"];
const issue180 = ["#/properties/type/type"];
const issue181 = ["#/properties/items/items/properties/parent/type"];
const issue182 = ["#/properties/items/items/properties/quantity/type"];
const issue183 = ["#/properties/items/items/type"];
const issue184 = ["#/properties/items/type"];
const issue185 = ["#/properties/shipping/required"];
const issue186 = ["#/properties/shipping/properties/address/required"];
const issue187 = ["#/properties/shipping/properties/address/properties/line1/type"];
const issue188 = ["#/properties/shipping/properties/address/properties/city/type"];
const issue189 = ["#/properties/shipping/properties/address/properties/country/type"];
const issue190 = ["#/properties/shipping/properties/address/properties/line2/type"];
const issue191 = ["#/properties/shipping/properties/address/properties/postal_code/type"];
const issue192 = ["#/properties/shipping/properties/address/properties/state/type"];
const issue193 = ["#/properties/shipping/properties/address/type"];
const issue194 = ["#/properties/shipping/properties/carrier/type"];
const issue195 = ["#/properties/shipping/properties/name/type"];
const issue196 = ["#/properties/shipping/properties/phone/type"];
const issue197 = ["#/properties/shipping/properties/tracking_number/type"];
const issue198 = ["#/properties/shipping/type"];
const issue199 = ["#/components/schemas/AddressParams/properties/city/type"];
const issue200 = ["#/components/schemas/AddressParams/properties/country/type"];
const issue201 = ["#/components/schemas/AddressParams/properties/line1/type"];
const issue202 = ["#/components/schemas/AddressParams/properties/line2/type"];
const issue203 = ["#/components/schemas/AddressParams/properties/postal_code/type"];
const issue204 = ["#/components/schemas/AddressParams/properties/state/type"];
const issue205 = ["#/components/schemas/AddressParams/type"];
const issue206 = ["#/properties/email/type"];
const issue207 = ["#/properties/phone/type"];
const issue208 = ["#/required"];
const issue209 = ["#/required"];
const issue210 = ["#/required"];
const issue211 = ["#/required"];
const issue212 = ["#/required"];
const issue213 = ["#/properties/address/type"];
const issue214 = ["#/properties/amount_charged/type"];
const issue215 = ["#/properties/amount_received/type"];
const issue216 = ["#/properties/amount_returned/type"];
const issue217 = ["#/properties/refund_attributes_method/type"];
const issue218 = ["#/properties/refund_attributes_status/type"];
const issue219 = ["#/properties/failure_reason/type"];
const issue220 = ["#/properties/return_url/type"];
const issue221 = ["#/properties/url/type"];
const issue222 = ["#/properties/account_number/type"];
const issue223 = ["#/properties/bank_name/type"];
const issue224 = ["#/properties/fingerprint/type"];
const issue225 = ["#/properties/refund_account_holder_name/type"];
const issue226 = ["#/properties/refund_account_holder_type/type"];
const issue227 = ["#/properties/refund_routing_number/type"];
const issue228 = ["#/properties/routing_number/type"];
const issue229 = ["#/properties/swift_code/type"];
const issue230 = ["#/required"];
const issue231 = ["#/properties/source/type"];
const issue232 = ["#/x-emitted-shared/0/anyOf/0/additionalProperties/maxLength"];
const issue233 = ["#/x-emitted-shared/0/anyOf/0/additionalProperties/type"];
const issue234 = ["#/x-emitted-shared/0/anyOf/0/type"];
const issue235 = ["#/x-emitted-shared/0/anyOf/1/type"];
const issue236 = ["#/x-emitted-shared/0/anyOf/1/enum"];
const issue237 = ["#/x-emitted-shared/0/anyOf"];
const issue238 = ["doc#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type"];
const issue239 = ["doc#/components/schemas/SourceCodeVerificationFlow/properties/status/type"];
const issue240 = ["doc#/components/schemas/SourceCodeVerificationFlow/type"];
const issue241 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue242 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue243 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue244 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue245 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue246 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue247 = ["doc#/components/schemas/SourceReceiverFlow/properties/address/type"];
const issue248 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_charged/type"];
const issue249 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_received/type"];
const issue250 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_returned/type"];
const issue251 = ["doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type"];
const issue252 = ["doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type"];
const issue253 = ["doc#/components/schemas/SourceReceiverFlow/type"];
const issue254 = ["doc#/components/schemas/SourceRedirectFlow/properties/failure_reason/type"];
const issue255 = ["doc#/components/schemas/SourceRedirectFlow/properties/return_url/type"];
const issue256 = ["doc#/components/schemas/SourceRedirectFlow/properties/status/type"];
const issue257 = ["doc#/components/schemas/SourceRedirectFlow/properties/url/type"];
const issue258 = ["doc#/components/schemas/SourceRedirectFlow/type"];
const issue259 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type"];
const issue260 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type"];
const issue261 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type"];
const issue262 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type"];
const issue263 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type"];
const issue264 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type"];
const issue265 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type"];
const issue266 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type"];
const issue267 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/type"];
const issue268 = ["doc#/components/schemas/SourceTypeDetails/type"];
const issue269 = ["#/allOf/0/anyOf/0/required"];
const issue270 = ["#/allOf/0/anyOf/1/required"];
const issue271 = ["#/allOf/0/anyOf/1/required"];
const issue272 = ["#/allOf/0/anyOf"];
const issue273 = ["#/properties/customer/type"];
const issue274 = ["#/properties/original_source/type"];
const issue275 = ["#/components/schemas/Currency/type"];
const issue276 = ["#/properties/receiver/properties/refund_attributes_method/type"];
const issue277 = ["#/properties/receiver/properties/refund_attributes_method/enum"];
const issue278 = ["#/properties/receiver/type"];
const issue279 = ["#/properties/redirect/required"];
const issue280 = ["#/properties/redirect/properties/return_url/type"];
const issue281 = ["#/properties/redirect/type"];
const issue282 = ["#/properties/statement_descriptor/type"];
const issue283 = ["#/properties/token/type"];
const issue284 = ["#/properties/usage/type"];
const issue285 = ["#/properties/usage/enum"];
export const validateAddress = validate2;

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
let data0 = data.city;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/city", issue0, {type: schemaValue0});
errors++;
}
}
if(data.country !== undefined){
let data1 = data.country;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/country", issue1, {type: schemaValue0});
errors++;
}
}
if(data.line1 !== undefined){
let data2 = data.line1;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/line1", issue2, {type: schemaValue0});
errors++;
}
}
if(data.line2 !== undefined){
let data3 = data.line2;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/line2", issue3, {type: schemaValue0});
errors++;
}
}
if(data.postal_code !== undefined){
let data4 = data.postal_code;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/postal_code", issue4, {type: schemaValue0});
errors++;
}
}
if(data.state !== undefined){
let data5 = data.state;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/state", issue5, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateAddressParams = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
if(typeof data.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/city", issue7, {type: "string"});
errors++;
}
}
if(data.country !== undefined){
if(typeof data.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/country", issue8, {type: "string"});
errors++;
}
}
if(data.line1 !== undefined){
if(typeof data.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/line1", issue9, {type: "string"});
errors++;
}
}
if(data.line2 !== undefined){
if(typeof data.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/line2", issue10, {type: "string"});
errors++;
}
}
if(data.postal_code !== undefined){
if(typeof data.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/postal_code", issue11, {type: "string"});
errors++;
}
}
if(data.state !== undefined){
if(typeof data.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/state", issue12, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validateApiError2 = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
if(!(((((((data0 === "api_error") || (data0 === "card_error")) || (data0 === "idempotency_error")) || (data0 === "invalid_request_error")) || (data0 === "authentication_error")) || (data0 === "permission_error")) || (data0 === "rate_limit_error"))){
vErrors = __issue(vErrors, instancePath+"/type", issue15, {allowedValues: schemaValue1});
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
vErrors = __issue(vErrors, instancePath+"/code", issue16, {type: "string"});
errors++;
}
}
if(data.decline_code !== undefined){
if(typeof data.decline_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/decline_code", issue17, {type: "string"});
errors++;
}
}
if(data.advice_code !== undefined){
if(typeof data.advice_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/advice_code", issue18, {type: "string"});
errors++;
}
}
if(data.network_advice_code !== undefined){
if(typeof data.network_advice_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/network_advice_code", issue19, {type: "string"});
errors++;
}
}
if(data.network_decline_code !== undefined){
if(typeof data.network_decline_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/network_decline_code", issue20, {type: "string"});
errors++;
}
}
if(data.doc_url !== undefined){
if(typeof data.doc_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/doc_url", issue21, {type: "string"});
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
vErrors = __issue(vErrors, instancePath+"/message", issue22, {type: "string"});
errors++;
}
}
if(data.param !== undefined){
if(typeof data.param !== "string"){
vErrors = __issue(vErrors, instancePath+"/param", issue23, {type: "string"});
errors++;
}
}
if(data.payment_method_type !== undefined){
if(typeof data.payment_method_type !== "string"){
vErrors = __issue(vErrors, instancePath+"/payment_method_type", issue24, {type: "string"});
errors++;
}
}
if(data.request_log_url !== undefined){
if(typeof data.request_log_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/request_log_url", issue25, {type: "string"});
errors++;
}
}
if(data.charge !== undefined){
if(typeof data.charge !== "string"){
vErrors = __issue(vErrors, instancePath+"/charge", issue26, {type: "string"});
errors++;
}
}
if(data.payment_intent !== undefined){
let data12 = data.payment_intent;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
vErrors = __issue(vErrors, instancePath+"/payment_intent", issue27, {type: "object"});
errors++;
}
}
if(data.payment_method !== undefined){
let data13 = data.payment_method;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
vErrors = __issue(vErrors, instancePath+"/payment_method", issue28, {type: "object"});
errors++;
}
}
if(data.setup_intent !== undefined){
let data14 = data.setup_intent;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
vErrors = __issue(vErrors, instancePath+"/setup_intent", issue29, {type: "object"});
errors++;
}
}
if(data.source !== undefined){
let data15 = data.source;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
vErrors = __issue(vErrors, instancePath+"/source", issue30, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateCurrency = validate5;

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue31, {type: "string"});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

export const validateErrorEnvelope = validate6;

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
vErrors = __issue(vErrors, instancePath, issue32, {missingProperty: "error"});
errors++;
}
if(data.error !== undefined){
if(!(validate4(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}

export const validateMetadata = validate8;

const func0 = __ucs2length;

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 === "string"){
if(func0(data0) > 500){
vErrors = __issue(vErrors, instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue33, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue34, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue35, {type: "object"});
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs6 = errors;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue36, {type: "string"});
errors++;
}
if(!(data === "")){
vErrors = __issue(vErrors, instancePath, issue37, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
vErrors = __issue(vErrors, instancePath, issue38, {});
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate8.errors = vErrors;
return errors === 0;
}

export const validateShipping = validate9;

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
let data0 = data.address;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
let data1 = data0.city;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/city", issue39, {type: schemaValue0});
errors++;
}
}
if(data0.country !== undefined){
let data2 = data0.country;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/country", issue40, {type: schemaValue0});
errors++;
}
}
if(data0.line1 !== undefined){
let data3 = data0.line1;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue41, {type: schemaValue0});
errors++;
}
}
if(data0.line2 !== undefined){
let data4 = data0.line2;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue42, {type: schemaValue0});
errors++;
}
}
if(data0.postal_code !== undefined){
let data5 = data0.postal_code;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue43, {type: schemaValue0});
errors++;
}
}
if(data0.state !== undefined){
let data6 = data0.state;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/state", issue44, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue45, {type: "object"});
errors++;
}
}
if(data.carrier !== undefined){
let data7 = data.carrier;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/carrier", issue46, {type: schemaValue0});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue47, {type: "string"});
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/phone", issue48, {type: schemaValue0});
errors++;
}
}
if(data.tracking_number !== undefined){
let data10 = data.tracking_number;
if((typeof data10 !== "string") && (data10 !== null)){
vErrors = __issue(vErrors, instancePath+"/tracking_number", issue49, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

export const validateSource = validate10;

const formats0 = __format_unix_time;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
vErrors = __issue(vErrors, instancePath, issue50, {missingProperty: "address"});
errors++;
}
if(data.email === undefined){
vErrors = __issue(vErrors, instancePath, issue51, {missingProperty: "email"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue52, {missingProperty: "name"});
errors++;
}
if(data.phone === undefined){
vErrors = __issue(vErrors, instancePath, issue53, {missingProperty: "phone"});
errors++;
}
if(data.verified_address === undefined){
vErrors = __issue(vErrors, instancePath, issue54, {missingProperty: "verified_address"});
errors++;
}
if(data.verified_email === undefined){
vErrors = __issue(vErrors, instancePath, issue55, {missingProperty: "verified_email"});
errors++;
}
if(data.verified_name === undefined){
vErrors = __issue(vErrors, instancePath, issue56, {missingProperty: "verified_name"});
errors++;
}
if(data.verified_phone === undefined){
vErrors = __issue(vErrors, instancePath, issue57, {missingProperty: "verified_phone"});
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
let data1 = data0.city;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/city", issue39, {type: schemaValue0});
errors++;
}
}
if(data0.country !== undefined){
let data2 = data0.country;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/country", issue40, {type: schemaValue0});
errors++;
}
}
if(data0.line1 !== undefined){
let data3 = data0.line1;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue41, {type: schemaValue0});
errors++;
}
}
if(data0.line2 !== undefined){
let data4 = data0.line2;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue42, {type: schemaValue0});
errors++;
}
}
if(data0.postal_code !== undefined){
let data5 = data0.postal_code;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue43, {type: schemaValue0});
errors++;
}
}
if(data0.state !== undefined){
let data6 = data0.state;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/address/state", issue44, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue45, {type: "object"});
errors++;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data0 !== null){
vErrors = __issue(vErrors, instancePath+"/address", issue58, {type: "null"});
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/address", issue59, {});
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.email !== undefined){
let data7 = data.email;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/email", issue60, {type: schemaValue0});
errors++;
}
}
if(data.name !== undefined){
let data8 = data.name;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/name", issue61, {type: schemaValue0});
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/phone", issue48, {type: schemaValue0});
errors++;
}
}
if(data.verified_address !== undefined){
let data10 = data.verified_address;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.city !== undefined){
let data11 = data10.city;
if((typeof data11 !== "string") && (data11 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/city", issue39, {type: schemaValue0});
errors++;
}
}
if(data10.country !== undefined){
let data12 = data10.country;
if((typeof data12 !== "string") && (data12 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/country", issue40, {type: schemaValue0});
errors++;
}
}
if(data10.line1 !== undefined){
let data13 = data10.line1;
if((typeof data13 !== "string") && (data13 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/line1", issue41, {type: schemaValue0});
errors++;
}
}
if(data10.line2 !== undefined){
let data14 = data10.line2;
if((typeof data14 !== "string") && (data14 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/line2", issue42, {type: schemaValue0});
errors++;
}
}
if(data10.postal_code !== undefined){
let data15 = data10.postal_code;
if((typeof data15 !== "string") && (data15 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/postal_code", issue43, {type: schemaValue0});
errors++;
}
}
if(data10.state !== undefined){
let data16 = data10.state;
if((typeof data16 !== "string") && (data16 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_address/state", issue44, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/verified_address", issue45, {type: "object"});
errors++;
}
var _valid1 = _errs28 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs43 = errors;
if(data10 !== null){
vErrors = __issue(vErrors, instancePath+"/verified_address", issue62, {type: "null"});
errors++;
}
var _valid1 = _errs43 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/verified_address", issue63, {});
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.verified_email !== undefined){
let data17 = data.verified_email;
if((typeof data17 !== "string") && (data17 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_email", issue64, {type: schemaValue0});
errors++;
}
}
if(data.verified_name !== undefined){
let data18 = data.verified_name;
if((typeof data18 !== "string") && (data18 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_name", issue65, {type: schemaValue0});
errors++;
}
}
if(data.verified_phone !== undefined){
let data19 = data.verified_phone;
if((typeof data19 !== "string") && (data19 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_phone", issue66, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue67, {type: "integer"});
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency", issue68, {type: "string"});
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/email", issue60, {type: schemaValue0});
errors++;
}
}
if(data.items !== undefined){
let data3 = data.items;
if((!(Array.isArray(data3))) && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/items", issue69, {type: schemaValue3});
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.amount !== undefined){
let data5 = data4.amount;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/amount", issue70, {type: schemaValue4});
errors++;
}
}
if(data4.currency !== undefined){
let data6 = data4.currency;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/currency", issue71, {type: schemaValue0});
errors++;
}
}
if(data4.description !== undefined){
let data7 = data4.description;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/description", issue72, {type: schemaValue0});
errors++;
}
}
if(data4.parent !== undefined){
let data8 = data4.parent;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue73, {type: schemaValue0});
errors++;
}
}
if(data4.quantity !== undefined){
let data9 = data4.quantity;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue74, {type: "integer"});
errors++;
}
}
if(data4.type !== undefined){
let data10 = data4.type;
if((typeof data10 !== "string") && (data10 !== null)){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/type", issue75, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue76, {type: "object"});
errors++;
}
}
}
}
if(data.shipping !== undefined){
if(!(validate9(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue77, {missingProperty: "id"});
errors++;
}
if(data.object === undefined){
vErrors = __issue(vErrors, instancePath, issue78, {missingProperty: "object"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue79, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue80, {missingProperty: "created"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue81, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue82, {missingProperty: "livemode"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue83, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue84, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue85, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue86, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue87, {type: schemaValue4});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue88, {type: "string"});
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.attempts_remaining !== undefined){
let data5 = data4.attempts_remaining;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
vErrors = __issue(vErrors, instancePath+"/code_verification/attempts_remaining", issue89, {type: "integer"});
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/code_verification/status", issue90, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/code_verification", issue91, {type: "object"});
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue92, {type: "null"});
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue93, {});
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.created !== undefined){
let data7 = data.created;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/created", issue94, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/created", issue95, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue96, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue97, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue98, {type: "string"});
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue99, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue100, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue101, {type: schemaValue7});
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue102, {type: "string"});
errors++;
}
}
}
}
if(data.owner !== undefined){
let data14 = data.owner;
const _errs36 = errors;
let valid5 = false;
const _errs37 = errors;
if(!(validate11(data14, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid1 = _errs37 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs38 = errors;
if(data14 !== null){
vErrors = __issue(vErrors, instancePath+"/owner", issue103, {type: "null"});
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/owner", issue104, {});
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.receiver !== undefined){
let data15 = data.receiver;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.address === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue105, {missingProperty: "address"});
errors++;
}
if(data15.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue106, {missingProperty: "amount_charged"});
errors++;
}
if(data15.amount_received === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue107, {missingProperty: "amount_received"});
errors++;
}
if(data15.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue108, {missingProperty: "amount_returned"});
errors++;
}
if(data15.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue109, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data15.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue110, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
vErrors = __issue(vErrors, instancePath+"/receiver/address", issue111, {type: schemaValue0});
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_charged", issue112, {type: "integer"});
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_received", issue113, {type: "integer"});
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_returned", issue114, {type: "integer"});
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue115, {type: "string"});
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_status", issue116, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue117, {type: "object"});
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue118, {type: "null"});
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/receiver", issue119, {});
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.redaction !== undefined){
let data22 = data.redaction;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
vErrors = __issue(vErrors, instancePath+"/redaction", issue120, {type: schemaValue7});
errors++;
}
}
if(data.redirect !== undefined){
let data23 = data.redirect;
const _errs63 = errors;
let valid9 = false;
const _errs64 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.failure_reason !== undefined){
let data24 = data23.failure_reason;
if((typeof data24 !== "string") && (data24 !== null)){
vErrors = __issue(vErrors, instancePath+"/redirect/failure_reason", issue121, {type: schemaValue0});
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/return_url", issue122, {type: "string"});
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/status", issue123, {type: "string"});
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/url", issue124, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue125, {type: "object"});
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue126, {type: "null"});
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
vErrors = __issue(vErrors, instancePath+"/redirect", issue127, {});
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.source_order !== undefined){
let data28 = data.source_order;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(!(validate13(data28, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid4 = _errs79 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs80 = errors;
if(data28 !== null){
vErrors = __issue(vErrors, instancePath+"/source_order", issue128, {type: "null"});
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
vErrors = __issue(vErrors, instancePath+"/source_order", issue129, {});
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.statement_descriptor !== undefined){
let data29 = data.statement_descriptor;
if((typeof data29 !== "string") && (data29 !== null)){
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue130, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue131, {type: "string"});
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue132, {allowedValues: schemaValue8});
errors++;
}
}
if(data.type !== undefined){
let data31 = data.type;
if(typeof data31 !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
if(!((((((((((((((((data31 === "ach_credit_transfer") || (data31 === "ach_debit")) || (data31 === "alipay")) || (data31 === "bancontact")) || (data31 === "card")) || (data31 === "card_present")) || (data31 === "eps")) || (data31 === "giropay")) || (data31 === "ideal")) || (data31 === "klarna")) || (data31 === "multibanco")) || (data31 === "p24")) || (data31 === "sepa_debit")) || (data31 === "sofort")) || (data31 === "three_d_secure")) || (data31 === "wechat"))){
vErrors = __issue(vErrors, instancePath+"/type", issue133, {allowedValues: schemaValue9});
errors++;
}
}
if(data.usage !== undefined){
let data32 = data.usage;
if((typeof data32 !== "string") && (data32 !== null)){
vErrors = __issue(vErrors, instancePath+"/usage", issue134, {type: schemaValue0});
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue135, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/account_number", issue136, {type: schemaValue0});
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/bank_name", issue137, {type: schemaValue0});
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/fingerprint", issue138, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_name", issue139, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_type", issue140, {type: schemaValue0});
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_routing_number", issue141, {type: schemaValue0});
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/routing_number", issue142, {type: schemaValue0});
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/swift_code", issue143, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer", issue144, {type: "object"});
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_debit", issue145, {type: "object"});
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
vErrors = __issue(vErrors, instancePath+"/alipay", issue145, {type: "object"});
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
vErrors = __issue(vErrors, instancePath+"/bancontact", issue145, {type: "object"});
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card", issue145, {type: "object"});
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card_present", issue145, {type: "object"});
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
vErrors = __issue(vErrors, instancePath+"/eps", issue145, {type: "object"});
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
vErrors = __issue(vErrors, instancePath+"/giropay", issue145, {type: "object"});
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ideal", issue145, {type: "object"});
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
vErrors = __issue(vErrors, instancePath+"/klarna", issue145, {type: "object"});
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
vErrors = __issue(vErrors, instancePath+"/multibanco", issue145, {type: "object"});
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
vErrors = __issue(vErrors, instancePath+"/p24", issue145, {type: "object"});
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sepa_debit", issue145, {type: "object"});
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sofort", issue145, {type: "object"});
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
vErrors = __issue(vErrors, instancePath+"/three_d_secure", issue145, {type: "object"});
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
vErrors = __issue(vErrors, instancePath+"/wechat", issue145, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateSourceCodeVerificationFlow = validate16;

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempts_remaining !== undefined){
let data0 = data.attempts_remaining;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/attempts_remaining", issue146, {type: "integer"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue131, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validateSourceMandateParams = validate17;

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptance !== undefined){
let data0 = data.acceptance;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue147, {missingProperty: "date"});
errors++;
}
if(data0.status === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue148, {missingProperty: "status"});
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue149, {type: "string"});
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue150, {allowedValues: schemaValue11});
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue151, {type: "integer"});
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue152, {format: "unix-time"});
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/ip", issue153, {type: "string"});
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue154, {missingProperty: "contact_email"});
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline/contact_email", issue155, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue156, {type: "object"});
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue157, {missingProperty: "date"});
errors++;
}
if(data6.ip === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue158, {missingProperty: "ip"});
errors++;
}
if(data6.user_agent === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue159, {missingProperty: "user_agent"});
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue160, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue161, {format: "unix-time"});
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/ip", issue162, {type: "string"});
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/user_agent", issue163, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue164, {type: "object"});
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue165, {type: "string"});
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue166, {allowedValues: schemaValue12});
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/user_agent", issue167, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance", issue168, {type: "object"});
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue169, {type: "integer"});
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/amount", issue170, {type: "string"});
errors++;
}
if(!(data12 === "")){
vErrors = __issue(vErrors, instancePath+"/amount", issue171, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/amount", issue172, {});
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency", issue68, {type: "string"});
errors++;
}
}
if(data.interval !== undefined){
let data14 = data.interval;
if(typeof data14 !== "string"){
vErrors = __issue(vErrors, instancePath+"/interval", issue173, {type: "string"});
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
vErrors = __issue(vErrors, instancePath+"/interval", issue174, {allowedValues: schemaValue13});
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue175, {type: "string"});
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue176, {allowedValues: schemaValue14});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const validateSourceOrder = validate13;

export const validateSourceOrderItem = validate18;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue87, {type: schemaValue4});
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue96, {type: schemaValue0});
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/description", issue177, {type: schemaValue0});
errors++;
}
}
if(data.parent !== undefined){
let data3 = data.parent;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/parent", issue178, {type: schemaValue0});
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
vErrors = __issue(vErrors, instancePath+"/quantity", issue179, {type: "integer"});
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/type", issue180, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validateSourceOrderParams = validate19;

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.parent !== undefined){
if(typeof data1.parent !== "string"){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue181, {type: "string"});
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue182, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue183, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue184, {type: "array"});
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping", issue185, {missingProperty: "address"});
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue186, {missingProperty: "line1"});
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line1", issue187, {type: "string"});
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/city", issue188, {type: "string"});
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/country", issue189, {type: "string"});
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line2", issue190, {type: "string"});
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/postal_code", issue191, {type: "string"});
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/state", issue192, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue193, {type: "object"});
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/carrier", issue194, {type: "string"});
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/name", issue195, {type: "string"});
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/phone", issue196, {type: "string"});
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/tracking_number", issue197, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping", issue198, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const validateSourceOwner = validate11;

export const validateSourceOwnerParams = validate20;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
let data0 = data.address;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
if(typeof data0.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/city", issue199, {type: "string"});
errors++;
}
}
if(data0.country !== undefined){
if(typeof data0.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/country", issue200, {type: "string"});
errors++;
}
}
if(data0.line1 !== undefined){
if(typeof data0.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue201, {type: "string"});
errors++;
}
}
if(data0.line2 !== undefined){
if(typeof data0.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue202, {type: "string"});
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue203, {type: "string"});
errors++;
}
}
if(data0.state !== undefined){
if(typeof data0.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/state", issue204, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue205, {type: "object"});
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
vErrors = __issue(vErrors, instancePath+"/email", issue206, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue47, {type: "string"});
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/phone", issue207, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validateSourceReceiverFlow = validate21;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
vErrors = __issue(vErrors, instancePath, issue50, {missingProperty: "address"});
errors++;
}
if(data.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath, issue208, {missingProperty: "amount_charged"});
errors++;
}
if(data.amount_received === undefined){
vErrors = __issue(vErrors, instancePath, issue209, {missingProperty: "amount_received"});
errors++;
}
if(data.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath, issue210, {missingProperty: "amount_returned"});
errors++;
}
if(data.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath, issue211, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath, issue212, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/address", issue213, {type: schemaValue0});
errors++;
}
}
if(data.amount_charged !== undefined){
let data1 = data.amount_charged;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount_charged", issue214, {type: "integer"});
errors++;
}
}
if(data.amount_received !== undefined){
let data2 = data.amount_received;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/amount_received", issue215, {type: "integer"});
errors++;
}
}
if(data.amount_returned !== undefined){
let data3 = data.amount_returned;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/amount_returned", issue216, {type: "integer"});
errors++;
}
}
if(data.refund_attributes_method !== undefined){
if(typeof data.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_method", issue217, {type: "string"});
errors++;
}
}
if(data.refund_attributes_status !== undefined){
if(typeof data.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_status", issue218, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateSourceRedirectFlow = validate22;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_reason !== undefined){
let data0 = data.failure_reason;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/failure_reason", issue219, {type: schemaValue0});
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/return_url", issue220, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue131, {type: "string"});
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/url", issue221, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const validateSourceTypeAchCreditTransfer = validate23;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_number !== undefined){
let data0 = data.account_number;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/account_number", issue222, {type: schemaValue0});
errors++;
}
}
if(data.bank_name !== undefined){
let data1 = data.bank_name;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/bank_name", issue223, {type: schemaValue0});
errors++;
}
}
if(data.fingerprint !== undefined){
let data2 = data.fingerprint;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/fingerprint", issue224, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_name !== undefined){
let data3 = data.refund_account_holder_name;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_name", issue225, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_type !== undefined){
let data4 = data.refund_account_holder_type;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_type", issue226, {type: schemaValue0});
errors++;
}
}
if(data.refund_routing_number !== undefined){
let data5 = data.refund_routing_number;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_routing_number", issue227, {type: schemaValue0});
errors++;
}
}
if(data.routing_number !== undefined){
let data6 = data.routing_number;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/routing_number", issue228, {type: schemaValue0});
errors++;
}
}
if(data.swift_code !== undefined){
let data7 = data.swift_code;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/swift_code", issue229, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const validateSourceTypeDetails = validate24;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceRequest = validate25;

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
vErrors = __issue(vErrors, instancePath, issue230, {missingProperty: "source"});
errors++;
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
vErrors = __issue(vErrors, instancePath+"/source", issue231, {type: "string"});
errors++;
}
}
if(data.metadata !== undefined){
let data1 = data.metadata;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
let data2 = data1[key0];
if(typeof data2 === "string"){
if(func0(data2) > 500){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue232, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue233, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue234, {type: "object"});
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs11 = errors;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata", issue235, {type: "string"});
errors++;
}
if(!(data1 === "")){
vErrors = __issue(vErrors, instancePath+"/metadata", issue236, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
vErrors = __issue(vErrors, instancePath+"/metadata", issue237, {});
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponse200 = validate26;

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue77, {missingProperty: "id"});
errors++;
}
if(data.object === undefined){
vErrors = __issue(vErrors, instancePath, issue78, {missingProperty: "object"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue79, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue80, {missingProperty: "created"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue81, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue82, {missingProperty: "livemode"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue83, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue84, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue85, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue86, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue87, {type: schemaValue4});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue88, {type: "string"});
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.attempts_remaining !== undefined){
let data5 = data4.attempts_remaining;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
vErrors = __issue(vErrors, instancePath+"/code_verification/attempts_remaining", issue238, {type: "integer"});
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/code_verification/status", issue239, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/code_verification", issue240, {type: "object"});
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue92, {type: "null"});
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue93, {});
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.created !== undefined){
let data7 = data.created;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/created", issue94, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/created", issue95, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue96, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue97, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue98, {type: "string"});
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue99, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue100, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue101, {type: schemaValue7});
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue102, {type: "string"});
errors++;
}
}
}
}
if(data.owner !== undefined){
let data14 = data.owner;
const _errs36 = errors;
let valid5 = false;
const _errs37 = errors;
if(!(validate11(data14, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid1 = _errs37 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs38 = errors;
if(data14 !== null){
vErrors = __issue(vErrors, instancePath+"/owner", issue103, {type: "null"});
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/owner", issue104, {});
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.receiver !== undefined){
let data15 = data.receiver;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.address === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue241, {missingProperty: "address"});
errors++;
}
if(data15.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue242, {missingProperty: "amount_charged"});
errors++;
}
if(data15.amount_received === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue243, {missingProperty: "amount_received"});
errors++;
}
if(data15.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue244, {missingProperty: "amount_returned"});
errors++;
}
if(data15.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue245, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data15.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue246, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
vErrors = __issue(vErrors, instancePath+"/receiver/address", issue247, {type: schemaValue0});
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_charged", issue248, {type: "integer"});
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_received", issue249, {type: "integer"});
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_returned", issue250, {type: "integer"});
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue251, {type: "string"});
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_status", issue252, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue253, {type: "object"});
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue118, {type: "null"});
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/receiver", issue119, {});
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.redaction !== undefined){
let data22 = data.redaction;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
vErrors = __issue(vErrors, instancePath+"/redaction", issue120, {type: schemaValue7});
errors++;
}
}
if(data.redirect !== undefined){
let data23 = data.redirect;
const _errs63 = errors;
let valid9 = false;
const _errs64 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.failure_reason !== undefined){
let data24 = data23.failure_reason;
if((typeof data24 !== "string") && (data24 !== null)){
vErrors = __issue(vErrors, instancePath+"/redirect/failure_reason", issue254, {type: schemaValue0});
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/return_url", issue255, {type: "string"});
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/status", issue256, {type: "string"});
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/url", issue257, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue258, {type: "object"});
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue126, {type: "null"});
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
vErrors = __issue(vErrors, instancePath+"/redirect", issue127, {});
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.source_order !== undefined){
let data28 = data.source_order;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(!(validate13(data28, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid4 = _errs79 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs80 = errors;
if(data28 !== null){
vErrors = __issue(vErrors, instancePath+"/source_order", issue128, {type: "null"});
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
vErrors = __issue(vErrors, instancePath+"/source_order", issue129, {});
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.statement_descriptor !== undefined){
let data29 = data.statement_descriptor;
if((typeof data29 !== "string") && (data29 !== null)){
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue130, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue131, {type: "string"});
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue132, {allowedValues: schemaValue8});
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
}
if(data.usage !== undefined){
let data32 = data.usage;
if((typeof data32 !== "string") && (data32 !== null)){
vErrors = __issue(vErrors, instancePath+"/usage", issue134, {type: schemaValue0});
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue135, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/account_number", issue259, {type: schemaValue0});
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/bank_name", issue260, {type: schemaValue0});
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/fingerprint", issue261, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_name", issue262, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_type", issue263, {type: schemaValue0});
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_routing_number", issue264, {type: schemaValue0});
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/routing_number", issue265, {type: schemaValue0});
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/swift_code", issue266, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer", issue267, {type: "object"});
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_debit", issue268, {type: "object"});
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
vErrors = __issue(vErrors, instancePath+"/alipay", issue268, {type: "object"});
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
vErrors = __issue(vErrors, instancePath+"/bancontact", issue268, {type: "object"});
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card", issue268, {type: "object"});
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card_present", issue268, {type: "object"});
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
vErrors = __issue(vErrors, instancePath+"/eps", issue268, {type: "object"});
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
vErrors = __issue(vErrors, instancePath+"/giropay", issue268, {type: "object"});
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ideal", issue268, {type: "object"});
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
vErrors = __issue(vErrors, instancePath+"/klarna", issue268, {type: "object"});
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
vErrors = __issue(vErrors, instancePath+"/multibanco", issue268, {type: "object"});
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
vErrors = __issue(vErrors, instancePath+"/p24", issue268, {type: "object"});
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sepa_debit", issue268, {type: "object"});
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sofort", issue268, {type: "object"});
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
vErrors = __issue(vErrors, instancePath+"/three_d_secure", issue268, {type: "object"});
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
vErrors = __issue(vErrors, instancePath+"/wechat", issue268, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponseDefault = validate29;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
vErrors = __issue(vErrors, instancePath+"/code", issue16, {type: "string"});
errors++;
}
}
if(data.decline_code !== undefined){
if(typeof data.decline_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/decline_code", issue17, {type: "string"});
errors++;
}
}
if(data.advice_code !== undefined){
if(typeof data.advice_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/advice_code", issue18, {type: "string"});
errors++;
}
}
if(data.network_advice_code !== undefined){
if(typeof data.network_advice_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/network_advice_code", issue19, {type: "string"});
errors++;
}
}
if(data.network_decline_code !== undefined){
if(typeof data.network_decline_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/network_decline_code", issue20, {type: "string"});
errors++;
}
}
if(data.doc_url !== undefined){
if(typeof data.doc_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/doc_url", issue21, {type: "string"});
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
vErrors = __issue(vErrors, instancePath+"/message", issue22, {type: "string"});
errors++;
}
}
if(data.param !== undefined){
if(typeof data.param !== "string"){
vErrors = __issue(vErrors, instancePath+"/param", issue23, {type: "string"});
errors++;
}
}
if(data.payment_method_type !== undefined){
if(typeof data.payment_method_type !== "string"){
vErrors = __issue(vErrors, instancePath+"/payment_method_type", issue24, {type: "string"});
errors++;
}
}
if(data.request_log_url !== undefined){
if(typeof data.request_log_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/request_log_url", issue25, {type: "string"});
errors++;
}
}
if(data.charge !== undefined){
if(typeof data.charge !== "string"){
vErrors = __issue(vErrors, instancePath+"/charge", issue26, {type: "string"});
errors++;
}
}
if(data.payment_intent !== undefined){
let data12 = data.payment_intent;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
vErrors = __issue(vErrors, instancePath+"/payment_intent", issue27, {type: "object"});
errors++;
}
}
if(data.payment_method !== undefined){
let data13 = data.payment_method;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
vErrors = __issue(vErrors, instancePath+"/payment_method", issue28, {type: "object"});
errors++;
}
}
if(data.setup_intent !== undefined){
let data14 = data.setup_intent;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
vErrors = __issue(vErrors, instancePath+"/setup_intent", issue29, {type: "object"});
errors++;
}
}
if(data.source !== undefined){
let data15 = data.source;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
vErrors = __issue(vErrors, instancePath+"/source", issue30, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
vErrors = __issue(vErrors, instancePath, issue32, {missingProperty: "error"});
errors++;
}
if(data.error !== undefined){
if(!(validate30(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

export const validateDetachSourceRequest = validate32;

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const validateCreateSourceRequest = validate33;

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptance !== undefined){
let data0 = data.acceptance;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue147, {missingProperty: "date"});
errors++;
}
if(data0.status === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue148, {missingProperty: "status"});
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue149, {type: "string"});
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue150, {allowedValues: schemaValue11});
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue151, {type: "integer"});
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue152, {format: "unix-time"});
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/ip", issue153, {type: "string"});
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue154, {missingProperty: "contact_email"});
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline/contact_email", issue155, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue156, {type: "object"});
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue157, {missingProperty: "date"});
errors++;
}
if(data6.ip === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue158, {missingProperty: "ip"});
errors++;
}
if(data6.user_agent === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue159, {missingProperty: "user_agent"});
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue160, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue161, {format: "unix-time"});
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/ip", issue162, {type: "string"});
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/user_agent", issue163, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue164, {type: "object"});
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue165, {type: "string"});
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue166, {allowedValues: schemaValue12});
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/user_agent", issue167, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance", issue168, {type: "object"});
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue169, {type: "integer"});
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/amount", issue170, {type: "string"});
errors++;
}
if(!(data12 === "")){
vErrors = __issue(vErrors, instancePath+"/amount", issue171, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/amount", issue172, {});
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency", issue68, {type: "string"});
errors++;
}
}
if(data.interval !== undefined){
let data14 = data.interval;
if(typeof data14 !== "string"){
vErrors = __issue(vErrors, instancePath+"/interval", issue173, {type: "string"});
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
vErrors = __issue(vErrors, instancePath+"/interval", issue174, {allowedValues: schemaValue13});
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue175, {type: "string"});
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue176, {allowedValues: schemaValue14});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
let data0 = data.address;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
if(typeof data0.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/city", issue199, {type: "string"});
errors++;
}
}
if(data0.country !== undefined){
if(typeof data0.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/country", issue200, {type: "string"});
errors++;
}
}
if(data0.line1 !== undefined){
if(typeof data0.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue201, {type: "string"});
errors++;
}
}
if(data0.line2 !== undefined){
if(typeof data0.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue202, {type: "string"});
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue203, {type: "string"});
errors++;
}
}
if(data0.state !== undefined){
if(typeof data0.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/state", issue204, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue205, {type: "object"});
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
vErrors = __issue(vErrors, instancePath+"/email", issue206, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue47, {type: "string"});
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/phone", issue207, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.parent !== undefined){
if(typeof data1.parent !== "string"){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue181, {type: "string"});
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue182, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue183, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue184, {type: "array"});
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping", issue185, {missingProperty: "address"});
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue186, {missingProperty: "line1"});
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line1", issue187, {type: "string"});
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/city", issue188, {type: "string"});
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/country", issue189, {type: "string"});
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line2", issue190, {type: "string"});
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/postal_code", issue191, {type: "string"});
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/state", issue192, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue193, {type: "object"});
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/carrier", issue194, {type: "string"});
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/name", issue195, {type: "string"});
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/phone", issue196, {type: "string"});
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/tracking_number", issue197, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping", issue198, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue269, {missingProperty: "type"});
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer === undefined){
vErrors = __issue(vErrors, instancePath, issue270, {missingProperty: "customer"});
errors++;
}
if(data.original_source === undefined){
vErrors = __issue(vErrors, instancePath, issue271, {missingProperty: "original_source"});
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath, issue272, {});
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
}
if(data.customer !== undefined){
if(typeof data.customer !== "string"){
vErrors = __issue(vErrors, instancePath+"/customer", issue273, {type: "string"});
errors++;
}
}
if(data.original_source !== undefined){
if(typeof data.original_source !== "string"){
vErrors = __issue(vErrors, instancePath+"/original_source", issue274, {type: "string"});
errors++;
}
}
if(data.amount !== undefined){
let data3 = data.amount;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue67, {type: "integer"});
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency", issue275, {type: "string"});
errors++;
}
}
if(data.flow !== undefined){
let data5 = data.flow;
if(typeof data5 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue98, {type: "string"});
errors++;
}
if(!((((data5 === "redirect") || (data5 === "receiver")) || (data5 === "code_verification")) || (data5 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue99, {allowedValues: schemaValue6});
errors++;
}
}
if(data.mandate !== undefined){
if(!(validate34(data.mandate, {instancePath:instancePath+"/mandate",parentData:data,parentDataProperty:"mandate",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
let data7 = data.metadata;
const _errs21 = errors;
let valid5 = false;
const _errs22 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
let data8 = data7[key0];
if(typeof data8 === "string"){
if(func0(data8) > 500){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue232, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue233, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue234, {type: "object"});
errors++;
}
var _valid1 = _errs22 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs27 = errors;
if(typeof data7 !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata", issue235, {type: "string"});
errors++;
}
if(!(data7 === "")){
vErrors = __issue(vErrors, instancePath+"/metadata", issue236, {allowedValues: schemaValue2});
errors++;
}
var _valid1 = _errs27 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/metadata", issue237, {});
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
if(!(validate36(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.receiver !== undefined){
let data10 = data.receiver;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.refund_attributes_method !== undefined){
let data11 = data10.refund_attributes_method;
if(typeof data11 !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue276, {type: "string"});
errors++;
}
if(!((data11 === "email") || (data11 === "manual"))){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue277, {allowedValues: schemaValue15});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue278, {type: "object"});
errors++;
}
}
if(data.redirect !== undefined){
let data12 = data.redirect;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.return_url === undefined){
vErrors = __issue(vErrors, instancePath+"/redirect", issue279, {missingProperty: "return_url"});
errors++;
}
if(data12.return_url !== undefined){
if(typeof data12.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/return_url", issue280, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue281, {type: "object"});
errors++;
}
}
if(data.source_order !== undefined){
if(!(validate38(data.source_order, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.statement_descriptor !== undefined){
if(typeof data.statement_descriptor !== "string"){
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue282, {type: "string"});
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
vErrors = __issue(vErrors, instancePath+"/token", issue283, {type: "string"});
errors++;
}
}
if(data.usage !== undefined){
let data17 = data.usage;
if(typeof data17 !== "string"){
vErrors = __issue(vErrors, instancePath+"/usage", issue284, {type: "string"});
errors++;
}
if(!((data17 === "reusable") || (data17 === "single_use"))){
vErrors = __issue(vErrors, instancePath+"/usage", issue285, {allowedValues: schemaValue16});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

export const validateRetrieveSourceRequest = validate40;

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue88, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

export const validateUpdateSourceRequest = validate41;

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue67, {type: "integer"});
errors++;
}
}
if(data.mandate !== undefined){
if(!(validate34(data.mandate, {instancePath:instancePath+"/mandate",parentData:data,parentDataProperty:"mandate",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
if(typeof data3 === "string"){
if(func0(data3) > 500){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue232, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue233, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue234, {type: "object"});
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs12 = errors;
if(typeof data2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata", issue235, {type: "string"});
errors++;
}
if(!(data2 === "")){
vErrors = __issue(vErrors, instancePath+"/metadata", issue236, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
vErrors = __issue(vErrors, instancePath+"/metadata", issue237, {});
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
if(!(validate36(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.source_order !== undefined){
if(!(validate38(data.source_order, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

export const validateDetachSourceResponse200 = validateAttachSourceResponse200;
export const validateDetachSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateCreateSourceResponse200 = validateAttachSourceResponse200;
export const validateCreateSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateRetrieveSourceResponse200 = validateAttachSourceResponse200;
export const validateRetrieveSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateUpdateSourceResponse200 = validateAttachSourceResponse200;
export const validateUpdateSourceResponseDefault = validateAttachSourceResponseDefault;
