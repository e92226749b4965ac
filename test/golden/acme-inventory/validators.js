// Generated from acme-inventory.yaml — do not edit.
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

const schemaValue0 = ["draft","active","retired"];
const schemaValue1 = ["string","null"];
const schemaValue2 = ["matte","gloss"];
const schemaValue3 = ["parts"];
const schemaValue4 = ["string","object"];
const issue0 = ["#/type"];
const issue1 = ["#/enum"];
const issue2 = ["#/required"];
const issue3 = ["#/required"];
const issue4 = ["#/required"];
const issue5 = ["#/required"];
const issue6 = ["#/properties/id/type"];
const issue7 = ["#/properties/name/type"];
const issue8 = ["#/properties/sku/type"];
const issue9 = ["#/properties/finish/type"];
const issue10 = ["#/properties/finish/enum"];
const issue11 = ["#/properties/created_at/format"];
const issue12 = ["#/properties/created_at/type"];
const issue13 = ["#/type"];
const issue14 = ["#/required"];
const issue15 = ["#/required"];
const issue16 = ["#/properties/number/type"];
const issue17 = ["#/properties/widgets/type"];
const issue18 = ["#/properties/secret/type"];
const issue19 = ["#/allOf/0/properties/X-Acme-Trace/type"];
const issue20 = ["#/allOf/0/type"];
const issue21 = ["#/properties/expand/items/type"];
const issue22 = ["#/properties/expand/items/enum"];
const issue23 = ["#/properties/expand/type"];
const issue24 = ["#/properties/limit/type"];
const issue25 = ["#/properties/limit/maximum"];
const issue26 = ["#/properties/limit/minimum"];
const issue27 = ["#/required"];
const issue28 = ["#/required"];
const issue29 = ["#/properties/data/type"];
const issue30 = ["#/properties/has_more/type"];
const issue31 = ["#/required"];
const issue32 = ["#/properties/body/type"];
const issue33 = ["#/type"];
const issue34 = ["#/required"];
const issue35 = ["#/properties/file/type"];
export const validateBin = validate1;

function validate3(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
if(!(((data === "draft") || (data === "active")) || (data === "retired"))){
vErrors = __issue(vErrors, instancePath, issue1, {allowedValues: schemaValue0});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

const formats0 = __format_date_time;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "id"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "name"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "status"});
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue7, {type: "string"});
errors++;
}
}
if(data.sku !== undefined){
let data2 = data.sku;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = __issue(vErrors, instancePath+"/sku", issue8, {type: schemaValue1});
errors++;
}
}
if(data.status !== undefined){
if(!(validate3(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.finish !== undefined){
let data4 = data.finish;
if(typeof data4 !== "string"){
vErrors = __issue(vErrors, instancePath+"/finish", issue9, {type: "string"});
errors++;
}
if(!((data4 === "matte") || (data4 === "gloss"))){
vErrors = __issue(vErrors, instancePath+"/finish", issue10, {allowedValues: schemaValue2});
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
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
validate2.errors = vErrors;
return errors === 0;
}

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
vErrors = __issue(vErrors, instancePath, issue14, {missingProperty: "number"});
errors++;
}
if(data.widgets === undefined){
vErrors = __issue(vErrors, instancePath, issue15, {missingProperty: "widgets"});
errors++;
}
if(data.number !== undefined){
let data0 = data.number;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/number", issue16, {type: "integer"});
errors++;
}
}
if(data.widgets !== undefined){
let data1 = data.widgets;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data1[i0], instancePath+"/widgets/" + i0))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/widgets", issue17, {type: "array"});
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

export const validateBinWritable = validate6;

function validate7(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "name"});
errors++;
}
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "status"});
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue7, {type: "string"});
errors++;
}
}
if(data.sku !== undefined){
let data1 = data.sku;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/sku", issue8, {type: schemaValue1});
errors++;
}
}
if(data.status !== undefined){
if(!(validate3(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.finish !== undefined){
let data3 = data.finish;
if(typeof data3 !== "string"){
vErrors = __issue(vErrors, instancePath+"/finish", issue9, {type: "string"});
errors++;
}
if(!((data3 === "matte") || (data3 === "gloss"))){
vErrors = __issue(vErrors, instancePath+"/finish", issue10, {allowedValues: schemaValue2});
errors++;
}
}
if(data.secret !== undefined){
if(typeof data.secret !== "string"){
vErrors = __issue(vErrors, instancePath+"/secret", issue18, {type: "string"});
errors++;
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

function validate6(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.widgets === undefined){
vErrors = __issue(vErrors, instancePath, issue15, {missingProperty: "widgets"});
errors++;
}
if(data.widgets !== undefined){
let data0 = data.widgets;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate7(data0[i0], instancePath+"/widgets/" + i0))){
vErrors = __concat(vErrors, validate7.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/widgets", issue17, {type: "array"});
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

export const validateWidget = validate2;

export const validateWidgetStatus = validate3;

export const validateWidgetWritable = validate7;

export const validateGetBinRequest = validate10;

function validate10(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateCreateWidgetRequest = validate11;

function validate11(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["X-Acme-Trace"] !== undefined){
if(typeof data["X-Acme-Trace"] !== "string"){
vErrors = __issue(vErrors, instancePath+"/X-Acme-Trace", issue19, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue20, {type: "object"});
errors++;
}
if(!(validate7(data, instancePath))){
vErrors = __concat(vErrors, validate7.errors);
errors = vErrors.length;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateGetWidgetRequest = validate13;

function validate13(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expand !== undefined){
let data0 = data.expand;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/expand/" + i0, issue21, {type: "string"});
errors++;
}
if(!(data1 === "parts")){
vErrors = __issue(vErrors, instancePath+"/expand/" + i0, issue22, {allowedValues: schemaValue3});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/expand", issue23, {type: "array"});
errors++;
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

export const validateListWidgetsRequest = validate14;

function validate14(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate3(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/limit", issue24, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(data1 > 100 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/limit", issue25, {comparison: "<=", limit: 100});
errors++;
}
if(data1 < 1 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/limit", issue26, {comparison: ">=", limit: 1});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const validateListWidgetsResponse200 = validate16;

function validate16(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
vErrors = __issue(vErrors, instancePath, issue27, {missingProperty: "data"});
errors++;
}
if(data.has_more === undefined){
vErrors = __issue(vErrors, instancePath, issue28, {missingProperty: "has_more"});
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data0[i0], instancePath+"/data/" + i0))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/data", issue29, {type: "array"});
errors++;
}
}
if(data.has_more !== undefined){
if(typeof data.has_more !== "boolean"){
vErrors = __issue(vErrors, instancePath+"/has_more", issue30, {type: "boolean"});
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

export const validateReplaceWidgetTagsRequest = validate18;

function validate19(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

function validate18(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue31, {missingProperty: "body"});
errors++;
}
if(data.body !== undefined){
let data0 = data.body;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate19(data0[i0], instancePath+"/body/" + i0))){
vErrors = __concat(vErrors, validate19.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue32, {type: "array"});
errors++;
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

export const validateReplaceWidgetTagsResponse200 = validate21;

function validate21(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate19(data[i0], instancePath+"/" + i0))){
vErrors = __concat(vErrors, validate19.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue33, {type: "array"});
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateUploadWidgetImageRequest = validate23;

function validate23(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.file === undefined){
vErrors = __issue(vErrors, instancePath, issue34, {missingProperty: "file"});
errors++;
}
if(data.file !== undefined){
let data0 = data.file;
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
vErrors = __issue(vErrors, instancePath+"/file", issue35, {type: schemaValue4});
errors++;
}
}
if(data.caption !== undefined){
if(!(validate19(data.caption, instancePath+"/caption"))){
vErrors = __concat(vErrors, validate19.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue13, {type: "object"});
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const validateGetBinResponse200 = validateBin;
export const validateCreateWidgetResponse201 = validateWidget;
export const validateDeleteWidgetRequest = validateGetBinRequest;
export const validateGetWidgetResponse200 = validateWidget;
export const validateUploadWidgetImageResponse200 = validateWidget;
