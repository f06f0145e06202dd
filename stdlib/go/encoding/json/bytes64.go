package json

// []byte values travel as base64 text in the standard, padded alphabet.

import "encoding/base64"

// appendBase64 appends src's base64 text.
func appendBase64(dst, src []byte) []byte {
	text := make([]byte, base64.StdEncoding.EncodedLen(len(src)))
	base64.StdEncoding.Encode(text, src)
	return append(dst, text...)
}

// decodeBase64 decodes a JSON string's base64 text; a bad byte is a
// base64.CorruptInputError.
func decodeBase64(text []byte) ([]byte, error) {
	out := make([]byte, base64.StdEncoding.DecodedLen(len(text)))
	n, err := base64.StdEncoding.Decode(out, text)
	if err != nil {
		return nil, err
	}
	return out[:n], nil
}
