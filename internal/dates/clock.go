package dates

// This file matches clock times, am/pm markers and time zones.

// compactClock reads the ISO 8601 basic time hhmm or hhmmss at i.
func (p *parser) compactClock(i int) (clock, bool) {
	tk := p.t[i]
	var c clock
	switch tk.n {
	case 4:
		c.h, c.mi = tk.val/100, tk.val%100
	case 6:
		c.h, c.mi, c.s = tk.val/10000, tk.val/100%100, tk.val%100
	default:
		return clock{}, false
	}
	c.end = p.fraction(i+1, &c)
	if z, ok := p.zone(c.end, true); ok {
		c.hasZone, c.off, c.usDST, c.end = true, z.off, z.usDST, z.end
	}
	return c, c.valid()
}

// fraction reads fractional seconds (".123") at i into c and returns the
// index after them.
func (p *parser) fraction(i int, c *clock) int {
	if !p.sepIn(i, ".,") || !p.glued(i) || !p.num(i+1) || !p.glued(i+1) {
		return i
	}
	ns, k := 0, 0
	for _, r := range p.t[i+1].s {
		if k == 9 {
			break
		}
		ns = ns*10 + digitVal(normRune(r))
		k++
	}
	for ; k < 9; k++ {
		ns *= 10
	}
	c.ns = ns
	return i + 2
}

// clock matches a time of day at i: 17:53, 17:53:44.123, 5:53 pm,
// 5:53 p.m., 5 pm, 17h53, 17h, 14.05 Uhr, 17時53分, 오후 5:53, followed by an
// optional zone. iso is set after the ISO "T", where an offset may be glued
// to a time without seconds.
func (p *parser) clock(i int, iso bool) (clock, bool) {
	t := p.t
	j := i
	ap := 0
	if p.word(j) {
		if j >= p.lastNum {
			return clock{}, false // no hour follows the marker
		}
		v, ok := lookupInt(ampmPrefix, t[j].s)
		if !ok {
			return clock{}, false
		}
		ap = v
		j++
	}
	if !p.numN(j, 1, 2) {
		return clock{}, false
	}
	var c clock
	c.h = t[j].val
	j++
	hasSec, form := false, false
	switch {
	case p.sepIn(j, ":.") && p.numN(j+1, 2, 2) && (t[j].r == ':' || (p.glued(j) && p.glued(j+1))):
		c.mi = t[j+1].val
		form = true
		first := t[j].r
		j += 2
		if first == ':' && p.sep(j, ':') && p.numN(j+1, 2, 2) && p.glued(j+1) {
			c.s = t[j+1].val
			hasSec = true
			j = p.fraction(j+2, &c)
		}
	case p.isWord(j, "h"):
		form = true
		j++
		if p.numN(j, 2, 2) {
			c.mi = t[j].val
			j++
		}
	case p.markIn(j, "時时点點시"):
		form = true
		j++
		if p.numN(j, 1, 2) && p.markIn(j+1, "分분") {
			c.mi = t[j].val
			j += 2
			if p.numN(j, 1, 2) && p.markIn(j+1, "秒초") {
				c.s = t[j].val
				hasSec = true
				j += 2
			}
		}
	}
	if ap == 0 {
		if v, k, ok := p.ampm(j); ok && c.h <= 12 {
			ap, j = v, k
		}
	}
	if !form && ap == 0 {
		return clock{}, false
	}
	if ap != 0 {
		if c.h > 12 {
			return clock{}, false
		}
		if ap == 2 && c.h < 12 {
			c.h += 12
		} else if ap == 1 && c.h == 12 {
			c.h = 0
		}
	}
	if p.word(j) && lookupBool(hourWords, t[j].s) {
		j++
	}
	c.end = j
	if !c.valid() {
		return clock{}, false
	}
	if z, ok := p.zone(j, iso || hasSec); ok {
		c.hasZone, c.off, c.usDST, c.end = true, z.off, z.usDST, z.end
	}
	return c, true
}

// ampm reads an am/pm marker at i: am, PM, a.m., p. m., and the Vietnamese
// SA/CH. It returns 1 for am, 2 for pm, and the index after the marker.
func (p *parser) ampm(i int) (int, int, bool) {
	if !p.word(i) {
		return 0, 0, false
	}
	if v, ok := lookupInt(ampmSuffix, p.t[i].s); ok {
		return v, i + 1, true
	}
	v := 0
	switch {
	case p.isWord(i, "a"):
		v = 1
	case p.isWord(i, "p"):
		v = 2
	default:
		return 0, 0, false
	}
	if !p.sep(i+1, '.') || !p.isWord(i+2, "m") {
		return 0, 0, false
	}
	i += 3
	if p.sep(i, '.') && p.glued(i) {
		i++
	}
	return v, i, true
}

// zoneMatch is a matched zone.
type zoneMatch struct {
	off   int
	usDST bool
	end   int
}

// zone matches a zone after a clock time: Z, GMT, UTC+7, GMT+07:00, (GMT+7),
// +0700, -05:00, or a capitalised abbreviation from the zone table. A bare
// signed offset glued to the time ("17:53-05") is taken only when glued is
// set (after seconds or in ISO form), so that "10:00-11:00" stays a range.
func (p *parser) zone(i int, glued bool) (zoneMatch, bool) {
	t := p.t
	k := i
	paren := p.sepIn(k, "([（")
	if paren {
		k++
	}
	var z zoneMatch
	switch {
	case p.word(k):
		w := t[k].s
		if p.isWord(k, "gmt") || p.isWord(k, "utc") || p.isWord(k, "ut") {
			k++
			if off, end, ok := p.offset(k); ok {
				z.off, k = off, end
			} else if p.sepIn(k, "+-") && p.num(k+1) {
				return zoneMatch{}, false // an impossible offset such as GMT+15
			} else if !t[k-1].upper {
				return zoneMatch{}, false
			}
			break
		}
		if p.isWord(k, "z") && (t[k].upper || p.glued(k)) {
			k++
			break
		}
		zn, ok := lookupZone(w)
		if !ok || !t[k].upper || len(w) < 2 {
			return zoneMatch{}, false
		}
		z.off, z.usDST = zn.off, zn.usDST
		k++
	case p.sepIn(k, "+-"):
		if !p.num(k + 1) {
			return zoneMatch{}, false
		}
		long := t[k+1].n == 4 || (p.sep(k+2, ':') && p.numN(k+3, 2, 2))
		if p.glued(k) && !glued && !paren {
			return zoneMatch{}, false
		}
		if !p.glued(k) && !long && !paren {
			return zoneMatch{}, false
		}
		off, end, ok := p.offset(k)
		if !ok {
			return zoneMatch{}, false
		}
		z.off, k = off, end
	default:
		return zoneMatch{}, false
	}
	if paren {
		if !p.sepIn(k, ")]）") {
			return zoneMatch{}, false
		}
		k++
	}
	z.end = k
	return z, true
}

// offset reads a signed offset at i: +7, +07, +0700, +07:00, -5:30.
func (p *parser) offset(i int) (int, int, bool) {
	if !p.sepIn(i, "+-") || !p.num(i+1) || !p.glued(i+1) {
		return 0, 0, false
	}
	sign := 1
	if p.t[i].r == '-' {
		sign = -1
	}
	h, m, end := 0, 0, i+2
	switch n := p.t[i+1].n; {
	case n == 4:
		h, m = p.t[i+1].val/100, p.t[i+1].val%100
	case n <= 2:
		h = p.t[i+1].val
		if p.sep(end, ':') && p.numN(end+1, 2, 2) && p.glued(end+1) {
			m = p.t[end+1].val
			end += 2
		}
	default:
		return 0, 0, false
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	return sign * (h*3600 + m*60), end, true
}
