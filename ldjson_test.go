package winnow

import (
	"encoding/json"
	"reflect"
	"testing"
)

// ldJSONCases are JSON texts, good and broken, on which parseLDJSON must either give up
// or agree with encoding/json.
var ldJSONCases = []string{
	`{}`, `[]`, `{"@type":"NewsArticle","headline":"Tiêu đề","author":[{"@type":"Person","name":"Jane"}]}`,
	`{"a":1,"b":-0.5e3,"c":true,"d":false,"e":null,"f":[1,[2,{}]],"a":2}`,
	` {"x" : "y" } `, `"s"`, `12`, `-0`, `1E+2`, `0.0`,
	`{"e":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d"}`, `{"e":"\ud83d\ude00"}`, `{"e":"\ud83d"}`,
	`{"e":"a` + "\xff" + `b"}`, `{"e":"a` + "\x01" + `"}`, `{"e":"\x"}`, `{"e":"\u12"}`, `{"e":"\u+123"}`,
	`{"a":1,}`, `[1,]`, `{"a" 1}`, `{a:1}`, `01`, `-`, `1.`, `.5`, `1e`, `+1`, `1e400`,
	`{"a":1} {"b":2}`, `{"a":1};`, `tru`, `nul`, `[1 2]`, `{"a":[}`, `"abc`, ``, `   `,
	`{"k\u00e9y":"v"}`, `[true,false,null]`, `{"n":123456789012345678901234567890}`,
}

// TestParseLDJSON checks that parseLDJSON gives what encoding/json gives, or gives up.
func TestParseLDJSON(t *testing.T) {
	for _, c := range ldJSONCases {
		got, ok := parseLDJSON(c)
		var want any
		err := json.Unmarshal([]byte(c), &want)
		if !ok {
			continue
		}
		if err != nil {
			t.Errorf("parseLDJSON(%q) = %v, but encoding/json fails: %v", c, got, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("parseLDJSON(%q) = %#v, want %#v", c, got, want)
		}
	}
	for _, c := range []string{`{"a":[1,"b",{"c":null}]}`, `"x\ty"`} {
		if _, ok := parseLDJSON(c); !ok {
			t.Errorf("parseLDJSON(%q) gave up on plain JSON", c)
		}
	}
}

// FuzzParseLDJSON checks parseLDJSON against encoding/json on any text.
func FuzzParseLDJSON(f *testing.F) {
	for _, c := range ldJSONCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, c string) {
		got, ok := parseLDJSON(c)
		if !ok {
			return
		}
		var want any
		if err := json.Unmarshal([]byte(c), &want); err != nil {
			t.Fatalf("parseLDJSON(%q) = %v, but encoding/json fails: %v", c, got, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("parseLDJSON(%q) = %#v, want %#v", c, got, want)
		}
	})
}
