package sqldb

import (
	"context"
	"strings"
	"testing"
)

func TestPasswordHash(t *testing.T) {
	const pw = "Correct-Horse-42"
	h, err := hashPassword(pw, TestPasswordParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") || strings.Count(h, "$") != 5 {
		t.Errorf("hash %q is not a PHC argon2id string", h)
	}
	if strings.Contains(h, pw) {
		t.Error("hash contains the password")
	}
	for _, c := range []struct {
		password string
		want     bool
	}{{pw, true}, {"correct-horse-42", false}, {pw + " ", false}, {"", false}} {
		if ok, err := checkPassword(h, c.password); err != nil || ok != c.want {
			t.Errorf("check %q = %v, %v; want %v", c.password, ok, err, c.want)
		}
	}
	// A new salt every time.
	if h2, _ := hashPassword(pw, TestPasswordParams); h2 == h {
		t.Error("two hashes of one password are equal")
	}
	if !hashUses(h, TestPasswordParams) || hashUses(h, DefaultPasswordParams) {
		t.Error("hashUses does not tell the parameters apart")
	}
}

func TestPasswordHashDefaultParameters(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes at production cost")
	}
	h, err := hashPassword("Correct-Horse-42", DefaultPasswordParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=2,p=2$") {
		t.Errorf("hash = %q", h)
	}
	if ok, err := checkPassword(h, "Correct-Horse-42"); !ok || err != nil {
		t.Errorf("check = %v, %v", ok, err)
	}
}

func TestPasswordHashRefusesMalformed(t *testing.T) {
	good, _ := hashPassword("Correct-Horse-42", TestPasswordParams)
	parts := strings.Split(good, "$")
	for name, h := range map[string]string{
		"empty":         "",
		"bcrypt":        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
		"argon2i":       strings.Replace(good, "argon2id", "argon2i", 1),
		"version":       strings.Replace(good, "v=19", "v=16", 1),
		"no params":     strings.Join([]string{"", parts[1], parts[2], "", parts[4], parts[5]}, "$"),
		"unknown param": strings.Replace(good, "p=1", "x=1", 1),
		"huge memory":   strings.Replace(good, "m=64", "m=4194304", 1),
		"zero time":     strings.Replace(good, "t=1", "t=0", 1),
		"bad salt":      strings.Join([]string{"", parts[1], parts[2], parts[3], "!!", parts[5]}, "$"),
		"short key":     strings.Join([]string{"", parts[1], parts[2], parts[3], parts[4], "AAAA"}, "$"),
		"extra field":   good + "$x",
	} {
		if ok, err := checkPassword(h, "Correct-Horse-42"); ok || err == nil {
			t.Errorf("%s: check = %v, %v; want an error", name, ok, err)
		}
	}
}

// Hashing waits for a free slot and gives up with its context.
func TestPasswordHashSlots(t *testing.T) {
	db := &DB{Password: TestPasswordParams, hashSlots: make(chan struct{}, 1)}
	db.hashSlots <- struct{}{} // the only slot is taken
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.newHash(ctx, "Correct-Horse-42"); err == nil {
		t.Error("hashed without a free slot")
	}
	<-db.hashSlots
	if _, err := db.newHash(context.Background(), "Correct-Horse-42"); err != nil {
		t.Error(err)
	}
}

func BenchmarkPasswordHashDefault(b *testing.B) {
	for b.Loop() {
		if _, err := hashPassword("Correct-Horse-42", DefaultPasswordParams); err != nil {
			b.Fatal(err)
		}
	}
}
