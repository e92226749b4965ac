// Generated from deep-object.yaml — do not edit.
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

const schemaValue0 = [""];
const issue0 = ["#/required"];
const issue1 = ["#/properties/id/type"];
const issue2 = ["#/properties/name/type"];
const issue3 = ["#/type"];
const issue4 = ["#/type"];
const issue5 = ["#/type"];
const issue6 = ["#/required"];
const issue7 = ["#/properties/owner/properties/address/type"];
const issue8 = ["#/properties/owner/type"];
const issue9 = ["#/properties/items/items/type"];
const issue10 = ["#/properties/items/type"];
const issue11 = ["#/properties/metadata/anyOf/0/type"];
const issue12 = ["#/properties/metadata/anyOf/1/type"];
const issue13 = ["#/properties/metadata/anyOf/1/enum"];
const issue14 = ["#/properties/metadata/anyOf"];
const issue15 = ["#/properties/created/type"];
const issue16 = ["#/properties/expand/type"];
const issue17 = ["#/type"];
export const validateWidget = validate1;

function validate1(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = __issue(vErrors, instancePath, issue0, {missingProperty: "id"});
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/id", issue1, {type: "string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue2, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateCreateWidgetRequest = validate2;

function validate3(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = __issue(vErrors, instancePath, issue4, {type: "string"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

function validate8(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
vErrors = __issue(vErrors, instancePath, issue5, {type: "integer"});
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

function validate2(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue6, {missingProperty: "name"});
errors++;
}
if(data.name !== undefined){
if(!(validate3(data.name, instancePath+"/name"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data.owner !== undefined){
let data1 = data.owner;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.address !== undefined){
let data2 = data1.address;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.city !== undefined){
if(!(validate3(data2.city, instancePath+"/owner/address/city"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data2.line1 !== undefined){
if(!(validate3(data2.line1, instancePath+"/owner/address/line1"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/owner/address", issue7, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/owner", issue8, {type: "object"});
errors++;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.parent !== undefined){
if(!(validate3(data6.parent, instancePath+"/items/" + i0+"/parent"))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
if(data6.quantity !== undefined){
if(!(validate8(data6.quantity, instancePath+"/items/" + i0+"/quantity"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue9, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue10, {type: "array"});
errors++;
}
}
if(data.metadata !== undefined){
let data9 = data.metadata;
const _errs15 = errors;
let valid6 = false;
const _errs16 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key0 in data9){
if(!(validate3(data9[key0], instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue11, {type: "object"});
errors++;
}
var _valid0 = _errs16 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs20 = errors;
if(typeof data9 !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata", issue12, {type: "string"});
errors++;
}
if(!(data9 === "")){
vErrors = __issue(vErrors, instancePath+"/metadata", issue13, {allowedValues: schemaValue0});
errors++;
}
var _valid0 = _errs20 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/metadata", issue14, {});
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateListWidgetsRequest = validate11;

function validate11(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.created !== undefined){
let data0 = data.created;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.gt !== undefined){
if(!(validate8(data0.gt, instancePath+"/created/gt"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
if(data0.lt !== undefined){
if(!(validate8(data0.lt, instancePath+"/created/lt"))){
vErrors = __concat(vErrors, validate8.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created", issue15, {type: "object"});
errors++;
}
}
if(data.expand !== undefined){
let data3 = data.expand;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate3(data3[i0], instancePath+"/expand/" + i0))){
vErrors = __concat(vErrors, validate3.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/expand", issue16, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateListWidgetsResponse200 = validate15;

function validate15(data, instancePath){
if(typeof instancePath !== "string") instancePath = "";
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data[i0], instancePath+"/" + i0))){
vErrors = __concat(vErrors, validate1.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue17, {type: "array"});
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const validateCreateWidgetResponse200 = validateWidget;
