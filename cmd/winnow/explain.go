package main

import (
	"context"
	"fmt"
	"io"

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
			fmt.Fprintf(stderr, "winnow: %s: %v\n", in.source, err)
			code = 1
		}
		return true
	})
	return code
}
