// Package msg is the one catalogue of what rollout says to people: the text of
// its pages, the names of its codes (states, roles, levels) and every refusal,
// in Chinese first and in English. Code elsewhere names a message by its key and
// hands over its arguments; the words are only here, so that a page in English
// never shows a Chinese refusal and a word means the same thing on every page.
//
// The package depends on the standard library only; the domain (package
// rollout) and every adapter may import it.
package msg

import (
	"fmt"
	"maps"
	"slices"
)

// Lang is a language of the interface. Chinese comes first: it is what a
// person gets unless they ask for English.
type Lang int

const (
	ZH Lang = iota
	EN
	NumLangs
)

// Code is the value of the lang query parameter and cookie: "zh" or "en".
func (l Lang) Code() string {
	if l == EN {
		return "en"
	}
	return "zh"
}

// Tag is the BCP 47 tag for <html lang> and Content-Language.
func (l Lang) Tag() string {
	if l == EN {
		return "en"
	}
	return "zh-CN"
}

// Other is the language a switch leads to.
func (l Lang) Other() Lang {
	if l == EN {
		return ZH
	}
	return EN
}

// Localized is a value that says itself in a language: a task state names
// itself through its catalogue entry, an error renders its key and arguments.
// Text formats arguments that are Localized in the language of the message.
type Localized interface {
	Text(Lang) string
}

// message is one text in both languages. Formatted messages take fmt verbs;
// both languages take the same arguments in the same order.
type message struct {
	zh, en string
}

// Raw is the key of a text that is already a sentence (the one argument is
// shown as it is): a finding passed on from a reader, or a refusal not yet
// moved into the catalogue.
const Raw = ""

// catalogue is every message, gathered from the parts of the package (ui,
// refusals, terms); a key defined twice stops the program at start.
var catalogue = func() map[string]message {
	all := map[string]message{}
	for _, part := range []map[string]message{ui, refusals, terms,
		refusalsReport, refusalsCoord, refusalsEval, refusalsUnits, refusalsNotice, refusalsOps, refusalsSheet, refusalsTask, refusalsSupervise, uiSupervise} {
		for k, m := range part {
			if _, dup := all[k]; dup {
				panic("msg: key defined twice: " + k)
			}
			all[k] = m
		}
	}
	return all
}()

// Text returns the message key in language l, formatted with args when given.
// Arguments that are Localized are said in l first. An unknown key comes back
// as itself, visibly; tests check that every key used exists.
func Text(l Lang, key string, args ...any) string {
	if key == Raw {
		if len(args) == 1 {
			return fmt.Sprint(localize(l, args[0]))
		}
		return fmt.Sprint(localizeAll(l, args)...)
	}
	m, ok := catalogue[key]
	if !ok {
		return key
	}
	s := m.zh
	if l == EN {
		s = m.en
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, localizeAll(l, args)...)
	}
	return s
}

// Has reports whether the catalogue has key.
func Has(key string) bool {
	_, ok := catalogue[key]
	return ok
}

// Keys returns every key of the catalogue, sorted.
func Keys() []string { return slices.Sorted(maps.Keys(catalogue)) }

// Both returns the two languages of key as written in the catalogue (with
// their fmt verbs), for tests that compare them.
func Both(key string) (zh, en string, ok bool) {
	m, ok := catalogue[key]
	return m.zh, m.en, ok
}

func localize(l Lang, a any) any {
	if t, ok := a.(Localized); ok {
		return t.Text(l)
	}
	return a
}

func localizeAll(l Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = localize(l, a)
	}
	return out
}

// Key is a catalogue key handed on as an argument, said in the language of
// the message it is part of: "value.batch_number" in "%s “%s” is not valid".
type Key string

// Text says the key in language l.
func (k Key) Text(l Lang) string { return Text(l, string(k)) }
