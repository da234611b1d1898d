package rollout_test

import (
	"testing"
	"time"

	"rollout"
)

func TestSignInLock(t *testing.T) {
	now := time.Date(2024, 5, 6, 7, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		failures, locks int
		lock            bool
		d               time.Duration
	}{
		{1, 0, false, 0},
		{rollout.MaxFailedSignIns - 1, 3, false, 0},
		{rollout.MaxFailedSignIns, 0, true, 15 * time.Minute},
		{rollout.MaxFailedSignIns, 1, true, 30 * time.Minute},
		{rollout.MaxFailedSignIns, 2, true, time.Hour},
		{rollout.MaxFailedSignIns, 4, true, 4 * time.Hour},
		{rollout.MaxFailedSignIns, 40, true, rollout.MaxLockDuration},
	} {
		lock, until := rollout.SignInLock(tc.failures, tc.locks, now)
		if lock != tc.lock || (lock && until.Sub(now) != tc.d) {
			t.Errorf("%d failures after %d holds: lock %v until +%v; want %v +%v", tc.failures, tc.locks, lock, until.Sub(now), tc.lock, tc.d)
		}
	}
}
