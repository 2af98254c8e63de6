package extract

// bitmap marks byte positions of a text: which bytes a kept match covers.
type bitmap []uint64

func newBitmap(n int) bitmap { return make(bitmap, n/64+1) }

// any reports whether a position in [from, to) is marked.
func (b bitmap) any(from, to int) bool {
	for i := from; i < to; i++ {
		if b[i>>6]&(1<<(i&63)) != 0 {
			return true
		}
	}
	return false
}

// all reports whether every position in [from, to) is marked.
func (b bitmap) all(from, to int) bool {
	for i := from; i < to; i++ {
		if b[i>>6]&(1<<(i&63)) == 0 {
			return false
		}
	}
	return from < to
}

// set marks the positions [from, to).
func (b bitmap) set(from, to int) {
	for i := from; i < to; i++ {
		b[i>>6] |= 1 << (i & 63)
	}
}
