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

const schemaValue0 = [""];
const issue0 = ["#/required"];
const issue1 = ["#/properties/id/type"];
const issue2 = ["#/properties/name/type"];
const issue3 = ["#/type"];
const issue4 = ["#/required"];
const issue5 = ["#/properties/owner/properties/address/properties/city/type"];
const issue6 = ["#/properties/owner/properties/address/properties/line1/type"];
const issue7 = ["#/properties/owner/properties/address/type"];
const issue8 = ["#/properties/owner/type"];
const issue9 = ["#/properties/items/items/properties/parent/type"];
const issue10 = ["#/properties/items/items/properties/quantity/type"];
const issue11 = ["#/properties/items/items/type"];
const issue12 = ["#/properties/items/type"];
const issue13 = ["#/properties/metadata/anyOf/0/additionalProperties/type"];
const issue14 = ["#/properties/metadata/anyOf/0/type"];
const issue15 = ["#/properties/metadata/anyOf/1/type"];
const issue16 = ["#/properties/metadata/anyOf/1/enum"];
const issue17 = ["#/properties/metadata/anyOf"];
const issue18 = ["#/properties/created/properties/gt/type"];
const issue19 = ["#/properties/created/properties/lt/type"];
const issue20 = ["#/properties/created/type"];
const issue21 = ["#/properties/expand/items/type"];
const issue22 = ["#/properties/expand/type"];
const issue23 = ["#/components/schemas/Widget/required"];
const issue24 = ["#/components/schemas/Widget/properties/id/type"];
const issue25 = ["#/components/schemas/Widget/properties/name/type"];
const issue26 = ["#/components/schemas/Widget/type"];
const issue27 = ["#/type"];
export const validateWidget = validate1;

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "name"});
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/name", issue2, {type: "string"});
errors++;
}
}
if(data.owner !== undefined){
let data1 = data.owner;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.address !== undefined){
let data2 = data1.address;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.city !== undefined){
if(typeof data2.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/owner/address/city", issue5, {type: "string"});
errors++;
}
}
if(data2.line1 !== undefined){
if(typeof data2.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/owner/address/line1", issue6, {type: "string"});
errors++;
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
if(typeof data6.parent !== "string"){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/parent", issue9, {type: "string"});
errors++;
}
}
if(data6.quantity !== undefined){
let data8 = data6.quantity;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
vErrors = __issue(vErrors, instancePath+"/items/" + i0+"/quantity", issue10, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items/" + i0, issue11, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/items", issue12, {type: "array"});
errors++;
}
}
if(data.metadata !== undefined){
let data9 = data.metadata;
const _errs20 = errors;
let valid6 = false;
const _errs21 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key0 in data9){
if(typeof data9[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue13, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/metadata", issue14, {type: "object"});
errors++;
}
var _valid0 = _errs21 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs26 = errors;
if(typeof data9 !== "string"){
vErrors = __issue(vErrors, instancePath+"/metadata", issue15, {type: "string"});
errors++;
}
if(!(data9 === "")){
vErrors = __issue(vErrors, instancePath+"/metadata", issue16, {allowedValues: schemaValue0});
errors++;
}
var _valid0 = _errs26 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
vErrors = __issue(vErrors, instancePath+"/metadata", issue17, {});
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
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

export const validateListWidgetsRequest = validate3;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.created !== undefined){
let data0 = data.created;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.gt !== undefined){
let data1 = data0.gt;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
vErrors = __issue(vErrors, instancePath+"/created/gt", issue18, {type: "integer"});
errors++;
}
}
if(data0.lt !== undefined){
let data2 = data0.lt;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/created/lt", issue19, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/created", issue20, {type: "object"});
errors++;
}
}
if(data.expand !== undefined){
let data3 = data.expand;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/expand/" + i0, issue21, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/expand", issue22, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue3, {type: "object"});
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validateListWidgetsResponse200 = validate4;

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
vErrors = __issue(vErrors, instancePath+"/" + i0, issue23, {missingProperty: "id"});
errors++;
}
if(data0.id !== undefined){
if(typeof data0.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/" + i0+"/id", issue24, {type: "string"});
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/" + i0+"/name", issue25, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/" + i0, issue26, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue27, {type: "array"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateCreateWidgetResponse200 = validateWidget;
