package gm

import (
	"bytes"
	"crypto/hmac"
	"encoding/hex"
	"testing"

	"github.com/emmansun/gmsm/sm4"
)

// The examples of the standards: SM3 of "abc" (GB/T 32905-2016 A.1) and of
// "abcd" sixteen times (A.2); SM4 of its key as plaintext (GB/T 32907-2016 A.1).
func TestStandardVectors(t *testing.T) {
	for in, want := range map[string]string{
		"abc":                                    "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
		string(bytes.Repeat([]byte("abcd"), 16)): "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
	} {
		h := NewSM3()
		h.Write([]byte(in))
		if got := hex.EncodeToString(h.Sum(nil)); got != want {
			t.Errorf("SM3(%.8q…) = %s, want %s", in, got, want)
		}
	}
	key, _ := hex.DecodeString("0123456789abcdeffedcba9876543210")
	b, err := sm4.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]byte, 16)
	b.Encrypt(out, key)
	if got := hex.EncodeToString(out); got != "681edf34d206965e86b3e94f536e4246" {
		t.Errorf("SM4 = %s", got)
	}
}

func TestHMACAndGCM(t *testing.T) {
	m1, m2 := hmac.New(NewSM3, []byte("k1")), hmac.New(NewSM3, []byte("k2"))
	m1.Write([]byte("x"))
	m2.Write([]byte("x"))
	if hmac.Equal(m1.Sum(nil), m2.Sum(nil)) || m1.Size() != 32 {
		t.Error("HMAC-SM3 does not depend on its key")
	}
	aead, err := NewSM4GCM(bytes.Repeat([]byte{7}, 16))
	if err != nil {
		t.Fatal(err)
	}
	nonce := make([]byte, aead.NonceSize())
	sealed := aead.Seal(nil, nonce, []byte("证明材料"), nil)
	if bytes.Contains(sealed, []byte("证明材料")) {
		t.Error("not encrypted")
	}
	if plain, err := aead.Open(nil, nonce, sealed, nil); err != nil || string(plain) != "证明材料" {
		t.Errorf("open: %q %v", plain, err)
	}
	sealed[0] ^= 1
	if _, err := aead.Open(nil, nonce, sealed, nil); err == nil {
		t.Error("a changed ciphertext opens")
	}
}
