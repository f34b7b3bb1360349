package winnow

// Decode is decode for the external tests: the fuzz target asks where the parser puts
// its markers in the page as winnow reads it, after decoding, not in the raw bytes, where
// a stateful encoding's ASCII bytes may be parts of other characters (ISO-2022-JP).
var Decode = decode
