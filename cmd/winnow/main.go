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
// Inputs are extracted by -j workers (the number of CPUs by default) and written in input
// order. With -o FILE the output replaces FILE only once it is complete. When standard
// error is a terminal, a progress line there shows pages done, pages per second,
// failures and elapsed time.
//
// The exit status is 0 when every input succeeded, 1 when any failed (each failure is
// also reported on standard error, one line naming the input), and 2 for a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the command line, parsed.
type config struct {
	format string
	fields []string // the content fields of a JSON record: text, markdown, html
	url    string
	jobs   int    // parallel workers
	output string // -o: the file to write atomically instead of stdout
	paths  []string

	explain bool // -explain: report how the page was judged instead of extracting it
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("winnow", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.format, "format", "", "output format: text, markdown, html or json (default text for one input, json for several)")
	fields := fs.String("fields", "", "the content fields of a JSON record, comma-separated: text, markdown, html (default text; implies -format json)")
	fs.StringVar(&c.url, "url", "", "the page's URL, for resolving links (single input only)")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "number of pages extracted in parallel")
	fs.StringVar(&c.output, "o", "", "write to `FILE`, replacing it only once the output is complete")
	fs.BoolVar(&c.explain, "explain", false, "print how the extractor judged each block of the page (single input)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: winnow [flags] [PATH ...]\n\n"+
			"PATH is an HTML file (.html, .htm, optionally .gz), a directory (read recursively),\n"+
			"or - for standard input; with no PATH, standard input is read.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if c.jobs < 1 {
		return nil, fmt.Errorf("-j %d: need at least one worker", c.jobs)
	}
	c.paths = fs.Args()
	if len(c.paths) == 0 {
		c.paths = []string{"-"}
	}
	switch c.format {
	case "", "text", "markdown", "html", "json":
	default:
		return nil, fmt.Errorf("unknown -format %q (want text, markdown, html or json)", c.format)
	}
	var err error
	if c.fields, err = parseFields(*fields); err != nil {
		return nil, err
	}
	if *fields != "" {
		if c.format != "" && c.format != "json" {
			return nil, fmt.Errorf("-fields chooses the fields of -format json, not of %s", c.format)
		}
		c.format = "json"
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
	if c.explain {
		if many {
			fmt.Fprintln(stderr, "winnow: -explain needs a single input")
			return 2
		}
		return runExplain(c, stdin, stdout, stderr)
	}
	return runBatch(c, many, stdin, stdout, stderr)
}
