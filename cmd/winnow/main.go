// Command winnow extracts the main content and metadata of saved HTML pages.
//
// Usage:
//
//	winnow [flags] [PATH ...]
//
// PATH is an HTML file (.html, .htm, or either gzip-compressed with .gz), a directory
// (every such file under it, recursively, in lexical order), or - for standard input;
// with no PATH, standard input is read. With one input the text is printed; with several
// inputs or a directory, one JSON object per input, one per line.
//
// The exit status is 0 when every input succeeded, 1 when any failed (each failure is
// also reported on standard error, one line naming the input), and 2 for a usage error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the command line, parsed.
type config struct {
	format string
	url    string
	paths  []string
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("winnow", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.format, "format", "", "output format: text or json (default text for one input, json for several)")
	fs.StringVar(&c.url, "url", "", "the page's URL, for resolving links (single input only)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: winnow [flags] [PATH ...]\n\n"+
			"PATH is an HTML file (.html, .htm, optionally .gz), a directory (read recursively),\n"+
			"or - for standard input; with no PATH, standard input is read.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.paths = fs.Args()
	if len(c.paths) == 0 {
		c.paths = []string{"-"}
	}
	switch c.format {
	case "", "text", "json":
	default:
		return nil, fmt.Errorf("unknown -format %q (want text or json)", c.format)
	}
	return c, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "winnow:", err)
		}
		return 2
	}
	many := len(c.paths) > 1 || isDir(c.paths[0])
	if c.format == "" {
		c.format = "text"
		if many {
			c.format = "json"
		}
	}
	if c.url != "" && many {
		fmt.Fprintln(stderr, "winnow: -url needs a single input")
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	failed := false
	emit := func(r *result) {
		if r.err != nil {
			failed = true
			fmt.Fprintf(stderr, "winnow: %s: %v\n", r.source, r.err)
		}
		if err := writeResult(out, c.format, r, many); err != nil {
			failed = true
		}
	}
	for _, p := range c.paths {
		if err := eachInput(p, stdin, func(in input) { emit(process(in, c)) }); err != nil {
			emit(&result{source: p, err: err})
		}
	}
	if failed {
		return 1
	}
	return 0
}
