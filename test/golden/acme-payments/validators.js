// Generated from acme-payments.yaml — do not edit.
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

const __DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const __DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function __isDate(str) {
  const matches = __DATE.exec(str);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : __DAYS[month]);
}
const __TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function __isTime(str, strictTimeZone) {
  const matches = __TIME.exec(str);
  if (!matches) return false;
  const hr = +matches[1];
  const min = +matches[2];
  const sec = +matches[3];
  const tz = matches[4];
  const tzSign = matches[5] === "-" ? -1 : 1;
  const tzH = +(matches[6] || 0);
  const tzM = +(matches[7] || 0);
  if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // leap second
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
const __DATE_TIME_SEPARATOR = /t|\s/i;
function __isDateTime(str, strictTimeZone) {
  const dateTime = str.split(__DATE_TIME_SEPARATOR);
  return dateTime.length === 2 && __isDate(dateTime[0]) && __isTime(dateTime[1], strictTimeZone);
}

const __format_date_time = { validate: (str) => __isDateTime(str, true) };

/** Seconds since the Unix epoch: an integer >= 0. */
const __format_unix_time = { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 };

const schemaValue0 = ["pending","succeeded","failed"];
const issue0 = ["#/required"];
const issue1 = ["#/required"];
const issue2 = ["#/required"];
const issue3 = ["#/required"];
const issue4 = ["#/properties/id/type"];
const issue5 = ["#/properties/amount/type"];
const issue6 = ["#/properties/amount/minimum"];
const issue7 = ["#/properties/currency/pattern"];
const issue8 = ["#/properties/currency/type"];
const issue9 = ["#/components/schemas/PaymentStatus/type"];
const issue10 = ["#/components/schemas/PaymentStatus/enum"];
const issue11 = ["#/properties/created_at/format"];
const issue12 = ["#/properties/created_at/type"];
const issue13 = ["#/type"];
const issue14 = ["#/type"];
const issue15 = ["#/enum"];
const issue16 = ["#/properties/type/type"];
const issue17 = ["#/properties/title/type"];
const issue18 = ["#/properties/status/type"];
const issue19 = ["#/properties/detail/type"];
const issue20 = ["#/properties/instance/type"];
const issue21 = ["#/properties/ok/type"];
const issue22 = ["#/required"];
const issue23 = ["#/properties/path/required"];
const issue24 = ["#/properties/path/properties/paymentId/type"];
const issue25 = ["#/properties/path/type"];
const issue26 = ["#/required"];
const issue27 = ["#/properties/body/required"];
const issue28 = ["#/properties/body/properties/payment/type"];
const issue29 = ["#/properties/body/properties/amount/type"];
const issue30 = ["#/properties/body/properties/reasons/items/type"];
const issue31 = ["#/properties/body/properties/reasons/type"];
const issue32 = ["#/properties/body/properties/notify/items/type"];
const issue33 = ["#/properties/body/properties/notify/type"];
const issue34 = ["#/properties/body/properties/metadata/additionalProperties/type"];
const issue35 = ["#/properties/body/properties/metadata/type"];
const issue36 = ["#/properties/body/properties/requested_at/type"];
const issue37 = ["#/properties/body/properties/requested_at/format"];
const issue38 = ["#/properties/body/type"];
const issue39 = ["#/properties/query/properties/status/type"];
const issue40 = ["#/properties/query/properties/currency/items/type"];
const issue41 = ["#/properties/query/properties/currency/type"];
const issue42 = ["#/properties/query/properties/created/properties/gte/format"];
const issue43 = ["#/properties/query/properties/created/properties/gte/type"];
const issue44 = ["#/properties/query/properties/created/properties/lt/format"];
const issue45 = ["#/properties/query/properties/created/properties/lt/type"];
const issue46 = ["#/properties/query/properties/created/type"];
const issue47 = ["#/properties/query/properties/since/type"];
const issue48 = ["#/properties/query/properties/since/format"];
const issue49 = ["#/properties/query/properties/limit/type"];
const issue50 = ["#/properties/query/properties/limit/maximum"];
const issue51 = ["#/properties/query/properties/limit/minimum"];
const issue52 = ["#/properties/query/type"];
const issue53 = ["#/properties/header/properties/X-Trace/items/type"];
const issue54 = ["#/properties/header/properties/X-Trace/type"];
const issue55 = ["#/properties/header/type"];
const issue56 = ["#/type"];
const issue57 = ["#/required"];
const issue58 = ["#/properties/query/properties/ids/items/type"];
const issue59 = ["#/properties/query/properties/ids/type"];
const issue60 = ["#/properties/query/properties/tags/items/type"];
const issue61 = ["#/properties/query/properties/tags/type"];
const issue62 = ["#/properties/query/properties/amount/properties/min/type"];
const issue63 = ["#/properties/query/properties/amount/properties/max/type"];
const issue64 = ["#/properties/query/properties/amount/type"];
const issue65 = ["#/properties/path/required"];
const issue66 = ["#/properties/path/properties/point/properties/lat/type"];
const issue67 = ["#/properties/path/properties/point/properties/lng/type"];
const issue68 = ["#/properties/path/properties/point/type"];
const issue69 = ["#/properties/path/required"];
const issue70 = ["#/properties/path/properties/period/items/type"];
const issue71 = ["#/properties/path/properties/period/type"];
export const validatePayment = validate1;

const pattern0 = new RegExp("^[a-z]{3}$", "u");
const formats0 = __format_date_time;

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue0, {missingProperty: "id"});
errors++;
}
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "currency"});
errors++;
}
if(data.created_at === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "created_at"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue4, {type: "string"});
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue5, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/amount", issue6, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
vErrors = __issue(vErrors, instancePath+"/currency", issue7, {pattern: "^[a-z]{3}$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue8, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue9, {type: "string"});
errors++;
}
if(!(((data3 === "pending") || (data3 === "succeeded")) || (data3 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/status", issue10, {allowedValues: schemaValue0});
errors++;
}
}
if(data.created_at !== undefined){
let data4 = data.created_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
vErrors = __issue(vErrors, instancePath+"/created_at", issue11, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created_at", issue12, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validatePaymentStatus = validate2;

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue14, {type: "string"});
errors++;
}
if(!(((data === "pending") || (data === "succeeded")) || (data === "failed"))){
vErrors = __issue(vErrors, instancePath, issue15, {allowedValues: schemaValue0});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateProblem = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue16, {type: "string"});
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
vErrors = __issue(vErrors, instancePath+"/title", issue17, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/status", issue18, {type: "integer"});
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
vErrors = __issue(vErrors, instancePath+"/detail", issue19, {type: "string"});
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
vErrors = __issue(vErrors, instancePath+"/instance", issue20, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validateGetHealthResponse200 = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ok !== undefined){
if(typeof data.ok !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/ok", issue21, {type: "boolean"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateGetMeResponse200 = validate5;

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

export const validateCapturePaymentRequest = validate6;

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue22, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.paymentId === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue23, {missingProperty: "paymentId"});
errors++;
}
if(data0.paymentId !== undefined){
if(typeof data0.paymentId !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/paymentId", issue24, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue25, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}

export const validateCreatePaymentRequest = validate7;

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue0, {missingProperty: "id"});
errors++;
}
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "currency"});
errors++;
}
if(data.created_at === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "created_at"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue4, {type: "string"});
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue5, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/amount", issue6, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
vErrors = __issue(vErrors, instancePath+"/currency", issue7, {pattern: "^[a-z]{3}$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue8, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue9, {type: "string"});
errors++;
}
if(!(((data3 === "pending") || (data3 === "succeeded")) || (data3 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/status", issue10, {allowedValues: schemaValue0});
errors++;
}
}
if(data.created_at !== undefined){
let data4 = data.created_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
vErrors = __issue(vErrors, instancePath+"/created_at", issue11, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created_at", issue12, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue26, {missingProperty: "body"});
errors++;
}
if(data.body !== undefined){
if(!(validate8(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateCreateRefundRequest = validate10;

const formats4 = __format_unix_time;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue26, {missingProperty: "body"});
errors++;
}
if(data.body !== undefined){
let data0 = data.body;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.payment === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue27, {missingProperty: "payment"});
errors++;
}
if(data0.payment !== undefined){
if(typeof data0.payment !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/payment", issue28, {type: "string"});
errors++;
}
}
if(data0.amount !== undefined){
let data2 = data0.amount;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/body/amount", issue29, {type: "integer"});
errors++;
}
}
if(data0.reasons !== undefined){
let data3 = data0.reasons;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/reasons/" + i0, issue30, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/reasons", issue31, {type: "array"});
errors++;
}
}
if(data0.notify !== undefined){
let data5 = data0.notify;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/notify/" + i1, issue32, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/notify", issue33, {type: "array"});
errors++;
}
}
if(data0.metadata !== undefined){
let data7 = data0.metadata;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(typeof data7[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue34, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue35, {type: "object"});
errors++;
}
}
if(data0.requested_at !== undefined){
let data9 = data0.requested_at;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
vErrors = __issue(vErrors, instancePath+"/body/requested_at", issue36, {type: "integer"});
errors++;
}
if(typeof data9 == "number"){
if(!(formats4.validate(data9))){
vErrors = __issue(vErrors, instancePath+"/body/requested_at", issue37, {format: "unix-time"});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue38, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateCreateRefundResponse200 = validate11;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue4, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateListPaymentsRequest = validate12;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data0 = data.query;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.status !== undefined){
let data1 = data0.status;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/status/" + i0, issue9, {type: "string"});
errors++;
}
if(!(((data2 === "pending") || (data2 === "succeeded")) || (data2 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/query/status/" + i0, issue10, {allowedValues: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/status", issue39, {type: "array"});
errors++;
}
}
if(data0.currency !== undefined){
let data3 = data0.currency;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/currency/" + i1, issue40, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/currency", issue41, {type: "array"});
errors++;
}
}
if(data0.created !== undefined){
let data5 = data0.created;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.gte !== undefined){
let data6 = data5.gte;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
vErrors = __issue(vErrors, instancePath+"/query/created/gte", issue42, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/created/gte", issue43, {type: "string"});
errors++;
}
}
if(data5.lt !== undefined){
let data7 = data5.lt;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/query/created/lt", issue44, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/created/lt", issue45, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/created", issue46, {type: "object"});
errors++;
}
}
if(data0.since !== undefined){
let data8 = data0.since;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
vErrors = __issue(vErrors, instancePath+"/query/since", issue47, {type: "integer"});
errors++;
}
if(typeof data8 == "number"){
if(!(formats4.validate(data8))){
vErrors = __issue(vErrors, instancePath+"/query/since", issue48, {format: "unix-time"});
errors++;
}
}
}
if(data0.limit !== undefined){
let data9 = data0.limit;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
vErrors = __issue(vErrors, instancePath+"/query/limit", issue49, {type: "integer"});
errors++;
}
if(typeof data9 == "number"){
if(data9 > 100 || isNaN(data9)){
vErrors = __issue(vErrors, instancePath+"/query/limit", issue50, {comparison: "<=", limit: 100});
errors++;
}
if(data9 < 1 || isNaN(data9)){
vErrors = __issue(vErrors, instancePath+"/query/limit", issue51, {comparison: ">=", limit: 1});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query", issue52, {type: "object"});
errors++;
}
}
if(data.header !== undefined){
let data10 = data.header;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10["X-Trace"] !== undefined){
let data11 = data10["X-Trace"];
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
vErrors = __issue(vErrors, instancePath+"/header/X-Trace/" + i2, issue53, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/header/X-Trace", issue54, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/header", issue55, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const validateListPaymentsResponse200 = validate13;

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate8(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue56, {type: "array"});
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
vErrors = __issue(vErrors, instancePath, issue57, {missingProperty: "data"});
errors++;
}
if(data.data !== undefined){
if(!(validate14(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const validateSearchPaymentsRequest = validate17;

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data0 = data.query;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.ids !== undefined){
let data1 = data0.ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/ids/" + i0, issue58, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/ids", issue59, {type: "array"});
errors++;
}
}
if(data0.tags !== undefined){
let data3 = data0.tags;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/tags/" + i1, issue60, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/tags", issue61, {type: "array"});
errors++;
}
}
if(data0.amount !== undefined){
let data5 = data0.amount;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.min !== undefined){
let data6 = data5.min;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
vErrors = __issue(vErrors, instancePath+"/query/amount/min", issue62, {type: "integer"});
errors++;
}
}
if(data5.max !== undefined){
let data7 = data5.max;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/query/amount/max", issue63, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/amount", issue64, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query", issue52, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const validateSearchPaymentsResponse200 = validate18;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate14(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validateGetRegionRequest = validate20;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue22, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.point === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue65, {missingProperty: "point"});
errors++;
}
if(data0.point !== undefined){
let data1 = data0.point;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.lat !== undefined){
if(!(typeof data1.lat == "number")){
vErrors = __issue(vErrors, instancePath+"/path/point/lat", issue66, {type: "number"});
errors++;
}
}
if(data1.lng !== undefined){
if(!(typeof data1.lng == "number")){
vErrors = __issue(vErrors, instancePath+"/path/point/lng", issue67, {type: "number"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path/point", issue68, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue25, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validateGetReportRequest = validate21;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue22, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.period === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue69, {missingProperty: "period"});
errors++;
}
if(data0.period !== undefined){
let data1 = data0.period;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/path/period/" + i0, issue70, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path/period", issue71, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue25, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateCapturePaymentResponse200 = validatePayment;
export const validateCapturePaymentResponseDefault = validateProblem;
export const validateCreatePaymentResponse201 = validatePayment;
export const validateCreatePaymentResponseDefault = validateProblem;
export const validateCreateRefundResponseDefault = validateProblem;
export const validateGetPaymentRequest = validateCapturePaymentRequest;
export const validateGetPaymentResponse200 = validatePayment;
export const validateGetPaymentResponseDefault = validateProblem;
export const validateListPaymentsResponseDefault = validateProblem;
export const validateSearchPaymentsResponseDefault = validateProblem;
export const validateGetRegionResponse200 = validateGetMeResponse200;
export const validateGetReportResponse200 = validateGetMeResponse200;
export const validateGetReportResponseDefault = validateProblem;
