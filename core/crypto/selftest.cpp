#include "crypto/selftest.h"

#include "crypto/crypto.h"

namespace arbiter::crypto {

namespace {

Status failed(const char *what)
{
    return Error::make(500, QStringLiteral("crypto_selftest_failed"),
                       QStringLiteral("Crypto self-test failed: %1.").arg(QLatin1StringView(what)));
}

// FIPS 180-4 example "abc".
bool sha256Works()
{
    static const QByteArray expected =
        QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 incremental;
    incremental.add("ab");
    incremental.add("c");
    return sha256("abc") == expected && incremental.finish() == expected;
}

// RFC 4231 test case 2: a key shorter than the block, ASCII data.
bool hmacWorks()
{
    return hmacSha256("Jefe", "what do ya want for nothing?")
        == QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, with AAD).
bool aesGcmWorks()
{
    const QByteArray key =
        QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray plaintext = QByteArray::fromHex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray expected = QByteArray::fromHex(
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
        "76fc6ece0f4e1768cddf8853bb2d551b");

    const Result<QByteArray> sealed = aesGcmEncrypt(key, nonce, plaintext, aad);
    if (!sealed || *sealed != expected)
        return false;
    const Result<QByteArray> opened = aesGcmDecrypt(key, nonce, expected, aad);
    if (!opened || *opened != plaintext)
        return false;

    QByteArray forged = expected;
    forged[forged.size() - 1] = char(forged.at(forged.size() - 1) ^ 0x01);
    if (aesGcmDecrypt(key, nonce, forged, aad).ok())
        return false;
    forged = expected;
    forged[0] = char(forged.at(0) ^ 0x80);
    if (aesGcmDecrypt(key, nonce, forged, aad).ok())
        return false;
    return !aesGcmDecrypt(key, nonce, expected, aad.first(aad.size() - 1)).ok();
}

// Catches a CSPRNG that is stuck or unseeded, not a subtly weak one; that is beyond a self-test.
bool randomWorks()
{
    const QByteArray a = randomBytes(32);
    const QByteArray b = randomBytes(32);
    const QByteArray zeros(32, '\0');
    return a.size() == 32 && b.size() == 32 && a != b && a != zeros && b != zeros;
}

} // namespace

Status selfTest()
{
    if (!sha256Works())
        return failed("SHA-256 known answer");
    if (!hmacWorks())
        return failed("HMAC-SHA-256 known answer");
    if (!aesGcmWorks())
        return failed("AES-256-GCM known answer or tamper rejection");
    if (!randomWorks())
        return failed("CSPRNG output");
    return success();
}

} // namespace arbiter::crypto
