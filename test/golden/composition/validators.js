// Generated from composition.yaml — do not edit.
/* eslint-disable */

/** Appends one error (ajv's ErrorObject, keys in ajv's order) to the list, which may be null. */
function __err(vErrors, instancePath, schemaPath, keyword, params, message) {
  const error = { instancePath, schemaPath, keyword, params, message };
  if (vErrors === null) return [error];
  vErrors.push(error);
  return vErrors;
}

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

const issue0 = ["#/required"];
const issue1 = ["#/required"];
const issue2 = ["#/properties/petType/type"];
const issue3 = ["#/properties/name/type"];
const issue4 = ["#/type"];
const issue5 = ["#/allOf/1/properties/petType/const"];
const issue6 = ["#/allOf/1/properties/lives/type"];
const issue7 = ["#/allOf/1/properties/lives/maximum"];
const issue8 = ["#/allOf/1/type"];
const issue9 = ["#/allOf/1/properties/petType/const"];
const issue10 = ["#/allOf/1/properties/bark/type"];
const issue11 = ["#/properties/title/type"];
const issue12 = ["#/properties/status/type"];
export const validateBase = validate1;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType === undefined){
vErrors = __issue(vErrors, instancePath, issue0, {missingProperty: "petType"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue1, {missingProperty: "name"});
errors++;
}
if(data.petType !== undefined){
if(typeof data.petType !== "string"){
vErrors = __issue(vErrors, instancePath+"/petType", issue2, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue3, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateCat = validate2;

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(validate1(data, instancePath))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType !== undefined){
if("cat" !== data.petType){
vErrors = __issue(vErrors, instancePath+"/petType", issue5, {allowedValue: "cat"});
errors++;
}
}
if(data.lives !== undefined){
let data1 = data.lives;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/lives", issue6, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9 || isNaN(data1)){
vErrors = __issue(vErrors, instancePath+"/lives", issue7, {comparison: "<=", limit: 9});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue8, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateDog = validate4;

function validate4(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!(validate1(data, instancePath))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType !== undefined){
if("dog" !== data.petType){
vErrors = __issue(vErrors, instancePath+"/petType", issue9, {allowedValue: "dog"});
errors++;
}
}
if(data.bark !== undefined){
if(typeof data.bark !== "string"){
vErrors = __issue(vErrors, instancePath+"/bark", issue10, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue8, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validatePet = validate6;

function validate6(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate2(data, instancePath))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate4(data, instancePath))){
vErrors = __concat(vErrors, validate4.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
vErrors = __err(vErrors, instancePath, "#/oneOf", "oneOf", {passingSchemas: passing0}, "must match exactly one schema in oneOf");
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
validate6.errors = vErrors;
return errors === 0;
}

export const validateProblem = validate9;

function validate9(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "title") || (key0 === "status"))){
vErrors = __err(vErrors, instancePath, "#/additionalProperties", "additionalProperties", {additionalProperty: key0}, "must NOT have additional properties");
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
vErrors = __issue(vErrors, instancePath+"/title", issue11, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/status", issue12, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

export const validateAddPetRequest = validate10;

function validate10(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate2(data, instancePath))){
vErrors = __concat(vErrors, validate2.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate4(data, instancePath))){
vErrors = __concat(vErrors, validate4.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
vErrors = __err(vErrors, instancePath, "#/oneOf", "oneOf", {passingSchemas: passing0}, "must match exactly one schema in oneOf");
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
validate10.errors = vErrors;
return errors === 0;
}

export const validateAddPetResponse201 = validatePet;
export const validateAddPetResponseDefault = validateProblem;
