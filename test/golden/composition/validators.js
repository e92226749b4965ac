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

const issue0 = ["#/required"];
const issue1 = ["#/required"];
const issue2 = ["#/properties/petType/type"];
const issue3 = ["#/properties/name/type"];
const issue4 = ["#/type"];
const issue5 = ["#/components/schemas/Base/required"];
const issue6 = ["#/components/schemas/Base/required"];
const issue7 = ["#/components/schemas/Base/properties/petType/type"];
const issue8 = ["#/components/schemas/Base/properties/name/type"];
const issue9 = ["#/components/schemas/Base/type"];
const issue10 = ["#/allOf/1/properties/petType/const"];
const issue11 = ["#/allOf/1/properties/lives/type"];
const issue12 = ["#/allOf/1/properties/lives/maximum"];
const issue13 = ["#/allOf/1/type"];
const issue14 = ["#/allOf/1/properties/petType/const"];
const issue15 = ["#/allOf/1/properties/bark/type"];
const issue16 = ["#/properties/title/type"];
const issue17 = ["#/properties/status/type"];
export const validateBase = validate1;

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType === undefined){
vErrors = __issue(vErrors, instancePath, issue5, {missingProperty: "petType"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue6, {missingProperty: "name"});
errors++;
}
if(data.petType !== undefined){
if(typeof data.petType !== "string"){
vErrors = __issue(vErrors, instancePath+"/petType", issue7, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue8, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue9, {type: "object"});
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType !== undefined){
if("cat" !== data.petType){
vErrors = __issue(vErrors, instancePath+"/petType", issue10, {allowedValue: "cat"});
errors++;
}
}
if(data.lives !== undefined){
let data3 = data.lives;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/lives", issue11, {type: "integer"});
errors++;
}
if(typeof data3 == "number"){
if(data3 > 9 || isNaN(data3)){
vErrors = __issue(vErrors, instancePath+"/lives", issue12, {comparison: "<=", limit: 9});
errors++;
}
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

export const validateDog = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType === undefined){
vErrors = __issue(vErrors, instancePath, issue5, {missingProperty: "petType"});
errors++;
}
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue6, {missingProperty: "name"});
errors++;
}
if(data.petType !== undefined){
if(typeof data.petType !== "string"){
vErrors = __issue(vErrors, instancePath+"/petType", issue7, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue8, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue9, {type: "object"});
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.petType !== undefined){
if("dog" !== data.petType){
vErrors = __issue(vErrors, instancePath+"/petType", issue14, {allowedValue: "dog"});
errors++;
}
}
if(data.bark !== undefined){
if(typeof data.bark !== "string"){
vErrors = __issue(vErrors, instancePath+"/bark", issue15, {type: "string"});
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

export const validatePet = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate2(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
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
validate4.errors = vErrors;
return errors === 0;
}

export const validateProblem = validate7;

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
vErrors = __issue(vErrors, instancePath+"/title", issue16, {type: "string"});
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/status", issue17, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue4, {type: "object"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateAddPetRequest = validate8;

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate2(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
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
validate8.errors = vErrors;
return errors === 0;
}

export const validateAddPetResponse201 = validatePet;
export const validateAddPetResponseDefault = validateProblem;
