package winnow

// minNumberedRun: teaser cards whose classes differ only in tokens with digits
// ("tile order-3", see sameCardShape) and carry no heading of their own (see
// numberedCards) make a teaser list only in a long run. A page builder numbers the
// boxes of its layout too: a row of three feature or pricing boxes ("column_8",
// "card__2") is the content of a service page, while a grid of many numbered tiles is
// a list of teasers.
const minNumberedRun = 2 * minCards
