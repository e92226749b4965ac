// Generated from enums.yaml — do not edit.
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

const schemaValue0 = ["pending","paid","needs-review","with space",""];
const schemaValue1 = [1,2,3];
const schemaValue2 = ["physical","digital"];
const schemaValue3 = [true,null];
const issue0 = ["#/type"];
const issue1 = ["#/enum"];
const issue2 = ["#/type"];
const issue3 = ["#/enum"];
const issue4 = ["#/required"];
const issue5 = ["#/properties/kind/type"];
const issue6 = ["#/properties/kind/enum"];
const issue7 = ["#/properties/flag/enum"];
const issue8 = ["#/type"];
const issue9 = ["#/type"];
export const validateOrder = validate2;

function validate3(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue0, {type: "string"});
errors++;
}
if(!(((((data === "pending") || (data === "paid")) || (data === "needs-review")) || (data === "with space")) || (data === ""))){
vErrors = __issue(vErrors, instancePath, issue1, {allowedValues: schemaValue0});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

function validate5(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
vErrors = __issue(vErrors, instancePath, issue2, {type: "integer"});
errors++;
}
if(!(((data === 1) || (data === 2)) || (data === 3))){
vErrors = __issue(vErrors, instancePath, issue3, {allowedValues: schemaValue1});
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "status"});
errors++;
}
if(data.status !== undefined){
if(!(validate3(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/kind", issue5, {type: "string"});
errors++;
}
if(!((data1 === "physical") || (data1 === "digital"))){
vErrors = __issue(vErrors, instancePath+"/kind", issue6, {allowedValues: schemaValue2});
errors++;
}
}
if(data.priority !== undefined){
if(!(validate5(data.priority, instancePath+"/priority"))){
vErrors = __concat(vErrors, validate5.errors);
errors = vErrors.length;
}
}
if(data.flag !== undefined){
let data3 = data.flag;
if(!((data3 === true) || (data3 === null))){
vErrors = __issue(vErrors, instancePath+"/flag", issue7, {allowedValues: schemaValue3});
errors++;
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

export const validateOrderStatus = validate3;

export const validatePriority = validate5;

export const validateListOrdersRequest = validate7;

function validate7(data, instancePath){
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
}
else {
vErrors = __issue(vErrors, instancePath, issue8, {type: "object"});
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateListOrdersResponse200 = validate9;

function validate10(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "status"});
errors++;
}
if(data.status !== undefined){
if(!(validate3(data.status, instancePath+"/status"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
vErrors = __issue(vErrors, instancePath+"/kind", issue5, {type: "string"});
errors++;
}
}
if(data.priority !== undefined){
if(!(validate5(data.priority, instancePath+"/priority"))){
vErrors = __concat(vErrors, validate5.errors);
errors = vErrors.length;
}
}
if(data.flag !== undefined){
let data3 = data.flag;
if(!((data3 === true) || (data3 === null))){
vErrors = __issue(vErrors, instancePath+"/flag", issue7, {allowedValues: schemaValue3});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue8, {type: "object"});
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

function validate9(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate10(data[i0], instancePath+"/" + i0))){
vErrors = __concat(vErrors, validate10.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue9, {type: "array"});
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}
