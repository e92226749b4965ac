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
const issue84 = ["#/required"];
const issue85 = ["#/required"];
const issue86 = ["#/required"];
const issue87 = ["#/required"];
const issue88 = ["#/required"];
const issue89 = ["#/required"];
const issue90 = ["#/properties/id/type"];
const issue91 = ["#/properties/object/type"];
const issue92 = ["#/properties/object/enum"];
const issue93 = ["#/properties/amount/type"];
const issue94 = ["#/properties/client_secret/type"];
const issue95 = ["#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type"];
const issue96 = ["#/components/schemas/SourceCodeVerificationFlow/properties/status/type"];
const issue97 = ["#/components/schemas/SourceCodeVerificationFlow/type"];
const issue98 = ["#/properties/code_verification/anyOf/1/type"];
const issue99 = ["#/properties/code_verification/anyOf"];
const issue100 = ["#/properties/created/type"];
const issue101 = ["#/properties/created/format"];
const issue102 = ["#/properties/currency/type"];
const issue103 = ["#/properties/customer/type"];
const issue104 = ["#/properties/flow/type"];
const issue105 = ["#/properties/flow/enum"];
const issue106 = ["#/properties/livemode/type"];
const issue107 = ["#/properties/metadata/type"];
const issue108 = ["#/properties/metadata/additionalProperties/type"];
const issue109 = ["#/properties/owner/anyOf/1/type"];
const issue110 = ["#/properties/owner/anyOf"];
const issue111 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue112 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue113 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue114 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue115 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue116 = ["#/components/schemas/SourceReceiverFlow/required"];
const issue117 = ["#/components/schemas/SourceReceiverFlow/properties/address/type"];
const issue118 = ["#/components/schemas/SourceReceiverFlow/properties/amount_charged/type"];
const issue119 = ["#/components/schemas/SourceReceiverFlow/properties/amount_received/type"];
const issue120 = ["#/components/schemas/SourceReceiverFlow/properties/amount_returned/type"];
const issue121 = ["#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type"];
const issue122 = ["#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type"];
const issue123 = ["#/components/schemas/SourceReceiverFlow/type"];
const issue124 = ["#/properties/receiver/anyOf/1/type"];
const issue125 = ["#/properties/receiver/anyOf"];
const issue126 = ["#/properties/redaction/type"];
const issue127 = ["#/components/schemas/SourceRedirectFlow/properties/failure_reason/type"];
const issue128 = ["#/components/schemas/SourceRedirectFlow/properties/return_url/type"];
const issue129 = ["#/components/schemas/SourceRedirectFlow/properties/status/type"];
const issue130 = ["#/components/schemas/SourceRedirectFlow/properties/url/type"];
const issue131 = ["#/components/schemas/SourceRedirectFlow/type"];
const issue132 = ["#/properties/redirect/anyOf/1/type"];
const issue133 = ["#/properties/redirect/anyOf"];
const issue134 = ["#/properties/source_order/anyOf/1/type"];
const issue135 = ["#/properties/source_order/anyOf"];
const issue136 = ["#/properties/statement_descriptor/type"];
const issue137 = ["#/properties/status/type"];
const issue138 = ["#/properties/status/enum"];
const issue139 = ["#/properties/type/enum"];
const issue140 = ["#/properties/usage/type"];
const issue141 = ["#/properties/usage/enum"];
const issue142 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type"];
const issue143 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type"];
const issue144 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type"];
const issue145 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type"];
const issue146 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type"];
const issue147 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type"];
const issue148 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type"];
const issue149 = ["#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type"];
const issue150 = ["#/components/schemas/SourceTypeAchCreditTransfer/type"];
const issue151 = ["#/components/schemas/SourceTypeDetails/type"];
const issue152 = ["#/properties/attempts_remaining/type"];
const issue153 = ["#/properties/acceptance/required"];
const issue154 = ["#/properties/acceptance/required"];
const issue155 = ["#/properties/acceptance/properties/status/type"];
const issue156 = ["#/properties/acceptance/properties/status/enum"];
const issue157 = ["#/properties/acceptance/properties/date/type"];
const issue158 = ["#/properties/acceptance/properties/date/format"];
const issue159 = ["#/properties/acceptance/properties/ip/type"];
const issue160 = ["#/properties/acceptance/properties/offline/required"];
const issue161 = ["#/properties/acceptance/properties/offline/properties/contact_email/type"];
const issue162 = ["#/properties/acceptance/properties/offline/type"];
const issue163 = ["#/properties/acceptance/properties/online/required"];
const issue164 = ["#/properties/acceptance/properties/online/required"];
const issue165 = ["#/properties/acceptance/properties/online/required"];
const issue166 = ["#/properties/acceptance/properties/online/properties/date/type"];
const issue167 = ["#/properties/acceptance/properties/online/properties/date/format"];
const issue168 = ["#/properties/acceptance/properties/online/properties/ip/type"];
const issue169 = ["#/properties/acceptance/properties/online/properties/user_agent/type"];
const issue170 = ["#/properties/acceptance/properties/online/type"];
const issue171 = ["#/properties/acceptance/properties/type/type"];
const issue172 = ["#/properties/acceptance/properties/type/enum"];
const issue173 = ["#/properties/acceptance/properties/user_agent/type"];
const issue174 = ["#/properties/acceptance/type"];
const issue175 = ["#/properties/amount/anyOf/0/type"];
const issue176 = ["#/properties/amount/anyOf/1/type"];
const issue177 = ["#/properties/amount/anyOf/1/enum"];
const issue178 = ["#/properties/amount/anyOf"];
const issue179 = ["#/properties/interval/type"];
const issue180 = ["#/properties/interval/enum"];
const issue181 = ["#/properties/notification_method/type"];
const issue182 = ["#/properties/notification_method/enum"];
const issue183 = ["#/properties/description/type"];
const issue184 = ["#/properties/parent/type"];
const issue185 = ["#/properties/quantity/type"];
const issue186 = ["#/properties/type/type"];
const issue187 = ["#/properties/items/items/properties/parent/type"];
const issue188 = ["#/properties/items/items/properties/quantity/type"];
const issue189 = ["#/properties/items/items/type"];
const issue190 = ["#/properties/items/type"];
const issue191 = ["#/properties/shipping/required"];
const issue192 = ["#/properties/shipping/properties/address/required"];
const issue193 = ["#/properties/shipping/properties/address/properties/line1/type"];
const issue194 = ["#/properties/shipping/properties/address/properties/city/type"];
const issue195 = ["#/properties/shipping/properties/address/properties/country/type"];
const issue196 = ["#/properties/shipping/properties/address/properties/line2/type"];
const issue197 = ["#/properties/shipping/properties/address/properties/postal_code/type"];
const issue198 = ["#/properties/shipping/properties/address/properties/state/type"];
const issue199 = ["#/properties/shipping/properties/address/type"];
const issue200 = ["#/properties/shipping/properties/carrier/type"];
const issue201 = ["#/properties/shipping/properties/name/type"];
const issue202 = ["#/properties/shipping/properties/phone/type"];
const issue203 = ["#/properties/shipping/properties/tracking_number/type"];
const issue204 = ["#/properties/shipping/type"];
const issue205 = ["#/components/schemas/AddressParams/properties/city/type"];
const issue206 = ["#/components/schemas/AddressParams/properties/country/type"];
const issue207 = ["#/components/schemas/AddressParams/properties/line1/type"];
const issue208 = ["#/components/schemas/AddressParams/properties/line2/type"];
const issue209 = ["#/components/schemas/AddressParams/properties/postal_code/type"];
const issue210 = ["#/components/schemas/AddressParams/properties/state/type"];
const issue211 = ["#/components/schemas/AddressParams/type"];
const issue212 = ["#/properties/email/type"];
const issue213 = ["#/properties/phone/type"];
const issue214 = ["#/required"];
const issue215 = ["#/required"];
const issue216 = ["#/required"];
const issue217 = ["#/required"];
const issue218 = ["#/required"];
const issue219 = ["#/properties/address/type"];
const issue220 = ["#/properties/amount_charged/type"];
const issue221 = ["#/properties/amount_received/type"];
const issue222 = ["#/properties/amount_returned/type"];
const issue223 = ["#/properties/refund_attributes_method/type"];
const issue224 = ["#/properties/refund_attributes_status/type"];
const issue225 = ["#/properties/failure_reason/type"];
const issue226 = ["#/properties/return_url/type"];
const issue227 = ["#/properties/url/type"];
const issue228 = ["#/properties/account_number/type"];
const issue229 = ["#/properties/bank_name/type"];
const issue230 = ["#/properties/fingerprint/type"];
const issue231 = ["#/properties/refund_account_holder_name/type"];
const issue232 = ["#/properties/refund_account_holder_type/type"];
const issue233 = ["#/properties/refund_routing_number/type"];
const issue234 = ["#/properties/routing_number/type"];
const issue235 = ["#/properties/swift_code/type"];
const issue236 = ["#/required"];
const issue237 = ["#/required"];
const issue238 = ["#/properties/path/required"];
const issue239 = ["#/properties/path/properties/customer/type"];
const issue240 = ["#/properties/path/type"];
const issue241 = ["#/properties/body/required"];
const issue242 = ["#/properties/body/properties/source/type"];
const issue243 = ["#/x-emitted-shared/0/anyOf/0/additionalProperties/maxLength"];
const issue244 = ["#/x-emitted-shared/0/anyOf/0/additionalProperties/type"];
const issue245 = ["#/x-emitted-shared/0/anyOf/0/type"];
const issue246 = ["#/x-emitted-shared/0/anyOf/1/type"];
const issue247 = ["#/x-emitted-shared/0/anyOf/1/enum"];
const issue248 = ["#/x-emitted-shared/0/anyOf"];
const issue249 = ["#/properties/body/type"];
const issue250 = ["doc#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type"];
const issue251 = ["doc#/components/schemas/SourceCodeVerificationFlow/properties/status/type"];
const issue252 = ["doc#/components/schemas/SourceCodeVerificationFlow/type"];
const issue253 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue254 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue255 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue256 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue257 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue258 = ["doc#/components/schemas/SourceReceiverFlow/required"];
const issue259 = ["doc#/components/schemas/SourceReceiverFlow/properties/address/type"];
const issue260 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_charged/type"];
const issue261 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_received/type"];
const issue262 = ["doc#/components/schemas/SourceReceiverFlow/properties/amount_returned/type"];
const issue263 = ["doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type"];
const issue264 = ["doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type"];
const issue265 = ["doc#/components/schemas/SourceReceiverFlow/type"];
const issue266 = ["doc#/components/schemas/SourceRedirectFlow/properties/failure_reason/type"];
const issue267 = ["doc#/components/schemas/SourceRedirectFlow/properties/return_url/type"];
const issue268 = ["doc#/components/schemas/SourceRedirectFlow/properties/status/type"];
const issue269 = ["doc#/components/schemas/SourceRedirectFlow/properties/url/type"];
const issue270 = ["doc#/components/schemas/SourceRedirectFlow/type"];
const issue271 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type"];
const issue272 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type"];
const issue273 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type"];
const issue274 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type"];
const issue275 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type"];
const issue276 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type"];
const issue277 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type"];
const issue278 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type"];
const issue279 = ["doc#/components/schemas/SourceTypeAchCreditTransfer/type"];
const issue280 = ["doc#/components/schemas/SourceTypeDetails/type"];
const issue281 = ["#/properties/path/required"];
const issue282 = ["#/properties/path/properties/id/type"];
const issue283 = ["#/properties/body/allOf/0/anyOf/0/required"];
const issue284 = ["#/properties/body/allOf/0/anyOf/1/required"];
const issue285 = ["#/properties/body/allOf/0/anyOf/1/required"];
const issue286 = ["#/properties/body/allOf/0/anyOf"];
const issue287 = ["#/properties/body/properties/type/type"];
const issue288 = ["#/properties/body/properties/customer/type"];
const issue289 = ["#/properties/body/properties/original_source/type"];
const issue290 = ["#/properties/body/properties/amount/type"];
const issue291 = ["#/components/schemas/Currency/type"];
const issue292 = ["#/properties/body/properties/flow/type"];
const issue293 = ["#/properties/body/properties/flow/enum"];
const issue294 = ["#/properties/body/properties/receiver/properties/refund_attributes_method/type"];
const issue295 = ["#/properties/body/properties/receiver/properties/refund_attributes_method/enum"];
const issue296 = ["#/properties/body/properties/receiver/type"];
const issue297 = ["#/properties/body/properties/redirect/required"];
const issue298 = ["#/properties/body/properties/redirect/properties/return_url/type"];
const issue299 = ["#/properties/body/properties/redirect/type"];
const issue300 = ["#/properties/body/properties/statement_descriptor/type"];
const issue301 = ["#/properties/body/properties/token/type"];
const issue302 = ["#/properties/body/properties/usage/type"];
const issue303 = ["#/properties/body/properties/usage/enum"];
const issue304 = ["#/properties/path/required"];
const issue305 = ["#/properties/path/properties/source/type"];
const issue306 = ["#/properties/query/properties/client_secret/type"];
const issue307 = ["#/properties/query/type"];
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
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue79, {missingProperty: "amount"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue80, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue81, {missingProperty: "created"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue82, {missingProperty: "currency"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue83, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue84, {missingProperty: "livemode"});
errors++;
}
if(data.metadata === undefined){
vErrors = __issue(vErrors, instancePath, issue85, {missingProperty: "metadata"});
errors++;
}
if(data.owner === undefined){
vErrors = __issue(vErrors, instancePath, issue86, {missingProperty: "owner"});
errors++;
}
if(data.statement_descriptor === undefined){
vErrors = __issue(vErrors, instancePath, issue87, {missingProperty: "statement_descriptor"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue88, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.usage === undefined){
vErrors = __issue(vErrors, instancePath, issue89, {missingProperty: "usage"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue90, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue91, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue92, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue93, {type: schemaValue4});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue94, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/code_verification/attempts_remaining", issue95, {type: "integer"});
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/code_verification/status", issue96, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/code_verification", issue97, {type: "object"});
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue98, {type: "null"});
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue99, {});
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
vErrors = __issue(vErrors, instancePath+"/created", issue100, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/created", issue101, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue102, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue103, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue104, {type: "string"});
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue105, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue106, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue107, {type: schemaValue7});
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue108, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/owner", issue109, {type: "null"});
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/owner", issue110, {});
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
vErrors = __issue(vErrors, instancePath+"/receiver", issue111, {missingProperty: "address"});
errors++;
}
if(data15.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue112, {missingProperty: "amount_charged"});
errors++;
}
if(data15.amount_received === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue113, {missingProperty: "amount_received"});
errors++;
}
if(data15.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue114, {missingProperty: "amount_returned"});
errors++;
}
if(data15.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue115, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data15.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue116, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
vErrors = __issue(vErrors, instancePath+"/receiver/address", issue117, {type: schemaValue0});
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_charged", issue118, {type: "integer"});
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_received", issue119, {type: "integer"});
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_returned", issue120, {type: "integer"});
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue121, {type: "string"});
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_status", issue122, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue123, {type: "object"});
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue124, {type: "null"});
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/receiver", issue125, {});
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
vErrors = __issue(vErrors, instancePath+"/redaction", issue126, {type: schemaValue7});
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
vErrors = __issue(vErrors, instancePath+"/redirect/failure_reason", issue127, {type: schemaValue0});
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/return_url", issue128, {type: "string"});
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/status", issue129, {type: "string"});
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/url", issue130, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue131, {type: "object"});
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue132, {type: "null"});
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
vErrors = __issue(vErrors, instancePath+"/redirect", issue133, {});
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
vErrors = __issue(vErrors, instancePath+"/source_order", issue134, {type: "null"});
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
vErrors = __issue(vErrors, instancePath+"/source_order", issue135, {});
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
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue136, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue137, {type: "string"});
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue138, {allowedValues: schemaValue8});
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
vErrors = __issue(vErrors, instancePath+"/type", issue139, {allowedValues: schemaValue9});
errors++;
}
}
if(data.usage !== undefined){
let data32 = data.usage;
if((typeof data32 !== "string") && (data32 !== null)){
vErrors = __issue(vErrors, instancePath+"/usage", issue140, {type: schemaValue0});
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue141, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/account_number", issue142, {type: schemaValue0});
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/bank_name", issue143, {type: schemaValue0});
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/fingerprint", issue144, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_name", issue145, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_type", issue146, {type: schemaValue0});
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_routing_number", issue147, {type: schemaValue0});
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/routing_number", issue148, {type: schemaValue0});
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/swift_code", issue149, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer", issue150, {type: "object"});
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_debit", issue151, {type: "object"});
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
vErrors = __issue(vErrors, instancePath+"/alipay", issue151, {type: "object"});
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
vErrors = __issue(vErrors, instancePath+"/bancontact", issue151, {type: "object"});
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card", issue151, {type: "object"});
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card_present", issue151, {type: "object"});
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
vErrors = __issue(vErrors, instancePath+"/eps", issue151, {type: "object"});
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
vErrors = __issue(vErrors, instancePath+"/giropay", issue151, {type: "object"});
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ideal", issue151, {type: "object"});
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
vErrors = __issue(vErrors, instancePath+"/klarna", issue151, {type: "object"});
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
vErrors = __issue(vErrors, instancePath+"/multibanco", issue151, {type: "object"});
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
vErrors = __issue(vErrors, instancePath+"/p24", issue151, {type: "object"});
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sepa_debit", issue151, {type: "object"});
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sofort", issue151, {type: "object"});
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
vErrors = __issue(vErrors, instancePath+"/three_d_secure", issue151, {type: "object"});
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
vErrors = __issue(vErrors, instancePath+"/wechat", issue151, {type: "object"});
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
vErrors = __issue(vErrors, instancePath+"/attempts_remaining", issue152, {type: "integer"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue137, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/acceptance", issue153, {missingProperty: "date"});
errors++;
}
if(data0.status === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue154, {missingProperty: "status"});
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue155, {type: "string"});
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue156, {allowedValues: schemaValue11});
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue157, {type: "integer"});
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue158, {format: "unix-time"});
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/ip", issue159, {type: "string"});
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue160, {missingProperty: "contact_email"});
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline/contact_email", issue161, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue162, {type: "object"});
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue163, {missingProperty: "date"});
errors++;
}
if(data6.ip === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue164, {missingProperty: "ip"});
errors++;
}
if(data6.user_agent === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue165, {missingProperty: "user_agent"});
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue166, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue167, {format: "unix-time"});
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/ip", issue168, {type: "string"});
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/user_agent", issue169, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue170, {type: "object"});
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue171, {type: "string"});
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue172, {allowedValues: schemaValue12});
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/user_agent", issue173, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance", issue174, {type: "object"});
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue175, {type: "integer"});
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/amount", issue176, {type: "string"});
errors++;
}
if(!(data12 === "")){
vErrors = __issue(vErrors, instancePath+"/amount", issue177, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/amount", issue178, {});
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
vErrors = __issue(vErrors, instancePath+"/interval", issue179, {type: "string"});
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
vErrors = __issue(vErrors, instancePath+"/interval", issue180, {allowedValues: schemaValue13});
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue181, {type: "string"});
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue182, {allowedValues: schemaValue14});
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
vErrors = __issue(vErrors, instancePath+"/amount", issue93, {type: schemaValue4});
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue102, {type: schemaValue0});
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/description", issue183, {type: schemaValue0});
errors++;
}
}
if(data.parent !== undefined){
let data3 = data.parent;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/parent", issue184, {type: schemaValue0});
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
vErrors = __issue(vErrors, instancePath+"/quantity", issue185, {type: "integer"});
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/type", issue186, {type: schemaValue0});
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
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue187, {type: "string"});
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue188, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue189, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue190, {type: "array"});
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping", issue191, {missingProperty: "address"});
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue192, {missingProperty: "line1"});
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line1", issue193, {type: "string"});
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/city", issue194, {type: "string"});
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/country", issue195, {type: "string"});
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line2", issue196, {type: "string"});
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/postal_code", issue197, {type: "string"});
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/state", issue198, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue199, {type: "object"});
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/carrier", issue200, {type: "string"});
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/name", issue201, {type: "string"});
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/phone", issue202, {type: "string"});
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/tracking_number", issue203, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping", issue204, {type: "object"});
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
vErrors = __issue(vErrors, instancePath+"/address/city", issue205, {type: "string"});
errors++;
}
}
if(data0.country !== undefined){
if(typeof data0.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/country", issue206, {type: "string"});
errors++;
}
}
if(data0.line1 !== undefined){
if(typeof data0.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue207, {type: "string"});
errors++;
}
}
if(data0.line2 !== undefined){
if(typeof data0.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue208, {type: "string"});
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue209, {type: "string"});
errors++;
}
}
if(data0.state !== undefined){
if(typeof data0.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/state", issue210, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue211, {type: "object"});
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
vErrors = __issue(vErrors, instancePath+"/email", issue212, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/phone", issue213, {type: "string"});
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
vErrors = __issue(vErrors, instancePath, issue214, {missingProperty: "amount_charged"});
errors++;
}
if(data.amount_received === undefined){
vErrors = __issue(vErrors, instancePath, issue215, {missingProperty: "amount_received"});
errors++;
}
if(data.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath, issue216, {missingProperty: "amount_returned"});
errors++;
}
if(data.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath, issue217, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath, issue218, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/address", issue219, {type: schemaValue0});
errors++;
}
}
if(data.amount_charged !== undefined){
let data1 = data.amount_charged;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount_charged", issue220, {type: "integer"});
errors++;
}
}
if(data.amount_received !== undefined){
let data2 = data.amount_received;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/amount_received", issue221, {type: "integer"});
errors++;
}
}
if(data.amount_returned !== undefined){
let data3 = data.amount_returned;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/amount_returned", issue222, {type: "integer"});
errors++;
}
}
if(data.refund_attributes_method !== undefined){
if(typeof data.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_method", issue223, {type: "string"});
errors++;
}
}
if(data.refund_attributes_status !== undefined){
if(typeof data.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_status", issue224, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/failure_reason", issue225, {type: schemaValue0});
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/return_url", issue226, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue137, {type: "string"});
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/url", issue227, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/account_number", issue228, {type: schemaValue0});
errors++;
}
}
if(data.bank_name !== undefined){
let data1 = data.bank_name;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/bank_name", issue229, {type: schemaValue0});
errors++;
}
}
if(data.fingerprint !== undefined){
let data2 = data.fingerprint;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/fingerprint", issue230, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_name !== undefined){
let data3 = data.refund_account_holder_name;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_name", issue231, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_type !== undefined){
let data4 = data.refund_account_holder_type;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_type", issue232, {type: schemaValue0});
errors++;
}
}
if(data.refund_routing_number !== undefined){
let data5 = data.refund_routing_number;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_routing_number", issue233, {type: schemaValue0});
errors++;
}
}
if(data.routing_number !== undefined){
let data6 = data.routing_number;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/routing_number", issue234, {type: schemaValue0});
errors++;
}
}
if(data.swift_code !== undefined){
let data7 = data.swift_code;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/swift_code", issue235, {type: schemaValue0});
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
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue236, {missingProperty: "path"});
errors++;
}
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue237, {missingProperty: "body"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.customer === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue238, {missingProperty: "customer"});
errors++;
}
if(data0.customer !== undefined){
if(typeof data0.customer !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/customer", issue239, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue240, {type: "object"});
errors++;
}
}
if(data.body !== undefined){
let data2 = data.body;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.source === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue241, {missingProperty: "source"});
errors++;
}
if(data2.source !== undefined){
if(typeof data2.source !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/source", issue242, {type: "string"});
errors++;
}
}
if(data2.metadata !== undefined){
let data4 = data2.metadata;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
let data5 = data4[key0];
if(typeof data5 === "string"){
if(func0(data5) > 500){
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue243, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue244, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue245, {type: "object"});
errors++;
}
var _valid0 = _errs12 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(typeof data4 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue246, {type: "string"});
errors++;
}
if(!(data4 === "")){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue247, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue248, {});
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue249, {type: "object"});
errors++;
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
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue79, {missingProperty: "amount"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue80, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue81, {missingProperty: "created"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue82, {missingProperty: "currency"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue83, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue84, {missingProperty: "livemode"});
errors++;
}
if(data.metadata === undefined){
vErrors = __issue(vErrors, instancePath, issue85, {missingProperty: "metadata"});
errors++;
}
if(data.owner === undefined){
vErrors = __issue(vErrors, instancePath, issue86, {missingProperty: "owner"});
errors++;
}
if(data.statement_descriptor === undefined){
vErrors = __issue(vErrors, instancePath, issue87, {missingProperty: "statement_descriptor"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue88, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.usage === undefined){
vErrors = __issue(vErrors, instancePath, issue89, {missingProperty: "usage"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue90, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue91, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue92, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue93, {type: schemaValue4});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue94, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/code_verification/attempts_remaining", issue250, {type: "integer"});
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/code_verification/status", issue251, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/code_verification", issue252, {type: "object"});
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue98, {type: "null"});
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue99, {});
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
vErrors = __issue(vErrors, instancePath+"/created", issue100, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/created", issue101, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue102, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue103, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue104, {type: "string"});
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue105, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue106, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue107, {type: schemaValue7});
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue108, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/owner", issue109, {type: "null"});
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/owner", issue110, {});
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
vErrors = __issue(vErrors, instancePath+"/receiver", issue253, {missingProperty: "address"});
errors++;
}
if(data15.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue254, {missingProperty: "amount_charged"});
errors++;
}
if(data15.amount_received === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue255, {missingProperty: "amount_received"});
errors++;
}
if(data15.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue256, {missingProperty: "amount_returned"});
errors++;
}
if(data15.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue257, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data15.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath+"/receiver", issue258, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
vErrors = __issue(vErrors, instancePath+"/receiver/address", issue259, {type: schemaValue0});
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_charged", issue260, {type: "integer"});
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_received", issue261, {type: "integer"});
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
vErrors = __issue(vErrors, instancePath+"/receiver/amount_returned", issue262, {type: "integer"});
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue263, {type: "string"});
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_status", issue264, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue265, {type: "object"});
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue124, {type: "null"});
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/receiver", issue125, {});
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
vErrors = __issue(vErrors, instancePath+"/redaction", issue126, {type: schemaValue7});
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
vErrors = __issue(vErrors, instancePath+"/redirect/failure_reason", issue266, {type: schemaValue0});
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/return_url", issue267, {type: "string"});
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/status", issue268, {type: "string"});
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/redirect/url", issue269, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue270, {type: "object"});
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue132, {type: "null"});
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
vErrors = __issue(vErrors, instancePath+"/redirect", issue133, {});
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
vErrors = __issue(vErrors, instancePath+"/source_order", issue134, {type: "null"});
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
vErrors = __issue(vErrors, instancePath+"/source_order", issue135, {});
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
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue136, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue137, {type: "string"});
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue138, {allowedValues: schemaValue8});
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
vErrors = __issue(vErrors, instancePath+"/usage", issue140, {type: schemaValue0});
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue141, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/account_number", issue271, {type: schemaValue0});
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/bank_name", issue272, {type: schemaValue0});
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/fingerprint", issue273, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_name", issue274, {type: schemaValue0});
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_account_holder_type", issue275, {type: schemaValue0});
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/refund_routing_number", issue276, {type: schemaValue0});
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/routing_number", issue277, {type: schemaValue0});
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer/swift_code", issue278, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_credit_transfer", issue279, {type: "object"});
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ach_debit", issue280, {type: "object"});
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
vErrors = __issue(vErrors, instancePath+"/alipay", issue280, {type: "object"});
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
vErrors = __issue(vErrors, instancePath+"/bancontact", issue280, {type: "object"});
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card", issue280, {type: "object"});
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
vErrors = __issue(vErrors, instancePath+"/card_present", issue280, {type: "object"});
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
vErrors = __issue(vErrors, instancePath+"/eps", issue280, {type: "object"});
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
vErrors = __issue(vErrors, instancePath+"/giropay", issue280, {type: "object"});
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
vErrors = __issue(vErrors, instancePath+"/ideal", issue280, {type: "object"});
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
vErrors = __issue(vErrors, instancePath+"/klarna", issue280, {type: "object"});
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
vErrors = __issue(vErrors, instancePath+"/multibanco", issue280, {type: "object"});
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
vErrors = __issue(vErrors, instancePath+"/p24", issue280, {type: "object"});
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sepa_debit", issue280, {type: "object"});
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
vErrors = __issue(vErrors, instancePath+"/sofort", issue280, {type: "object"});
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
vErrors = __issue(vErrors, instancePath+"/three_d_secure", issue280, {type: "object"});
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
vErrors = __issue(vErrors, instancePath+"/wechat", issue280, {type: "object"});
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue236, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.customer === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue238, {missingProperty: "customer"});
errors++;
}
if(data0.id === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue281, {missingProperty: "id"});
errors++;
}
if(data0.customer !== undefined){
if(typeof data0.customer !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/customer", issue239, {type: "string"});
errors++;
}
}
if(data0.id !== undefined){
if(typeof data0.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/id", issue282, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue240, {type: "object"});
errors++;
}
}
}
else {
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
vErrors = __issue(vErrors, instancePath+"/acceptance", issue153, {missingProperty: "date"});
errors++;
}
if(data0.status === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue154, {missingProperty: "status"});
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue155, {type: "string"});
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue156, {allowedValues: schemaValue11});
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue157, {type: "integer"});
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue158, {format: "unix-time"});
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/ip", issue159, {type: "string"});
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue160, {missingProperty: "contact_email"});
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline/contact_email", issue161, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue162, {type: "object"});
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue163, {missingProperty: "date"});
errors++;
}
if(data6.ip === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue164, {missingProperty: "ip"});
errors++;
}
if(data6.user_agent === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue165, {missingProperty: "user_agent"});
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue166, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue167, {format: "unix-time"});
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/ip", issue168, {type: "string"});
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/user_agent", issue169, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue170, {type: "object"});
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue171, {type: "string"});
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue172, {allowedValues: schemaValue12});
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/user_agent", issue173, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance", issue174, {type: "object"});
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue175, {type: "integer"});
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/amount", issue176, {type: "string"});
errors++;
}
if(!(data12 === "")){
vErrors = __issue(vErrors, instancePath+"/amount", issue177, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/amount", issue178, {});
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
vErrors = __issue(vErrors, instancePath+"/interval", issue179, {type: "string"});
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
vErrors = __issue(vErrors, instancePath+"/interval", issue180, {allowedValues: schemaValue13});
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue181, {type: "string"});
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue182, {allowedValues: schemaValue14});
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
vErrors = __issue(vErrors, instancePath+"/address/city", issue205, {type: "string"});
errors++;
}
}
if(data0.country !== undefined){
if(typeof data0.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/country", issue206, {type: "string"});
errors++;
}
}
if(data0.line1 !== undefined){
if(typeof data0.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line1", issue207, {type: "string"});
errors++;
}
}
if(data0.line2 !== undefined){
if(typeof data0.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/line2", issue208, {type: "string"});
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/postal_code", issue209, {type: "string"});
errors++;
}
}
if(data0.state !== undefined){
if(typeof data0.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/address/state", issue210, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/address", issue211, {type: "object"});
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
vErrors = __issue(vErrors, instancePath+"/email", issue212, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/phone", issue213, {type: "string"});
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
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue187, {type: "string"});
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue188, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue189, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue190, {type: "array"});
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping", issue191, {missingProperty: "address"});
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue192, {missingProperty: "line1"});
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line1", issue193, {type: "string"});
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/city", issue194, {type: "string"});
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/country", issue195, {type: "string"});
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line2", issue196, {type: "string"});
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/postal_code", issue197, {type: "string"});
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/state", issue198, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue199, {type: "object"});
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/carrier", issue200, {type: "string"});
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/name", issue201, {type: "string"});
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/phone", issue202, {type: "string"});
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/tracking_number", issue203, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping", issue204, {type: "object"});
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue237, {missingProperty: "body"});
errors++;
}
if(data.body !== undefined){
let data0 = data.body;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue283, {missingProperty: "type"});
errors++;
}
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.customer === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue284, {missingProperty: "customer"});
errors++;
}
if(data0.original_source === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue285, {missingProperty: "original_source"});
errors++;
}
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
vErrors = __issue(vErrors, instancePath+"/body", issue286, {});
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/type", issue287, {type: "string"});
errors++;
}
}
if(data0.customer !== undefined){
if(typeof data0.customer !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/customer", issue288, {type: "string"});
errors++;
}
}
if(data0.original_source !== undefined){
if(typeof data0.original_source !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/original_source", issue289, {type: "string"});
errors++;
}
}
if(data0.amount !== undefined){
let data4 = data0.amount;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
vErrors = __issue(vErrors, instancePath+"/body/amount", issue290, {type: "integer"});
errors++;
}
}
if(data0.currency !== undefined){
if(typeof data0.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/currency", issue291, {type: "string"});
errors++;
}
}
if(data0.flow !== undefined){
let data6 = data0.flow;
if(typeof data6 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/flow", issue292, {type: "string"});
errors++;
}
if(!((((data6 === "redirect") || (data6 === "receiver")) || (data6 === "code_verification")) || (data6 === "none"))){
vErrors = __issue(vErrors, instancePath+"/body/flow", issue293, {allowedValues: schemaValue6});
errors++;
}
}
if(data0.mandate !== undefined){
if(!(validate34(data0.mandate, {instancePath:instancePath+"/body/mandate",parentData:data0,parentDataProperty:"mandate",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data0.metadata !== undefined){
let data8 = data0.metadata;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 in data8){
let data9 = data8[key0];
if(typeof data9 === "string"){
if(func0(data9) > 500){
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue243, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue244, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue245, {type: "object"});
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs29 = errors;
if(typeof data8 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue246, {type: "string"});
errors++;
}
if(!(data8 === "")){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue247, {allowedValues: schemaValue2});
errors++;
}
var _valid1 = _errs29 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue248, {});
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data0.owner !== undefined){
if(!(validate36(data0.owner, {instancePath:instancePath+"/body/owner",parentData:data0,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data0.receiver !== undefined){
let data11 = data0.receiver;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.refund_attributes_method !== undefined){
let data12 = data11.refund_attributes_method;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/receiver/refund_attributes_method", issue294, {type: "string"});
errors++;
}
if(!((data12 === "email") || (data12 === "manual"))){
vErrors = __issue(vErrors, instancePath+"/body/receiver/refund_attributes_method", issue295, {allowedValues: schemaValue15});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/receiver", issue296, {type: "object"});
errors++;
}
}
if(data0.redirect !== undefined){
let data13 = data0.redirect;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.return_url === undefined){
vErrors = __issue(vErrors, instancePath+"/body/redirect", issue297, {missingProperty: "return_url"});
errors++;
}
if(data13.return_url !== undefined){
if(typeof data13.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/redirect/return_url", issue298, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/redirect", issue299, {type: "object"});
errors++;
}
}
if(data0.source_order !== undefined){
if(!(validate38(data0.source_order, {instancePath:instancePath+"/body/source_order",parentData:data0,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data0.statement_descriptor !== undefined){
if(typeof data0.statement_descriptor !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/statement_descriptor", issue300, {type: "string"});
errors++;
}
}
if(data0.token !== undefined){
if(typeof data0.token !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/token", issue301, {type: "string"});
errors++;
}
}
if(data0.usage !== undefined){
let data18 = data0.usage;
if(typeof data18 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/usage", issue302, {type: "string"});
errors++;
}
if(!((data18 === "reusable") || (data18 === "single_use"))){
vErrors = __issue(vErrors, instancePath+"/body/usage", issue303, {allowedValues: schemaValue16});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue249, {type: "object"});
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
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue236, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.source === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue304, {missingProperty: "source"});
errors++;
}
if(data0.source !== undefined){
if(typeof data0.source !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/source", issue305, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue240, {type: "object"});
errors++;
}
}
if(data.query !== undefined){
let data2 = data.query;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.client_secret !== undefined){
if(typeof data2.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/client_secret", issue306, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query", issue307, {type: "object"});
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
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue236, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.source === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue304, {missingProperty: "source"});
errors++;
}
if(data0.source !== undefined){
if(typeof data0.source !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/source", issue305, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue240, {type: "object"});
errors++;
}
}
if(data.body !== undefined){
let data2 = data.body;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.amount !== undefined){
let data3 = data2.amount;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/body/amount", issue290, {type: "integer"});
errors++;
}
}
if(data2.mandate !== undefined){
if(!(validate34(data2.mandate, {instancePath:instancePath+"/body/mandate",parentData:data2,parentDataProperty:"mandate",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data2.metadata !== undefined){
let data5 = data2.metadata;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
let data6 = data5[key0];
if(typeof data6 === "string"){
if(func0(data6) > 500){
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue243, {limit: 500});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue244, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue245, {type: "object"});
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs18 = errors;
if(typeof data5 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue246, {type: "string"});
errors++;
}
if(!(data5 === "")){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue247, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue248, {});
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data2.owner !== undefined){
if(!(validate36(data2.owner, {instancePath:instancePath+"/body/owner",parentData:data2,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data2.source_order !== undefined){
if(!(validate38(data2.source_order, {instancePath:instancePath+"/body/source_order",parentData:data2,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue249, {type: "object"});
errors++;
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
