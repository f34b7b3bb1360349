package dates

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZURLStat(t *testing.T) {
	if os.Getenv("DBGURL") == "" {
		t.Skip()
	}
	f, _ := os.Open("/tmp/dd0.tsv")
	sc := bufio.NewScanner(f)
	type k struct{ set, c string }
	cnt := map[k]int{}
	for sc.Scan() {
		x := strings.Split(sc.Text(), "\t")
		truth := strings.Trim(x[3], `"`)
		pred := strings.Trim(x[4], `"`)
		d, ok := FromURL(x[5])
		if !ok {
			continue
		}
		u := d.T.Format("2006-01-02")
		tr := len(truth) >= 10 && truth[:10] == u
		pr := x[0] == "ok"
		c := fmt.Sprintf("urlTruth=%v predOK=%v", tr, pr)
		cnt[k{x[1], c}]++
		if tr && !pr || !tr && pr && os.Getenv("DBGURL") == "2" {
			fmt.Println(x[1], x[2], truth, pred, u, x[5])
		}
	}
	for kk, v := range cnt {
		fmt.Println(kk, v)
	}
}
