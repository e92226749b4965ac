/*
 * Hand-written runtime helpers for the generated `validators.js`.
 *
 * The generator copies the `#region` blocks that the compiled validators use into the top of
 * `validators.js` (so the shipped module is plain ESM with no imports), and imports this module at
 * generate time to register the same format definitions with ajv. Rules for this file:
 *   - a block starts with `// #region <name>` (optionally `requires <name> ...`) and ends with
 *     `// #endregion`; it only declares `__`-prefixed bindings and never uses `export`;
 *   - the block `format:<name>` declares `__format_<name with non-alphanumerics as _>`;
 *   - everything outside the regions is for the generator and the tests only.
 *
 * Semantics follow ajv 8 (`ucs2length`, `equal` = fast-deep-equal 3) and ajv-formats 3 "full" mode
 * (MIT licensed, https://github.com/ajv-validator), so a standalone validator behaves like the same
 * schema compiled by ajv at run time.
 */

// #region err
/** Appends one error (ajv's ErrorObject, keys in ajv's order) to the list, which may be null. */
function __err(vErrors, instancePath, schemaPath, keyword, params, message) {
  const error = { instancePath, schemaPath, keyword, params, message };
  if (vErrors === null) return [error];
  vErrors.push(error);
  return vErrors;
}
// #endregion

// #region issue
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
// #endregion

// #region concat
/** The errors of a failed call appended to the list, which may be null (ajv's own expression). */
function __concat(vErrors, errors) {
  return vErrors === null ? errors : vErrors.concat(errors);
}
// #endregion

// #region ucs2length
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
// #endregion

// #region equal
/** Deep equality of JSON values (fast-deep-equal 3 semantics), used by enum/const/uniqueItems. */
function __equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (a.constructor !== b.constructor) return false;
    let length, i;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;) if (!__equal(a[i], b[i])) return false;
      return true;
    }
    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    const keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;
    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (i = length; i-- !== 0;) {
      const key = keys[i];
      if (!__equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
}
// #endregion

// #region regExp
/**
 * Compiles a schema `pattern`. Patterns are compiled with the `u` flag; a pattern that is only
 * valid without it (e.g. `\:` or a lone `{`, accepted by most non-JavaScript engines and by
 * JavaScript's legacy syntax) is compiled without it instead of failing.
 */
function __regExp(source, flags) {
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(source, flags.replace("u", ""));
  }
}
// #endregion

// #region dateTimeParts
const __DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const __DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function __isDate(str) {
  const matches = __DATE.exec(str);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : __DAYS[month]);
}
const __TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function __isTime(str, strictTimeZone) {
  const matches = __TIME.exec(str);
  if (!matches) return false;
  const hr = +matches[1];
  const min = +matches[2];
  const sec = +matches[3];
  const tz = matches[4];
  const tzSign = matches[5] === "-" ? -1 : 1;
  const tzH = +(matches[6] || 0);
  const tzM = +(matches[7] || 0);
  if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // leap second
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
const __DATE_TIME_SEPARATOR = /t|\s/i;
function __isDateTime(str, strictTimeZone) {
  const dateTime = str.split(__DATE_TIME_SEPARATOR);
  return dateTime.length === 2 && __isDate(dateTime[0]) && __isTime(dateTime[1], strictTimeZone);
}
// #endregion

// #region format:date requires dateTimeParts
const __format_date = { validate: (str) => __isDate(str) };
// #endregion

// #region format:time requires dateTimeParts
const __format_time = { validate: (str) => __isTime(str, true) };
// #endregion

// #region format:date-time requires dateTimeParts
const __format_date_time = { validate: (str) => __isDateTime(str, true) };
// #endregion

// #region format:iso-time requires dateTimeParts
const __format_iso_time = { validate: (str) => __isTime(str, false) };
// #endregion

// #region format:iso-date-time requires dateTimeParts
const __format_iso_date_time = { validate: (str) => __isDateTime(str, false) };
// #endregion

// #region format:uri
const __NOT_URI_FRAGMENT = /\/|:/;
const __URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function __format_uri(str) {
  return __NOT_URI_FRAGMENT.test(str) && __URI.test(str);
}
// #endregion

// #region format:regex
const __Z_ANCHOR = /[^\\]\\Z/;
function __format_regex(str) {
  if (__Z_ANCHOR.test(str)) return false;
  try {
    new RegExp(str);
    return true;
  } catch {
    return false;
  }
}
// #endregion

// #region format:byte
const __BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function __format_byte(str) {
  __BYTE.lastIndex = 0;
  return __BYTE.test(str);
}
// #endregion

// #region format:int8
const __format_int8 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= -128 && n <= 127,
};
// #endregion

// #region format:int16
const __format_int16 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= -32768 && n <= 32767,
};
// #endregion

// #region format:int32
const __format_int32 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647,
};
// #endregion

// #region format:int64
/** JavaScript numbers cannot exceed the int64 range: any integer is accepted. */
const __format_int64 = { type: "number", validate: (n) => Number.isInteger(n) };
// #endregion

// #region format:uint8
const __format_uint8 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= 0 && n <= 255,
};
// #endregion

// #region format:uint16
const __format_uint16 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= 0 && n <= 65535,
};
// #endregion

// #region format:uint32
const __format_uint32 = {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= 0 && n <= 4294967295,
};
// #endregion

// #region format:uint64
const __format_uint64 = { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 };
// #endregion

// #region format:double-int
/** An integer that a double represents exactly: |n| <= 2^53 - 1. */
const __format_double_int = { type: "number", validate: (n) => Number.isSafeInteger(n) };
// #endregion

// #region format:unix-time
/** Seconds since the Unix epoch: an integer >= 0. */
const __format_unix_time = { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 };
// #endregion

/**
 * Formats whose definition is a RegExp: ajv copies them into the generated code itself (as
 * `new RegExp(source, flags)`), so they need no region above.
 */
const regExpFormats = {
  /** base64url (RFC 4648 §5), padding optional. */
  base64url: /^[A-Za-z0-9_-]*={0,2}$/,
  /** Exactly one Unicode code point. */
  char: /^[\s\S]$/u,
  /** A decimal numeral (fixed point, optional exponent) when written as a string; numbers pass. */
  decimal: /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/,
  decimal128: /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|Infinity|NaN)$/,
};

/** Format definitions with code in the regions above, by format name (generator and tests only). */
export const regionFormats = {
  date: __format_date,
  time: __format_time,
  "date-time": __format_date_time,
  "iso-time": __format_iso_time,
  "iso-date-time": __format_iso_date_time,
  uri: __format_uri,
  regex: __format_regex,
  byte: __format_byte,
  int8: __format_int8,
  int16: __format_int16,
  int32: __format_int32,
  int64: __format_int64,
  uint8: __format_uint8,
  uint16: __format_uint16,
  uint32: __format_uint32,
  uint64: __format_uint64,
  "double-int": __format_double_int,
  "unix-time": __format_unix_time,
};

export {
  regExpFormats,
  __ucs2length as ucs2length,
  __equal as equal,
  __regExp as regExp,
  __message as message,
};
