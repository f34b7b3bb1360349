package winnow_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/winnow-go/winnow"
)

func ExampleExtract() {
	page := `<html lang="en"><head><title>Rivers rise after rain - Example News</title>
	<meta property="og:site_name" content="Example News"></head><body>
	<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
	<article><h1>Rivers rise after rain</h1>
	<p>Rivers across the region rose sharply on Tuesday, after three days of steady rain filled reservoirs.</p>
	<p>Officials said the water would peak on Thursday, and asked people living near the banks to stay alert.</p>
	<aside><h2>Related</h2><ul><li><a href="/a">Storm warning issued</a></li><li><a href="/b">How floods are forecast</a></li></ul></aside>
	</article><footer>© Example News</footer></body></html>`
	a, err := winnow.Extract(strings.NewReader(page), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.SiteName, "|", a.Language)
	fmt.Println(a.Text)
	// Output:
	// Rivers rise after rain | Example News | en
	// Rivers across the region rose sharply on Tuesday, after three days of steady rain filled reservoirs.
	//
	// Officials said the water would peak on Thursday, and asked people living near the banks to stay alert.
}

func ExampleExtract_noContent() {
	home := `<html><body><h2><a href="/a">First headline of the day</a></h2>
	<h2><a href="/b">Second headline of the day</a></h2><h2><a href="/c">Third headline</a></h2></body></html>`
	_, err := winnow.Extract(strings.NewReader(home), nil)
	fmt.Println(errors.Is(err, winnow.ErrNoContent))
	// Output: true
}
