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
const issue23 = ["#/properties/payment/type"];
const issue24 = ["#/properties/reasons/items/type"];
const issue25 = ["#/properties/reasons/type"];
const issue26 = ["#/properties/notify/items/type"];
const issue27 = ["#/properties/notify/type"];
const issue28 = ["#/properties/metadata/additionalProperties/type"];
const issue29 = ["#/properties/metadata/type"];
const issue30 = ["#/properties/requested_at/type"];
const issue31 = ["#/properties/requested_at/format"];
const issue32 = ["#/properties/status/type"];
const issue33 = ["#/properties/currency/items/type"];
const issue34 = ["#/properties/currency/type"];
const issue35 = ["#/properties/created/properties/gte/format"];
const issue36 = ["#/properties/created/properties/gte/type"];
const issue37 = ["#/properties/created/properties/lt/format"];
const issue38 = ["#/properties/created/properties/lt/type"];
const issue39 = ["#/properties/created/type"];
const issue40 = ["#/properties/since/type"];
const issue41 = ["#/properties/since/format"];
const issue42 = ["#/properties/limit/type"];
const issue43 = ["#/properties/limit/maximum"];
const issue44 = ["#/properties/limit/minimum"];
const issue45 = ["#/properties/X-Trace/items/type"];
const issue46 = ["#/properties/X-Trace/type"];
const issue47 = ["#/properties/locale/type"];
const issue48 = ["#/type"];
const issue49 = ["#/required"];
const issue50 = ["#/properties/ids/items/type"];
const issue51 = ["#/properties/ids/type"];
const issue52 = ["#/properties/tags/items/type"];
const issue53 = ["#/properties/tags/type"];
const issue54 = ["#/properties/amount/properties/min/type"];
const issue55 = ["#/properties/amount/properties/max/type"];
const issue56 = ["#/properties/amount/type"];
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

export const validatePaymentWritable = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "currency"});
errors++;
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue5, {type: "integer"});
errors++;
}
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
vErrors = __issue(vErrors, instancePath+"/amount", issue6, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
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
let data2 = data.status;
if(typeof data2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue9, {type: "string"});
errors++;
}
if(!(((data2 === "pending") || (data2 === "succeeded")) || (data2 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/status", issue10, {allowedValues: schemaValue0});
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

export const validateProblem = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate4.errors = vErrors;
return errors === 0;
}

export const validateGetHealthRequest = validate5;

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

export const validateGetHealthResponse200 = validate6;

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate6.errors = vErrors;
return errors === 0;
}

export const validateGetMeResponse200 = validate7;

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateCreatePaymentRequest = validate8;

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "amount"});
errors++;
}
if(data.currency === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "currency"});
errors++;
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue5, {type: "integer"});
errors++;
}
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
vErrors = __issue(vErrors, instancePath+"/amount", issue6, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
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
let data2 = data.status;
if(typeof data2 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status", issue9, {type: "string"});
errors++;
}
if(!(((data2 === "pending") || (data2 === "succeeded")) || (data2 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/status", issue10, {allowedValues: schemaValue0});
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

export const validateCreateRefundRequest = validate9;

const formats2 = __format_unix_time;

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment === undefined){
vErrors = __issue(vErrors, instancePath, issue22, {missingProperty: "payment"});
errors++;
}
if(data.payment !== undefined){
if(typeof data.payment !== "string"){
vErrors = __issue(vErrors, instancePath+"/payment", issue23, {type: "string"});
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/amount", issue5, {type: "integer"});
errors++;
}
}
if(data.reasons !== undefined){
let data2 = data.reasons;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/reasons/" + i0, issue24, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/reasons", issue25, {type: "array"});
errors++;
}
}
if(data.notify !== undefined){
let data4 = data.notify;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/notify/" + i1, issue26, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/notify", issue27, {type: "array"});
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue28, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue29, {type: "object"});
errors++;
}
}
if(data.requested_at !== undefined){
let data8 = data.requested_at;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
vErrors = __issue(vErrors, instancePath+"/requested_at", issue30, {type: "integer"});
errors++;
}
if(typeof data8 == "number"){
if(!(formats2.validate(data8))){
vErrors = __issue(vErrors, instancePath+"/requested_at", issue31, {format: "unix-time"});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

export const validateCreateRefundResponse200 = validate10;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate10.errors = vErrors;
return errors === 0;
}

export const validateListPaymentsRequest = validate11;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/status/" + i0, issue9, {type: "string"});
errors++;
}
if(!(((data1 === "pending") || (data1 === "succeeded")) || (data1 === "failed"))){
vErrors = __issue(vErrors, instancePath+"/status/" + i0, issue10, {allowedValues: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/status", issue32, {type: "array"});
errors++;
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/currency/" + i1, issue33, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/currency", issue34, {type: "array"});
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.gte !== undefined){
let data5 = data4.gte;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
vErrors = __issue(vErrors, instancePath+"/created/gte", issue35, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created/gte", issue36, {type: "string"});
errors++;
}
}
if(data4.lt !== undefined){
let data6 = data4.lt;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
vErrors = __issue(vErrors, instancePath+"/created/lt", issue37, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created/lt", issue38, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created", issue39, {type: "object"});
errors++;
}
}
if(data.since !== undefined){
let data7 = data.since;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
vErrors = __issue(vErrors, instancePath+"/since", issue40, {type: "integer"});
errors++;
}
if(typeof data7 == "number"){
if(!(formats2.validate(data7))){
vErrors = __issue(vErrors, instancePath+"/since", issue41, {format: "unix-time"});
errors++;
}
}
}
if(data.limit !== undefined){
let data8 = data.limit;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
vErrors = __issue(vErrors, instancePath+"/limit", issue42, {type: "integer"});
errors++;
}
if(typeof data8 == "number"){
if(data8 > 100 || isNaN(data8)){
vErrors = __issue(vErrors, instancePath+"/limit", issue43, {comparison: "<=", limit: 100});
errors++;
}
if(data8 < 1 || isNaN(data8)){
vErrors = __issue(vErrors, instancePath+"/limit", issue44, {comparison: ">=", limit: 1});
errors++;
}
}
}
if(data["X-Trace"] !== undefined){
let data9 = data["X-Trace"];
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
vErrors = __issue(vErrors, instancePath+"/X-Trace/" + i2, issue45, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/X-Trace", issue46, {type: "array"});
errors++;
}
}
if(data.locale !== undefined){
if(typeof data.locale !== "string"){
vErrors = __issue(vErrors, instancePath+"/locale", issue47, {type: "string"});
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

export const validateListPaymentsResponse200 = validate12;

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue48, {type: "array"});
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
vErrors = __issue(vErrors, instancePath, issue49, {missingProperty: "data"});
errors++;
}
if(data.data !== undefined){
if(!(validate13(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
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

export const validateSearchPaymentsRequest = validate16;

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ids !== undefined){
let data0 = data.ids;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/ids/" + i0, issue50, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/ids", issue51, {type: "array"});
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
vErrors = __issue(vErrors, instancePath+"/tags/" + i1, issue52, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/tags", issue53, {type: "array"});
errors++;
}
}
if(data.amount !== undefined){
let data4 = data.amount;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.min !== undefined){
let data5 = data4.min;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
vErrors = __issue(vErrors, instancePath+"/amount/min", issue54, {type: "integer"});
errors++;
}
}
if(data4.max !== undefined){
let data6 = data4.max;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
vErrors = __issue(vErrors, instancePath+"/amount/max", issue55, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/amount", issue56, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validateSearchPaymentsResponse200 = validate17;

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate13(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
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
