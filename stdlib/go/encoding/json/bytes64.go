package json

// []byte values travel as base64 text (standard alphabet, padded).
// TEMPORARY: a local codec until encoding/base64 is on main.

import "strconv"

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func appendBase64(dst, src []byte) []byte {
	for len(src) >= 3 {
		n := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst = append(dst, b64[n>>18&63], b64[n>>12&63], b64[n>>6&63], b64[n&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		n := uint(src[0]) << 16
		dst = append(dst, b64[n>>18&63], b64[n>>12&63], '=', '=')
	case 2:
		n := uint(src[0])<<16 | uint(src[1])<<8
		dst = append(dst, b64[n>>18&63], b64[n>>12&63], b64[n>>6&63], '=')
	}
	return dst
}

type corruptInput int64

func (e corruptInput) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func decodeBase64(s []byte) ([]byte, error) {
	var out []byte
	var acc uint
	n := 0
	for i, c := range s {
		var v int
		switch {
		case 'A' <= c && c <= 'Z':
			v = int(c - 'A')
		case 'a' <= c && c <= 'z':
			v = int(c-'a') + 26
		case '0' <= c && c <= '9':
			v = int(c-'0') + 52
		case c == '+':
			v = 62
		case c == '/':
			v = 63
		default:
			return nil, corruptInput(i)
		}
		acc = acc<<6 | uint(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	return out, nil
}
