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
const issue5 = ["#/properties/body/required"];
const issue6 = ["#/properties/body/properties/name/type"];
const issue7 = ["#/properties/body/properties/owner/properties/address/properties/city/type"];
const issue8 = ["#/properties/body/properties/owner/properties/address/properties/line1/type"];
const issue9 = ["#/properties/body/properties/owner/properties/address/type"];
const issue10 = ["#/properties/body/properties/owner/type"];
const issue11 = ["#/properties/body/properties/items/items/properties/parent/type"];
const issue12 = ["#/properties/body/properties/items/items/properties/quantity/type"];
const issue13 = ["#/properties/body/properties/items/items/type"];
const issue14 = ["#/properties/body/properties/items/type"];
const issue15 = ["#/properties/body/properties/metadata/anyOf/0/additionalProperties/type"];
const issue16 = ["#/properties/body/properties/metadata/anyOf/0/type"];
const issue17 = ["#/properties/body/properties/metadata/anyOf/1/type"];
const issue18 = ["#/properties/body/properties/metadata/anyOf/1/enum"];
const issue19 = ["#/properties/body/properties/metadata/anyOf"];
const issue20 = ["#/properties/body/type"];
const issue21 = ["#/properties/query/properties/created/properties/gt/type"];
const issue22 = ["#/properties/query/properties/created/properties/lt/type"];
const issue23 = ["#/properties/query/properties/created/type"];
const issue24 = ["#/properties/query/properties/expand/items/type"];
const issue25 = ["#/properties/query/properties/expand/type"];
const issue26 = ["#/properties/query/type"];
const issue27 = ["#/components/schemas/Widget/required"];
const issue28 = ["#/components/schemas/Widget/properties/id/type"];
const issue29 = ["#/components/schemas/Widget/properties/name/type"];
const issue30 = ["#/components/schemas/Widget/type"];
const issue31 = ["#/type"];
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
if(data.body === undefined){
vErrors = __issue(vErrors, instancePath, issue4, {missingProperty: "body"});
errors++;
}
if(data.body !== undefined){
let data0 = data.body;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
vErrors = __issue(vErrors, instancePath+"/body", issue5, {missingProperty: "name"});
errors++;
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/name", issue6, {type: "string"});
errors++;
}
}
if(data0.owner !== undefined){
let data2 = data0.owner;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.address !== undefined){
let data3 = data2.address;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.city !== undefined){
if(typeof data3.city !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/owner/address/city", issue7, {type: "string"});
errors++;
}
}
if(data3.line1 !== undefined){
if(typeof data3.line1 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/owner/address/line1", issue8, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/owner/address", issue9, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/owner", issue10, {type: "object"});
errors++;
}
}
if(data0.items !== undefined){
let data6 = data0.items;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.parent !== undefined){
if(typeof data7.parent !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/items/" + i0+"/parent", issue11, {type: "string"});
errors++;
}
}
if(data7.quantity !== undefined){
let data9 = data7.quantity;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
vErrors = __issue(vErrors, instancePath+"/body/items/" + i0+"/quantity", issue12, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/items/" + i0, issue13, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/items", issue14, {type: "array"});
errors++;
}
}
if(data0.metadata !== undefined){
let data10 = data0.metadata;
const _errs22 = errors;
let valid7 = false;
const _errs23 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
if(typeof data10[key0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), issue15, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue16, {type: "object"});
errors++;
}
var _valid0 = _errs23 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const _errs28 = errors;
if(typeof data10 !== "string"){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue17, {type: "string"});
errors++;
}
if(!(data10 === "")){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue18, {allowedValues: schemaValue0});
errors++;
}
var _valid0 = _errs28 === errors;
valid7 = valid7 || _valid0;
}
if(!valid7){
vErrors = __issue(vErrors, instancePath+"/body/metadata", issue19, {});
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/body", issue20, {type: "object"});
errors++;
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
if(data.query !== undefined){
let data0 = data.query;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.created !== undefined){
let data1 = data0.created;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.gt !== undefined){
let data2 = data1.gt;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
vErrors = __issue(vErrors, instancePath+"/query/created/gt", issue21, {type: "integer"});
errors++;
}
}
if(data1.lt !== undefined){
let data3 = data1.lt;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
vErrors = __issue(vErrors, instancePath+"/query/created/lt", issue22, {type: "integer"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/created", issue23, {type: "object"});
errors++;
}
}
if(data0.expand !== undefined){
let data4 = data0.expand;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
vErrors = __issue(vErrors, instancePath+"/query/expand/" + i0, issue24, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query/expand", issue25, {type: "array"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/query", issue26, {type: "object"});
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
vErrors = __issue(vErrors, instancePath+"/" + i0, issue27, {missingProperty: "id"});
errors++;
}
if(data0.id !== undefined){
if(typeof data0.id !== "string"){
vErrors = __issue(vErrors, instancePath+"/" + i0+"/id", issue28, {type: "string"});
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
vErrors = __issue(vErrors, instancePath+"/" + i0+"/name", issue29, {type: "string"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath+"/" + i0, issue30, {type: "object"});
errors++;
}
}
}
else {
vErrors = __issue(vErrors, instancePath, issue31, {type: "array"});
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateCreateWidgetResponse200 = validateWidget;
