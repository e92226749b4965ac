// Generated from openapi.yaml — do not edit.
/* eslint-disable */

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

/** Seconds since the Unix epoch: an integer >= 0. */
const __format_unix_time = { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 };

const __formats = {
  "unix-time": __format_unix_time,
};

export const validateAddress = validate1;
const schema1 = {"type":"object","properties":{"city":{"type":["string","null"]},"country":{"type":["string","null"]},"line1":{"type":["string","null"]},"line2":{"type":["string","null"]},"postal_code":{"type":["string","null"]},"state":{"type":["string","null"]}}};

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
let data0 = data.city;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.country !== undefined){
let data1 = data.country;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.line1 !== undefined){
let data2 = data.line1;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/line1",schemaPath:"#/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.line2 !== undefined){
let data3 = data.line2;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/line2",schemaPath:"#/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.postal_code !== undefined){
let data4 = data.postal_code;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/postal_code",schemaPath:"#/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.state !== undefined){
let data5 = data.state;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const validateAddressParams = validate2;
const schema2 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"line1":{"type":"string"},"line2":{"type":"string"},"postal_code":{"type":"string"},"state":{"type":"string"}}};

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err0 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.country !== undefined){
if(typeof data.country !== "string"){
const err1 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.line1 !== undefined){
if(typeof data.line1 !== "string"){
const err2 = {instancePath:instancePath+"/line1",schemaPath:"#/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.line2 !== undefined){
if(typeof data.line2 !== "string"){
const err3 = {instancePath:instancePath+"/line2",schemaPath:"#/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.postal_code !== undefined){
if(typeof data.postal_code !== "string"){
const err4 = {instancePath:instancePath+"/postal_code",schemaPath:"#/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.state !== undefined){
if(typeof data.state !== "string"){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

export const validateApiError2 = validate3;
const schema3 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["api_error","card_error","idempotency_error","invalid_request_error","authentication_error","permission_error","rate_limit_error"]},"code":{"type":"string"},"decline_code":{"type":"string"},"advice_code":{"type":"string"},"network_advice_code":{"type":"string"},"network_decline_code":{"type":"string"},"doc_url":{"type":"string"},"message":{"type":"string"},"param":{"type":"string"},"payment_method_type":{"type":"string"},"request_log_url":{"type":"string"},"charge":{"type":"string"},"payment_intent":{"type":"object","additionalProperties":true},"payment_method":{"type":"object","additionalProperties":true},"setup_intent":{"type":"object","additionalProperties":true},"source":{"type":"object","additionalProperties":true}}};

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((data0 === "api_error") || (data0 === "card_error")) || (data0 === "idempotency_error")) || (data0 === "invalid_request_error")) || (data0 === "authentication_error")) || (data0 === "permission_error")) || (data0 === "rate_limit_error"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema3.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.decline_code !== undefined){
if(typeof data.decline_code !== "string"){
const err4 = {instancePath:instancePath+"/decline_code",schemaPath:"#/properties/decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.advice_code !== undefined){
if(typeof data.advice_code !== "string"){
const err5 = {instancePath:instancePath+"/advice_code",schemaPath:"#/properties/advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.network_advice_code !== undefined){
if(typeof data.network_advice_code !== "string"){
const err6 = {instancePath:instancePath+"/network_advice_code",schemaPath:"#/properties/network_advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.network_decline_code !== undefined){
if(typeof data.network_decline_code !== "string"){
const err7 = {instancePath:instancePath+"/network_decline_code",schemaPath:"#/properties/network_decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.doc_url !== undefined){
if(typeof data.doc_url !== "string"){
const err8 = {instancePath:instancePath+"/doc_url",schemaPath:"#/properties/doc_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.param !== undefined){
if(typeof data.param !== "string"){
const err10 = {instancePath:instancePath+"/param",schemaPath:"#/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.payment_method_type !== undefined){
if(typeof data.payment_method_type !== "string"){
const err11 = {instancePath:instancePath+"/payment_method_type",schemaPath:"#/properties/payment_method_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.request_log_url !== undefined){
if(typeof data.request_log_url !== "string"){
const err12 = {instancePath:instancePath+"/request_log_url",schemaPath:"#/properties/request_log_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.charge !== undefined){
if(typeof data.charge !== "string"){
const err13 = {instancePath:instancePath+"/charge",schemaPath:"#/properties/charge/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.payment_intent !== undefined){
let data12 = data.payment_intent;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
const err14 = {instancePath:instancePath+"/payment_intent",schemaPath:"#/properties/payment_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.payment_method !== undefined){
let data13 = data.payment_method;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
const err15 = {instancePath:instancePath+"/payment_method",schemaPath:"#/properties/payment_method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.setup_intent !== undefined){
let data14 = data.setup_intent;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err16 = {instancePath:instancePath+"/setup_intent",schemaPath:"#/properties/setup_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.source !== undefined){
let data15 = data.source;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
const err17 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}

export const validateCurrency = validate4;
const schema4 = {"type":"string"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}

export const validateErrorEnvelope = validate5;
const schema5 = {"type":"object","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ApiError"}}};

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ApiError/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type !== undefined){
let data1 = data0.type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ApiError/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data1 === "api_error") || (data1 === "card_error")) || (data1 === "idempotency_error")) || (data1 === "invalid_request_error")) || (data1 === "authentication_error")) || (data1 === "permission_error")) || (data1 === "rate_limit_error"))){
const err3 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ApiError/properties/type/enum",keyword:"enum",params:{allowedValues: schema3.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.code !== undefined){
if(typeof data0.code !== "string"){
const err4 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ApiError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.decline_code !== undefined){
if(typeof data0.decline_code !== "string"){
const err5 = {instancePath:instancePath+"/error/decline_code",schemaPath:"#/components/schemas/ApiError/properties/decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.advice_code !== undefined){
if(typeof data0.advice_code !== "string"){
const err6 = {instancePath:instancePath+"/error/advice_code",schemaPath:"#/components/schemas/ApiError/properties/advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.network_advice_code !== undefined){
if(typeof data0.network_advice_code !== "string"){
const err7 = {instancePath:instancePath+"/error/network_advice_code",schemaPath:"#/components/schemas/ApiError/properties/network_advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.network_decline_code !== undefined){
if(typeof data0.network_decline_code !== "string"){
const err8 = {instancePath:instancePath+"/error/network_decline_code",schemaPath:"#/components/schemas/ApiError/properties/network_decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.doc_url !== undefined){
if(typeof data0.doc_url !== "string"){
const err9 = {instancePath:instancePath+"/error/doc_url",schemaPath:"#/components/schemas/ApiError/properties/doc_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err10 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ApiError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.param !== undefined){
if(typeof data0.param !== "string"){
const err11 = {instancePath:instancePath+"/error/param",schemaPath:"#/components/schemas/ApiError/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.payment_method_type !== undefined){
if(typeof data0.payment_method_type !== "string"){
const err12 = {instancePath:instancePath+"/error/payment_method_type",schemaPath:"#/components/schemas/ApiError/properties/payment_method_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.request_log_url !== undefined){
if(typeof data0.request_log_url !== "string"){
const err13 = {instancePath:instancePath+"/error/request_log_url",schemaPath:"#/components/schemas/ApiError/properties/request_log_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.charge !== undefined){
if(typeof data0.charge !== "string"){
const err14 = {instancePath:instancePath+"/error/charge",schemaPath:"#/components/schemas/ApiError/properties/charge/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.payment_intent !== undefined){
let data13 = data0.payment_intent;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
const err15 = {instancePath:instancePath+"/error/payment_intent",schemaPath:"#/components/schemas/ApiError/properties/payment_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.payment_method !== undefined){
let data14 = data0.payment_method;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err16 = {instancePath:instancePath+"/error/payment_method",schemaPath:"#/components/schemas/ApiError/properties/payment_method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.setup_intent !== undefined){
let data15 = data0.setup_intent;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
const err17 = {instancePath:instancePath+"/error/setup_intent",schemaPath:"#/components/schemas/ApiError/properties/setup_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.source !== undefined){
let data16 = data0.source;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err18 = {instancePath:instancePath+"/error/source",schemaPath:"#/components/schemas/ApiError/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ApiError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}

export const validateMetadata = validate6;
const schema7 = {"anyOf":[{"type":"object","additionalProperties":{"type":"string","maxLength":500}},{"type":"string","enum":[""]}]};
const func0 = __ucs2length;

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 === "string"){
if(func0(data0) > 500){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs6 = errors;
if(typeof data !== "string"){
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data === "")){
const err4 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema7.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
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

export const validateShipping = validate7;
const schema8 = {"type":"object","properties":{"address":{"$ref":"#/components/schemas/Address"},"carrier":{"type":["string","null"]},"name":{"type":"string"},"phone":{"type":["string","null"]},"tracking_number":{"type":["string","null"]}}};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
let data0 = data.address;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
let data1 = data0.city;
if((typeof data1 !== "string") && (data1 !== null)){
const err0 = {instancePath:instancePath+"/address/city",schemaPath:"#/components/schemas/Address/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.country !== undefined){
let data2 = data0.country;
if((typeof data2 !== "string") && (data2 !== null)){
const err1 = {instancePath:instancePath+"/address/country",schemaPath:"#/components/schemas/Address/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.line1 !== undefined){
let data3 = data0.line1;
if((typeof data3 !== "string") && (data3 !== null)){
const err2 = {instancePath:instancePath+"/address/line1",schemaPath:"#/components/schemas/Address/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.line2 !== undefined){
let data4 = data0.line2;
if((typeof data4 !== "string") && (data4 !== null)){
const err3 = {instancePath:instancePath+"/address/line2",schemaPath:"#/components/schemas/Address/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.postal_code !== undefined){
let data5 = data0.postal_code;
if((typeof data5 !== "string") && (data5 !== null)){
const err4 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/components/schemas/Address/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.state !== undefined){
let data6 = data0.state;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/address/state",schemaPath:"#/components/schemas/Address/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/address",schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.carrier !== undefined){
let data7 = data.carrier;
if((typeof data7 !== "string") && (data7 !== null)){
const err7 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: schema8.properties.carrier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if((typeof data9 !== "string") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: schema8.properties.phone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tracking_number !== undefined){
let data10 = data.tracking_number;
if((typeof data10 !== "string") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/tracking_number",schemaPath:"#/properties/tracking_number/type",keyword:"type",params:{type: schema8.properties.tracking_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const validateSource = validate8;
const schema10 = {"type":"object","required":["id","object","client_secret","created","flow","livemode","status","type"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["source"]},"amount":{"type":["integer","null"]},"client_secret":{"type":"string"},"code_verification":{"anyOf":[{"$ref":"#/components/schemas/SourceCodeVerificationFlow"},{"type":"null"}]},"created":{"type":"integer","format":"unix-time"},"currency":{"type":["string","null"]},"customer":{"type":["string","null"]},"flow":{"type":"string","enum":["redirect","receiver","code_verification","none"]},"livemode":{"type":"boolean"},"metadata":{"type":["object","null"],"additionalProperties":{"type":"string"}},"owner":{"anyOf":[{"$ref":"#/components/schemas/SourceOwner"},{"type":"null"}]},"receiver":{"anyOf":[{"$ref":"#/components/schemas/SourceReceiverFlow"},{"type":"null"}]},"redaction":{"type":["object","null"],"additionalProperties":true},"redirect":{"anyOf":[{"$ref":"#/components/schemas/SourceRedirectFlow"},{"type":"null"}]},"source_order":{"anyOf":[{"$ref":"#/components/schemas/SourceOrder"},{"type":"null"}]},"statement_descriptor":{"type":["string","null"]},"status":{"type":"string","enum":["canceled","chargeable","consumed","failed","pending"]},"type":{"type":"string","enum":["ach_credit_transfer","ach_debit","alipay","bancontact","card","card_present","eps","giropay","ideal","klarna","multibanco","p24","sepa_debit","sofort","three_d_secure","wechat"]},"usage":{"type":["string","null"],"enum":["reusable","single_use",null]},"ach_credit_transfer":{"$ref":"#/components/schemas/SourceTypeAchCreditTransfer"},"ach_debit":{"$ref":"#/components/schemas/SourceTypeDetails"},"alipay":{"$ref":"#/components/schemas/SourceTypeDetails"},"bancontact":{"$ref":"#/components/schemas/SourceTypeDetails"},"card":{"$ref":"#/components/schemas/SourceTypeDetails"},"card_present":{"$ref":"#/components/schemas/SourceTypeDetails"},"eps":{"$ref":"#/components/schemas/SourceTypeDetails"},"giropay":{"$ref":"#/components/schemas/SourceTypeDetails"},"ideal":{"$ref":"#/components/schemas/SourceTypeDetails"},"klarna":{"$ref":"#/components/schemas/SourceTypeDetails"},"multibanco":{"$ref":"#/components/schemas/SourceTypeDetails"},"p24":{"$ref":"#/components/schemas/SourceTypeDetails"},"sepa_debit":{"$ref":"#/components/schemas/SourceTypeDetails"},"sofort":{"$ref":"#/components/schemas/SourceTypeDetails"},"three_d_secure":{"$ref":"#/components/schemas/SourceTypeDetails"},"wechat":{"$ref":"#/components/schemas/SourceTypeDetails"}}};
const schema11 = {"type":"object","properties":{"attempts_remaining":{"type":"integer"},"status":{"type":"string"}}};
const schema15 = {"type":"object","required":["address","amount_charged","amount_received","amount_returned","refund_attributes_method","refund_attributes_status"],"properties":{"address":{"type":["string","null"]},"amount_charged":{"type":"integer"},"amount_received":{"type":"integer"},"amount_returned":{"type":"integer"},"refund_attributes_method":{"type":"string"},"refund_attributes_status":{"type":"string"}}};
const schema16 = {"type":"object","properties":{"failure_reason":{"type":["string","null"]},"return_url":{"type":"string"},"status":{"type":"string"},"url":{"type":"string"}}};
const schema19 = {"type":"object","properties":{"account_number":{"type":["string","null"]},"bank_name":{"type":["string","null"]},"fingerprint":{"type":["string","null"]},"refund_account_holder_name":{"type":["string","null"]},"refund_account_holder_type":{"type":["string","null"]},"refund_routing_number":{"type":["string","null"]},"routing_number":{"type":["string","null"]},"swift_code":{"type":["string","null"]}}};
const schema20 = {"type":"object","additionalProperties":true};
const formats0 = __formats["unix-time"];
const schema12 = {"type":"object","required":["address","email","name","phone","verified_address","verified_email","verified_name","verified_phone"],"properties":{"address":{"anyOf":[{"$ref":"#/components/schemas/Address"},{"type":"null"}]},"email":{"type":["string","null"]},"name":{"type":["string","null"]},"phone":{"type":["string","null"]},"verified_address":{"anyOf":[{"$ref":"#/components/schemas/Address"},{"type":"null"}]},"verified_email":{"type":["string","null"]},"verified_name":{"type":["string","null"]},"verified_phone":{"type":["string","null"]}}};

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.email === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.phone === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.verified_address === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_address"},message:"must have required property '"+"verified_address"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.verified_email === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_email"},message:"must have required property '"+"verified_email"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.verified_name === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_name"},message:"must have required property '"+"verified_name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.verified_phone === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_phone"},message:"must have required property '"+"verified_phone"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
let data1 = data0.city;
if((typeof data1 !== "string") && (data1 !== null)){
const err8 = {instancePath:instancePath+"/address/city",schemaPath:"#/components/schemas/Address/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.country !== undefined){
let data2 = data0.country;
if((typeof data2 !== "string") && (data2 !== null)){
const err9 = {instancePath:instancePath+"/address/country",schemaPath:"#/components/schemas/Address/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.line1 !== undefined){
let data3 = data0.line1;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/address/line1",schemaPath:"#/components/schemas/Address/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.line2 !== undefined){
let data4 = data0.line2;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/address/line2",schemaPath:"#/components/schemas/Address/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.postal_code !== undefined){
let data5 = data0.postal_code;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/components/schemas/Address/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.state !== undefined){
let data6 = data0.state;
if((typeof data6 !== "string") && (data6 !== null)){
const err13 = {instancePath:instancePath+"/address/state",schemaPath:"#/components/schemas/Address/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data0 !== null){
const err15 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err16 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.email !== undefined){
let data7 = data.email;
if((typeof data7 !== "string") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema12.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.name !== undefined){
let data8 = data.name;
if((typeof data8 !== "string") && (data8 !== null)){
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema12.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if((typeof data9 !== "string") && (data9 !== null)){
const err19 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: schema12.properties.phone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.verified_address !== undefined){
let data10 = data.verified_address;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.city !== undefined){
let data11 = data10.city;
if((typeof data11 !== "string") && (data11 !== null)){
const err20 = {instancePath:instancePath+"/verified_address/city",schemaPath:"#/components/schemas/Address/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.country !== undefined){
let data12 = data10.country;
if((typeof data12 !== "string") && (data12 !== null)){
const err21 = {instancePath:instancePath+"/verified_address/country",schemaPath:"#/components/schemas/Address/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.line1 !== undefined){
let data13 = data10.line1;
if((typeof data13 !== "string") && (data13 !== null)){
const err22 = {instancePath:instancePath+"/verified_address/line1",schemaPath:"#/components/schemas/Address/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.line2 !== undefined){
let data14 = data10.line2;
if((typeof data14 !== "string") && (data14 !== null)){
const err23 = {instancePath:instancePath+"/verified_address/line2",schemaPath:"#/components/schemas/Address/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.postal_code !== undefined){
let data15 = data10.postal_code;
if((typeof data15 !== "string") && (data15 !== null)){
const err24 = {instancePath:instancePath+"/verified_address/postal_code",schemaPath:"#/components/schemas/Address/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.state !== undefined){
let data16 = data10.state;
if((typeof data16 !== "string") && (data16 !== null)){
const err25 = {instancePath:instancePath+"/verified_address/state",schemaPath:"#/components/schemas/Address/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/verified_address",schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs43 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/verified_address",schemaPath:"#/properties/verified_address/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs43 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err28 = {instancePath:instancePath+"/verified_address",schemaPath:"#/properties/verified_address/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.verified_email !== undefined){
let data17 = data.verified_email;
if((typeof data17 !== "string") && (data17 !== null)){
const err29 = {instancePath:instancePath+"/verified_email",schemaPath:"#/properties/verified_email/type",keyword:"type",params:{type: schema12.properties.verified_email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.verified_name !== undefined){
let data18 = data.verified_name;
if((typeof data18 !== "string") && (data18 !== null)){
const err30 = {instancePath:instancePath+"/verified_name",schemaPath:"#/properties/verified_name/type",keyword:"type",params:{type: schema12.properties.verified_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.verified_phone !== undefined){
let data19 = data.verified_phone;
if((typeof data19 !== "string") && (data19 !== null)){
const err31 = {instancePath:instancePath+"/verified_phone",schemaPath:"#/properties/verified_phone/type",keyword:"type",params:{type: schema12.properties.verified_phone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","properties":{"amount":{"type":"integer"},"currency":{"type":"string"},"email":{"type":["string","null"]},"items":{"type":["array","null"],"items":{"$ref":"#/components/schemas/SourceOrderItem"}},"shipping":{"$ref":"#/components/schemas/Shipping"}}};
const schema18 = {"type":"object","properties":{"amount":{"type":["integer","null"]},"currency":{"type":["string","null"]},"description":{"type":["string","null"]},"parent":{"type":["string","null"]},"quantity":{"type":"integer"},"type":{"type":["string","null"]}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
const err1 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema17.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.items !== undefined){
let data3 = data.items;
if((!(Array.isArray(data3))) && (data3 !== null)){
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: schema17.properties.items.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.amount !== undefined){
let data5 = data4.amount;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
const err4 = {instancePath:instancePath+"/items/" + i0+"/amount",schemaPath:"#/components/schemas/SourceOrderItem/properties/amount/type",keyword:"type",params:{type: schema18.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.currency !== undefined){
let data6 = data4.currency;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/items/" + i0+"/currency",schemaPath:"#/components/schemas/SourceOrderItem/properties/currency/type",keyword:"type",params:{type: schema18.properties.currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.description !== undefined){
let data7 = data4.description;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/items/" + i0+"/description",schemaPath:"#/components/schemas/SourceOrderItem/properties/description/type",keyword:"type",params:{type: schema18.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.parent !== undefined){
let data8 = data4.parent;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/items/" + i0+"/parent",schemaPath:"#/components/schemas/SourceOrderItem/properties/parent/type",keyword:"type",params:{type: schema18.properties.parent.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.quantity !== undefined){
let data9 = data4.quantity;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err8 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/components/schemas/SourceOrderItem/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.type !== undefined){
let data10 = data4.type;
if((typeof data10 !== "string") && (data10 !== null)){
const err9 = {instancePath:instancePath+"/items/" + i0+"/type",schemaPath:"#/components/schemas/SourceOrderItem/properties/type/type",keyword:"type",params:{type: schema18.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/components/schemas/SourceOrderItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.shipping !== undefined){
if(!(validate7(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.object === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.client_secret === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_secret"},message:"must have required property '"+"client_secret"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.created === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.flow === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.livemode === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "livemode"},message:"must have required property '"+"livemode"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.type === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data1 === "source")){
const err10 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/enum",keyword:"enum",params:{allowedValues: schema10.properties.object.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: schema10.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
const err12 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.attempts_remaining !== undefined){
let data5 = data4.attempts_remaining;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err13 = {instancePath:instancePath+"/code_verification/attempts_remaining",schemaPath:"#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
const err14 = {instancePath:instancePath+"/code_verification/status",schemaPath:"#/components/schemas/SourceCodeVerificationFlow/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/code_verification",schemaPath:"#/components/schemas/SourceCodeVerificationFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
const err16 = {instancePath:instancePath+"/code_verification",schemaPath:"#/properties/code_verification/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err17 = {instancePath:instancePath+"/code_verification",schemaPath:"#/properties/code_verification/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.created !== undefined){
let data7 = data.created;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err18 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
const err19 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: schema10.properties.currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: schema10.properties.customer.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
const err23 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema10.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
const err24 = {instancePath:instancePath+"/livemode",schemaPath:"#/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema10.properties.metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
const err26 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
if(data.owner !== undefined){
let data14 = data.owner;
const _errs36 = errors;
let valid5 = false;
const _errs37 = errors;
if(!(validate9(data14, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
var _valid1 = _errs37 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs38 = errors;
if(data14 !== null){
const err27 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err28 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.receiver !== undefined){
let data15 = data.receiver;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.address === undefined){
const err29 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data15.amount_charged === undefined){
const err30 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_charged"},message:"must have required property '"+"amount_charged"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.amount_received === undefined){
const err31 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_received"},message:"must have required property '"+"amount_received"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data15.amount_returned === undefined){
const err32 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_returned"},message:"must have required property '"+"amount_returned"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15.refund_attributes_method === undefined){
const err33 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "refund_attributes_method"},message:"must have required property '"+"refund_attributes_method"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data15.refund_attributes_status === undefined){
const err34 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "refund_attributes_status"},message:"must have required property '"+"refund_attributes_status"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
const err35 = {instancePath:instancePath+"/receiver/address",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/address/type",keyword:"type",params:{type: schema15.properties.address.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err36 = {instancePath:instancePath+"/receiver/amount_charged",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/amount_charged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err37 = {instancePath:instancePath+"/receiver/amount_received",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/amount_received/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err38 = {instancePath:instancePath+"/receiver/amount_returned",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/amount_returned/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
const err39 = {instancePath:instancePath+"/receiver/refund_attributes_method",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
const err40 = {instancePath:instancePath+"/receiver/refund_attributes_status",schemaPath:"#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/receiver",schemaPath:"#/components/schemas/SourceReceiverFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
const err42 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
const err43 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.redaction !== undefined){
let data22 = data.redaction;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err44 = {instancePath:instancePath+"/redaction",schemaPath:"#/properties/redaction/type",keyword:"type",params:{type: schema10.properties.redaction.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.redirect !== undefined){
let data23 = data.redirect;
const _errs63 = errors;
let valid9 = false;
const _errs64 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.failure_reason !== undefined){
let data24 = data23.failure_reason;
if((typeof data24 !== "string") && (data24 !== null)){
const err45 = {instancePath:instancePath+"/redirect/failure_reason",schemaPath:"#/components/schemas/SourceRedirectFlow/properties/failure_reason/type",keyword:"type",params:{type: schema16.properties.failure_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
const err46 = {instancePath:instancePath+"/redirect/return_url",schemaPath:"#/components/schemas/SourceRedirectFlow/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
const err47 = {instancePath:instancePath+"/redirect/status",schemaPath:"#/components/schemas/SourceRedirectFlow/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
const err48 = {instancePath:instancePath+"/redirect/url",schemaPath:"#/components/schemas/SourceRedirectFlow/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/redirect",schemaPath:"#/components/schemas/SourceRedirectFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
const err50 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
const err51 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.source_order !== undefined){
let data28 = data.source_order;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(!(validate11(data28, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid4 = _errs79 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs80 = errors;
if(data28 !== null){
const err52 = {instancePath:instancePath+"/source_order",schemaPath:"#/properties/source_order/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
const err53 = {instancePath:instancePath+"/source_order",schemaPath:"#/properties/source_order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.statement_descriptor !== undefined){
let data29 = data.statement_descriptor;
if((typeof data29 !== "string") && (data29 !== null)){
const err54 = {instancePath:instancePath+"/statement_descriptor",schemaPath:"#/properties/statement_descriptor/type",keyword:"type",params:{type: schema10.properties.statement_descriptor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
const err55 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
const err56 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema10.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.type !== undefined){
let data31 = data.type;
if(typeof data31 !== "string"){
const err57 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!((((((((((((((((data31 === "ach_credit_transfer") || (data31 === "ach_debit")) || (data31 === "alipay")) || (data31 === "bancontact")) || (data31 === "card")) || (data31 === "card_present")) || (data31 === "eps")) || (data31 === "giropay")) || (data31 === "ideal")) || (data31 === "klarna")) || (data31 === "multibanco")) || (data31 === "p24")) || (data31 === "sepa_debit")) || (data31 === "sofort")) || (data31 === "three_d_secure")) || (data31 === "wechat"))){
const err58 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema10.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.usage !== undefined){
let data32 = data.usage;
if((typeof data32 !== "string") && (data32 !== null)){
const err59 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: schema10.properties.usage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
const err60 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/enum",keyword:"enum",params:{allowedValues: schema10.properties.usage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
const err61 = {instancePath:instancePath+"/ach_credit_transfer/account_number",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type",keyword:"type",params:{type: schema19.properties.account_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
const err62 = {instancePath:instancePath+"/ach_credit_transfer/bank_name",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type",keyword:"type",params:{type: schema19.properties.bank_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
const err63 = {instancePath:instancePath+"/ach_credit_transfer/fingerprint",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type",keyword:"type",params:{type: schema19.properties.fingerprint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
const err64 = {instancePath:instancePath+"/ach_credit_transfer/refund_account_holder_name",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
const err65 = {instancePath:instancePath+"/ach_credit_transfer/refund_account_holder_type",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
const err66 = {instancePath:instancePath+"/ach_credit_transfer/refund_routing_number",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type",keyword:"type",params:{type: schema19.properties.refund_routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
const err67 = {instancePath:instancePath+"/ach_credit_transfer/routing_number",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type",keyword:"type",params:{type: schema19.properties.routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
const err68 = {instancePath:instancePath+"/ach_credit_transfer/swift_code",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type",keyword:"type",params:{type: schema19.properties.swift_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/ach_credit_transfer",schemaPath:"#/components/schemas/SourceTypeAchCreditTransfer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
const err70 = {instancePath:instancePath+"/ach_debit",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
const err71 = {instancePath:instancePath+"/alipay",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
const err72 = {instancePath:instancePath+"/bancontact",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
const err73 = {instancePath:instancePath+"/card",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
const err74 = {instancePath:instancePath+"/card_present",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
const err75 = {instancePath:instancePath+"/eps",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
const err76 = {instancePath:instancePath+"/giropay",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
const err77 = {instancePath:instancePath+"/ideal",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
const err78 = {instancePath:instancePath+"/klarna",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
const err79 = {instancePath:instancePath+"/multibanco",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
const err80 = {instancePath:instancePath+"/p24",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
const err81 = {instancePath:instancePath+"/sepa_debit",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
const err82 = {instancePath:instancePath+"/sofort",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
const err83 = {instancePath:instancePath+"/three_d_secure",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
const err84 = {instancePath:instancePath+"/wechat",schemaPath:"#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

export const validateSourceCodeVerificationFlow = validate14;

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempts_remaining !== undefined){
let data0 = data.attempts_remaining;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/attempts_remaining",schemaPath:"#/properties/attempts_remaining/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const validateSourceMandateParams = validate15;
const schema36 = {"type":"object","properties":{"acceptance":{"type":"object","required":["date","status"],"properties":{"status":{"type":"string","enum":["accepted","refused"]},"date":{"type":"integer","format":"unix-time"},"ip":{"type":"string"},"offline":{"type":"object","required":["contact_email"],"properties":{"contact_email":{"type":"string"}}},"online":{"type":"object","required":["date","ip","user_agent"],"properties":{"date":{"type":"integer","format":"unix-time"},"ip":{"type":"string"},"user_agent":{"type":"string"}}},"type":{"type":"string","enum":["online","offline"]},"user_agent":{"type":"string"}}},"amount":{"anyOf":[{"type":"integer"},{"type":"string","enum":[""]}]},"currency":{"type":"string"},"interval":{"type":"string","enum":["one_time","scheduled","variable"]},"notification_method":{"type":"string","enum":["email","manual","none"]}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptance !== undefined){
let data0 = data.acceptance;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.date === undefined){
const err0 = {instancePath:instancePath+"/acceptance",schemaPath:"#/properties/acceptance/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.status === undefined){
const err1 = {instancePath:instancePath+"/acceptance",schemaPath:"#/properties/acceptance/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/acceptance/status",schemaPath:"#/properties/acceptance/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data1 === "accepted") || (data1 === "refused"))){
const err3 = {instancePath:instancePath+"/acceptance/status",schemaPath:"#/properties/acceptance/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.date !== undefined){
let data2 = data0.date;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err4 = {instancePath:instancePath+"/acceptance/date",schemaPath:"#/properties/acceptance/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/acceptance/date",schemaPath:"#/properties/acceptance/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data0.ip !== undefined){
if(typeof data0.ip !== "string"){
const err6 = {instancePath:instancePath+"/acceptance/ip",schemaPath:"#/properties/acceptance/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.offline !== undefined){
let data4 = data0.offline;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.contact_email === undefined){
const err7 = {instancePath:instancePath+"/acceptance/offline",schemaPath:"#/properties/acceptance/properties/offline/required",keyword:"required",params:{missingProperty: "contact_email"},message:"must have required property '"+"contact_email"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.contact_email !== undefined){
if(typeof data4.contact_email !== "string"){
const err8 = {instancePath:instancePath+"/acceptance/offline/contact_email",schemaPath:"#/properties/acceptance/properties/offline/properties/contact_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/acceptance/offline",schemaPath:"#/properties/acceptance/properties/offline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.online !== undefined){
let data6 = data0.online;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date === undefined){
const err10 = {instancePath:instancePath+"/acceptance/online",schemaPath:"#/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.ip === undefined){
const err11 = {instancePath:instancePath+"/acceptance/online",schemaPath:"#/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.user_agent === undefined){
const err12 = {instancePath:instancePath+"/acceptance/online",schemaPath:"#/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "user_agent"},message:"must have required property '"+"user_agent"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.date !== undefined){
let data7 = data6.date;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err13 = {instancePath:instancePath+"/acceptance/online/date",schemaPath:"#/properties/acceptance/properties/online/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/acceptance/online/date",schemaPath:"#/properties/acceptance/properties/online/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data6.ip !== undefined){
if(typeof data6.ip !== "string"){
const err15 = {instancePath:instancePath+"/acceptance/online/ip",schemaPath:"#/properties/acceptance/properties/online/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.user_agent !== undefined){
if(typeof data6.user_agent !== "string"){
const err16 = {instancePath:instancePath+"/acceptance/online/user_agent",schemaPath:"#/properties/acceptance/properties/online/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/acceptance/online",schemaPath:"#/properties/acceptance/properties/online/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.type !== undefined){
let data10 = data0.type;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/acceptance/type",schemaPath:"#/properties/acceptance/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data10 === "online") || (data10 === "offline"))){
const err19 = {instancePath:instancePath+"/acceptance/type",schemaPath:"#/properties/acceptance/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.user_agent !== undefined){
if(typeof data0.user_agent !== "string"){
const err20 = {instancePath:instancePath+"/acceptance/user_agent",schemaPath:"#/properties/acceptance/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/acceptance",schemaPath:"#/properties/acceptance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.amount !== undefined){
let data12 = data.amount;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err22 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(typeof data12 !== "string"){
const err23 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(data12 === "")){
const err24 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema36.properties.amount.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err25 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
const err26 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.interval !== undefined){
let data14 = data.interval;
if(typeof data14 !== "string"){
const err27 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data14 === "one_time") || (data14 === "scheduled")) || (data14 === "variable"))){
const err28 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/enum",keyword:"enum",params:{allowedValues: schema36.properties.interval.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.notification_method !== undefined){
let data15 = data.notification_method;
if(typeof data15 !== "string"){
const err29 = {instancePath:instancePath+"/notification_method",schemaPath:"#/properties/notification_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(((data15 === "email") || (data15 === "manual")) || (data15 === "none"))){
const err30 = {instancePath:instancePath+"/notification_method",schemaPath:"#/properties/notification_method/enum",keyword:"enum",params:{allowedValues: schema36.properties.notification_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const validateSourceOrder = validate16;

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
const err1 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema17.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.items !== undefined){
let data3 = data.items;
if((!(Array.isArray(data3))) && (data3 !== null)){
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: schema17.properties.items.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.amount !== undefined){
let data5 = data4.amount;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
const err4 = {instancePath:instancePath+"/items/" + i0+"/amount",schemaPath:"#/components/schemas/SourceOrderItem/properties/amount/type",keyword:"type",params:{type: schema18.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.currency !== undefined){
let data6 = data4.currency;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/items/" + i0+"/currency",schemaPath:"#/components/schemas/SourceOrderItem/properties/currency/type",keyword:"type",params:{type: schema18.properties.currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.description !== undefined){
let data7 = data4.description;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/items/" + i0+"/description",schemaPath:"#/components/schemas/SourceOrderItem/properties/description/type",keyword:"type",params:{type: schema18.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.parent !== undefined){
let data8 = data4.parent;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/items/" + i0+"/parent",schemaPath:"#/components/schemas/SourceOrderItem/properties/parent/type",keyword:"type",params:{type: schema18.properties.parent.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.quantity !== undefined){
let data9 = data4.quantity;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err8 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/components/schemas/SourceOrderItem/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.type !== undefined){
let data10 = data4.type;
if((typeof data10 !== "string") && (data10 !== null)){
const err9 = {instancePath:instancePath+"/items/" + i0+"/type",schemaPath:"#/components/schemas/SourceOrderItem/properties/type/type",keyword:"type",params:{type: schema18.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/components/schemas/SourceOrderItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.shipping !== undefined){
if(!(validate7(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validateSourceOrderItem = validate18;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: schema18.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: schema18.properties.currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema18.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.parent !== undefined){
let data3 = data.parent;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/type",keyword:"type",params:{type: schema18.properties.parent.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err4 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: schema18.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validateSourceOrderParams = validate19;
const schema40 = {"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"parent":{"type":"string"},"quantity":{"type":"integer"}}}},"shipping":{"type":"object","required":["address"],"properties":{"address":{"type":"object","required":["line1"],"properties":{"line1":{"type":"string"},"city":{"type":"string"},"country":{"type":"string"},"line2":{"type":"string"},"postal_code":{"type":"string"},"state":{"type":"string"}}},"carrier":{"type":"string"},"name":{"type":"string"},"phone":{"type":"string"},"tracking_number":{"type":"string"}}}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.parent !== undefined){
if(typeof data1.parent !== "string"){
const err0 = {instancePath:instancePath+"/items/" + i0+"/parent",schemaPath:"#/properties/items/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.quantity !== undefined){
let data3 = data1.quantity;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err1 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.shipping !== undefined){
let data4 = data.shipping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.address === undefined){
const err4 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.address !== undefined){
let data5 = data4.address;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.line1 === undefined){
const err5 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
const err6 = {instancePath:instancePath+"/shipping/address/line1",schemaPath:"#/properties/shipping/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
const err7 = {instancePath:instancePath+"/shipping/address/city",schemaPath:"#/properties/shipping/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
const err8 = {instancePath:instancePath+"/shipping/address/country",schemaPath:"#/properties/shipping/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
const err9 = {instancePath:instancePath+"/shipping/address/line2",schemaPath:"#/properties/shipping/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
const err10 = {instancePath:instancePath+"/shipping/address/postal_code",schemaPath:"#/properties/shipping/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
const err11 = {instancePath:instancePath+"/shipping/address/state",schemaPath:"#/properties/shipping/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.carrier !== undefined){
if(typeof data4.carrier !== "string"){
const err13 = {instancePath:instancePath+"/shipping/carrier",schemaPath:"#/properties/shipping/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err14 = {instancePath:instancePath+"/shipping/name",schemaPath:"#/properties/shipping/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.phone !== undefined){
if(typeof data4.phone !== "string"){
const err15 = {instancePath:instancePath+"/shipping/phone",schemaPath:"#/properties/shipping/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.tracking_number !== undefined){
if(typeof data4.tracking_number !== "string"){
const err16 = {instancePath:instancePath+"/shipping/tracking_number",schemaPath:"#/properties/shipping/properties/tracking_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const validateSourceOwner = validate20;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.email === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.phone === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.verified_address === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_address"},message:"must have required property '"+"verified_address"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.verified_email === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_email"},message:"must have required property '"+"verified_email"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.verified_name === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_name"},message:"must have required property '"+"verified_name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.verified_phone === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified_phone"},message:"must have required property '"+"verified_phone"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
let data1 = data0.city;
if((typeof data1 !== "string") && (data1 !== null)){
const err8 = {instancePath:instancePath+"/address/city",schemaPath:"#/components/schemas/Address/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.country !== undefined){
let data2 = data0.country;
if((typeof data2 !== "string") && (data2 !== null)){
const err9 = {instancePath:instancePath+"/address/country",schemaPath:"#/components/schemas/Address/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.line1 !== undefined){
let data3 = data0.line1;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/address/line1",schemaPath:"#/components/schemas/Address/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.line2 !== undefined){
let data4 = data0.line2;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/address/line2",schemaPath:"#/components/schemas/Address/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.postal_code !== undefined){
let data5 = data0.postal_code;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/components/schemas/Address/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.state !== undefined){
let data6 = data0.state;
if((typeof data6 !== "string") && (data6 !== null)){
const err13 = {instancePath:instancePath+"/address/state",schemaPath:"#/components/schemas/Address/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data0 !== null){
const err15 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err16 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.email !== undefined){
let data7 = data.email;
if((typeof data7 !== "string") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema12.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.name !== undefined){
let data8 = data.name;
if((typeof data8 !== "string") && (data8 !== null)){
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema12.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if((typeof data9 !== "string") && (data9 !== null)){
const err19 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: schema12.properties.phone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.verified_address !== undefined){
let data10 = data.verified_address;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.city !== undefined){
let data11 = data10.city;
if((typeof data11 !== "string") && (data11 !== null)){
const err20 = {instancePath:instancePath+"/verified_address/city",schemaPath:"#/components/schemas/Address/properties/city/type",keyword:"type",params:{type: schema1.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.country !== undefined){
let data12 = data10.country;
if((typeof data12 !== "string") && (data12 !== null)){
const err21 = {instancePath:instancePath+"/verified_address/country",schemaPath:"#/components/schemas/Address/properties/country/type",keyword:"type",params:{type: schema1.properties.country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.line1 !== undefined){
let data13 = data10.line1;
if((typeof data13 !== "string") && (data13 !== null)){
const err22 = {instancePath:instancePath+"/verified_address/line1",schemaPath:"#/components/schemas/Address/properties/line1/type",keyword:"type",params:{type: schema1.properties.line1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.line2 !== undefined){
let data14 = data10.line2;
if((typeof data14 !== "string") && (data14 !== null)){
const err23 = {instancePath:instancePath+"/verified_address/line2",schemaPath:"#/components/schemas/Address/properties/line2/type",keyword:"type",params:{type: schema1.properties.line2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.postal_code !== undefined){
let data15 = data10.postal_code;
if((typeof data15 !== "string") && (data15 !== null)){
const err24 = {instancePath:instancePath+"/verified_address/postal_code",schemaPath:"#/components/schemas/Address/properties/postal_code/type",keyword:"type",params:{type: schema1.properties.postal_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.state !== undefined){
let data16 = data10.state;
if((typeof data16 !== "string") && (data16 !== null)){
const err25 = {instancePath:instancePath+"/verified_address/state",schemaPath:"#/components/schemas/Address/properties/state/type",keyword:"type",params:{type: schema1.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/verified_address",schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs43 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/verified_address",schemaPath:"#/properties/verified_address/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs43 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err28 = {instancePath:instancePath+"/verified_address",schemaPath:"#/properties/verified_address/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.verified_email !== undefined){
let data17 = data.verified_email;
if((typeof data17 !== "string") && (data17 !== null)){
const err29 = {instancePath:instancePath+"/verified_email",schemaPath:"#/properties/verified_email/type",keyword:"type",params:{type: schema12.properties.verified_email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.verified_name !== undefined){
let data18 = data.verified_name;
if((typeof data18 !== "string") && (data18 !== null)){
const err30 = {instancePath:instancePath+"/verified_name",schemaPath:"#/properties/verified_name/type",keyword:"type",params:{type: schema12.properties.verified_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.verified_phone !== undefined){
let data19 = data.verified_phone;
if((typeof data19 !== "string") && (data19 !== null)){
const err31 = {instancePath:instancePath+"/verified_phone",schemaPath:"#/properties/verified_phone/type",keyword:"type",params:{type: schema12.properties.verified_phone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validateSourceOwnerParams = validate21;
const schema44 = {"type":"object","properties":{"address":{"$ref":"#/components/schemas/AddressParams"},"email":{"type":"string"},"name":{"type":"string"},"phone":{"type":"string"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
let data0 = data.address;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.city !== undefined){
if(typeof data0.city !== "string"){
const err0 = {instancePath:instancePath+"/address/city",schemaPath:"#/components/schemas/AddressParams/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.country !== undefined){
if(typeof data0.country !== "string"){
const err1 = {instancePath:instancePath+"/address/country",schemaPath:"#/components/schemas/AddressParams/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.line1 !== undefined){
if(typeof data0.line1 !== "string"){
const err2 = {instancePath:instancePath+"/address/line1",schemaPath:"#/components/schemas/AddressParams/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.line2 !== undefined){
if(typeof data0.line2 !== "string"){
const err3 = {instancePath:instancePath+"/address/line2",schemaPath:"#/components/schemas/AddressParams/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
const err4 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/components/schemas/AddressParams/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.state !== undefined){
if(typeof data0.state !== "string"){
const err5 = {instancePath:instancePath+"/address/state",schemaPath:"#/components/schemas/AddressParams/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/address",schemaPath:"#/components/schemas/AddressParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err9 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateSourceReceiverFlow = validate22;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount_charged === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_charged"},message:"must have required property '"+"amount_charged"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.amount_received === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_received"},message:"must have required property '"+"amount_received"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.amount_returned === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_returned"},message:"must have required property '"+"amount_returned"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.refund_attributes_method === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refund_attributes_method"},message:"must have required property '"+"refund_attributes_method"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.refund_attributes_status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refund_attributes_status"},message:"must have required property '"+"refund_attributes_status"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.address !== undefined){
let data0 = data.address;
if((typeof data0 !== "string") && (data0 !== null)){
const err6 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: schema15.properties.address.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount_charged !== undefined){
let data1 = data.amount_charged;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err7 = {instancePath:instancePath+"/amount_charged",schemaPath:"#/properties/amount_charged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.amount_received !== undefined){
let data2 = data.amount_received;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err8 = {instancePath:instancePath+"/amount_received",schemaPath:"#/properties/amount_received/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.amount_returned !== undefined){
let data3 = data.amount_returned;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err9 = {instancePath:instancePath+"/amount_returned",schemaPath:"#/properties/amount_returned/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.refund_attributes_method !== undefined){
if(typeof data.refund_attributes_method !== "string"){
const err10 = {instancePath:instancePath+"/refund_attributes_method",schemaPath:"#/properties/refund_attributes_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.refund_attributes_status !== undefined){
if(typeof data.refund_attributes_status !== "string"){
const err11 = {instancePath:instancePath+"/refund_attributes_status",schemaPath:"#/properties/refund_attributes_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const validateSourceRedirectFlow = validate23;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_reason !== undefined){
let data0 = data.failure_reason;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/failure_reason",schemaPath:"#/properties/failure_reason/type",keyword:"type",params:{type: schema16.properties.failure_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
const err1 = {instancePath:instancePath+"/return_url",schemaPath:"#/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const validateSourceTypeAchCreditTransfer = validate24;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_number !== undefined){
let data0 = data.account_number;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/account_number",schemaPath:"#/properties/account_number/type",keyword:"type",params:{type: schema19.properties.account_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bank_name !== undefined){
let data1 = data.bank_name;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/bank_name",schemaPath:"#/properties/bank_name/type",keyword:"type",params:{type: schema19.properties.bank_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fingerprint !== undefined){
let data2 = data.fingerprint;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: schema19.properties.fingerprint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.refund_account_holder_name !== undefined){
let data3 = data.refund_account_holder_name;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/refund_account_holder_name",schemaPath:"#/properties/refund_account_holder_name/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.refund_account_holder_type !== undefined){
let data4 = data.refund_account_holder_type;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/refund_account_holder_type",schemaPath:"#/properties/refund_account_holder_type/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.refund_routing_number !== undefined){
let data5 = data.refund_routing_number;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/refund_routing_number",schemaPath:"#/properties/refund_routing_number/type",keyword:"type",params:{type: schema19.properties.refund_routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.routing_number !== undefined){
let data6 = data.routing_number;
if((typeof data6 !== "string") && (data6 !== null)){
const err6 = {instancePath:instancePath+"/routing_number",schemaPath:"#/properties/routing_number/type",keyword:"type",params:{type: schema19.properties.routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.swift_code !== undefined){
let data7 = data.swift_code;
if((typeof data7 !== "string") && (data7 !== null)){
const err7 = {instancePath:instancePath+"/swift_code",schemaPath:"#/properties/swift_code/type",keyword:"type",params:{type: schema19.properties.swift_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const validateSourceTypeDetails = validate25;

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceRequest = validate26;
const schema50 = {"type":"object","required":["source"],"properties":{"source":{"type":"string"},"metadata":{"$ref":"#/components/schemas/Metadata"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metadata !== undefined){
let data1 = data.metadata;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
let data2 = data1[key0];
if(typeof data2 === "string"){
if(func0(data2) > 500){
const err2 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs11 = errors;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data1 === "")){
const err6 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema7.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponse200 = validate28;
const schema53 = {"type":"object","required":["id","object","client_secret","created","flow","livemode","status","type"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["source"]},"amount":{"type":["integer","null"]},"client_secret":{"type":"string"},"code_verification":{"anyOf":[{"$ref":"doc#/components/schemas/SourceCodeVerificationFlow"},{"type":"null"}]},"created":{"type":"integer","format":"unix-time"},"currency":{"type":["string","null"]},"customer":{"type":["string","null"]},"flow":{"type":"string","enum":["redirect","receiver","code_verification","none"]},"livemode":{"type":"boolean"},"metadata":{"type":["object","null"],"additionalProperties":{"type":"string"}},"owner":{"anyOf":[{"$ref":"doc#/components/schemas/SourceOwner"},{"type":"null"}]},"receiver":{"anyOf":[{"$ref":"doc#/components/schemas/SourceReceiverFlow"},{"type":"null"}]},"redaction":{"type":["object","null"],"additionalProperties":true},"redirect":{"anyOf":[{"$ref":"doc#/components/schemas/SourceRedirectFlow"},{"type":"null"}]},"source_order":{"anyOf":[{"$ref":"doc#/components/schemas/SourceOrder"},{"type":"null"}]},"statement_descriptor":{"type":["string","null"]},"status":{"type":"string","enum":["canceled","chargeable","consumed","failed","pending"]},"type":{"type":"string"},"usage":{"type":["string","null"],"enum":["reusable","single_use",null]},"ach_credit_transfer":{"$ref":"doc#/components/schemas/SourceTypeAchCreditTransfer"},"ach_debit":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"alipay":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"bancontact":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"card":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"card_present":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"eps":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"giropay":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"ideal":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"klarna":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"multibanco":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"p24":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"sepa_debit":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"sofort":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"three_d_secure":{"$ref":"doc#/components/schemas/SourceTypeDetails"},"wechat":{"$ref":"doc#/components/schemas/SourceTypeDetails"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.object === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.client_secret === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_secret"},message:"must have required property '"+"client_secret"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.created === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.flow === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.livemode === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "livemode"},message:"must have required property '"+"livemode"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.type === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.object !== undefined){
let data1 = data.object;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data1 === "source")){
const err10 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/enum",keyword:"enum",params:{allowedValues: schema53.properties.object.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: schema53.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
const err12 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code_verification !== undefined){
let data4 = data.code_verification;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.attempts_remaining !== undefined){
let data5 = data4.attempts_remaining;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err13 = {instancePath:instancePath+"/code_verification/attempts_remaining",schemaPath:"doc#/components/schemas/SourceCodeVerificationFlow/properties/attempts_remaining/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.status !== undefined){
if(typeof data4.status !== "string"){
const err14 = {instancePath:instancePath+"/code_verification/status",schemaPath:"doc#/components/schemas/SourceCodeVerificationFlow/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/code_verification",schemaPath:"doc#/components/schemas/SourceCodeVerificationFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data4 !== null){
const err16 = {instancePath:instancePath+"/code_verification",schemaPath:"#/properties/code_verification/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err17 = {instancePath:instancePath+"/code_verification",schemaPath:"#/properties/code_verification/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.created !== undefined){
let data7 = data.created;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err18 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
const err19 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if((typeof data8 !== "string") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: schema53.properties.currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.customer !== undefined){
let data9 = data.customer;
if((typeof data9 !== "string") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: schema53.properties.customer.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.flow !== undefined){
let data10 = data.flow;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((data10 === "redirect") || (data10 === "receiver")) || (data10 === "code_verification")) || (data10 === "none"))){
const err23 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema53.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.livemode !== undefined){
if(typeof data.livemode !== "boolean"){
const err24 = {instancePath:instancePath+"/livemode",schemaPath:"#/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.metadata !== undefined){
let data12 = data.metadata;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema53.properties.metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
if(typeof data12[key0] !== "string"){
const err26 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
if(data.owner !== undefined){
let data14 = data.owner;
const _errs36 = errors;
let valid5 = false;
const _errs37 = errors;
if(!(validate20(data14, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var _valid1 = _errs37 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs38 = errors;
if(data14 !== null){
const err27 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err28 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.receiver !== undefined){
let data15 = data.receiver;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.address === undefined){
const err29 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data15.amount_charged === undefined){
const err30 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_charged"},message:"must have required property '"+"amount_charged"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.amount_received === undefined){
const err31 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_received"},message:"must have required property '"+"amount_received"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data15.amount_returned === undefined){
const err32 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "amount_returned"},message:"must have required property '"+"amount_returned"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15.refund_attributes_method === undefined){
const err33 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "refund_attributes_method"},message:"must have required property '"+"refund_attributes_method"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data15.refund_attributes_status === undefined){
const err34 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/required",keyword:"required",params:{missingProperty: "refund_attributes_status"},message:"must have required property '"+"refund_attributes_status"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data15.address !== undefined){
let data16 = data15.address;
if((typeof data16 !== "string") && (data16 !== null)){
const err35 = {instancePath:instancePath+"/receiver/address",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/address/type",keyword:"type",params:{type: schema15.properties.address.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data15.amount_charged !== undefined){
let data17 = data15.amount_charged;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err36 = {instancePath:instancePath+"/receiver/amount_charged",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/amount_charged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data15.amount_received !== undefined){
let data18 = data15.amount_received;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err37 = {instancePath:instancePath+"/receiver/amount_received",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/amount_received/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.amount_returned !== undefined){
let data19 = data15.amount_returned;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err38 = {instancePath:instancePath+"/receiver/amount_returned",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/amount_returned/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.refund_attributes_method !== undefined){
if(typeof data15.refund_attributes_method !== "string"){
const err39 = {instancePath:instancePath+"/receiver/refund_attributes_method",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.refund_attributes_status !== undefined){
if(typeof data15.refund_attributes_status !== "string"){
const err40 = {instancePath:instancePath+"/receiver/refund_attributes_status",schemaPath:"doc#/components/schemas/SourceReceiverFlow/properties/refund_attributes_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/receiver",schemaPath:"doc#/components/schemas/SourceReceiverFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid2 = _errs42 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs57 = errors;
if(data15 !== null){
const err42 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid2 = _errs57 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
const err43 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.redaction !== undefined){
let data22 = data.redaction;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err44 = {instancePath:instancePath+"/redaction",schemaPath:"#/properties/redaction/type",keyword:"type",params:{type: schema53.properties.redaction.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.redirect !== undefined){
let data23 = data.redirect;
const _errs63 = errors;
let valid9 = false;
const _errs64 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.failure_reason !== undefined){
let data24 = data23.failure_reason;
if((typeof data24 !== "string") && (data24 !== null)){
const err45 = {instancePath:instancePath+"/redirect/failure_reason",schemaPath:"doc#/components/schemas/SourceRedirectFlow/properties/failure_reason/type",keyword:"type",params:{type: schema16.properties.failure_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data23.return_url !== undefined){
if(typeof data23.return_url !== "string"){
const err46 = {instancePath:instancePath+"/redirect/return_url",schemaPath:"doc#/components/schemas/SourceRedirectFlow/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.status !== undefined){
if(typeof data23.status !== "string"){
const err47 = {instancePath:instancePath+"/redirect/status",schemaPath:"doc#/components/schemas/SourceRedirectFlow/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data23.url !== undefined){
if(typeof data23.url !== "string"){
const err48 = {instancePath:instancePath+"/redirect/url",schemaPath:"doc#/components/schemas/SourceRedirectFlow/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/redirect",schemaPath:"doc#/components/schemas/SourceRedirectFlow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid3 = _errs64 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs75 = errors;
if(data23 !== null){
const err50 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs75 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
const err51 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.source_order !== undefined){
let data28 = data.source_order;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(!(validate16(data28, {instancePath:instancePath+"/source_order",parentData:data,parentDataProperty:"source_order",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var _valid4 = _errs79 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs80 = errors;
if(data28 !== null){
const err52 = {instancePath:instancePath+"/source_order",schemaPath:"#/properties/source_order/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid4 = _errs80 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
const err53 = {instancePath:instancePath+"/source_order",schemaPath:"#/properties/source_order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.statement_descriptor !== undefined){
let data29 = data.statement_descriptor;
if((typeof data29 !== "string") && (data29 !== null)){
const err54 = {instancePath:instancePath+"/statement_descriptor",schemaPath:"#/properties/statement_descriptor/type",keyword:"type",params:{type: schema53.properties.statement_descriptor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(typeof data30 !== "string"){
const err55 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(((((data30 === "canceled") || (data30 === "chargeable")) || (data30 === "consumed")) || (data30 === "failed")) || (data30 === "pending"))){
const err56 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema53.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err57 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.usage !== undefined){
let data32 = data.usage;
if((typeof data32 !== "string") && (data32 !== null)){
const err58 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: schema53.properties.usage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(((data32 === "reusable") || (data32 === "single_use")) || (data32 === null))){
const err59 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/enum",keyword:"enum",params:{allowedValues: schema53.properties.usage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.ach_credit_transfer !== undefined){
let data33 = data.ach_credit_transfer;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.account_number !== undefined){
let data34 = data33.account_number;
if((typeof data34 !== "string") && (data34 !== null)){
const err60 = {instancePath:instancePath+"/ach_credit_transfer/account_number",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/account_number/type",keyword:"type",params:{type: schema19.properties.account_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data33.bank_name !== undefined){
let data35 = data33.bank_name;
if((typeof data35 !== "string") && (data35 !== null)){
const err61 = {instancePath:instancePath+"/ach_credit_transfer/bank_name",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/bank_name/type",keyword:"type",params:{type: schema19.properties.bank_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data33.fingerprint !== undefined){
let data36 = data33.fingerprint;
if((typeof data36 !== "string") && (data36 !== null)){
const err62 = {instancePath:instancePath+"/ach_credit_transfer/fingerprint",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/fingerprint/type",keyword:"type",params:{type: schema19.properties.fingerprint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data33.refund_account_holder_name !== undefined){
let data37 = data33.refund_account_holder_name;
if((typeof data37 !== "string") && (data37 !== null)){
const err63 = {instancePath:instancePath+"/ach_credit_transfer/refund_account_holder_name",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_name/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data33.refund_account_holder_type !== undefined){
let data38 = data33.refund_account_holder_type;
if((typeof data38 !== "string") && (data38 !== null)){
const err64 = {instancePath:instancePath+"/ach_credit_transfer/refund_account_holder_type",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_account_holder_type/type",keyword:"type",params:{type: schema19.properties.refund_account_holder_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data33.refund_routing_number !== undefined){
let data39 = data33.refund_routing_number;
if((typeof data39 !== "string") && (data39 !== null)){
const err65 = {instancePath:instancePath+"/ach_credit_transfer/refund_routing_number",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/refund_routing_number/type",keyword:"type",params:{type: schema19.properties.refund_routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data33.routing_number !== undefined){
let data40 = data33.routing_number;
if((typeof data40 !== "string") && (data40 !== null)){
const err66 = {instancePath:instancePath+"/ach_credit_transfer/routing_number",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/routing_number/type",keyword:"type",params:{type: schema19.properties.routing_number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data33.swift_code !== undefined){
let data41 = data33.swift_code;
if((typeof data41 !== "string") && (data41 !== null)){
const err67 = {instancePath:instancePath+"/ach_credit_transfer/swift_code",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/properties/swift_code/type",keyword:"type",params:{type: schema19.properties.swift_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/ach_credit_transfer",schemaPath:"doc#/components/schemas/SourceTypeAchCreditTransfer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.ach_debit !== undefined){
let data42 = data.ach_debit;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
const err69 = {instancePath:instancePath+"/ach_debit",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.alipay !== undefined){
let data43 = data.alipay;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
const err70 = {instancePath:instancePath+"/alipay",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.bancontact !== undefined){
let data44 = data.bancontact;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
}
else {
const err71 = {instancePath:instancePath+"/bancontact",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.card !== undefined){
let data45 = data.card;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
}
else {
const err72 = {instancePath:instancePath+"/card",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.card_present !== undefined){
let data46 = data.card_present;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
const err73 = {instancePath:instancePath+"/card_present",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.eps !== undefined){
let data47 = data.eps;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
}
else {
const err74 = {instancePath:instancePath+"/eps",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.giropay !== undefined){
let data48 = data.giropay;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
}
else {
const err75 = {instancePath:instancePath+"/giropay",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.ideal !== undefined){
let data49 = data.ideal;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
}
else {
const err76 = {instancePath:instancePath+"/ideal",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.klarna !== undefined){
let data50 = data.klarna;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
const err77 = {instancePath:instancePath+"/klarna",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.multibanco !== undefined){
let data51 = data.multibanco;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
}
else {
const err78 = {instancePath:instancePath+"/multibanco",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.p24 !== undefined){
let data52 = data.p24;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
}
else {
const err79 = {instancePath:instancePath+"/p24",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.sepa_debit !== undefined){
let data53 = data.sepa_debit;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
}
else {
const err80 = {instancePath:instancePath+"/sepa_debit",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.sofort !== undefined){
let data54 = data.sofort;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
const err81 = {instancePath:instancePath+"/sofort",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.three_d_secure !== undefined){
let data55 = data.three_d_secure;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
}
else {
const err82 = {instancePath:instancePath+"/three_d_secure",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.wechat !== undefined){
let data56 = data.wechat;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
}
else {
const err83 = {instancePath:instancePath+"/wechat",schemaPath:"doc#/components/schemas/SourceTypeDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

export const validateAttachSourceResponseDefault = validate31;
const schema73 = {"type":"object","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ApiError"}}};
const schema74 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"},"code":{"type":"string"},"decline_code":{"type":"string"},"advice_code":{"type":"string"},"network_advice_code":{"type":"string"},"network_decline_code":{"type":"string"},"doc_url":{"type":"string"},"message":{"type":"string"},"param":{"type":"string"},"payment_method_type":{"type":"string"},"request_log_url":{"type":"string"},"charge":{"type":"string"},"payment_intent":{"type":"object","additionalProperties":true},"payment_method":{"type":"object","additionalProperties":true},"setup_intent":{"type":"object","additionalProperties":true},"source":{"type":"object","additionalProperties":true}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ApiError/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
const err2 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ApiError/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.code !== undefined){
if(typeof data0.code !== "string"){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ApiError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.decline_code !== undefined){
if(typeof data0.decline_code !== "string"){
const err4 = {instancePath:instancePath+"/error/decline_code",schemaPath:"#/components/schemas/ApiError/properties/decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.advice_code !== undefined){
if(typeof data0.advice_code !== "string"){
const err5 = {instancePath:instancePath+"/error/advice_code",schemaPath:"#/components/schemas/ApiError/properties/advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.network_advice_code !== undefined){
if(typeof data0.network_advice_code !== "string"){
const err6 = {instancePath:instancePath+"/error/network_advice_code",schemaPath:"#/components/schemas/ApiError/properties/network_advice_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.network_decline_code !== undefined){
if(typeof data0.network_decline_code !== "string"){
const err7 = {instancePath:instancePath+"/error/network_decline_code",schemaPath:"#/components/schemas/ApiError/properties/network_decline_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.doc_url !== undefined){
if(typeof data0.doc_url !== "string"){
const err8 = {instancePath:instancePath+"/error/doc_url",schemaPath:"#/components/schemas/ApiError/properties/doc_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err9 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ApiError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.param !== undefined){
if(typeof data0.param !== "string"){
const err10 = {instancePath:instancePath+"/error/param",schemaPath:"#/components/schemas/ApiError/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.payment_method_type !== undefined){
if(typeof data0.payment_method_type !== "string"){
const err11 = {instancePath:instancePath+"/error/payment_method_type",schemaPath:"#/components/schemas/ApiError/properties/payment_method_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.request_log_url !== undefined){
if(typeof data0.request_log_url !== "string"){
const err12 = {instancePath:instancePath+"/error/request_log_url",schemaPath:"#/components/schemas/ApiError/properties/request_log_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.charge !== undefined){
if(typeof data0.charge !== "string"){
const err13 = {instancePath:instancePath+"/error/charge",schemaPath:"#/components/schemas/ApiError/properties/charge/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.payment_intent !== undefined){
let data13 = data0.payment_intent;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
const err14 = {instancePath:instancePath+"/error/payment_intent",schemaPath:"#/components/schemas/ApiError/properties/payment_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.payment_method !== undefined){
let data14 = data0.payment_method;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err15 = {instancePath:instancePath+"/error/payment_method",schemaPath:"#/components/schemas/ApiError/properties/payment_method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.setup_intent !== undefined){
let data15 = data0.setup_intent;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
const err16 = {instancePath:instancePath+"/error/setup_intent",schemaPath:"#/components/schemas/ApiError/properties/setup_intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.source !== undefined){
let data16 = data0.source;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err17 = {instancePath:instancePath+"/error/source",schemaPath:"#/components/schemas/ApiError/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ApiError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

export const validateDetachSourceRequest = validate32;
const schema75 = {"type":"object","properties":{}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const validateCreateSourceRequest = validate33;
const schema76 = {"type":"object","allOf":[{"anyOf":[{"required":["type"]},{"required":["customer","original_source"]}]}],"properties":{"type":{"type":"string"},"customer":{"type":"string"},"original_source":{"type":"string"},"amount":{"type":"integer"},"currency":{"$ref":"#/components/schemas/Currency"},"flow":{"type":"string","enum":["redirect","receiver","code_verification","none"]},"mandate":{"$ref":"#/components/schemas/SourceMandateParams"},"metadata":{"$ref":"#/components/schemas/Metadata"},"owner":{"$ref":"#/components/schemas/SourceOwnerParams"},"receiver":{"type":"object","properties":{"refund_attributes_method":{"type":"string","enum":["email","manual"]}}},"redirect":{"type":"object","required":["return_url"],"properties":{"return_url":{"type":"string"}}},"source_order":{"$ref":"#/components/schemas/SourceOrderParams"},"statement_descriptor":{"type":"string"},"token":{"type":"string"},"usage":{"type":"string","enum":["reusable","single_use"]}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "customer"},message:"must have required property '"+"customer"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.original_source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "original_source"},message:"must have required property '"+"original_source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.customer !== undefined){
if(typeof data.customer !== "string"){
const err5 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.original_source !== undefined){
if(typeof data.original_source !== "string"){
const err6 = {instancePath:instancePath+"/original_source",schemaPath:"#/properties/original_source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount !== undefined){
let data3 = data.amount;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
const err8 = {instancePath:instancePath+"/currency",schemaPath:"#/components/schemas/Currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.flow !== undefined){
let data5 = data.flow;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data5 === "redirect") || (data5 === "receiver")) || (data5 === "code_verification")) || (data5 === "none"))){
const err10 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema76.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.mandate !== undefined){
let data6 = data.mandate;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.acceptance !== undefined){
let data7 = data6.acceptance;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.date === undefined){
const err11 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7.status === undefined){
const err12 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7.status !== undefined){
let data8 = data7.status;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/mandate/acceptance/status",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data8 === "accepted") || (data8 === "refused"))){
const err14 = {instancePath:instancePath+"/mandate/acceptance/status",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.date !== undefined){
let data9 = data7.date;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err15 = {instancePath:instancePath+"/mandate/acceptance/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data9 == "number"){
if(!(formats0.validate(data9))){
const err16 = {instancePath:instancePath+"/mandate/acceptance/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data7.ip !== undefined){
if(typeof data7.ip !== "string"){
const err17 = {instancePath:instancePath+"/mandate/acceptance/ip",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.offline !== undefined){
let data11 = data7.offline;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.contact_email === undefined){
const err18 = {instancePath:instancePath+"/mandate/acceptance/offline",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/required",keyword:"required",params:{missingProperty: "contact_email"},message:"must have required property '"+"contact_email"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data11.contact_email !== undefined){
if(typeof data11.contact_email !== "string"){
const err19 = {instancePath:instancePath+"/mandate/acceptance/offline/contact_email",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/properties/contact_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/mandate/acceptance/offline",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.online !== undefined){
let data13 = data7.online;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.date === undefined){
const err21 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data13.ip === undefined){
const err22 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data13.user_agent === undefined){
const err23 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "user_agent"},message:"must have required property '"+"user_agent"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data13.date !== undefined){
let data14 = data13.date;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err24 = {instancePath:instancePath+"/mandate/acceptance/online/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data14 == "number"){
if(!(formats0.validate(data14))){
const err25 = {instancePath:instancePath+"/mandate/acceptance/online/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data13.ip !== undefined){
if(typeof data13.ip !== "string"){
const err26 = {instancePath:instancePath+"/mandate/acceptance/online/ip",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.user_agent !== undefined){
if(typeof data13.user_agent !== "string"){
const err27 = {instancePath:instancePath+"/mandate/acceptance/online/user_agent",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.type !== undefined){
let data17 = data7.type;
if(typeof data17 !== "string"){
const err29 = {instancePath:instancePath+"/mandate/acceptance/type",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((data17 === "online") || (data17 === "offline"))){
const err30 = {instancePath:instancePath+"/mandate/acceptance/type",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.user_agent !== undefined){
if(typeof data7.user_agent !== "string"){
const err31 = {instancePath:instancePath+"/mandate/acceptance/user_agent",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.amount !== undefined){
let data19 = data6.amount;
const _errs46 = errors;
let valid9 = false;
const _errs47 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err33 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs47 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs49 = errors;
if(typeof data19 !== "string"){
const err34 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(data19 === "")){
const err35 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema36.properties.amount.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs49 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err36 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data6.currency !== undefined){
if(typeof data6.currency !== "string"){
const err37 = {instancePath:instancePath+"/mandate/currency",schemaPath:"#/components/schemas/SourceMandateParams/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data6.interval !== undefined){
let data21 = data6.interval;
if(typeof data21 !== "string"){
const err38 = {instancePath:instancePath+"/mandate/interval",schemaPath:"#/components/schemas/SourceMandateParams/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data21 === "one_time") || (data21 === "scheduled")) || (data21 === "variable"))){
const err39 = {instancePath:instancePath+"/mandate/interval",schemaPath:"#/components/schemas/SourceMandateParams/properties/interval/enum",keyword:"enum",params:{allowedValues: schema36.properties.interval.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data6.notification_method !== undefined){
let data22 = data6.notification_method;
if(typeof data22 !== "string"){
const err40 = {instancePath:instancePath+"/mandate/notification_method",schemaPath:"#/components/schemas/SourceMandateParams/properties/notification_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(((data22 === "email") || (data22 === "manual")) || (data22 === "none"))){
const err41 = {instancePath:instancePath+"/mandate/notification_method",schemaPath:"#/components/schemas/SourceMandateParams/properties/notification_method/enum",keyword:"enum",params:{allowedValues: schema36.properties.notification_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/mandate",schemaPath:"#/components/schemas/SourceMandateParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.metadata !== undefined){
let data23 = data.metadata;
const _errs59 = errors;
let valid11 = false;
const _errs60 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key0 in data23){
let data24 = data23[key0];
if(typeof data24 === "string"){
if(func0(data24) > 500){
const err43 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid2 = _errs60 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs65 = errors;
if(typeof data23 !== "string"){
const err46 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(data23 === "")){
const err47 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema7.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid2 = _errs65 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err48 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
if(!(validate21(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.receiver !== undefined){
let data26 = data.receiver;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.refund_attributes_method !== undefined){
let data27 = data26.refund_attributes_method;
if(typeof data27 !== "string"){
const err49 = {instancePath:instancePath+"/receiver/refund_attributes_method",schemaPath:"#/properties/receiver/properties/refund_attributes_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((data27 === "email") || (data27 === "manual"))){
const err50 = {instancePath:instancePath+"/receiver/refund_attributes_method",schemaPath:"#/properties/receiver/properties/refund_attributes_method/enum",keyword:"enum",params:{allowedValues: schema76.properties.receiver.properties.refund_attributes_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.redirect !== undefined){
let data28 = data.redirect;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.return_url === undefined){
const err52 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/required",keyword:"required",params:{missingProperty: "return_url"},message:"must have required property '"+"return_url"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data28.return_url !== undefined){
if(typeof data28.return_url !== "string"){
const err53 = {instancePath:instancePath+"/redirect/return_url",schemaPath:"#/properties/redirect/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/redirect",schemaPath:"#/properties/redirect/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.source_order !== undefined){
let data30 = data.source_order;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.items !== undefined){
let data31 = data30.items;
if(Array.isArray(data31)){
const len0 = data31.length;
for(let i0=0; i0<len0; i0++){
let data32 = data31[i0];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.parent !== undefined){
if(typeof data32.parent !== "string"){
const err55 = {instancePath:instancePath+"/source_order/items/" + i0+"/parent",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data32.quantity !== undefined){
let data34 = data32.quantity;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err56 = {instancePath:instancePath+"/source_order/items/" + i0+"/quantity",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/source_order/items/" + i0,schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/source_order/items",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data30.shipping !== undefined){
let data35 = data30.shipping;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.address === undefined){
const err59 = {instancePath:instancePath+"/source_order/shipping",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data35.address !== undefined){
let data36 = data35.address;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.line1 === undefined){
const err60 = {instancePath:instancePath+"/source_order/shipping/address",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data36.line1 !== undefined){
if(typeof data36.line1 !== "string"){
const err61 = {instancePath:instancePath+"/source_order/shipping/address/line1",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data36.city !== undefined){
if(typeof data36.city !== "string"){
const err62 = {instancePath:instancePath+"/source_order/shipping/address/city",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data36.country !== undefined){
if(typeof data36.country !== "string"){
const err63 = {instancePath:instancePath+"/source_order/shipping/address/country",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data36.line2 !== undefined){
if(typeof data36.line2 !== "string"){
const err64 = {instancePath:instancePath+"/source_order/shipping/address/line2",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data36.postal_code !== undefined){
if(typeof data36.postal_code !== "string"){
const err65 = {instancePath:instancePath+"/source_order/shipping/address/postal_code",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data36.state !== undefined){
if(typeof data36.state !== "string"){
const err66 = {instancePath:instancePath+"/source_order/shipping/address/state",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/source_order/shipping/address",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data35.carrier !== undefined){
if(typeof data35.carrier !== "string"){
const err68 = {instancePath:instancePath+"/source_order/shipping/carrier",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data35.name !== undefined){
if(typeof data35.name !== "string"){
const err69 = {instancePath:instancePath+"/source_order/shipping/name",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.phone !== undefined){
if(typeof data35.phone !== "string"){
const err70 = {instancePath:instancePath+"/source_order/shipping/phone",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data35.tracking_number !== undefined){
if(typeof data35.tracking_number !== "string"){
const err71 = {instancePath:instancePath+"/source_order/shipping/tracking_number",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/tracking_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/source_order/shipping",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/source_order",schemaPath:"#/components/schemas/SourceOrderParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.statement_descriptor !== undefined){
if(typeof data.statement_descriptor !== "string"){
const err74 = {instancePath:instancePath+"/statement_descriptor",schemaPath:"#/properties/statement_descriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err75 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.usage !== undefined){
let data49 = data.usage;
if(typeof data49 !== "string"){
const err76 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((data49 === "reusable") || (data49 === "single_use"))){
const err77 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/enum",keyword:"enum",params:{allowedValues: schema76.properties.usage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

export const validateRetrieveSourceRequest = validate35;
const schema81 = {"type":"object","properties":{"client_secret":{"type":"string","description":"The client secret of the source (`client_secret` of the Source object), for retrieval with a publishable key."}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
const err0 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

export const validateUpdateSourceRequest = validate36;
const schema82 = {"type":"object","properties":{"amount":{"type":"integer"},"mandate":{"$ref":"#/components/schemas/SourceMandateParams"},"metadata":{"$ref":"#/components/schemas/Metadata"},"owner":{"$ref":"#/components/schemas/SourceOwnerParams"},"source_order":{"$ref":"#/components/schemas/SourceOrderParams"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mandate !== undefined){
let data1 = data.mandate;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.acceptance !== undefined){
let data2 = data1.acceptance;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.date === undefined){
const err1 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data2.status === undefined){
const err2 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2.status !== undefined){
let data3 = data2.status;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/mandate/acceptance/status",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data3 === "accepted") || (data3 === "refused"))){
const err4 = {instancePath:instancePath+"/mandate/acceptance/status",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.date !== undefined){
let data4 = data2.date;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err5 = {instancePath:instancePath+"/mandate/acceptance/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 == "number"){
if(!(formats0.validate(data4))){
const err6 = {instancePath:instancePath+"/mandate/acceptance/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data2.ip !== undefined){
if(typeof data2.ip !== "string"){
const err7 = {instancePath:instancePath+"/mandate/acceptance/ip",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.offline !== undefined){
let data6 = data2.offline;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.contact_email === undefined){
const err8 = {instancePath:instancePath+"/mandate/acceptance/offline",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/required",keyword:"required",params:{missingProperty: "contact_email"},message:"must have required property '"+"contact_email"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.contact_email !== undefined){
if(typeof data6.contact_email !== "string"){
const err9 = {instancePath:instancePath+"/mandate/acceptance/offline/contact_email",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/properties/contact_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/mandate/acceptance/offline",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/offline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.online !== undefined){
let data8 = data2.online;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.date === undefined){
const err11 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8.ip === undefined){
const err12 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data8.user_agent === undefined){
const err13 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/required",keyword:"required",params:{missingProperty: "user_agent"},message:"must have required property '"+"user_agent"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data8.date !== undefined){
let data9 = data8.date;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err14 = {instancePath:instancePath+"/mandate/acceptance/online/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data9 == "number"){
if(!(formats0.validate(data9))){
const err15 = {instancePath:instancePath+"/mandate/acceptance/online/date",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/date/format",keyword:"format",params:{format: "unix-time"},message:"must match format \""+"unix-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data8.ip !== undefined){
if(typeof data8.ip !== "string"){
const err16 = {instancePath:instancePath+"/mandate/acceptance/online/ip",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.user_agent !== undefined){
if(typeof data8.user_agent !== "string"){
const err17 = {instancePath:instancePath+"/mandate/acceptance/online/user_agent",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/mandate/acceptance/online",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/online/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.type !== undefined){
let data12 = data2.type;
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/mandate/acceptance/type",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data12 === "online") || (data12 === "offline"))){
const err20 = {instancePath:instancePath+"/mandate/acceptance/type",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.acceptance.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.user_agent !== undefined){
if(typeof data2.user_agent !== "string"){
const err21 = {instancePath:instancePath+"/mandate/acceptance/user_agent",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/properties/user_agent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/mandate/acceptance",schemaPath:"#/components/schemas/SourceMandateParams/properties/acceptance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.amount !== undefined){
let data14 = data1.amount;
const _errs31 = errors;
let valid6 = false;
const _errs32 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err23 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs32 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs34 = errors;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(data14 === "")){
const err25 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema36.properties.amount.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs34 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
const err26 = {instancePath:instancePath+"/mandate/amount",schemaPath:"#/components/schemas/SourceMandateParams/properties/amount/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data1.currency !== undefined){
if(typeof data1.currency !== "string"){
const err27 = {instancePath:instancePath+"/mandate/currency",schemaPath:"#/components/schemas/SourceMandateParams/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.interval !== undefined){
let data16 = data1.interval;
if(typeof data16 !== "string"){
const err28 = {instancePath:instancePath+"/mandate/interval",schemaPath:"#/components/schemas/SourceMandateParams/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data16 === "one_time") || (data16 === "scheduled")) || (data16 === "variable"))){
const err29 = {instancePath:instancePath+"/mandate/interval",schemaPath:"#/components/schemas/SourceMandateParams/properties/interval/enum",keyword:"enum",params:{allowedValues: schema36.properties.interval.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.notification_method !== undefined){
let data17 = data1.notification_method;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/mandate/notification_method",schemaPath:"#/components/schemas/SourceMandateParams/properties/notification_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data17 === "email") || (data17 === "manual")) || (data17 === "none"))){
const err31 = {instancePath:instancePath+"/mandate/notification_method",schemaPath:"#/components/schemas/SourceMandateParams/properties/notification_method/enum",keyword:"enum",params:{allowedValues: schema36.properties.notification_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/mandate",schemaPath:"#/components/schemas/SourceMandateParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.metadata !== undefined){
let data18 = data.metadata;
const _errs44 = errors;
let valid8 = false;
const _errs45 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key0 in data18){
let data19 = data18[key0];
if(typeof data19 === "string"){
if(func0(data19) > 500){
const err33 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/Metadata/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs50 = errors;
if(typeof data18 !== "string"){
const err36 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(data18 === "")){
const err37 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema7.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs50 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err38 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/Metadata/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
if(!(validate21(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.source_order !== undefined){
let data21 = data.source_order;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.items !== undefined){
let data22 = data21.items;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.parent !== undefined){
if(typeof data23.parent !== "string"){
const err39 = {instancePath:instancePath+"/source_order/items/" + i0+"/parent",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data23.quantity !== undefined){
let data25 = data23.quantity;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err40 = {instancePath:instancePath+"/source_order/items/" + i0+"/quantity",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/source_order/items/" + i0,schemaPath:"#/components/schemas/SourceOrderParams/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/source_order/items",schemaPath:"#/components/schemas/SourceOrderParams/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.shipping !== undefined){
let data26 = data21.shipping;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.address === undefined){
const err43 = {instancePath:instancePath+"/source_order/shipping",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data26.address !== undefined){
let data27 = data26.address;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.line1 === undefined){
const err44 = {instancePath:instancePath+"/source_order/shipping/address",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data27.line1 !== undefined){
if(typeof data27.line1 !== "string"){
const err45 = {instancePath:instancePath+"/source_order/shipping/address/line1",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data27.city !== undefined){
if(typeof data27.city !== "string"){
const err46 = {instancePath:instancePath+"/source_order/shipping/address/city",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.country !== undefined){
if(typeof data27.country !== "string"){
const err47 = {instancePath:instancePath+"/source_order/shipping/address/country",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data27.line2 !== undefined){
if(typeof data27.line2 !== "string"){
const err48 = {instancePath:instancePath+"/source_order/shipping/address/line2",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data27.postal_code !== undefined){
if(typeof data27.postal_code !== "string"){
const err49 = {instancePath:instancePath+"/source_order/shipping/address/postal_code",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data27.state !== undefined){
if(typeof data27.state !== "string"){
const err50 = {instancePath:instancePath+"/source_order/shipping/address/state",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/source_order/shipping/address",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data26.carrier !== undefined){
if(typeof data26.carrier !== "string"){
const err52 = {instancePath:instancePath+"/source_order/shipping/carrier",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.name !== undefined){
if(typeof data26.name !== "string"){
const err53 = {instancePath:instancePath+"/source_order/shipping/name",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data26.phone !== undefined){
if(typeof data26.phone !== "string"){
const err54 = {instancePath:instancePath+"/source_order/shipping/phone",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.tracking_number !== undefined){
if(typeof data26.tracking_number !== "string"){
const err55 = {instancePath:instancePath+"/source_order/shipping/tracking_number",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/properties/tracking_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/source_order/shipping",schemaPath:"#/components/schemas/SourceOrderParams/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/source_order",schemaPath:"#/components/schemas/SourceOrderParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}


export const validateDetachSourceResponse200 = validateAttachSourceResponse200;
export const validateDetachSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateCreateSourceResponse200 = validateAttachSourceResponse200;
export const validateCreateSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateRetrieveSourceResponse200 = validateAttachSourceResponse200;
export const validateRetrieveSourceResponseDefault = validateAttachSourceResponseDefault;
export const validateUpdateSourceResponse200 = validateAttachSourceResponse200;
export const validateUpdateSourceResponseDefault = validateAttachSourceResponseDefault;
