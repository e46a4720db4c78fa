package answer

import "strconv"

func fmtG(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
