// Generated from nullable-30.yaml — do not edit.
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

const schemaValue0 = ["string","null"];
const issue0 = ["#/properties/text/type"];
const issue1 = ["#/type"];
const issue2 = ["#/required"];
const issue3 = ["#/required"];
const issue4 = ["#/required"];
const issue5 = ["#/properties/id/type"];
const issue6 = ["#/properties/label/type"];
const issue7 = ["#/properties/note/anyOf/1/type"];
const issue8 = ["#/properties/note/anyOf"];
const issue9 = ["#/properties/score/exclusiveMaximum"];
const issue10 = ["#/properties/score/exclusiveMinimum"];
const issue11 = ["#/properties/score/type"];
export const validateNote = validate1;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text !== undefined){
if(typeof data.text !== "string"){
vErrors = __issue(vErrors, instancePath+"/text", issue0, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue1, {type: "object"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateThing = validate2;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "id"});
errors++;
}
if(data.label === undefined){
vErrors = __issue(vErrors, instancePath, issue3, {missingProperty: "label"});
errors++;
}
if(data.note === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "note"});
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
vErrors = __issue(vErrors, instancePath+"/id", issue5, {type: "integer"});
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if((typeof data1 !== "string") && (data1 !== null)){
vErrors = __issue(vErrors, instancePath+"/label", issue6, {type: schemaValue0});
errors++;
}
}
if(data.note !== undefined){
let data2 = data.note;
const _errs6 = errors;
if(!(data2 === null)){
let valid1 = false;
const _errs7 = errors;
if(!(validate1(data2, instancePath+"/note"))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(data2 !== null){
vErrors = __issue(vErrors, instancePath+"/note", issue7, {type: "null"});
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
vErrors = __issue(vErrors, instancePath+"/note", issue8, {});
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
}
if(data.score !== undefined){
let data3 = data.score;
if(typeof data3 == "number"){
if(data3 >= 10 || isNaN(data3)){
vErrors = __issue(vErrors, instancePath+"/score", issue9, {comparison: "<", limit: 10});
errors++;
}
if(data3 <= 0 || isNaN(data3)){
vErrors = __issue(vErrors, instancePath+"/score", issue10, {comparison: ">", limit: 0});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath+"/score", issue11, {type: "number"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue1, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateGetThingRequest = validate4;

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue1, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateGetThingResponse200 = validateThing;
