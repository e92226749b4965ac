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

/** The errors of a failed call appended to the list, which may be null (ajv's own expression). */
function __concat(vErrors, errors) {
  return vErrors === null ? errors : vErrors.concat(errors);
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
const schemaValue3 = ["integer","null"];
const schemaValue4 = ["array","null"];
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
const issue39 = ["#/properties/carrier/type"];
const issue40 = ["#/properties/name/type"];
const issue41 = ["#/properties/phone/type"];
const issue42 = ["#/properties/tracking_number/type"];
const issue43 = ["#/properties/attempts_remaining/type"];
const issue44 = ["#/properties/status/type"];
const issue45 = ["#/required"];
const issue46 = ["#/required"];
const issue47 = ["#/required"];
const issue48 = ["#/required"];
const issue49 = ["#/required"];
const issue50 = ["#/required"];
const issue51 = ["#/required"];
const issue52 = ["#/required"];
const issue53 = ["#/properties/address/anyOf/1/type"];
const issue54 = ["#/properties/address/anyOf"];
const issue55 = ["#/properties/email/type"];
const issue56 = ["#/properties/name/type"];
const issue57 = ["#/properties/verified_address/anyOf/1/type"];
const issue58 = ["#/properties/verified_address/anyOf"];
const issue59 = ["#/properties/verified_email/type"];
const issue60 = ["#/properties/verified_name/type"];
const issue61 = ["#/properties/verified_phone/type"];
const issue62 = ["#/required"];
const issue63 = ["#/required"];
const issue64 = ["#/required"];
const issue65 = ["#/required"];
const issue66 = ["#/required"];
const issue67 = ["#/properties/address/type"];
const issue68 = ["#/properties/amount_charged/type"];
const issue69 = ["#/properties/amount_received/type"];
const issue70 = ["#/properties/amount_returned/type"];
const issue71 = ["#/properties/refund_attributes_method/type"];
const issue72 = ["#/properties/refund_attributes_status/type"];
const issue73 = ["#/properties/failure_reason/type"];
const issue74 = ["#/properties/return_url/type"];
const issue75 = ["#/properties/url/type"];
const issue76 = ["#/properties/amount/type"];
const issue77 = ["#/properties/currency/type"];
const issue78 = ["#/properties/description/type"];
const issue79 = ["#/properties/parent/type"];
const issue80 = ["#/properties/quantity/type"];
const issue81 = ["#/properties/type/type"];
const issue82 = ["#/properties/amount/type"];
const issue83 = ["#/properties/currency/type"];
const issue84 = ["#/properties/items/type"];
const issue85 = ["#/properties/account_number/type"];
const issue86 = ["#/properties/bank_name/type"];
const issue87 = ["#/properties/fingerprint/type"];
const issue88 = ["#/properties/refund_account_holder_name/type"];
const issue89 = ["#/properties/refund_account_holder_type/type"];
const issue90 = ["#/properties/refund_routing_number/type"];
const issue91 = ["#/properties/routing_number/type"];
const issue92 = ["#/properties/swift_code/type"];
const issue93 = ["#/required"];
const issue94 = ["#/required"];
const issue95 = ["#/required"];
const issue96 = ["#/required"];
const issue97 = ["#/required"];
const issue98 = ["#/required"];
const issue99 = ["#/required"];
const issue100 = ["#/properties/id/type"];
const issue101 = ["#/properties/object/type"];
const issue102 = ["#/properties/object/enum"];
const issue103 = ["#/properties/client_secret/type"];
const issue104 = ["#/properties/code_verification/anyOf/1/type"];
const issue105 = ["#/properties/code_verification/anyOf"];
const issue106 = ["#/properties/created/type"];
const issue107 = ["#/properties/created/format"];
const issue108 = ["#/properties/customer/type"];
const issue109 = ["#/properties/flow/type"];
const issue110 = ["#/properties/flow/enum"];
const issue111 = ["#/properties/livemode/type"];
const issue112 = ["#/properties/metadata/type"];
const issue113 = ["#/properties/metadata/additionalProperties/type"];
const issue114 = ["#/properties/owner/anyOf/1/type"];
const issue115 = ["#/properties/owner/anyOf"];
const issue116 = ["#/properties/receiver/anyOf/1/type"];
const issue117 = ["#/properties/receiver/anyOf"];
const issue118 = ["#/properties/redaction/type"];
const issue119 = ["#/properties/redirect/anyOf/1/type"];
const issue120 = ["#/properties/redirect/anyOf"];
const issue121 = ["#/properties/source_order/anyOf/1/type"];
const issue122 = ["#/properties/source_order/anyOf"];
const issue123 = ["#/properties/statement_descriptor/type"];
const issue124 = ["#/properties/status/enum"];
const issue125 = ["#/properties/type/enum"];
const issue126 = ["#/properties/usage/type"];
const issue127 = ["#/properties/usage/enum"];
const issue128 = ["#/properties/acceptance/required"];
const issue129 = ["#/properties/acceptance/required"];
const issue130 = ["#/properties/acceptance/properties/status/type"];
const issue131 = ["#/properties/acceptance/properties/status/enum"];
const issue132 = ["#/properties/acceptance/properties/date/type"];
const issue133 = ["#/properties/acceptance/properties/date/format"];
const issue134 = ["#/properties/acceptance/properties/ip/type"];
const issue135 = ["#/properties/acceptance/properties/offline/required"];
const issue136 = ["#/properties/acceptance/properties/offline/properties/contact_email/type"];
const issue137 = ["#/properties/acceptance/properties/offline/type"];
const issue138 = ["#/properties/acceptance/properties/online/required"];
const issue139 = ["#/properties/acceptance/properties/online/required"];
const issue140 = ["#/properties/acceptance/properties/online/required"];
const issue141 = ["#/properties/acceptance/properties/online/properties/date/type"];
const issue142 = ["#/properties/acceptance/properties/online/properties/date/format"];
const issue143 = ["#/properties/acceptance/properties/online/properties/ip/type"];
const issue144 = ["#/properties/acceptance/properties/online/properties/user_agent/type"];
const issue145 = ["#/properties/acceptance/properties/online/type"];
const issue146 = ["#/properties/acceptance/properties/type/type"];
const issue147 = ["#/properties/acceptance/properties/type/enum"];
const issue148 = ["#/properties/acceptance/properties/user_agent/type"];
const issue149 = ["#/properties/acceptance/type"];
const issue150 = ["#/properties/amount/anyOf/0/type"];
const issue151 = ["#/properties/amount/anyOf/1/type"];
const issue152 = ["#/properties/amount/anyOf/1/enum"];
const issue153 = ["#/properties/amount/anyOf"];
const issue154 = ["#/properties/interval/type"];
const issue155 = ["#/properties/interval/enum"];
const issue156 = ["#/properties/notification_method/type"];
const issue157 = ["#/properties/notification_method/enum"];
const issue158 = ["#/properties/items/items/properties/parent/type"];
const issue159 = ["#/properties/items/items/properties/quantity/type"];
const issue160 = ["#/properties/items/items/type"];
const issue161 = ["#/properties/items/type"];
const issue162 = ["#/properties/shipping/required"];
const issue163 = ["#/properties/shipping/properties/address/required"];
const issue164 = ["#/properties/shipping/properties/address/properties/line1/type"];
const issue165 = ["#/properties/shipping/properties/address/properties/city/type"];
const issue166 = ["#/properties/shipping/properties/address/properties/country/type"];
const issue167 = ["#/properties/shipping/properties/address/properties/line2/type"];
const issue168 = ["#/properties/shipping/properties/address/properties/postal_code/type"];
const issue169 = ["#/properties/shipping/properties/address/properties/state/type"];
const issue170 = ["#/properties/shipping/properties/address/type"];
const issue171 = ["#/properties/shipping/properties/carrier/type"];
const issue172 = ["#/properties/shipping/properties/name/type"];
const issue173 = ["#/properties/shipping/properties/phone/type"];
const issue174 = ["#/properties/shipping/properties/tracking_number/type"];
const issue175 = ["#/properties/shipping/type"];
const issue176 = ["#/properties/email/type"];
const issue177 = ["#/properties/phone/type"];
const issue178 = ["#/required"];
const issue179 = ["#/type"];
const issue180 = ["#/allOf/0/anyOf/0/required"];
const issue181 = ["#/allOf/0/anyOf/1/required"];
const issue182 = ["#/allOf/0/anyOf/1/required"];
const issue183 = ["#/allOf/0/anyOf"];
const issue184 = ["#/properties/receiver/properties/refund_attributes_method/type"];
const issue185 = ["#/properties/receiver/properties/refund_attributes_method/enum"];
const issue186 = ["#/properties/receiver/type"];
const issue187 = ["#/properties/redirect/required"];
const issue188 = ["#/properties/redirect/type"];
const issue189 = ["#/properties/usage/type"];
const issue190 = ["#/properties/usage/enum"];
export const validateAddress = validate2;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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

function validate3(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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

function validate5(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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

function validate6(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
vErrors = __issue(vErrors, instancePath, issue32, {missingProperty: "error"});
errors++;
}
if(data.error !== undefined){
if(!(validate4(data.error, instancePath+"/error"))){
vErrors = __concat(vErrors, validate4.errors);
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

function validate8(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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

function validate9(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
if(!(validate2(data.address, instancePath+"/address"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
if(data.carrier !== undefined){
let data1 = data.carrier;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/carrier", issue39, {type: schemaValue0});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue40, {type: "string"});
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/phone", issue41, {type: schemaValue0});
errors++;
}
}
if(data.tracking_number !== undefined){
let data4 = data.tracking_number;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/tracking_number", issue42, {type: schemaValue0});
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

export const validateSource = validate11;

function validate12(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempts_remaining !== undefined){
let data0 = data.attempts_remaining;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/attempts_remaining", issue43, {type: "integer"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue44, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

function validate14(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
vErrors = __issue(vErrors, instancePath, issue45, {missingProperty: "address"});
errors++;
}
if(data.email === undefined){
vErrors = __issue(vErrors, instancePath, issue46, {missingProperty: "email"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue47, {missingProperty: "name"});
errors++;
}
if(data.phone === undefined){
vErrors = __issue(vErrors, instancePath, issue48, {missingProperty: "phone"});
errors++;
}
if(data.verified_address === undefined){
vErrors = __issue(vErrors, instancePath, issue49, {missingProperty: "verified_address"});
errors++;
}
if(data.verified_email === undefined){
vErrors = __issue(vErrors, instancePath, issue50, {missingProperty: "verified_email"});
errors++;
}
if(data.verified_name === undefined){
vErrors = __issue(vErrors, instancePath, issue51, {missingProperty: "verified_name"});
errors++;
}
if(data.verified_phone === undefined){
vErrors = __issue(vErrors, instancePath, issue52, {missingProperty: "verified_phone"});
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
const _errs2 = errors;
if(!(data0 === null)){
let valid1 = false;
const _errs3 = errors;
if(!(validate2(data0, instancePath+"/address"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data0 !== null){
vErrors = __issue(vErrors, instancePath+"/address", issue53, {type: "null"});
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/address", issue54, {});
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
}
if(data.email !== undefined){
let data1 = data.email;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/email", issue55, {type: schemaValue0});
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/name", issue56, {type: schemaValue0});
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/phone", issue41, {type: schemaValue0});
errors++;
}
}
if(data.verified_address !== undefined){
let data4 = data.verified_address;
const _errs13 = errors;
if(!(data4 === null)){
let valid2 = false;
const _errs14 = errors;
if(!(validate2(data4, instancePath+"/verified_address"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/verified_address", issue57, {type: "null"});
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
vErrors = __issue(vErrors, instancePath+"/verified_address", issue58, {});
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
if(data.verified_email !== undefined){
let data5 = data.verified_email;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_email", issue59, {type: schemaValue0});
errors++;
}
}
if(data.verified_name !== undefined){
let data6 = data.verified_name;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_name", issue60, {type: schemaValue0});
errors++;
}
}
if(data.verified_phone !== undefined){
let data7 = data.verified_phone;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/verified_phone", issue61, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

function validate18(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
vErrors = __issue(vErrors, instancePath, issue45, {missingProperty: "address"});
errors++;
}
if(data.amount_charged === undefined){
vErrors = __issue(vErrors, instancePath, issue62, {missingProperty: "amount_charged"});
errors++;
}
if(data.amount_received === undefined){
vErrors = __issue(vErrors, instancePath, issue63, {missingProperty: "amount_received"});
errors++;
}
if(data.amount_returned === undefined){
vErrors = __issue(vErrors, instancePath, issue64, {missingProperty: "amount_returned"});
errors++;
}
if(data.refund_attributes_method === undefined){
vErrors = __issue(vErrors, instancePath, issue65, {missingProperty: "refund_attributes_method"});
errors++;
}
if(data.refund_attributes_status === undefined){
vErrors = __issue(vErrors, instancePath, issue66, {missingProperty: "refund_attributes_status"});
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/address", issue67, {type: schemaValue0});
errors++;
}
}
if(data.amount_charged !== undefined){
let data1 = data.amount_charged;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount_charged", issue68, {type: "integer"});
errors++;
}
}
if(data.amount_received !== undefined){
let data2 = data.amount_received;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/amount_received", issue69, {type: "integer"});
errors++;
}
}
if(data.amount_returned !== undefined){
let data3 = data.amount_returned;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/amount_returned", issue70, {type: "integer"});
errors++;
}
}
if(data.refund_attributes_method !== undefined){
if(typeof data.refund_attributes_method !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_method", issue71, {type: "string"});
errors++;
}
}
if(data.refund_attributes_status !== undefined){
if(typeof data.refund_attributes_status !== "string"){
vErrors = __issue(vErrors, instancePath+"/refund_attributes_status", issue72, {type: "string"});
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

function validate20(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_reason !== undefined){
let data0 = data.failure_reason;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/failure_reason", issue73, {type: schemaValue0});
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
vErrors = __issue(vErrors, instancePath+"/return_url", issue74, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue44, {type: "string"});
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
vErrors = __issue(vErrors, instancePath+"/url", issue75, {type: "string"});
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

function validate23(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue76, {type: schemaValue3});
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue77, {type: schemaValue0});
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/description", issue78, {type: schemaValue0});
errors++;
}
}
if(data.parent !== undefined){
let data3 = data.parent;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/parent", issue79, {type: schemaValue0});
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
vErrors = __issue(vErrors, instancePath+"/quantity", issue80, {type: "integer"});
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/type", issue81, {type: schemaValue0});
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

function validate22(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue82, {type: "integer"});
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency", issue83, {type: "string"});
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/email", issue55, {type: schemaValue0});
errors++;
}
}
if(data.items !== undefined){
let data3 = data.items;
if((!(Array.isArray(data3))) && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/items", issue84, {type: schemaValue4});
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data3[i0], instancePath+"/items/" + i0))){
vErrors = __concat(vErrors, validate23.errors);
errors = vErrors.length;
}
}
}
}
if(data.shipping !== undefined){
if(!(validate9(data.shipping, instancePath+"/shipping"))){
vErrors = __concat(vErrors, validate9.errors);
errors = vErrors.length;
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

function validate27(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_number !== undefined){
let data0 = data.account_number;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = __issue(vErrors, instancePath+"/account_number", issue85, {type: schemaValue0});
errors++;
}
}
if(data.bank_name !== undefined){
let data1 = data.bank_name;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/bank_name", issue86, {type: schemaValue0});
errors++;
}
}
if(data.fingerprint !== undefined){
let data2 = data.fingerprint;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/fingerprint", issue87, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_name !== undefined){
let data3 = data.refund_account_holder_name;
if((typeof data3 !== "string") && (data3 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_name", issue88, {type: schemaValue0});
errors++;
}
}
if(data.refund_account_holder_type !== undefined){
let data4 = data.refund_account_holder_type;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_account_holder_type", issue89, {type: schemaValue0});
errors++;
}
}
if(data.refund_routing_number !== undefined){
let data5 = data.refund_routing_number;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = __issue(vErrors, instancePath+"/refund_routing_number", issue90, {type: schemaValue0});
errors++;
}
}
if(data.routing_number !== undefined){
let data6 = data.routing_number;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/routing_number", issue91, {type: schemaValue0});
errors++;
}
}
if(data.swift_code !== undefined){
let data7 = data.swift_code;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/swift_code", issue92, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

function validate29(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const formats0 = __format_unix_time;

function validate11(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue93, {missingProperty: "id"});
errors++;
}
if(data.object === undefined){
vErrors = __issue(vErrors, instancePath, issue94, {missingProperty: "object"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue95, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue96, {missingProperty: "created"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue97, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue98, {missingProperty: "livemode"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue99, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue100, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue101, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue102, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue76, {type: schemaValue3});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue103, {type: "string"});
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
if(!(data4 === null)){
let valid1 = false;
const _errs11 = errors;
if(!(validate12(data4, instancePath+"/code_verification"))){
vErrors = __concat(vErrors, validate12.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs12 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue104, {type: "null"});
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue105, {});
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
}
if(data.created !== undefined){
let data5 = data.created;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
vErrors = __issue(vErrors, instancePath+"/created", issue106, {type: "integer"});
errors++;
}
if(typeof data5 == "number"){
if(!(formats0.validate(data5))){
vErrors = __issue(vErrors, instancePath+"/created", issue107, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data6 = data.currency;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue77, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data7 = data.customer;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue108, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data8 = data.flow;
if(typeof data8 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue109, {type: "string"});
errors++;
}
if(!((((data8 === "redirect") || (data8 === "receiver")) || (data8 === "code_verification")) || (data8 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue110, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue111, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data10 = data.metadata;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue112, {type: schemaValue7});
errors++;
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
if(typeof data10[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue113, {type: "string"});
errors++;
}
}
}
}
if(data.owner !== undefined){
let data12 = data.owner;
const _errs30 = errors;
if(!(data12 === null)){
let valid3 = false;
const _errs31 = errors;
if(!(validate14(data12, instancePath+"/owner"))){
vErrors = __concat(vErrors, validate14.errors);
errors = vErrors.length;
}
var _valid1 = _errs31 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs32 = errors;
if(data12 !== null){
vErrors = __issue(vErrors, instancePath+"/owner", issue114, {type: "null"});
errors++;
}
var _valid1 = _errs32 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
vErrors = __issue(vErrors, instancePath+"/owner", issue115, {});
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
}
if(data.receiver !== undefined){
let data13 = data.receiver;
const _errs35 = errors;
if(!(data13 === null)){
let valid4 = false;
const _errs36 = errors;
if(!(validate18(data13, instancePath+"/receiver"))){
vErrors = __concat(vErrors, validate18.errors);
errors = vErrors.length;
}
var _valid2 = _errs36 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs37 = errors;
if(data13 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue116, {type: "null"});
errors++;
}
var _valid2 = _errs37 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/receiver", issue117, {});
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
if(data.redaction !== undefined){
let data14 = data.redaction;
if((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)){
vErrors = __issue(vErrors, instancePath+"/redaction", issue118, {type: schemaValue7});
errors++;
}
}
if(data.redirect !== undefined){
let data15 = data.redirect;
const _errs43 = errors;
if(!(data15 === null)){
let valid5 = false;
const _errs44 = errors;
if(!(validate20(data15, instancePath+"/redirect"))){
vErrors = __concat(vErrors, validate20.errors);
errors = vErrors.length;
}
var _valid3 = _errs44 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs45 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue119, {type: "null"});
errors++;
}
var _valid3 = _errs45 === errors;
valid5 = valid5 || _valid3;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/redirect", issue120, {});
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
}
if(data.source_order !== undefined){
let data16 = data.source_order;
const _errs48 = errors;
if(!(data16 === null)){
let valid6 = false;
const _errs49 = errors;
if(!(validate22(data16, instancePath+"/source_order"))){
vErrors = __concat(vErrors, validate22.errors);
errors = vErrors.length;
}
var _valid4 = _errs49 === errors;
valid6 = valid6 || _valid4;
if(!valid6){
const _errs50 = errors;
if(data16 !== null){
vErrors = __issue(vErrors, instancePath+"/source_order", issue121, {type: "null"});
errors++;
}
var _valid4 = _errs50 === errors;
valid6 = valid6 || _valid4;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/source_order", issue122, {});
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
}
if(data.statement_descriptor !== undefined){
let data17 = data.statement_descriptor;
if((typeof data17 !== "string") && (data17 !== null)){
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue123, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data18 = data.status;
if(typeof data18 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue44, {type: "string"});
errors++;
}
if(!(((((data18 === "canceled") || (data18 === "chargeable")) || (data18 === "consumed")) || (data18 === "failed")) || (data18 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue124, {allowedValues: schemaValue8});
errors++;
}
}
if(data.type !== undefined){
let data19 = data.type;
if(typeof data19 !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
if(!(schemaValue9.includes(data19))){
vErrors = __issue(vErrors, instancePath+"/type", issue125, {allowedValues: schemaValue9});
errors++;
}
}
if(data.usage !== undefined){
let data20 = data.usage;
if((typeof data20 !== "string") && (data20 !== null)){
vErrors = __issue(vErrors, instancePath+"/usage", issue126, {type: schemaValue0});
errors++;
}
if(!(((data20 === "reusable") || (data20 === "single_use")) || (data20 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue127, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
if(!(validate27(data.ach_credit_transfer, instancePath+"/ach_credit_transfer"))){
vErrors = __concat(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data.ach_debit !== undefined){
if(!(validate29(data.ach_debit, instancePath+"/ach_debit"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.alipay !== undefined){
if(!(validate29(data.alipay, instancePath+"/alipay"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.bancontact !== undefined){
if(!(validate29(data.bancontact, instancePath+"/bancontact"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.card !== undefined){
if(!(validate29(data.card, instancePath+"/card"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.card_present !== undefined){
if(!(validate29(data.card_present, instancePath+"/card_present"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.eps !== undefined){
if(!(validate29(data.eps, instancePath+"/eps"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.giropay !== undefined){
if(!(validate29(data.giropay, instancePath+"/giropay"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.ideal !== undefined){
if(!(validate29(data.ideal, instancePath+"/ideal"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.klarna !== undefined){
if(!(validate29(data.klarna, instancePath+"/klarna"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.multibanco !== undefined){
if(!(validate29(data.multibanco, instancePath+"/multibanco"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.p24 !== undefined){
if(!(validate29(data.p24, instancePath+"/p24"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.sepa_debit !== undefined){
if(!(validate29(data.sepa_debit, instancePath+"/sepa_debit"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.sofort !== undefined){
if(!(validate29(data.sofort, instancePath+"/sofort"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.three_d_secure !== undefined){
if(!(validate29(data.three_d_secure, instancePath+"/three_d_secure"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.wechat !== undefined){
if(!(validate29(data.wechat, instancePath+"/wechat"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
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

export const validateSourceCodeVerificationFlow = validate12;

export const validateSourceMandateParams = validate45;

function validate45(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptance !== undefined){
let data0 = data.acceptance;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue128, {missingProperty: "date"});
errors++;
}
if(data0.status === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance", issue129, {missingProperty: "status"});
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue130, {type: "string"});
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/status", issue131, {allowedValues: schemaValue11});
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue132, {type: "integer"});
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/acceptance/date", issue133, {format: "unix-time"});
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/ip", issue134, {type: "string"});
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue135, {missingProperty: "contact_email"});
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/offline/contact_email", issue136, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/offline", issue137, {type: "object"});
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue138, {missingProperty: "date"});
errors++;
}
if(data6.ip === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue139, {missingProperty: "ip"});
errors++;
}
if(data6.user_agent === undefined){
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue140, {missingProperty: "user_agent"});
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue141, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/date", issue142, {format: "unix-time"});
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/ip", issue143, {type: "string"});
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/online/user_agent", issue144, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance/online", issue145, {type: "object"});
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue146, {type: "string"});
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
vErrors = __issue(vErrors, instancePath+"/acceptance/type", issue147, {allowedValues: schemaValue12});
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
vErrors = __issue(vErrors, instancePath+"/acceptance/user_agent", issue148, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/acceptance", issue149, {type: "object"});
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue150, {type: "integer"});
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
vErrors = __issue(vErrors, instancePath+"/amount", issue151, {type: "string"});
errors++;
}
if(!(data12 === "")){
vErrors = __issue(vErrors, instancePath+"/amount", issue152, {allowedValues: schemaValue2});
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/amount", issue153, {});
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
vErrors = __issue(vErrors, instancePath+"/currency", issue83, {type: "string"});
errors++;
}
}
if(data.interval !== undefined){
let data14 = data.interval;
if(typeof data14 !== "string"){
vErrors = __issue(vErrors, instancePath+"/interval", issue154, {type: "string"});
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
vErrors = __issue(vErrors, instancePath+"/interval", issue155, {allowedValues: schemaValue13});
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue156, {type: "string"});
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
vErrors = __issue(vErrors, instancePath+"/notification_method", issue157, {allowedValues: schemaValue14});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

export const validateSourceOrder = validate22;

export const validateSourceOrderItem = validate23;

export const validateSourceOrderParams = validate46;

function validate46(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue158, {type: "string"});
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue159, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue160, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue161, {type: "array"});
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping", issue162, {missingProperty: "address"});
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue163, {missingProperty: "line1"});
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line1", issue164, {type: "string"});
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/city", issue165, {type: "string"});
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/country", issue166, {type: "string"});
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/line2", issue167, {type: "string"});
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/postal_code", issue168, {type: "string"});
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/address/state", issue169, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping/address", issue170, {type: "object"});
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/carrier", issue171, {type: "string"});
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/name", issue172, {type: "string"});
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/phone", issue173, {type: "string"});
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
vErrors = __issue(vErrors, instancePath+"/shipping/tracking_number", issue174, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/shipping", issue175, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

export const validateSourceOwner = validate14;

export const validateSourceOwnerParams = validate47;

function validate47(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
if(!(validate3(data.address, instancePath+"/address"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
vErrors = __issue(vErrors, instancePath+"/email", issue176, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue40, {type: "string"});
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
vErrors = __issue(vErrors, instancePath+"/phone", issue177, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

export const validateSourceReceiverFlow = validate18;

export const validateSourceRedirectFlow = validate20;

export const validateSourceTypeAchCreditTransfer = validate27;

export const validateSourceTypeDetails = validate29;

export const validateAttachSourceRequest = validate49;

function validate50(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue31, {type: "string"});
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

function validate49(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
vErrors = __issue(vErrors, instancePath, issue178, {missingProperty: "source"});
errors++;
}
if(data.source !== undefined){
if(!(validate50(data.source, instancePath+"/source"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate8(data.metadata, instancePath+"/metadata"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponse200 = validate53;

function validate53(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue93, {missingProperty: "id"});
errors++;
}
if(data.object === undefined){
vErrors = __issue(vErrors, instancePath, issue94, {missingProperty: "object"});
errors++;
}
if(data.client_secret === undefined){
vErrors = __issue(vErrors, instancePath, issue95, {missingProperty: "client_secret"});
errors++;
}
if(data.created === undefined){
vErrors = __issue(vErrors, instancePath, issue96, {missingProperty: "created"});
errors++;
}
if(data.flow === undefined){
vErrors = __issue(vErrors, instancePath, issue97, {missingProperty: "flow"});
errors++;
}
if(data.livemode === undefined){
vErrors = __issue(vErrors, instancePath, issue98, {missingProperty: "livemode"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue99, {missingProperty: "status"});
errors++;
}
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue13, {missingProperty: "type"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue100, {type: "string"});
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/object", issue101, {type: "string"});
errors++;
}
if(!(data1 === "source")){
vErrors = __issue(vErrors, instancePath+"/object", issue102, {allowedValues: schemaValue5});
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/amount", issue76, {type: schemaValue3});
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue103, {type: "string"});
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
if(!(data4 === null)){
let valid1 = false;
const _errs11 = errors;
if(!(validate12(data4, instancePath+"/code_verification"))){
vErrors = __concat(vErrors, validate12.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs12 = errors;
if(data4 !== null){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue104, {type: "null"});
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/code_verification", issue105, {});
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
}
if(data.created !== undefined){
let data5 = data.created;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
vErrors = __issue(vErrors, instancePath+"/created", issue106, {type: "integer"});
errors++;
}
if(typeof data5 == "number"){
if(!(formats0.validate(data5))){
vErrors = __issue(vErrors, instancePath+"/created", issue107, {format: "unix-time"});
errors++;
}
}
}
if(data.currency !== undefined){
let data6 = data.currency;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = __issue(vErrors, instancePath+"/currency", issue77, {type: schemaValue0});
errors++;
}
}
if(data.customer !== undefined){
let data7 = data.customer;
if((typeof data7 !== "string") && (data7 !== null)){
vErrors = __issue(vErrors, instancePath+"/customer", issue108, {type: schemaValue0});
errors++;
}
}
if(data.flow !== undefined){
let data8 = data.flow;
if(typeof data8 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue109, {type: "string"});
errors++;
}
if(!((((data8 === "redirect") || (data8 === "receiver")) || (data8 === "code_verification")) || (data8 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue110, {allowedValues: schemaValue6});
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/livemode", issue111, {type: "boolean"});
errors++;
}
}
if(data.metadata !== undefined){
let data10 = data.metadata;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
vErrors = __issue(vErrors, instancePath+"/metadata", issue112, {type: schemaValue7});
errors++;
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
if(typeof data10[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue113, {type: "string"});
errors++;
}
}
}
}
if(data.owner !== undefined){
let data12 = data.owner;
const _errs30 = errors;
if(!(data12 === null)){
let valid3 = false;
const _errs31 = errors;
if(!(validate14(data12, instancePath+"/owner"))){
vErrors = __concat(vErrors, validate14.errors);
errors = vErrors.length;
}
var _valid1 = _errs31 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs32 = errors;
if(data12 !== null){
vErrors = __issue(vErrors, instancePath+"/owner", issue114, {type: "null"});
errors++;
}
var _valid1 = _errs32 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
vErrors = __issue(vErrors, instancePath+"/owner", issue115, {});
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
}
if(data.receiver !== undefined){
let data13 = data.receiver;
const _errs35 = errors;
if(!(data13 === null)){
let valid4 = false;
const _errs36 = errors;
if(!(validate18(data13, instancePath+"/receiver"))){
vErrors = __concat(vErrors, validate18.errors);
errors = vErrors.length;
}
var _valid2 = _errs36 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs37 = errors;
if(data13 !== null){
vErrors = __issue(vErrors, instancePath+"/receiver", issue116, {type: "null"});
errors++;
}
var _valid2 = _errs37 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
vErrors = __issue(vErrors, instancePath+"/receiver", issue117, {});
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
if(data.redaction !== undefined){
let data14 = data.redaction;
if((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)){
vErrors = __issue(vErrors, instancePath+"/redaction", issue118, {type: schemaValue7});
errors++;
}
}
if(data.redirect !== undefined){
let data15 = data.redirect;
const _errs43 = errors;
if(!(data15 === null)){
let valid5 = false;
const _errs44 = errors;
if(!(validate20(data15, instancePath+"/redirect"))){
vErrors = __concat(vErrors, validate20.errors);
errors = vErrors.length;
}
var _valid3 = _errs44 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs45 = errors;
if(data15 !== null){
vErrors = __issue(vErrors, instancePath+"/redirect", issue119, {type: "null"});
errors++;
}
var _valid3 = _errs45 === errors;
valid5 = valid5 || _valid3;
}
if(!valid5){
vErrors = __issue(vErrors, instancePath+"/redirect", issue120, {});
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
}
if(data.source_order !== undefined){
let data16 = data.source_order;
const _errs48 = errors;
if(!(data16 === null)){
let valid6 = false;
const _errs49 = errors;
if(!(validate22(data16, instancePath+"/source_order"))){
vErrors = __concat(vErrors, validate22.errors);
errors = vErrors.length;
}
var _valid4 = _errs49 === errors;
valid6 = valid6 || _valid4;
if(!valid6){
const _errs50 = errors;
if(data16 !== null){
vErrors = __issue(vErrors, instancePath+"/source_order", issue121, {type: "null"});
errors++;
}
var _valid4 = _errs50 === errors;
valid6 = valid6 || _valid4;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/source_order", issue122, {});
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
}
if(data.statement_descriptor !== undefined){
let data17 = data.statement_descriptor;
if((typeof data17 !== "string") && (data17 !== null)){
vErrors = __issue(vErrors, instancePath+"/statement_descriptor", issue123, {type: schemaValue0});
errors++;
}
}
if(data.status !== undefined){
let data18 = data.status;
if(typeof data18 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue44, {type: "string"});
errors++;
}
if(!(((((data18 === "canceled") || (data18 === "chargeable")) || (data18 === "consumed")) || (data18 === "failed")) || (data18 === "pending"))){
vErrors = __issue(vErrors, instancePath+"/status", issue124, {allowedValues: schemaValue8});
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
let data20 = data.usage;
if((typeof data20 !== "string") && (data20 !== null)){
vErrors = __issue(vErrors, instancePath+"/usage", issue126, {type: schemaValue0});
errors++;
}
if(!(((data20 === "reusable") || (data20 === "single_use")) || (data20 === null))){
vErrors = __issue(vErrors, instancePath+"/usage", issue127, {allowedValues: schemaValue10});
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
if(!(validate27(data.ach_credit_transfer, instancePath+"/ach_credit_transfer"))){
vErrors = __concat(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data.ach_debit !== undefined){
if(!(validate29(data.ach_debit, instancePath+"/ach_debit"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.alipay !== undefined){
if(!(validate29(data.alipay, instancePath+"/alipay"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.bancontact !== undefined){
if(!(validate29(data.bancontact, instancePath+"/bancontact"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.card !== undefined){
if(!(validate29(data.card, instancePath+"/card"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.card_present !== undefined){
if(!(validate29(data.card_present, instancePath+"/card_present"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.eps !== undefined){
if(!(validate29(data.eps, instancePath+"/eps"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.giropay !== undefined){
if(!(validate29(data.giropay, instancePath+"/giropay"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.ideal !== undefined){
if(!(validate29(data.ideal, instancePath+"/ideal"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.klarna !== undefined){
if(!(validate29(data.klarna, instancePath+"/klarna"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.multibanco !== undefined){
if(!(validate29(data.multibanco, instancePath+"/multibanco"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.p24 !== undefined){
if(!(validate29(data.p24, instancePath+"/p24"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.sepa_debit !== undefined){
if(!(validate29(data.sepa_debit, instancePath+"/sepa_debit"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.sofort !== undefined){
if(!(validate29(data.sofort, instancePath+"/sofort"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.three_d_secure !== undefined){
if(!(validate29(data.three_d_secure, instancePath+"/three_d_secure"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.wechat !== undefined){
if(!(validate29(data.wechat, instancePath+"/wechat"))){
vErrors = __concat(vErrors, validate29.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponseDefault = validate75;

function validate76(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
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
validate76.errors = vErrors;
return errors === 0;
}

function validate75(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
vErrors = __issue(vErrors, instancePath, issue32, {missingProperty: "error"});
errors++;
}
if(data.error !== undefined){
if(!(validate76(data.error, instancePath+"/error"))){
vErrors = __concat(vErrors, validate76.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

export const validateDetachSourceRequest = validate78;

function validate78(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

export const validateCreateSourceRequest = validate79;

function validate83(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
vErrors = __issue(vErrors, instancePath, issue179, {type: "integer"});
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}

function validate79(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
vErrors = __issue(vErrors, instancePath, issue180, {missingProperty: "type"});
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer === undefined){
vErrors = __issue(vErrors, instancePath, issue181, {missingProperty: "customer"});
errors++;
}
if(data.original_source === undefined){
vErrors = __issue(vErrors, instancePath, issue182, {missingProperty: "original_source"});
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath, issue183, {});
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
if(!(validate50(data.type, instancePath+"/type"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.customer !== undefined){
if(!(validate50(data.customer, instancePath+"/customer"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.original_source !== undefined){
if(!(validate50(data.original_source, instancePath+"/original_source"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.amount !== undefined){
if(!(validate83(data.amount, instancePath+"/amount"))){
vErrors = __concat(vErrors, validate83.errors);
errors = vErrors.length;
}
}
if(data.currency !== undefined){
if(!(validate5(data.currency, instancePath+"/currency"))){
vErrors = __concat(vErrors, validate5.errors);
errors = vErrors.length;
}
}
if(data.flow !== undefined){
let data5 = data.flow;
if(typeof data5 !== "string"){
vErrors = __issue(vErrors, instancePath+"/flow", issue109, {type: "string"});
errors++;
}
if(!((((data5 === "redirect") || (data5 === "receiver")) || (data5 === "code_verification")) || (data5 === "none"))){
vErrors = __issue(vErrors, instancePath+"/flow", issue110, {allowedValues: schemaValue6});
errors++;
}
}
if(data.mandate !== undefined){
if(!(validate45(data.mandate, instancePath+"/mandate"))){
vErrors = __concat(vErrors, validate45.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate8(data.metadata, instancePath+"/metadata"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
if(data.owner !== undefined){
if(!(validate47(data.owner, instancePath+"/owner"))){
vErrors = __concat(vErrors, validate47.errors);
errors = vErrors.length;
}
}
if(data.receiver !== undefined){
let data9 = data.receiver;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.refund_attributes_method !== undefined){
let data10 = data9.refund_attributes_method;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue184, {type: "string"});
errors++;
}
if(!((data10 === "email") || (data10 === "manual"))){
vErrors = __issue(vErrors, instancePath+"/receiver/refund_attributes_method", issue185, {allowedValues: schemaValue15});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/receiver", issue186, {type: "object"});
errors++;
}
}
if(data.redirect !== undefined){
let data11 = data.redirect;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.return_url === undefined){
vErrors = __issue(vErrors, instancePath+"/redirect", issue187, {missingProperty: "return_url"});
errors++;
}
if(data11.return_url !== undefined){
if(!(validate50(data11.return_url, instancePath+"/redirect/return_url"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/redirect", issue188, {type: "object"});
errors++;
}
}
if(data.source_order !== undefined){
if(!(validate46(data.source_order, instancePath+"/source_order"))){
vErrors = __concat(vErrors, validate46.errors);
errors = vErrors.length;
}
}
if(data.statement_descriptor !== undefined){
if(!(validate50(data.statement_descriptor, instancePath+"/statement_descriptor"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.token !== undefined){
if(!(validate50(data.token, instancePath+"/token"))){
vErrors = __concat(vErrors, validate50.errors);
errors = vErrors.length;
}
}
if(data.usage !== undefined){
let data16 = data.usage;
if(typeof data16 !== "string"){
vErrors = __issue(vErrors, instancePath+"/usage", issue189, {type: "string"});
errors++;
}
if(!((data16 === "reusable") || (data16 === "single_use"))){
vErrors = __issue(vErrors, instancePath+"/usage", issue190, {allowedValues: schemaValue16});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

export const validateRetrieveSourceRequest = validate93;

function validate93(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/client_secret", issue103, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

export const validateUpdateSourceRequest = validate94;

function validate94(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
if(!(validate83(data.amount, instancePath+"/amount"))){
vErrors = __concat(vErrors, validate83.errors);
errors = vErrors.length;
}
}
if(data.mandate !== undefined){
if(!(validate45(data.mandate, instancePath+"/mandate"))){
vErrors = __concat(vErrors, validate45.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate8(data.metadata, instancePath+"/metadata"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
if(data.owner !== undefined){
if(!(validate47(data.owner, instancePath+"/owner"))){
vErrors = __concat(vErrors, validate47.errors);
errors = vErrors.length;
}
}
if(data.source_order !== undefined){
if(!(validate46(data.source_order, instancePath+"/source_order"))){
vErrors = __concat(vErrors, validate46.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue6, {type: "object"});
errors++;
}
validate94.errors = vErrors;
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
