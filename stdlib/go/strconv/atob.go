package strconv

// ParseBool maps "1", "t", "T", "true", "True" and "TRUE" to true and
// "0", "f", "F", "false", "False" and "FALSE" to false; anything else is a
// syntax error (*NumError).
func ParseBool(str string) (bool, error) {
	if len(str) <= 5 {
		for i, w := range boolWords {
			for _, spelling := range w {
				if str == spelling {
					return i == 1, nil
				}
			}
		}
	}
	err := syntaxError("ParseBool", str)
	return false, err
}

// boolWords are the accepted spellings of false (index 0) and true (index 1).
var boolWords = [2][]string{
	{"0", "f", "F", "false", "False", "FALSE"},
	{"1", "t", "T", "true", "True", "TRUE"},
}

// FormatBool gives "true" or "false".
func FormatBool(b bool) string {
	if !b {
		return "false"
	}
	return "true"
}

// AppendBool writes FormatBool(b) onto the end of dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}
