#pragma once

// Start-up known-answer test of the crypto wrapper: the programs refuse to start if it fails.

#include "util/result.h"

namespace arbiter::crypto {

// Checks SHA-256, HMAC-SHA-256 and AES-256-GCM (encrypt, decrypt, tamper rejection) against
// published vectors, and that the CSPRNG gives distinct non-zero output. On failure the Error is
// 500 "crypto_selftest_failed" with the failing check in its detail.
Status selfTest();

} // namespace arbiter::crypto
