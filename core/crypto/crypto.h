#pragma once

// Hashing, MACs, AES-256-GCM and randomness behind a Qt-only interface: OpenSSL stays in the .cpp.

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <memory>

namespace arbiter::crypto {

// CSPRNG output (RAND_bytes). A CSPRNG that fails leaves nothing safe to hand out as tokens
// or nonces, so this is qFatal rather than an Error. count <= 0 gives an empty array.
QByteArray randomBytes(int count);

QByteArray sha256(QByteArrayView data);    // 32 raw bytes
QByteArray sha256Hex(QByteArrayView data); // 64 lowercase hex digits

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data); // 32 raw bytes

// CRYPTO_memcmp: the time depends on the length only, never on where the first difference is.
// Different lengths are simply unequal (the length is not a secret for tokens and MACs).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

QByteArray base64Url(QByteArrayView data); // RFC 4648 §5 alphabet, no '=' padding

inline constexpr int AesKeySize = 32;
inline constexpr int GcmNonceSize = 12;
inline constexpr int GcmTagSize = 16;

// AES-256-GCM; returns ciphertext ‖ tag(16). A key that is not 32 bytes or a nonce that is not
// 12 bytes is an Error (400, "encrypt_failed"); OpenSSL itself failing is (500, "encrypt_failed").
// Never reuse a nonce with the same key: draw it from randomBytes(GcmNonceSize).
Result<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                 QByteArrayView aad);

// Input is ciphertext ‖ tag(16). Any failure (bad tag, key, nonce, AAD or size) is the same
// Error (400, "decrypt_failed") so a caller cannot tell an attacker which part was wrong, and no
// unauthenticated plaintext is ever returned.
Result<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                 QByteArrayView aad);

// Incremental SHA-256 for inputs too big to hold in memory (game binaries hashed in chunks).
// finish() returns the 32 raw bytes and resets the hasher, so one object can hash several inputs.
// Not thread-safe: use one object per thread.
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void add(QByteArrayView data);
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace arbiter::crypto
