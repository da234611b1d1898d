package rollout

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// commonPasswordList is the shipped list of common passwords (refdata/README.md
// says where it comes from).
//
//go:embed refdata/common-passwords.txt
var commonPasswordList string

var commonPasswords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for line := range strings.Lines(commonPasswordList) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			set[w] = true
		}
	}
	return set
})

// unleet undoes the usual swaps of letters for digits and signs (p@ssw0rd),
// in the two readings of "1".
var unleet = [2]*strings.Replacer{
	strings.NewReplacer("@", "a", "4", "a", "0", "o", "3", "e", "$", "s", "5", "s", "7", "t", "!", "i", "1", "i"),
	strings.NewReplacer("@", "a", "4", "a", "0", "o", "3", "e", "$", "s", "5", "s", "7", "t", "!", "i", "1", "l"),
}

// CommonPassword reports whether password is on the shipped list of common
// passwords, ignoring case, digits and punctuation added before or after it
// (Password1234, !qwerty2024) and the usual swaps of letters for digits and
// signs (P@ssw0rd): such a password falls to the first guesses of anyone who
// tries, whatever its length.
func CommonPassword(password string) bool {
	set := commonPasswords()
	p := strings.ToLower(password)
	if set[p] {
		return true
	}
	core := strings.TrimFunc(p, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
	if core == "" || set[core] {
		return core != ""
	}
	for _, r := range unleet {
		if set[r.Replace(core)] {
			return true
		}
	}
	return false
}
