// Package gm gives rollout the commercial cryptography of the 国密 standards
// it uses under `--crypto gm` — SM3 (GB/T 32905-2016) for the audit trail's
// HMAC and SM4 (GB/T 32907-2016) in GCM mode for stored files — from
// github.com/emmansun/gmsm, a pure-Go implementation (Apache-2.0). It is the
// only package that imports that module.
package gm

import (
	"crypto/cipher"
	"hash"

	"github.com/emmansun/gmsm/sm3"
	"github.com/emmansun/gmsm/sm4"
)

// NewSM3 returns a new SM3 hash (32-byte sums), for crypto/hmac.
func NewSM3() hash.Hash { return sm3.New() }

// NewSM4GCM returns SM4 in Galois/Counter Mode under a 16-byte key: a 12-byte
// nonce, a 16-byte tag.
func NewSM4GCM(key []byte) (cipher.AEAD, error) {
	b, err := sm4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}
