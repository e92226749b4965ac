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

/** The errors of a failed call appended to the list, which may be null (ajv's own expression). */
function __concat(vErrors, errors) {
  return vErrors === null ? errors : vErrors.concat(errors);
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
const issue0 = ["#/type"];
const issue1 = ["#/enum"];
const issue2 = ["#/required"];
const issue3 = ["#/required"];
const issue4 = ["#/required"];
const issue5 = ["#/required"];
const issue6 = ["#/properties/id/type"];
const issue7 = ["#/properties/amount/type"];
const issue8 = ["#/properties/amount/minimum"];
const issue9 = ["#/properties/currency/pattern"];
const issue10 = ["#/properties/currency/type"];
const issue11 = ["#/properties/created_at/format"];
const issue12 = ["#/properties/created_at/type"];
const issue13 = ["#/type"];
const issue14 = ["#/properties/type/type"];
const issue15 = ["#/properties/title/type"];
const issue16 = ["#/properties/status/type"];
const issue17 = ["#/properties/detail/type"];
const issue18 = ["#/properties/instance/type"];
const issue19 = ["#/properties/ok/type"];
const issue20 = ["#/type"];
const issue21 = ["#/type"];
const issue22 = ["#/required"];
const issue23 = ["#/properties/metadata/type"];
const issue24 = ["#/properties/requested_at/type"];
const issue25 = ["#/properties/requested_at/format"];
const issue26 = ["#/format"];
const issue27 = ["#/properties/status/type"];
const issue28 = ["#/properties/currency/type"];
const issue29 = ["#/properties/created/type"];
const issue30 = ["#/properties/since/type"];
const issue31 = ["#/properties/since/format"];
const issue32 = ["#/properties/limit/type"];
const issue33 = ["#/properties/limit/maximum"];
const issue34 = ["#/properties/limit/minimum"];
const issue35 = ["#/required"];
const issue36 = ["#/properties/amount/type"];
export const validatePayment = validate1;

const pattern0 = new RegExp("^[a-z]{3}$", "u");

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
if(!(((data === "pending") || (data === "succeeded")) || (data === "failed"))){
vErrors = __issue(vErrors, instancePath, issue1, {allowedValues: schemaValue0});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

const formats0 = __format_date_time;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "id"});
errors++;
}
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "currency"});
errors++;
}
if(data.created_at === undefined){
vErrors = __issue(vErrors, instancePath, issue5, {missingProperty: "created_at"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue6, {type: "string"});
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue7, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/amount", issue8, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
vErrors = __issue(vErrors, instancePath+"/currency", issue9, {pattern: "^[a-z]{3}$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue10, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(!(validate2(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
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

export const validatePaymentWritable = validate4;

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "currency"});
errors++;
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue7, {type: "integer"});
errors++;
}
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
vErrors = __issue(vErrors, instancePath+"/amount", issue8, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
vErrors = __issue(vErrors, instancePath+"/currency", issue9, {pattern: "^[a-z]{3}$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue10, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(!(validate2(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
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

export const validateProblem = validate6;

function validate6(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = __issue(vErrors, instancePath+"/type", issue14, {type: "string"});
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
vErrors = __issue(vErrors, instancePath+"/title", issue15, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/status", issue16, {type: "integer"});
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
vErrors = __issue(vErrors, instancePath+"/detail", issue17, {type: "string"});
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
vErrors = __issue(vErrors, instancePath+"/instance", issue18, {type: "string"});
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

export const validateGetHealthRequest = validate7;

function validate7(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateGetHealthResponse200 = validate8;

function validate8(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ok !== undefined){
if(typeof data.ok !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/ok", issue19, {type: "boolean"});
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

export const validateGetMeResponse200 = validate9;

function validate9(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

export const validateCreatePaymentRequest = validate10;

function validate10(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "currency"});
errors++;
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue7, {type: "integer"});
errors++;
}
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
vErrors = __issue(vErrors, instancePath+"/amount", issue8, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
vErrors = __issue(vErrors, instancePath+"/currency", issue9, {pattern: "^[a-z]{3}$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue10, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
if(!(validate2(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
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

export const validateCreateRefundRequest = validate12;

function validate13(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

function validate15(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
vErrors = __issue(vErrors, instancePath, issue20, {type: "integer"});
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

function validate17(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data[i0], instancePath+"/" + i0))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue21, {type: "array"});
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const formats2 = __format_unix_time;

function validate12(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment === undefined){
vErrors = __issue(vErrors, instancePath, issue22, {missingProperty: "payment"});
errors++;
}
if(data.payment !== undefined){
if(!(validate13(data.payment, instancePath+"/payment"))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
if(data.amount !== undefined){
if(!(validate15(data.amount, instancePath+"/amount"))){
vErrors = __concat(vErrors, validate15.errors);
errors = vErrors.length;
}
}
if(data.reasons !== undefined){
if(!(validate17(data.reasons, instancePath+"/reasons"))){
vErrors = __concat(vErrors, validate17.errors);
errors = vErrors.length;
}
}
if(data.notify !== undefined){
if(!(validate17(data.notify, instancePath+"/notify"))){
vErrors = __concat(vErrors, validate17.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
let data4 = data.metadata;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
if(!(validate13(data4[key0], instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue23, {type: "object"});
errors++;
}
}
if(data.requested_at !== undefined){
let data6 = data.requested_at;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
vErrors = __issue(vErrors, instancePath+"/requested_at", issue24, {type: "integer"});
errors++;
}
if(typeof data6 == "number"){
if(!(formats2.validate(data6))){
vErrors = __issue(vErrors, instancePath+"/requested_at", issue25, {format: "unix-time"});
errors++;
}
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

export const validateCreateRefundResponse200 = validate22;

function validate22(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(!(validate13(data.id, instancePath+"/id"))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const validateListPaymentsRequest = validate24;

function validate27(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats0.validate(data))){
vErrors = __issue(vErrors, instancePath, issue26, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

function validate24(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data0[i0], instancePath+"/status/" + i0))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/status", issue27, {type: "array"});
errors++;
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data2[i1], instancePath+"/currency/" + i1))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue28, {type: "array"});
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.gte !== undefined){
if(!(validate27(data4.gte, instancePath+"/created/gte"))){
vErrors = __concat(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data4.lt !== undefined){
if(!(validate27(data4.lt, instancePath+"/created/lt"))){
vErrors = __concat(vErrors, validate27.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created", issue29, {type: "object"});
errors++;
}
}
if(data.since !== undefined){
let data7 = data.since;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/since", issue30, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats2.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/since", issue31, {format: "unix-time"});
errors++;
}
}
}
if(data.limit !== undefined){
let data8 = data.limit;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
vErrors = __issue(vErrors, instancePath+"/limit", issue32, {type: "integer"});
errors++;
}
if(typeof data8 == "number"){
if(data8 > 100 || isNaN(data8)){
vErrors = __issue(vErrors, instancePath+"/limit", issue33, {comparison: "<=", limit: 100});
errors++;
}
if(data8 < 1 || isNaN(data8)){
vErrors = __issue(vErrors, instancePath+"/limit", issue34, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data["X-Trace"] !== undefined){
if(!(validate17(data["X-Trace"], instancePath+"/X-Trace"))){
vErrors = __concat(vErrors, validate17.errors);
errors = vErrors.length;
}
}
if(data.locale !== undefined){
if(!(validate13(data.locale, instancePath+"/locale"))){
vErrors = __concat(vErrors, validate13.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const validateListPaymentsResponse200 = validate32;

function validate33(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data[i0], instancePath+"/" + i0))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue21, {type: "array"});
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

function validate32(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
vErrors = __issue(vErrors, instancePath, issue35, {missingProperty: "data"});
errors++;
}
if(data.data !== undefined){
if(!(validate33(data.data, instancePath+"/data"))){
vErrors = __concat(vErrors, validate33.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const validateSearchPaymentsRequest = validate36;

function validate36(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ids !== undefined){
if(!(validate17(data.ids, instancePath+"/ids"))){
vErrors = __concat(vErrors, validate17.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
if(!(validate17(data.tags, instancePath+"/tags"))){
vErrors = __concat(vErrors, validate17.errors);
errors = vErrors.length;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.min !== undefined){
if(!(validate15(data2.min, instancePath+"/amount/min"))){
vErrors = __concat(vErrors, validate15.errors);
errors = vErrors.length;
}
}
if(data2.max !== undefined){
if(!(validate15(data2.max, instancePath+"/amount/max"))){
vErrors = __concat(vErrors, validate15.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/amount", issue36, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

export const validateSearchPaymentsResponse200 = validate41;

function validate41(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate33(data.data, instancePath+"/data"))){
vErrors = __concat(vErrors, validate33.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

export const validateGetMeRequest = validateGetHealthRequest;
export const validateCapturePaymentRequest = validateGetHealthRequest;
export const validateCapturePaymentResponse200 = validatePayment;
export const validateCapturePaymentResponseDefault = validateProblem;
export const validateCreatePaymentResponse201 = validatePayment;
export const validateCreatePaymentResponseDefault = validateProblem;
export const validateCreateRefundResponseDefault = validateProblem;
export const validateGetPaymentRequest = validateGetHealthRequest;
export const validateGetPaymentResponse200 = validatePayment;
export const validateGetPaymentResponseDefault = validateProblem;
export const validateListPaymentsResponseDefault = validateProblem;
export const validateSearchPaymentsResponseDefault = validateProblem;
export const validateGetReportRequest = validateGetHealthRequest;
export const validateGetReportResponse200 = validateGetMeResponse200;
export const validateGetReportResponseDefault = validateProblem;
export const validateGetRegionRequest = validateGetHealthRequest;
export const validateGetRegionResponse200 = validateGetMeResponse200;
