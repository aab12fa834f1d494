#pragma once

// The encrypted endGame payload of escs-compatible tournaments (api.md, docs/integration.md).

#include "util/result.h"

#include <QByteArrayView>
#include <QString>

namespace arbiter {

// payloadBase64 is base64 of nonce(12) ‖ ciphertext ‖ tag(16), AES-256-GCM with the game's key,
// associated data = roundId as ASCII (UTF-8), plaintext = a JSON object with a finite number
// "score". Extra members are ignored so clients may add their own; duplicate keys are refused.
//
// Base64: the standard alphabet or the URL-safe one (never mixed), padding optional but correct
// when present, no whitespace, canonical only (unused trailing bits zero), so one payload has a
// single spelling.
//
// Every failure is Error 400 "decrypt_failed". The detail says only one of two things:
//  - "could not decrypt": not base64, too short, bad tag, wrong key, wrong round (AAD) — one
//    sentence for all, so a client without the key learns nothing about which check failed;
//  - "decrypted but not {"score": number}": reaching this needs a valid tag, i.e. the key, so
//    telling it helps an honest integrator and gives an attacker nothing.
Result<double> decryptEndGamePayload(QByteArrayView key, const QString &payloadBase64, const QString &roundId);

// The client side, for docs, tests and the simulator: encrypts {"score":<score>} for roundId with
// the given nonce. The score is written with the shortest round-trip formatting ("1234", "12.5",
// "1e+21"). Returns an empty string if the key is not 32 bytes, the nonce not 12 bytes, or the
// score not finite. The nonce must be fresh and random for every payload (crypto::randomBytes).
QString encryptEndGamePayload(QByteArrayView key, QByteArrayView nonce, double score, const QString &roundId);

} // namespace arbiter
