// Known-answer tests of the crypto wrapper against published vectors (FIPS 180-4, RFC 4231,
// McGrew & Viega GCM), plus tamper rejection and the start-up self-test.

#include "crypto/crypto.h"
#include "crypto/selftest.h"

#include <QTest>

using namespace arbiter;
using namespace arbiter::crypto;

namespace {

QByteArray hex(const char *digits) { return QByteArray::fromHex(digits); }

QByteArray flipBit(QByteArray data, qsizetype index, int bit)
{
    data[index] = char(data.at(index) ^ (1 << bit));
    return data;
}

// McGrew & Viega test cases 15/16 share their key, nonce and plaintext.
const char *const GcmKey15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char *const GcmNonce15 = "cafebabefacedbaddecaf888";
const char *const GcmPlain15 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const char *const GcmCipher15 = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
const char *const GcmAad16 = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

} // namespace

class TestCrypto final : public QObject {
    Q_OBJECT

private slots:
    void sha256_data();
    void sha256();
    void sha256Incremental_data();
    void sha256Incremental();
    void sha256FinishResets();
    void hmacSha256_data();
    void hmacSha256();
    void aesGcm_data();
    void aesGcm();
    void aesGcmTamper_data();
    void aesGcmTamper();
    void aesGcmEncryptRejectsBadParameters_data();
    void aesGcmEncryptRejectsBadParameters();
    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void base64Url_data();
    void base64Url();
    void randomBytes();
    void selfTestPasses();
};

// FIPS 180-4 / NIST CAVS examples. Each expected value was also checked with
// `openssl dgst -sha256` and Python's hashlib when the table was written.
void TestCrypto::sha256_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("empty") << QByteArray()
                           << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                                            "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                              << hex("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    QTest::newRow("one million a") << QByteArray(1000000, 'a')
                                   << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);

    QCOMPARE(crypto::sha256(message), digest);
    const QByteArray hexDigest = sha256Hex(message);
    QCOMPARE(hexDigest, digest.toHex());
    QCOMPARE(hexDigest.size(), 64);
    QCOMPARE(hexDigest, hexDigest.toLower());
}

void TestCrypto::sha256Incremental_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("chunk");

    const QByteArray million(1000000, 'a');
    const QByteArray bits896("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                             "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
    // Chunks that straddle the 64-byte block boundary in every way.
    for (int chunk : {1, 3, 55, 63, 64, 65, 4096, 1 << 20}) {
        QTest::addRow("million a / %d", chunk) << million << chunk;
        QTest::addRow("896 bits / %d", chunk) << bits896 << chunk;
    }
    QTest::newRow("empty") << QByteArray() << 1;
}

void TestCrypto::sha256Incremental()
{
    QFETCH(QByteArray, message);
    QFETCH(int, chunk);

    Sha256 hasher;
    hasher.add({}); // an empty chunk must change nothing
    for (qsizetype at = 0; at < message.size(); at += chunk)
        hasher.add(QByteArrayView(message).sliced(at, qMin<qsizetype>(chunk, message.size() - at)));
    QCOMPARE(hasher.finish(), crypto::sha256(message));
}

void TestCrypto::sha256FinishResets()
{
    Sha256 hasher;
    hasher.add("first input");
    QCOMPARE(hasher.finish(), crypto::sha256("first input"));
    hasher.add("abc");
    QCOMPARE(hasher.finish(), hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hasher.finish(), hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

// RFC 4231 test cases 1-4, 6 and 7 (case 5 is a truncated MAC, which this API does not offer).
// Checked with Python's hmac module when the table was written.
void TestCrypto::hmacSha256_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");

    QByteArray key4;
    for (int i = 1; i <= 25; ++i)
        key4.append(char(i));
    const QByteArray key131(131, char(0xaa));

    QTest::newRow("RFC 4231 #1") << QByteArray(20, char(0x0b)) << QByteArray("Hi There")
                                 << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 #2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                 << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 #3") << QByteArray(20, char(0xaa)) << QByteArray(50, char(0xdd))
                                 << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("RFC 4231 #4") << key4 << QByteArray(50, char(0xcd))
                                 << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("RFC 4231 #6") << key131 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                 << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("RFC 4231 #7")
        << key131
        << QByteArray("This is a test using a larger than block-size key and a larger than block-size data. "
                      "The key needs to be hashed before being used by the HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCrypto::hmacSha256()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);

    QCOMPARE(crypto::hmacSha256(key, data), mac);
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13-16 (AES-256, 96-bit IV),
// checked with Python's `cryptography` AESGCM when the table was written. The last row is not a
// published vector: its expected value was produced by `cryptography` 48.0.0 (OpenSSL-independent
// parameters, unaligned lengths) as a cross-check against a second implementation's API.
void TestCrypto::aesGcm_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("GCM #13 (empty)") << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
                                     << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM #14 (one zero block)") << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
                                              << hex("cea7403d4d606b6e074ec5d3baf39d18")
                                              << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM #15 (no AAD)") << hex(GcmKey15) << hex(GcmNonce15) << hex(GcmPlain15) << QByteArray()
                                      << hex(GcmCipher15) << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM #16 (AAD)") << hex(GcmKey15) << hex(GcmNonce15) << hex(GcmPlain15).first(60) << hex(GcmAad16)
                                   << hex(GcmCipher15).first(60) << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::newRow("python cryptography cross-check")
        << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f") << hex("f0e1d2c3b4a5968778695a4b")
        << QByteArray(R"({"score":123456,"roundId":"r-42","ok":true})") << QByteArray("game:7f3a;key:0badc0de")
        << hex("94f7c884cbe1e69bbcb0d0618f7b59d6fa89705d4082e85b2fc19c547192237a41309ad767c0fa6aabd4d6")
        << hex("3435076770b062767b291661a73989fe");
}

void TestCrypto::aesGcm()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const Result<QByteArray> sealed = aesGcmEncrypt(key, nonce, plaintext, aad);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().detail));
    QCOMPARE(sealed->first(sealed->size() - GcmTagSize), ciphertext);
    QCOMPARE(sealed->last(GcmTagSize), tag);

    const Result<QByteArray> opened = aesGcmDecrypt(key, nonce, ciphertext + tag, aad);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plaintext);
}

// Every way a payload can be wrong collapses into the same 400 decrypt_failed.
void TestCrypto::aesGcmTamper_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("aad");

    const QByteArray key = hex(GcmKey15);
    const QByteArray nonce = hex(GcmNonce15);
    const QByteArray aad = hex(GcmAad16);
    const QByteArray withAad = hex(GcmCipher15).first(60) + hex("76fc6ece0f4e1768cddf8853bb2d551b");
    const QByteArray noAad = hex(GcmCipher15) + hex("b094dac5d93471bdec1a502270e3cc6c");
    const QByteArray emptySealed = hex("530f8afbc74536b9a963b4f1c4cb738b");
    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');

    QTest::newRow("flipped last tag bit") << key << nonce << flipBit(withAad, withAad.size() - 1, 0) << aad;
    QTest::newRow("flipped first tag bit") << key << nonce << flipBit(withAad, withAad.size() - GcmTagSize, 7) << aad;
    QTest::newRow("flipped ciphertext bit") << key << nonce << flipBit(withAad, 0, 0) << aad;
    QTest::newRow("flipped ciphertext bit, no AAD") << key << nonce << flipBit(noAad, 30, 3) << QByteArray();
    QTest::newRow("flipped tag bit, empty plaintext") << zeroKey << zeroNonce << flipBit(emptySealed, 5, 2)
                                                      << QByteArray();
    QTest::newRow("wrong AAD") << key << nonce << withAad << flipBit(aad, 3, 4);
    QTest::newRow("AAD missing") << key << nonce << withAad << QByteArray();
    QTest::newRow("AAD added") << key << nonce << noAad << aad;
    QTest::newRow("wrong key") << flipBit(key, 31, 0) << nonce << withAad << aad;
    QTest::newRow("wrong nonce") << key << flipBit(nonce, 11, 0) << withAad << aad;
    QTest::newRow("last byte cut") << key << nonce << withAad.chopped(1) << aad;
    QTest::newRow("shorter than the tag") << key << nonce << withAad.last(GcmTagSize - 1) << aad;
    QTest::newRow("empty input") << key << nonce << QByteArray() << aad;
    QTest::newRow("AES-128 sized key") << key.first(16) << nonce << withAad << aad;
    QTest::newRow("key one byte short") << key.first(31) << nonce << withAad << aad;
    QTest::newRow("empty key") << QByteArray() << nonce << withAad << aad;
    QTest::newRow("16-byte nonce") << key << nonce + QByteArray(4, '\0') << withAad << aad;
    QTest::newRow("empty nonce") << key << QByteArray() << withAad << aad;
}

void TestCrypto::aesGcmTamper()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, aad);

    const Result<QByteArray> opened = aesGcmDecrypt(key, nonce, input, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().status, 400);
    QCOMPARE(opened.error().code, QStringLiteral("decrypt_failed"));
}

void TestCrypto::aesGcmEncryptRejectsBadParameters_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");

    QTest::newRow("AES-128 sized key") << QByteArray(16, 'k') << QByteArray(12, 'n');
    QTest::newRow("33-byte key") << QByteArray(33, 'k') << QByteArray(12, 'n');
    QTest::newRow("empty key") << QByteArray() << QByteArray(12, 'n');
    QTest::newRow("8-byte nonce") << QByteArray(32, 'k') << QByteArray(8, 'n');
    QTest::newRow("16-byte nonce") << QByteArray(32, 'k') << QByteArray(16, 'n');
}

void TestCrypto::aesGcmEncryptRejectsBadParameters()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);

    const Result<QByteArray> sealed = aesGcmEncrypt(key, nonce, "payload", {});
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().status, 400);
    QCOMPARE(sealed.error().code, QStringLiteral("encrypt_failed"));
}

void TestCrypto::aesGcmRoundTrip_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 15, 16, 17, 4095, 1 << 20})
        QTest::addRow("%d bytes", size) << size;
}

void TestCrypto::aesGcmRoundTrip()
{
    QFETCH(int, size);
    const QByteArray key = crypto::randomBytes(AesKeySize);
    const QByteArray nonce = crypto::randomBytes(GcmNonceSize);
    const QByteArray plaintext = crypto::randomBytes(size);

    const Result<QByteArray> sealed = aesGcmEncrypt(key, nonce, plaintext, "aad");
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), size + GcmTagSize);
    const Result<QByteArray> opened = aesGcmDecrypt(key, nonce, *sealed, "aad");
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray mac = hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("same") << mac << QByteArray(mac) << true;
    QTest::newRow("first byte differs") << mac << flipBit(mac, 0, 0) << false;
    QTest::newRow("last byte differs") << mac << flipBit(mac, mac.size() - 1, 7) << false;
    QTest::newRow("prefix") << mac << mac.first(31) << false;
    QTest::newRow("longer") << mac << mac + '\0' << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty vs one byte") << QByteArray() << QByteArray(1, '\0') << false;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

// RFC 4648 §10 test vectors with the padding removed, plus the two URL-safe characters.
void TestCrypto::base64Url_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("- and _") << hex("fbffbf") << QByteArray("-_-_");
}

void TestCrypto::base64Url()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoded);

    QCOMPARE(crypto::base64Url(data), encoded);
}

void TestCrypto::randomBytes()
{
    QCOMPARE(crypto::randomBytes(0), QByteArray());
    QCOMPARE(crypto::randomBytes(-1), QByteArray());
    QCOMPARE(crypto::randomBytes(1).size(), 1);
    QCOMPARE(crypto::randomBytes(100000).size(), 100000);

    const QByteArray a = crypto::randomBytes(32);
    const QByteArray b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
}

void TestCrypto::selfTestPasses()
{
    const Status status = selfTest();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
