package rollout

import "rollout/msg"

// term says a code of the domain through its catalogue entry prefix+code in
// language l; a code the catalogue does not know is shown as itself.
func term[T ~string](l msg.Lang, prefix string, code T) string {
	key := prefix + string(code)
	if !msg.Has(key) {
		return string(code)
	}
	return msg.Text(l, key)
}
