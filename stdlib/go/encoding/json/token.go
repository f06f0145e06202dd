package json

// The Decoder's token API: a stream read one delimiter, key or scalar
// at a time, with whole values decoded in between.

// Token is one item of the Decoder's token stream: a Delim for a
// bracket or brace, or a scalar as interface{} decoding gives it (bool,
// float64 or Number, string, nil).
type Token any

// Delim is one of the four brackets: [ ] { }.
type Delim rune

func (d Delim) String() string {
	return string(d)
}

// Where the token reader is.
const (
	tokTop         = iota // a value at the top level
	tokArrayFirst         // just after '['
	tokArrayValue         // after ',' in an array
	tokArrayComma         // after an element
	tokObjectFirst        // just after '{'
	tokObjectKey          // after ',' in an object
	tokObjectColon        // after a key
	tokObjectValue        // after ':'
	tokObjectComma        // after a member's value
)

// beforeValue consumes the ',' or ':' that Token left before a value
// Decode is to read.
func (dec *Decoder) beforeValue() error {
	var want byte
	var next int
	var msg string
	switch dec.tokState {
	case tokArrayComma:
		want, next, msg = ',', tokArrayValue, "expected comma after array element"
	case tokObjectColon:
		want, next, msg = ':', tokObjectValue, "expected colon after object key"
	default:
		return nil
	}
	c, err := dec.nextByte()
	if err != nil {
		return err
	}
	if c != want {
		return &SyntaxError{msg, dec.InputOffset()}
	}
	dec.at++
	dec.tokState = next
	return nil
}

func (dec *Decoder) valueAllowed() bool {
	switch dec.tokState {
	case tokTop, tokArrayFirst, tokArrayValue, tokObjectValue:
		return true
	}
	return false
}

// afterValue moves the token state past a value.
func (dec *Decoder) afterValue() {
	switch dec.tokState {
	case tokArrayFirst, tokArrayValue:
		dec.tokState = tokArrayComma
	case tokObjectValue:
		dec.tokState = tokObjectComma
	}
}

func (dec *Decoder) misplaced(c byte) (Token, error) {
	context := ""
	switch dec.tokState {
	case tokTop, tokArrayFirst, tokArrayValue, tokObjectValue:
		context = " looking for beginning of value"
	case tokArrayComma:
		context = " after array element"
	case tokObjectKey:
		context = " looking for beginning of object key string"
	case tokObjectColon:
		context = " after object key"
	case tokObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

// open and close track nesting for Token.
func (dec *Decoder) open(state int) {
	dec.tokStack = append(dec.tokStack, dec.tokState)
	dec.tokState = state
}

func (dec *Decoder) close() {
	dec.tokState = dec.tokStack[len(dec.tokStack)-1]
	dec.tokStack = dec.tokStack[:len(dec.tokStack)-1]
	dec.afterValue()
}

// Token reads the next bracket, key or scalar of the stream, checking
// that the brackets, commas and colons fall where JSON puts them (the
// commas and colons are not returned). At the end of the input it
// answers nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.nextByte()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.valueAllowed() {
				return dec.misplaced(c)
			}
			dec.at++
			if c == '[' {
				dec.open(tokArrayFirst)
			} else {
				dec.open(tokObjectFirst)
			}
			return Delim(c), nil
		case ']':
			if dec.tokState != tokArrayFirst && dec.tokState != tokArrayComma {
				return dec.misplaced(c)
			}
			dec.at++
			dec.close()
			return Delim(c), nil
		case '}':
			if dec.tokState != tokObjectFirst && dec.tokState != tokObjectComma {
				return dec.misplaced(c)
			}
			dec.at++
			dec.close()
			return Delim(c), nil
		case ':':
			if dec.tokState != tokObjectColon {
				return dec.misplaced(c)
			}
			dec.at++
			dec.tokState = tokObjectValue
			continue
		case ',':
			switch dec.tokState {
			case tokArrayComma:
				dec.tokState = tokArrayValue
			case tokObjectComma:
				dec.tokState = tokObjectKey
			default:
				return dec.misplaced(c)
			}
			dec.at++
			continue
		}
		if c == '"' && (dec.tokState == tokObjectFirst || dec.tokState == tokObjectKey) {
			// A key: decoded as a lone string value.
			saved := dec.tokState
			dec.tokState = tokTop
			var key string
			err := dec.Decode(&key)
			dec.tokState = saved
			if err != nil {
				return nil, err
			}
			dec.tokState = tokObjectColon
			return key, nil
		}
		if !dec.valueAllowed() {
			return dec.misplaced(c)
		}
		var scalar any
		err = dec.Decode(&scalar)
		if err != nil {
			return nil, err
		}
		return scalar, nil
	}
}
