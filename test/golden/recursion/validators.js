// Generated from recursion.yaml — do not edit.
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

const issue0 = ["#/type"];
const issue1 = ["#/required"];
const issue2 = ["#/properties/value/type"];
const issue3 = ["#/properties/children/type"];
const issue4 = ["#/properties/parent/anyOf/1/type"];
const issue5 = ["#/properties/parent/anyOf"];
export const validateEven = validate1;

const wrapper0 = {validate: validate1};

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
if(!(wrapper0.validate(data.next, instancePath+"/next"))){
vErrors = __concat(vErrors, wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue0, {type: "object"});
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
if(data.next !== undefined){
if(!(validate2(data.next, instancePath+"/next"))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue0, {type: "object"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateNode = validate4;

const wrapper1 = {validate: validate4};

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "value"});
errors++;
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
vErrors = __issue(vErrors, instancePath+"/value", issue2, {type: "string"});
errors++;
}
}
if(data.children !== undefined){
let data1 = data.children;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper1.validate(data1[i0], instancePath+"/children/" + i0))){
vErrors = __concat(vErrors, wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/children", issue3, {type: "array"});
errors++;
}
}
if(data.parent !== undefined){
let data3 = data.parent;
const _errs7 = errors;
if(!(data3 === null)){
let valid3 = false;
const _errs8 = errors;
if(!(wrapper1.validate(data3, instancePath+"/parent"))){
vErrors = __concat(vErrors, wrapper1.validate.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs9 = errors;
if(data3 !== null){
vErrors = __issue(vErrors, instancePath+"/parent", issue4, {type: "null"});
errors++;
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
vErrors = __issue(vErrors, instancePath+"/parent", issue5, {});
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue0, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateOdd = validate2;

export const validateGetTreeRequest = validate5;

function validate5(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
vErrors = __issue(vErrors, instancePath, issue0, {type: "object"});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

export const validateGetTreeResponse200 = validateNode;
