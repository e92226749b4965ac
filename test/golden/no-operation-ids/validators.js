// Generated from no-operation-ids.yaml — do not edit.
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

/** JavaScript numbers cannot exceed the int64 range: any integer is accepted. */
const __format_int64 = { type: "number", validate: (n) => Number.isInteger(n) };

const schemaValue0 = ["string","object"];
const issue0 = ["#/items/type"];
const issue1 = ["#/type"];
const issue2 = ["#/required"];
const issue3 = ["#/properties/path/required"];
const issue4 = ["#/properties/path/properties/petId/type"];
const issue5 = ["#/properties/path/properties/petId/format"];
const issue6 = ["#/properties/path/type"];
const issue7 = ["#/type"];
const issue8 = ["#/properties/body/type"];
const issue9 = ["#/properties/body/properties/file/type"];
const issue10 = ["#/properties/body/type"];
export const validateGetPetsResponse200 = validate1;

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(typeof data[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/" + i0, issue0, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue1, {type: "array"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateGetPetsPetIdRequest = validate2;

const formats0 = __format_int64;

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
vErrors = __issue(vErrors, instancePath, issue2, {missingProperty: "path"});
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.petId === undefined){
vErrors = __issue(vErrors, instancePath+"/path", issue3, {missingProperty: "petId"});
errors++;
}
if(data0.petId !== undefined){
let data1 = data0.petId;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/path/petId", issue4, {type: "integer"});
errors++;
}
if(typeof data1 == "number"){
if(!(formats0.validate(data1))){
vErrors = __issue(vErrors, instancePath+"/path/petId", issue5, {format: "int64"});
errors++;
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/path", issue6, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue7, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateGetPetsPetIdResponseDefault = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
vErrors = __issue(vErrors, instancePath, issue7, {type: "object"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validatePostPetsRequest = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body !== undefined){
let data0 = data.body;
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
vErrors = __issue(vErrors, instancePath+"/body", issue8, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue7, {type: "object"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validatePostUploadsRequest = validate5;

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body !== undefined){
let data0 = data.body;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.file !== undefined){
let data1 = data0.file;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
vErrors = __issue(vErrors, instancePath+"/body/file", issue9, {type: schemaValue0});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue10, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue7, {type: "object"});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}
