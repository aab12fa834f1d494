// Tests of the encrypted endGame payload: the worked example of docs/integration.md byte for byte,
// round trips, every way a payload can be wrong, and interoperability with Python's `cryptography`.

#include "crypto/crypto.h"
#include "tournaments/endgamepayload.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace arbiter;

namespace {

// The worked example of docs/integration.md ("Worked example"): change both together. The
// payload was produced independently with Python's `cryptography` (AESGCM) and Node's crypto.
const char *const ExampleKeyHex = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";
const char *const ExampleKeyBase64 = "YD3rEBXKcb4rc67whX13gR81LAc7YQjXLZgQowkU3/Q=";
const char *const ExampleNonceHex = "cafebabefacedbaddecaf888";
const char *const ExampleRoundId = "5f158727c9e95137883b8b96";
const char *const ExamplePlaintext = "{\"score\":1234}";
const char *const ExampleCiphertextHex = "dc059b138034b459acaf4848e385";
const char *const ExampleTagHex = "607159f19e8dc26fe4e2cdc3f9f9c428";
const char *const ExamplePayload = "yv66vvrO263eyviI3AWbE4A0tFmsr0hI44VgcVnxno3Cb+TizcP5+cQo";

const char *const CouldNotDecrypt = "The endGame payload could not be decrypted.";
const char *const NotAScore = "The endGame payload decrypted but is not {\"score\": number}.";

QByteArray exampleKey()
{
    return QByteArray::fromHex(ExampleKeyHex);
}
QByteArray exampleNonce()
{
    return QByteArray::fromHex(ExampleNonceHex);
}
QString exampleRound()
{
    return QString::fromLatin1(ExampleRoundId);
}

// nonce ‖ ciphertext ‖ tag, sealed with our wrapper, for rows that need a valid tag over an
// arbitrary plaintext.
QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext, const QString &roundId)
{
    const Result<QByteArray> sealed = crypto::aesGcmEncrypt(key, nonce, plaintext, roundId.toUtf8());
    return sealed ? nonce + sealed.value() : QByteArray();
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray flipBit(QByteArray data, qsizetype index, int bit)
{
    if (index < 0)
        index += data.size();
    data[index] = char(data.at(index) ^ (1 << bit));
    return data;
}

// Exact comparison: QCOMPARE on doubles is fuzzy, and a payload must give back the very score.
bool sameDouble(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

QString randomRoundId()
{
    return QString::fromLatin1(crypto::randomBytes(12).toHex());
}

double randomScore(QRandomGenerator &random, int i)
{
    switch (i % 4) {
    case 0:
        return double(random.bounded(1000000)); // integers, like most game scores
    case 1:
        return random.generateDouble() * 1e6;
    case 2:
        return -random.generateDouble() * 1e3;
    default:
        return std::ldexp(random.generateDouble(), int(random.bounded(-60, 80))); // wide exponents
    }
}

// Python with `cryptography` is an AES-GCM implementation that is not ours; each stdin line is
// either "enc KEYHEX NONCEHEX ROUNDID SCORE" (prints the payload) or "dec KEYHEX ROUNDID PAYLOAD"
// (prints repr of the score).
const char *const PythonScript
    = "import sys, json, base64\n"
      "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
      "for line in sys.stdin:\n"
      "    f = line.split()\n"
      "    if f[0] == 'enc':\n"
      "        key, nonce, rid = bytes.fromhex(f[1]), bytes.fromhex(f[2]), f[3].encode()\n"
      "        pt = json.dumps({'score': float(f[4])}, separators=(',', ':')).encode()\n"
      "        print(base64.b64encode(nonce + AESGCM(key).encrypt(nonce, pt, rid)).decode())\n"
      "    else:\n"
      "        key, rid, raw = bytes.fromhex(f[1]), f[2].encode(), base64.b64decode(f[3], validate=True)\n"
      "        pt = AESGCM(key).decrypt(raw[:12], raw[12:], rid)\n"
      "        score = json.loads(pt)['score']\n"
      "        assert isinstance(score, (int, float))\n"
      "        print(repr(float(score)))\n";

// Empty when Python or its `cryptography` package is missing (the caller skips).
QString pythonWithCryptography()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import cryptography.hazmat.primitives.ciphers.aead")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    return python;
}

// Runs the script over the lines; an empty list means it failed (the reason goes to qWarning).
QList<QByteArray> runPython(const QString &python, const QByteArray &input)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(PythonScript)});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("python failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput().trimmed().split('\n');
}

const char *const SkipNoPython = "no independent AES-GCM available: python3 with the `cryptography` package is "
                                 "missing (apt install python3-cryptography), and the openssl tool cannot do GCM";

} // namespace

class TestEndGamePayload final : public QObject {
    Q_OBJECT

private slots:
    void workedExample();
    void roundTrip_data();
    void roundTrip();
    void acceptedSpellings_data();
    void acceptedSpellings();
    void acceptedPlaintexts_data();
    void acceptedPlaintexts();
    void failures_data();
    void failures();
    void encryptRejectsBadInput_data();
    void encryptRejectsBadInput();
    void pythonPayloadsDecrypt();
    void ourPayloadsDecryptInPython();
};

void TestEndGamePayload::workedExample()
{
    // The key as the admin API returns it (base64) is the same 32 bytes as the hex in the docs.
    QCOMPARE(QByteArray::fromBase64(ExampleKeyBase64), exampleKey());
    QCOMPARE(exampleKey().size(), 32);

    // The parts, byte for byte, as the docs list them.
    const Result<QByteArray> sealed
        = crypto::aesGcmEncrypt(exampleKey(), exampleNonce(), QByteArray(ExamplePlaintext), QByteArray(ExampleRoundId));
    QVERIFY(sealed);
    QCOMPARE(sealed->toHex(), QByteArray(ExampleCiphertextHex) + ExampleTagHex);
    QCOMPARE(QByteArray::fromBase64(ExamplePayload).toHex(),
        QByteArray(ExampleNonceHex) + ExampleCiphertextHex + ExampleTagHex);

    // Our client side writes 1234 as "1234", so it produces the very payload of the docs.
    QCOMPARE(
        encryptEndGamePayload(exampleKey(), exampleNonce(), 1234, exampleRound()), QString::fromLatin1(ExamplePayload));

    const Result<double> score
        = decryptEndGamePayload(exampleKey(), QString::fromLatin1(ExamplePayload), exampleRound());
    QVERIFY2(score, qPrintable(score ? QString() : score.error().detail));
    QVERIFY(sameDouble(*score, 1234));
}

void TestEndGamePayload::roundTrip_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("zero") << 0.0 << QByteArray("{\"score\":0}");
    QTest::newRow("integer") << 1234.0 << QByteArray("{\"score\":1234}");
    QTest::newRow("half") << 12.5 << QByteArray("{\"score\":12.5}");
    QTest::newRow("negative") << -3.25 << QByteArray("{\"score\":-3.25}");
    QTest::newRow("0.1") << 0.1 << QByteArray("{\"score\":0.1}");
    QTest::newRow("one third") << 1.0 / 3 << QByteArray("{\"score\":0.3333333333333333}");
    QTest::newRow("million") << 1e6 << QByteArray("{\"score\":1000000}");
    QTest::newRow("large integer") << 123456789012.0 << QByteArray("{\"score\":123456789012}");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("{\"score\":9007199254740992}");
    QTest::newRow("1e21") << 1e21 << QByteArray("{\"score\":1e+21}");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("{\"score\":1e-07}");
    QTest::newRow("smallest subnormal") << 5e-324 << QByteArray("{\"score\":5e-324}");
    QTest::newRow("largest double") << std::numeric_limits<double>::max()
                                    << QByteArray("{\"score\":1.7976931348623157e+308}");
}

void TestEndGamePayload::roundTrip()
{
    QFETCH(double, score);
    QFETCH(QByteArray, plaintext);

    const QByteArray key = crypto::randomBytes(32);
    const QByteArray nonce = crypto::randomBytes(12);
    const QString roundId = randomRoundId();
    const QString payload = encryptEndGamePayload(key, nonce, score, roundId);
    QVERIFY(!payload.isEmpty());

    const QByteArray raw = QByteArray::fromBase64(payload.toLatin1());
    QCOMPARE(raw.first(12), nonce);
    const Result<QByteArray> opened = crypto::aesGcmDecrypt(key, nonce, raw.sliced(12), roundId.toUtf8());
    QVERIFY(opened);
    QCOMPARE(opened.value(), plaintext);

    const Result<double> back = decryptEndGamePayload(key, payload, roundId);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
    QVERIFY2(sameDouble(*back, score), qPrintable(QString::number(*back, 'g', 17)));
}

// Base64 with or without padding, standard or URL-safe alphabet: one payload, four spellings.
void TestEndGamePayload::acceptedSpellings_data()
{
    QTest::addColumn<QString>("payload");

    // This nonce makes the base64 start with "+/+/", so the two alphabets differ; a 12-byte
    // plaintext makes 40 bytes, so the standard spelling ends in '='.
    const QByteArray nonce = QByteArray::fromHex("fbffbffbffbffbffbffbffbf");
    const QByteArray raw = seal(exampleKey(), nonce, "{\"score\":12}", exampleRound());
    const QString padded = base64(raw);
    QVERIFY(padded.startsWith(QLatin1String("+/+/")) && padded.endsWith(QLatin1Char('=')));

    QTest::newRow("standard, padded") << padded;
    QTest::newRow("standard, unpadded") << QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
    QTest::newRow("url, padded") << QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("url, unpadded") << QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestEndGamePayload::acceptedSpellings()
{
    QFETCH(QString, payload);
    const Result<double> score = decryptEndGamePayload(exampleKey(), payload, exampleRound());
    QVERIFY2(score, qPrintable(score ? QString() : score.error().detail));
    QVERIFY(sameDouble(*score, 12));
}

// Plaintexts other clients' JSON writers produce, all meaning the same score.
void TestEndGamePayload::acceptedPlaintexts_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<double>("score");

    QTest::newRow("python float") << QByteArray("{\"score\":1234.0}") << 1234.0;
    QTest::newRow("exponent") << QByteArray("{\"score\":1.234e3}") << 1234.0;
    QTest::newRow("whitespace") << QByteArray(" {\n  \"score\" : 7\n}\n") << 7.0;
    QTest::newRow("extra members") << QByteArray("{\"score\":5,\"level\":3,\"t\":[1,2]}") << 5.0;
    QTest::newRow("score last") << QByteArray("{\"level\":{\"a\":1,\"b\":2},\"score\":6}") << 6.0;
    QTest::newRow("comma and quote in a string") << QByteArray("{\"a,b\":\"x\\\",y{[\",\"score\":7}") << 7.0;
    QTest::newRow("integer beyond int64")
        << QByteArray("{\"score\":12345678901234567890123}") << 12345678901234567890123.0;
}

void TestEndGamePayload::acceptedPlaintexts()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(double, score);
    const QByteArray raw = seal(exampleKey(), crypto::randomBytes(12), plaintext, exampleRound());
    const Result<double> back = decryptEndGamePayload(exampleKey(), base64(raw), exampleRound());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
    QVERIFY(sameDouble(*back, score));
}

void TestEndGamePayload::failures_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("roundId");
    QTest::addColumn<QString>("detail");

    const QByteArray key = exampleKey();
    const QString round = exampleRound();
    const QByteArray good = QByteArray::fromBase64(ExamplePayload);
    const QString couldNot = QString::fromLatin1(CouldNotDecrypt);
    const QString notAScore = QString::fromLatin1(NotAScore);
    auto sealedWith = [&](const char *plaintext) {
        return base64(seal(key, crypto::randomBytes(12), QByteArray(plaintext), round));
    };

    // Sanity: the untouched payload decrypts, so every row below fails for its own reason.
    QVERIFY(decryptEndGamePayload(key, QString::fromLatin1(ExamplePayload), round));

    // Not base64, or not the one canonical spelling of it.
    QTest::newRow("not base64") << key << QStringLiteral("@@@@not*base64!!") << round << couldNot;
    QTest::newRow("empty") << key << QString() << round << couldNot;
    QTest::newRow("whitespace inside") << key << QString::fromLatin1(ExamplePayload).insert(20, QLatin1Char(' '))
                                       << round << couldNot;
    QTest::newRow("trailing newline") << key << QString::fromLatin1(ExamplePayload) + QLatin1Char('\n') << round
                                      << couldNot;
    {
        // The example has two '+': changing one leaves both alphabets in one string.
        QString mixed = QString::fromLatin1(ExamplePayload);
        QVERIFY(mixed.count(QLatin1Char('+')) == 2);
        mixed[mixed.indexOf(QLatin1Char('+'))] = QLatin1Char('-');
        QTest::newRow("mixed alphabets") << key << mixed << round << couldNot;
    }
    QTest::newRow("non-ASCII") << key << QString::fromLatin1(ExamplePayload) + QChar(0xe9) << round << couldNot;
    {
        // 40 bytes: 52 data characters and "==". Setting the unused low bits of the last data
        // character gives the same bytes to a lenient decoder.
        const QString padded = sealedWith("{\"score\":12}");
        QVERIFY(padded.endsWith(QLatin1String("==")));
        const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        QString nonCanonical = padded;
        const qsizetype last = padded.size() - 3;
        nonCanonical[last] = QLatin1Char(alphabet.at(alphabet.indexOf(padded.at(last).toLatin1()) + 1));
        QCOMPARE(QByteArray::fromBase64(nonCanonical.toLatin1()), QByteArray::fromBase64(padded.toLatin1()));
        QTest::newRow("non-canonical trailing bits") << key << nonCanonical << round << couldNot;
        QTest::newRow("too much padding") << key << padded + QLatin1Char('=') << round << couldNot;
        QTest::newRow("half the padding") << key << padded.chopped(1) << round << couldNot;
    }

    // Too short to hold nonce and tag, or tampered with.
    QTest::newRow("27 bytes") << key << base64(good.first(27)) << round << couldNot;
    QTest::newRow("28 random bytes") << key << base64(crypto::randomBytes(28)) << round << couldNot;
    QTest::newRow("nonce only") << key << base64(good.first(12)) << round << couldNot;
    QTest::newRow("tag cut short") << key << base64(good.chopped(1)) << round << couldNot;
    QTest::newRow("byte appended") << key << base64(good + 'x') << round << couldNot;
    QTest::newRow("flipped nonce bit") << key << base64(flipBit(good, 3, 0)) << round << couldNot;
    QTest::newRow("flipped ciphertext bit") << key << base64(flipBit(good, 12 + 5, 6)) << round << couldNot;
    QTest::newRow("flipped tag bit") << key << base64(flipBit(good, -1, 7)) << round << couldNot;
    QTest::newRow("AAD of another round")
        << key << QString::fromLatin1(ExamplePayload) << QStringLiteral("5f158727c9e95137883b8b97") << couldNot;
    QTest::newRow("empty round id") << key << QString::fromLatin1(ExamplePayload) << QString() << couldNot;
    QTest::newRow("round id upper case") << key << QString::fromLatin1(ExamplePayload) << round.toUpper() << couldNot;
    QTest::newRow("wrong key") << flipBit(key, 0, 0) << QString::fromLatin1(ExamplePayload) << round << couldNot;
    QTest::newRow("short key") << key.first(16) << QString::fromLatin1(ExamplePayload) << round << couldNot;

    // A valid tag (the sender has the key) over something that is not {"score": number}.
    QTest::newRow("28 bytes: empty plaintext") << key << sealedWith("") << round << notAScore;
    QTest::newRow("score is a string") << key << sealedWith("{\"score\":\"12\"}") << round << notAScore;
    QTest::newRow("no score") << key << sealedWith("{\"points\":1}") << round << notAScore;
    QTest::newRow("Score capitalised") << key << sealedWith("{\"Score\":1}") << round << notAScore;
    QTest::newRow("array") << key << sealedWith("[1]") << round << notAScore;
    QTest::newRow("bare number") << key << sealedWith("1234") << round << notAScore;
    QTest::newRow("bare string") << key << sealedWith("\"score\"") << round << notAScore;
    QTest::newRow("overflow to infinity") << key << sealedWith("{\"score\":1e999}") << round << notAScore;
    QTest::newRow("NaN") << key << sealedWith("{\"score\":NaN}") << round << notAScore;
    QTest::newRow("Infinity") << key << sealedWith("{\"score\":Infinity}") << round << notAScore;
    QTest::newRow("null") << key << sealedWith("{\"score\":null}") << round << notAScore;
    QTest::newRow("bool") << key << sealedWith("{\"score\":true}") << round << notAScore;
    QTest::newRow("nested") << key << sealedWith("{\"score\":{\"value\":1}}") << round << notAScore;
    QTest::newRow("in array") << key << sealedWith("{\"score\":[1]}") << round << notAScore;
    QTest::newRow("duplicate score") << key << sealedWith("{\"score\":1,\"score\":999}") << round << notAScore;
    QTest::newRow("duplicate other key") << key << sealedWith("{\"a\":1,\"score\":2,\"a\":3}") << round << notAScore;
    QTest::newRow("garbage after") << key << sealedWith("{\"score\":1} x") << round << notAScore;
    QTest::newRow("unterminated") << key << sealedWith("{\"score\":1") << round << notAScore;
    QTest::newRow("invalid UTF-8") << key << sealedWith("{\"score\":1,\"n\":\"\xff\xfe\"}") << round << notAScore;
    QTest::newRow("hex number") << key << sealedWith("{\"score\":0x10}") << round << notAScore;
}

void TestEndGamePayload::failures()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, payload);
    QFETCH(QString, roundId);
    QFETCH(QString, detail);

    const Result<double> result = decryptEndGamePayload(key, payload, roundId);
    QVERIFY2(!result, qPrintable(result ? QString::number(*result) : QString()));
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().code, QStringLiteral("decrypt_failed"));
    QCOMPARE(result.error().detail, detail);
}

void TestEndGamePayload::encryptRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<double>("score");

    QTest::newRow("key of 31 bytes") << exampleKey().first(31) << exampleNonce() << 1.0;
    QTest::newRow("key of 33 bytes") << exampleKey() + 'k' << exampleNonce() << 1.0;
    QTest::newRow("nonce of 11 bytes") << exampleKey() << exampleNonce().first(11) << 1.0;
    QTest::newRow("nonce of 16 bytes") << exampleKey() << crypto::randomBytes(16) << 1.0;
    QTest::newRow("NaN") << exampleKey() << exampleNonce() << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinity") << exampleKey() << exampleNonce() << std::numeric_limits<double>::infinity();
}

void TestEndGamePayload::encryptRejectsBadInput()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(double, score);
    QCOMPARE(encryptEndGamePayload(key, nonce, score, exampleRound()), QString());
}

// Interoperability: Python encrypts with random keys, nonces, rounds and scores; we decrypt.
void TestEndGamePayload::pythonPayloadsDecrypt()
{
    const QString python = pythonWithCryptography();
    if (python.isEmpty())
        QSKIP(SkipNoPython);

    QRandomGenerator random(QRandomGenerator::global()->generate());
    struct Case {
        QByteArray key;
        QString roundId;
        double score;
    };
    QList<Case> cases;
    QByteArray input;
    for (int i = 0; i < 40; ++i) {
        Case c{crypto::randomBytes(32), randomRoundId(), randomScore(random, i)};
        input += "enc " + c.key.toHex() + ' ' + crypto::randomBytes(12).toHex() + ' ' + c.roundId.toLatin1() + ' '
            + QByteArray::number(c.score, 'g', 17) + '\n';
        cases.append(c);
    }
    const QList<QByteArray> payloads = runPython(python, input);
    QCOMPARE(payloads.size(), cases.size());

    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const QString payload = QString::fromLatin1(payloads.at(i));
        const Result<double> score = decryptEndGamePayload(c.key, payload, c.roundId);
        QVERIFY2(score, qPrintable(payload + QLatin1String(": ") + (score ? QString() : score.error().detail)));
        QVERIFY2(sameDouble(*score, c.score),
            qPrintable(QString::number(*score, 'g', 17) + QLatin1String(" != ") + QString::number(c.score, 'g', 17)));
        // And Python's payload is bound to its round like ours.
        QVERIFY(!decryptEndGamePayload(c.key, payload, randomRoundId()));
    }
}

// Interoperability the other way: we encrypt, Python decrypts and reads the same score.
void TestEndGamePayload::ourPayloadsDecryptInPython()
{
    const QString python = pythonWithCryptography();
    if (python.isEmpty())
        QSKIP(SkipNoPython);

    QRandomGenerator random(QRandomGenerator::global()->generate());
    QList<double> scores;
    QByteArray input;
    for (int i = 0; i < 40; ++i) {
        const QByteArray key = crypto::randomBytes(32);
        const QString roundId = randomRoundId();
        const double score = randomScore(random, i);
        const QString payload = encryptEndGamePayload(key, crypto::randomBytes(12), score, roundId);
        QVERIFY(!payload.isEmpty());
        input += "dec " + key.toHex() + ' ' + roundId.toLatin1() + ' ' + payload.toLatin1() + '\n';
        scores.append(score);
    }
    // The docs' worked example too, so the docs are checked by a second implementation.
    input += QByteArray("dec ") + ExampleKeyHex + ' ' + ExampleRoundId + ' ' + ExamplePayload + '\n';
    scores.append(1234);

    const QList<QByteArray> printed = runPython(python, input);
    QCOMPARE(printed.size(), scores.size());
    for (qsizetype i = 0; i < scores.size(); ++i) {
        bool ok = false;
        const double score = printed.at(i).toDouble(&ok);
        QVERIFY2(ok, printed.at(i).constData());
        QVERIFY2(sameDouble(score, scores.at(i)),
            qPrintable(
                QString::fromLatin1(printed.at(i)) + QLatin1String(" != ") + QString::number(scores.at(i), 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestEndGamePayload)
#include "tst_endgamepayload.moc"
