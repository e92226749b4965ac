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

const issue0 = ["#/maxLength"];
const issue1 = ["#/minLength"];
const issue2 = ["#/type"];
const issue3 = ["#/properties/city/type"];
const issue4 = ["#/type"];
const issue5 = ["#/required"];
const issue6 = ["#/properties/name/type"];
const issue7 = ["#/properties/friends/type"];
export const validateCountry = validate1;

const func0 = __ucs2length;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func0(data) > 2){
vErrors = __issue(vErrors, instancePath, issue0, {limit: 2});
errors++;
}
if(func0(data) < 2){
vErrors = __issue(vErrors, instancePath, issue1, {limit: 2});
errors++;
}
}
else {
vErrors = __issue(vErrors, instancePath, issue2, {type: "string"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateAddress = validate2;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
if(typeof data.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/city", issue3, {type: "string"});
errors++;
}
}
if(data.country !== undefined){
if(!(validate1(data.country, instancePath+"/country"))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validatePerson = validate4;

const wrapper0 = {validate: validate4};

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue5, {missingProperty: "name"});
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue6, {type: "string"});
errors++;
}
}
if(data.address !== undefined){
if(!(validate2(data.address, instancePath+"/address"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
if(data.friends !== undefined){
let data2 = data.friends;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data2[i0], instancePath+"/friends/" + i0))){
vErrors = __concat(vErrors, wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/friends", issue7, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateGetPersonRequest = validate6;

function validate6(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}

export const validateGetPersonResponse200 = validatePerson;
