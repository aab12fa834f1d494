#include "crypto/crypto.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <climits>

namespace arbiter::crypto {

namespace {

constexpr int Sha256Size = 32;
// OpenSSL's cipher calls take int lengths; larger inputs are fed in pieces of this size.
constexpr qsizetype MaxChunk = qsizetype(1) << 30;

const unsigned char *bytes(QByteArrayView v)
{
    // Some OpenSSL 3.0 paths reject a null pointer even with length 0; an empty view may have one.
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.data());
}

unsigned char *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }

// SHA-256 fetched once: EVP_sha256() makes OpenSSL 3 look the algorithm up again on every
// digest, which cost as much as hashing a short input.
const EVP_MD *sha256Md()
{
    static EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (!fetched)
            qFatal("arbiter::crypto: no SHA-256 in this OpenSSL");
        return fetched;
    }();
    return md;
}

// A failed call leaves entries on this thread's OpenSSL error queue; Qt's TLS backend reads that
// same queue, so a stale entry would surface as someone else's error.
void dropOpenSslErrors() { ERR_clear_error(); }

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

enum class Direction { Encrypt, Decrypt };

// Feeds in through the cipher in int-sized pieces. out == nullptr means in is AAD.
bool update(EVP_CIPHER_CTX *ctx, Direction dir, unsigned char *out, QByteArrayView in)
{
    qsizetype done = 0;
    while (done < in.size()) {
        const int n = int(std::min(in.size() - done, MaxChunk));
        int written = 0;
        unsigned char *dst = out ? out + done : nullptr;
        const unsigned char *src = bytes(in) + done;
        const int ok = dir == Direction::Encrypt ? EVP_EncryptUpdate(ctx, dst, &written, src, n)
                                                 : EVP_DecryptUpdate(ctx, dst, &written, src, n);
        // GCM is a stream mode: anything but exactly n bytes out means the context is broken.
        if (ok != 1 || (out && written != n))
            return false;
        done += n;
    }
    return true;
}

CipherCtx gcmContext(Direction dir, QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != AesKeySize || nonce.size() != GcmNonceSize)
        return nullptr;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return nullptr;
    // 12 bytes is GCM's default IV length, so no EVP_CTRL_GCM_SET_IVLEN is needed.
    const int ok = dir == Direction::Encrypt
        ? EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce))
        : EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce));
    if (ok != 1)
        return nullptr;
    return ctx;
}

// 400 for arguments the caller got wrong, 500 for OpenSSL failing on good ones.
Error encryptError(int status, QString detail)
{
    dropOpenSslErrors();
    return Error::make(status, QStringLiteral("encrypt_failed"), std::move(detail));
}

Error decryptError()
{
    dropOpenSslErrors();
    return Error::make(400, QStringLiteral("decrypt_failed"), QStringLiteral("The payload could not be decrypted."));
}

} // namespace

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1)
        qFatal("arbiter::crypto: the CSPRNG failed; refusing to continue without secure randomness");
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    // EVP_Digest fails only when allocation fails; there is no sensible value to return then.
    if (EVP_Digest(bytes(data), size_t(data.size()), bytes(out), &len, sha256Md(), nullptr) != 1
        || len != Sha256Size)
        qFatal("arbiter::crypto: SHA-256 failed");
    return out;
}

QByteArray sha256Hex(QByteArrayView data) { return sha256(data).toHex(); }

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // HMAC() takes an int key length. RFC 2104 replaces a key longer than the block with its
    // hash anyway, so doing that here for absurdly long keys gives the identical MAC.
    QByteArray hashedKey;
    if (key.size() > INT_MAX) {
        hashedKey = sha256(key);
        key = hashedKey;
    }
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(sha256Md(), bytes(key), int(key.size()), bytes(data), size_t(data.size()), bytes(out), &len)
        || len != Sha256Size)
        qFatal("arbiter::crypto: HMAC-SHA-256 failed");
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(bytes(a), bytes(b), size_t(a.size())) == 0;
}

QByteArray base64Url(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                 QByteArrayView aad)
{
    if (key.size() != AesKeySize)
        return encryptError(400, QStringLiteral("The key must be 32 bytes."));
    if (nonce.size() != GcmNonceSize)
        return encryptError(400, QStringLiteral("The nonce must be 12 bytes."));
    const CipherCtx ctx = gcmContext(Direction::Encrypt, key, nonce);
    if (!ctx)
        return encryptError(500, QStringLiteral("The cipher could not be initialised."));

    QByteArray out(plaintext.size() + GcmTagSize, Qt::Uninitialized);
    int finalLen = 0;
    if (!update(ctx.get(), Direction::Encrypt, nullptr, aad)
        || !update(ctx.get(), Direction::Encrypt, bytes(out), plaintext)
        || EVP_EncryptFinal_ex(ctx.get(), bytes(out) + plaintext.size(), &finalLen) != 1 || finalLen != 0
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, bytes(out) + plaintext.size()) != 1)
        return encryptError(500, QStringLiteral("Encryption failed."));
    return out;
}

Result<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                 QByteArrayView aad)
{
    if (ciphertextAndTag.size() < GcmTagSize)
        return decryptError();
    const CipherCtx ctx = gcmContext(Direction::Decrypt, key, nonce);
    if (!ctx)
        return decryptError();

    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - GcmTagSize);
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer, so hand it a copy.
    unsigned char tag[GcmTagSize];
    std::copy_n(bytes(ciphertextAndTag) + ciphertext.size(), GcmTagSize, tag);

    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    int finalLen = 0;
    const bool ok = update(ctx.get(), Direction::Decrypt, nullptr, aad)
        && update(ctx.get(), Direction::Decrypt, bytes(out), ciphertext)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, tag) == 1
        && EVP_DecryptFinal_ex(ctx.get(), bytes(out) + ciphertext.size(), &finalLen) == 1 && finalLen == 0;
    if (!ok) {
        // The plaintext of a forged message must not linger in freed memory either.
        if (!out.isEmpty())
            OPENSSL_cleanse(out.data(), size_t(out.size()));
        return decryptError();
    }
    return out;
}

struct Sha256::Impl {
    EVP_MD_CTX *ctx = nullptr;

    void reset()
    {
        if (EVP_DigestInit_ex(ctx, sha256Md(), nullptr) != 1)
            qFatal("arbiter::crypto: SHA-256 initialisation failed");
    }
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    m_impl->ctx = EVP_MD_CTX_new();
    if (!m_impl->ctx)
        qFatal("arbiter::crypto: out of memory creating a SHA-256 context");
    m_impl->reset();
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_impl->ctx); }

void Sha256::add(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_impl->ctx, data.data(), size_t(data.size())) != 1)
        qFatal("arbiter::crypto: SHA-256 update failed");
}

QByteArray Sha256::finish()
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_impl->ctx, bytes(out), &len) != 1 || len != Sha256Size)
        qFatal("arbiter::crypto: SHA-256 finalisation failed");
    m_impl->reset();
    return out;
}

} // namespace arbiter::crypto
