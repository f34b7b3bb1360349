package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/winnow-go/winnow"
)

// runExplain prints winnow.Explain's report for the single input of c.
func runExplain(c *config, stdin io.Reader, stdout, stderr io.Writer) int {
	code := 0
	eachInput(context.Background(), c.paths[0], stdin, func(in input) bool {
		rc, err := in.open()
		if err == nil {
			err = winnow.Explain(stdout, rc, &winnow.Options{URL: c.url})
			rc.Close()
		}
		if err != nil {
			fmt.Fprintf(stderr, "winnow: %s: %s\n", in.source, errText(err))
			code = 1
		}
		return true
	})
	return code
}

// errText is an error's message without the library's "winnow: " prefix, which the
// command's own prefix already gives.
func errText(err error) string {
	return strings.TrimPrefix(err.Error(), "winnow: ")
}
