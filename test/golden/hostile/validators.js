// Generated from hostile.yaml — do not edit.
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

const schemaValue0 = ["*/","`","${x}","\"","'"];
const issue0 = ["#/type"];
const issue1 = ["#/type"];
const issue2 = ["#/properties/constructor/type"];
const issue3 = ["#/type"];
const issue4 = ["#/properties/1/type"];
const issue5 = ["#/properties/%40id/type"];
const issue6 = ["#/properties/StartTime%3C/format"];
const issue7 = ["#/properties/StartTime%3C/type"];
const issue8 = ["#/properties/*~1/type"];
const issue9 = ["#/properties/foo-bar/type"];
const issue10 = ["#/properties/foo-bar/enum"];
const issue11 = ["#/properties/body/type"];
const issue12 = ["#/properties/q*~1/pattern"];
const issue13 = ["#/properties/q*~1/type"];
const issue14 = ["#/properties/X-Trace-Id/type"];
export const validate_1abc = validate1;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateFileFull = validate2;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateFooBar = validate3;

function validate3(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
vErrors = __issue(vErrors, instancePath, issue1, {type: "integer"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validateThingNameV2 = validate4;

const func0 = Object.prototype.hasOwnProperty;
const formats0 = __format_date_time;

function validate5(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.constructor !== undefined && func0.call(data, "constructor")){
if(typeof data.constructor !== "string"){
vErrors = __issue(vErrors, instancePath+"/constructor", issue2, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["1"] !== undefined && func0.call(data, "1")){
let data0 = data["1"];
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/1", issue4, {type: "integer"});
errors++;
}
}
if(data["@id"] !== undefined && func0.call(data, "@id")){
if(typeof data["@id"] !== "string"){
vErrors = __issue(vErrors, instancePath+"/@id", issue5, {type: "string"});
errors++;
}
}
if(data["StartTime<"] !== undefined && func0.call(data, "StartTime<")){
let data2 = data["StartTime<"];
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
vErrors = __issue(vErrors, instancePath+"/StartTime<", issue6, {format: "date-time"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/StartTime<", issue7, {type: "string"});
errors++;
}
}
if(data["*/"] !== undefined && func0.call(data, "*/")){
if(typeof data["*/"] !== "string"){
vErrors = __issue(vErrors, instancePath+"/*~1", issue8, {type: "string"});
errors++;
}
}
if(data.class !== undefined && func0.call(data, "class")){
if(!(validate5(data.class, instancePath+"/class"))){
vErrors = __concat(vErrors, validate5.errors);
errors = vErrors.length;
}
}
if(data["foo-bar"] !== undefined && func0.call(data, "foo-bar")){
let data5 = data["foo-bar"];
if(typeof data5 !== "string"){
vErrors = __issue(vErrors, instancePath+"/foo-bar", issue9, {type: "string"});
errors++;
}
if(!(((((data5 === "*/") || (data5 === "`")) || (data5 === "${x}")) || (data5 === "\"")) || (data5 === "'"))){
vErrors = __issue(vErrors, instancePath+"/foo-bar", issue10, {allowedValues: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateClass = validate5;

export const validateFooBar2 = validate7;

function validate7(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateConstructorRequest = validate8;

function validate8(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body !== undefined && func0.call(data, "body")){
let data0 = data.body;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data0[i0], instancePath+"/body/" + i0))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue11, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

export const validateGetItemXRequest = validate10;

const pattern0 = new RegExp("^[a-z]+\\*/$", "u");

function validate10(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["q*/"] !== undefined && func0.call(data, "q*/")){
let data0 = data["q*/"];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
vErrors = __issue(vErrors, instancePath+"/q*~1", issue12, {pattern: "^[a-z]+\\*/$"});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/q*~1", issue13, {type: "string"});
errors++;
}
}
if(data["X-Trace-Id"] !== undefined && func0.call(data, "X-Trace-Id")){
if(typeof data["X-Trace-Id"] !== "string"){
vErrors = __issue(vErrors, instancePath+"/X-Trace-Id", issue14, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateGetItemXResponse200 = validateThingNameV2;
