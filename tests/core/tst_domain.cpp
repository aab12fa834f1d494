// Domain rules: id formats, detection settings, the webhook URL rule, --listen and time formats.

#include "commandline.h"
#include "domain/detectionsettings.h"
#include "domain/ids.h"
#include "outbox/webhookurl.h"
#include "util/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace arbiter;

namespace {

const qint64 kT0 = 1795335600000; // 2026-11-22T08:20:00Z

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", json, qPrintable(error.errorString()));
    return doc.object();
}

// Follows "a.b.c" through nested objects.
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

} // namespace

class TestDomain final : public QObject {
    Q_OBJECT

private slots:
    // ids
    void newObjectIdShapeAndUniqueness();
    void packedObjectIdRoundTrip_data();
    void packedObjectIdRoundTrip();
    void idValidators_data();
    void idValidators();

    // detection settings
    void detectionDefaultRules_data();
    void detectionDefaultRules();
    void detectionDefaultNumbers_data();
    void detectionDefaultNumbers();
    void mergeAcceptsValidPatch_data();
    void mergeAcceptsValidPatch();
    void mergeKeepsEarlierOverrides();
    void mergeRefusesBadPatch_data();
    void mergeRefusesBadPatch();

    // webhook URLs
    void webhookUrl_data();
    void webhookUrl();

    // --listen
    void listenAddress_data();
    void listenAddress();

    // time format
    void formatTime_data();
    void formatTime();
    void parseTime_data();
    void parseTime();
    void timeRoundTrip();
};

// ---- ids -------------------------------------------------------------------------------------

void TestDomain::newObjectIdShapeAndUniqueness()
{
    const QRegularExpression shape(QStringLiteral("^[0-9a-f]{24}$"));
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const QString id = newObjectId(kT0);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(isObjectId(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 10000);
    // The first 4 bytes are the seconds since the epoch, so ids sort by creation.
    QCOMPARE(newObjectId(kT0).left(8), QString::number(kT0 / 1000, 16).rightJustified(8, QLatin1Char('0')));
    QCOMPARE(newObjectId(0).left(8), QStringLiteral("00000000"));
    QVERIFY(newObjectId(kT0) < newObjectId(kT0 + 1000));
    // Within a second, one after another sorts one after another (an index of them only grows at
    // its end), but for the rare wrap of the 3-byte counter.
    int ascending = 0;
    QString previous = newObjectId(kT0);
    for (int i = 0; i < 1000; ++i) {
        const QString next = newObjectId(kT0);
        ascending += next > previous;
        previous = next;
    }
    QVERIFY2(ascending >= 999, qPrintable(QString::number(ascending)));
}

void TestDomain::packedObjectIdRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("packs");
    QTest::newRow("generated") << newObjectId(kT0) << true;
    QTest::newRow("all digits") << QStringLiteral("012345678901234567890123") << true;
    QTest::newRow("all f") << QStringLiteral("ffffffffffffffffffffffff") << true;
    QTest::newRow("zero") << QStringLiteral("000000000000000000000000") << true;
    QTest::newRow("23 chars") << QStringLiteral("ffffffffffffffffffffff0") << false;
    QTest::newRow("25 chars") << QStringLiteral("ffffffffffffffffffffff000") << false;
    QTest::newRow("uppercase") << QStringLiteral("FFFFFFFFFFFFFFFFFFFFFFFF") << false;
    QTest::newRow("not hex") << QStringLiteral("fffffffffffffffffffffffg") << false;
    QTest::newRow("empty") << QString() << false;
    // Around each range of digits, and characters whose low byte is a digit.
    QTest::newRow("/ before 0") << QStringLiteral("fffffffffffffffffffffff/") << false;
    QTest::newRow(": after 9") << QStringLiteral(":fffffffffffffffffffffff") << false;
    QTest::newRow("` before a") << QStringLiteral("ffffffffffffffff`fffffff") << false;
    QTest::newRow("g after f, first half") << QStringLiteral("fffffffffffffffgffffffff") << false;
    QTest::newRow("U+0130 (low byte '0')") << (QStringLiteral("fffffffffffffffffffffff") + QChar(0x130)) << false;
    QTest::newRow("U+0166 (low byte 'f')") << (QChar(0x166) + QStringLiteral("fffffffffffffffffffffff")) << false;
    QTest::newRow("NUL") << (QStringLiteral("fffffffffff") + QChar(0) + QStringLiteral("ffffffffffff")) << false;
    QTest::newRow("every digit in each half") << QStringLiteral("0123456789abcdef9876abcd") << true;
    QTest::newRow("22 + U+00E9: 24 bytes of UTF-8") << (QStringLiteral("ffffffffffffffffffffff") + QChar(0xe9)) << false;
    // UTF-8 E1 B0 B0: each byte without its top bit is a hex digit ('a', '0', '0').
    QTest::newRow("21 + U+1C30: 24 bytes of UTF-8") << (QStringLiteral("fffffffffffffffffffff") + QChar(0x1c30)) << false;
}

void TestDomain::packedObjectIdRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, packs);
    const std::optional<PackedObjectId> packed = packObjectId(text);
    QCOMPARE(packed.has_value(), packs);
    QCOMPARE(isObjectId(text), packs);
    QCOMPARE(packObjectIdUtf8(text.toUtf8()), packed); // what start-up reads straight from SQLite
    if (packs) {
        QCOMPARE(unpackObjectId(*packed), text);
        char16_t buffer[24];
        QCOMPARE(writeObjectId(*packed, buffer), QStringView(text));
        QCOMPARE(packed->isNull(), text == QStringLiteral("000000000000000000000000"));
    }
}

void TestDomain::idValidators_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    const QString a1 = QStringLiteral("a");
    const auto n = [](int count, char c = 'a') { return QString(count, QLatin1Char(c)); };

    // ObjectId: exactly 24 lowercase hex.
    QTest::newRow("object: 24 lower hex") << "object" << QStringLiteral("0123456789abcdef01234567") << true;
    QTest::newRow("object: empty") << "object" << QString() << false;
    QTest::newRow("object: 23") << "object" << n(23, 'f') << false;
    QTest::newRow("object: 25") << "object" << n(25, 'f') << false;
    QTest::newRow("object: upper case") << "object" << QStringLiteral("0123456789ABCDEF01234567") << false;
    QTest::newRow("object: g") << "object" << QStringLiteral("0123456789abcdef0123456g") << false;
    QTest::newRow("object: space") << "object" << QStringLiteral("0123456789abcdef0123456 ") << false;

    // Opaque (game, board, flag): 1..64 of [A-Za-z0-9._:-].
    QTest::newRow("opaque: length 0") << "opaque" << QString() << false;
    QTest::newRow("opaque: length 1") << "opaque" << a1 << true;
    QTest::newRow("opaque: length 64") << "opaque" << n(64) << true;
    QTest::newRow("opaque: length 65") << "opaque" << n(65) << false;
    QTest::newRow("opaque: length 128") << "opaque" << n(128) << false;
    QTest::newRow("opaque: every allowed char") << "opaque" << QStringLiteral("AZaz09._:-") << true;
    QTest::newRow("opaque: @") << "opaque" << QStringLiteral("a@b") << false;
    QTest::newRow("opaque: slash") << "opaque" << QStringLiteral("a/b") << false;
    QTest::newRow("opaque: space") << "opaque" << QStringLiteral("a b") << false;
    QTest::newRow("opaque: percent") << "opaque" << QStringLiteral("a%20") << false;
    QTest::newRow("opaque: question mark") << "opaque" << QStringLiteral("a?") << false;
    QTest::newRow("opaque: e acute") << "opaque" << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("opaque: fullwidth digit") << "opaque" << QStringLiteral("\uff11") << false;
    QTest::newRow("opaque: NUL") << "opaque" << QString(QChar(0)) << false;

    // Player: 1..128 of [A-Za-z0-9._:@-].
    QTest::newRow("player: length 0") << "player" << QString() << false;
    QTest::newRow("player: length 1") << "player" << a1 << true;
    QTest::newRow("player: length 64") << "player" << n(64) << true;
    QTest::newRow("player: length 65") << "player" << n(65) << true;
    QTest::newRow("player: length 128") << "player" << n(128) << true;
    QTest::newRow("player: length 129") << "player" << n(129) << false;
    QTest::newRow("player: @everyone") << "player" << QStringLiteral("@everyone") << true;
    QTest::newRow("player: email-like") << "player" << QStringLiteral("j.doe-1_x:steam@example.com") << true;
    QTest::newRow("player: every allowed char") << "player" << QStringLiteral("AZaz09._:@-") << true;
    QTest::newRow("player: space") << "player" << QStringLiteral("john doe") << false;
    QTest::newRow("player: plus") << "player" << QStringLiteral("a+b") << false;
    QTest::newRow("player: slash") << "player" << QStringLiteral("a/b") << false;
    QTest::newRow("player: hash") << "player" << QStringLiteral("#1") << false;
    QTest::newRow("player: e acute") << "player" << QStringLiteral("\u00e9") << false;
    QTest::newRow("player: emoji") << "player" << QStringLiteral("\U0001F600") << false;
    QTest::newRow("player: newline") << "player" << QStringLiteral("a\n") << false;

    // Device: 1..128 printable ASCII.
    QTest::newRow("device: length 0") << "device" << QString() << false;
    QTest::newRow("device: length 1") << "device" << a1 << true;
    QTest::newRow("device: length 128") << "device" << n(128) << true;
    QTest::newRow("device: length 129") << "device" << n(129) << false;
    QTest::newRow("device: space and punctuation")
        << "device" << QStringLiteral("iPhone 15 Pro (A2848) #1 ~/{}") << true;
    QTest::newRow("device: only a space") << "device" << QStringLiteral(" ") << true;
    QTest::newRow("device: tilde") << "device" << QStringLiteral("~") << true;
    QTest::newRow("device: tab") << "device" << QStringLiteral("a\tb") << false;
    QTest::newRow("device: newline") << "device" << QStringLiteral("a\nb") << false;
    QTest::newRow("device: DEL") << "device" << QStringLiteral("a\x7f") << false;
    QTest::newRow("device: e acute") << "device" << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("device: NUL") << "device" << QString(QChar(0)) << false;

    // SHA-256: exactly 64 hex, either case.
    const QString sha = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha: lower") << "sha" << sha << true;
    QTest::newRow("sha: upper") << "sha" << sha.toUpper() << true;
    QTest::newRow("sha: mixed") << "sha" << (sha.left(32).toUpper() + sha.mid(32)) << true;
    QTest::newRow("sha: length 0") << "sha" << QString() << false;
    QTest::newRow("sha: length 1") << "sha" << QStringLiteral("e") << false;
    QTest::newRow("sha: length 63") << "sha" << sha.left(63) << false;
    QTest::newRow("sha: length 65") << "sha" << (sha + QLatin1Char('0')) << false;
    QTest::newRow("sha: length 128") << "sha" << (sha + sha) << false;
    QTest::newRow("sha: g") << "sha" << (sha.left(63) + QLatin1Char('g')) << false;
    QTest::newRow("sha: space") << "sha" << (sha.left(63) + QLatin1Char(' ')) << false;
    QTest::newRow("sha: fullwidth digit") << "sha" << (sha.left(63) + QChar(0xff10)) << false;
}

void TestDomain::idValidators()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    std::function<bool(QStringView)> check;
    if (kind == QLatin1String("object"))
        check = isObjectId;
    else if (kind == QLatin1String("opaque"))
        check = isOpaqueId;
    else if (kind == QLatin1String("player"))
        check = isPlayerId;
    else if (kind == QLatin1String("device"))
        check = isDeviceId;
    else
        check = isSha256Hex;
    QCOMPARE(check(text), valid);
}

// ---- detection settings ----------------------------------------------------------------------

void TestDomain::detectionDefaultRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("confidence");
    // detection.md §2, the rules a game can tune.
    QTest::newRow("rate_limit") << "rate_limit"
                                << "high";
    QTest::newRow("duplicate") << "duplicate"
                               << "medium";
    QTest::newRow("velocity") << "velocity"
                              << "medium";
    QTest::newRow("impossible_value") << "impossible_value"
                                      << "high";
    QTest::newRow("outlier") << "outlier"
                             << "medium";
    QTest::newRow("new_player_top") << "new_player_top"
                                    << "medium";
    QTest::newRow("bot_cadence") << "bot_cadence"
                                 << "medium";
    QTest::newRow("linked_accounts") << "linked_accounts"
                                     << "low";
}

void TestDomain::detectionDefaultRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, confidence);
    const QJsonObject defaults = defaultDetectionSettings();
    const QJsonObject settings = defaults.value(QStringLiteral("rules")).toObject().value(rule).toObject();
    QVERIFY2(!settings.isEmpty(), qPrintable(rule + QStringLiteral(" is missing")));
    QCOMPARE(settings.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(settings.value(QStringLiteral("confidence")).toString(), confidence);
    // Effective settings of a game with no overrides are the defaults.
    QCOMPARE(effectiveDetectionSettings({}), defaults);
}

void TestDomain::detectionDefaultNumbers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");

    QTest::newRow("rate limit A") << "rateLimitPerHour.A" << 100.0;
    QTest::newRow("rate limit B") << "rateLimitPerHour.B" << 50.0;
    QTest::newRow("rate limit C") << "rateLimitPerHour.C" << 20.0;
    QTest::newRow("outlier z A") << "outlierZ.A" << 4.0;
    QTest::newRow("outlier z B") << "outlierZ.B" << 3.0;
    QTest::newRow("outlier z C") << "outlierZ.C" << 2.5;
    QTest::newRow("duplicate window") << "duplicateWindowSeconds" << 300.0;
    QTest::newRow("velocity") << "velocityMinSeconds" << 2.0;
    QTest::newRow("outlier min samples") << "outlierMinSamples" << 50.0;
    QTest::newRow("new player top min players") << "newPlayerTopMinPlayers" << 50.0;
    QTest::newRow("new player top earlier scores") << "newPlayerTopMaxEarlierScores" << 3.0;
    QTest::newRow("new player top rank") << "newPlayerTopRank" << 10.0;
    QTest::newRow("bot cadence intervals") << "botCadenceIntervals" << 10.0;
    QTest::newRow("bot cadence cv") << "botCadenceMaxCv" << 0.05;
    QTest::newRow("linked cluster") << "linkedClusterSize" << 3.0;
    QTest::newRow("streak gap") << "streakGapMinutes" << 90.0;
    QTest::newRow("escalate within") << "escalateWithinMinutes" << 30.0;
    QTest::newRow("watchlist after") << "watchlistAfterAlerts" << 3.0;
    QTest::newRow("big after similar") << "bigAfterSimilarAlerts" << 5.0;
    QTest::newRow("ban after similar") << "banAfterSimilarAlerts" << 15.0;
}

void TestDomain::detectionDefaultNumbers()
{
    QFETCH(QString, path);
    QFETCH(double, value);
    const QJsonValue got = at(defaultDetectionSettings(), path);
    QVERIFY2(got.isDouble(), qPrintable(path));
    QCOMPARE(got.toDouble(), value);
}

void TestDomain::mergeAcceptsValidPatch_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("effective");

    QTest::newRow("rule confidence") << object(R"({"rules":{"velocity":{"confidence":"high"}}})")
                                     << "rules.velocity.confidence" << QJsonValue(QStringLiteral("high"));
    QTest::newRow("rule off") << object(R"({"rules":{"outlier":{"enabled":false}}})") << "rules.outlier.enabled"
                              << QJsonValue(false);
    QTest::newRow("tier number") << object(R"({"rateLimitPerHour":{"C":5}})") << "rateLimitPerHour.C" << QJsonValue(5);
    QTest::newRow("fractional threshold") << object(R"({"outlierZ":{"B":3.5}})") << "outlierZ.B" << QJsonValue(3.5);
    QTest::newRow("top-level number") << object(R"({"velocityMinSeconds":0.5})") << "velocityMinSeconds"
                                      << QJsonValue(0.5);
    QTest::newRow("zero") << object(R"({"duplicateWindowSeconds":0})") << "duplicateWindowSeconds" << QJsonValue(0);
    QTest::newRow("empty patch") << QJsonObject() << "rules.velocity.confidence"
                                 << QJsonValue(QStringLiteral("medium"));
}

void TestDomain::mergeAcceptsValidPatch()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, path);
    QFETCH(QJsonValue, effective);

    Result<QJsonObject> merged = mergeDetectionOverrides({}, patch);
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().fields.value(0).field));
    // Only the overrides are stored, not the whole defaults.
    QCOMPARE(merged.value(), patch);

    const QJsonObject settings = effectiveDetectionSettings(merged.value());
    QCOMPARE(at(settings, path).toDouble(), effective.toDouble());
    QCOMPARE(at(settings, path).toVariant(), effective.toVariant());
    // Everything else keeps its default.
    QCOMPARE(at(settings, QStringLiteral("rateLimitPerHour.A")).toDouble(), 100.0);
    QCOMPARE(at(settings, QStringLiteral("rules.rate_limit.confidence")).toString(), QStringLiteral("high"));
    QCOMPARE(at(settings, QStringLiteral("rules.linked_accounts.enabled")).toBool(), true);
    if (!path.startsWith(QLatin1String("rules.velocity")))
        QCOMPARE(at(settings, QStringLiteral("rules.velocity.confidence")).toString(), QStringLiteral("medium"));
    QCOMPARE(settings.keys(), defaultDetectionSettings().keys());
}

void TestDomain::mergeKeepsEarlierOverrides()
{
    Result<QJsonObject> first = mergeDetectionOverrides({}, object(R"({"rules":{"velocity":{"enabled":false}}})"));
    QVERIFY(first.ok());
    Result<QJsonObject> second = mergeDetectionOverrides(
        first.value(), object(R"({"rules":{"velocity":{"confidence":"high"}},"outlierZ":{"A":5}})"));
    QVERIFY(second.ok());
    const QJsonObject settings = effectiveDetectionSettings(second.value());
    QCOMPARE(at(settings, QStringLiteral("rules.velocity.enabled")).toBool(), false);
    QCOMPARE(at(settings, QStringLiteral("rules.velocity.confidence")).toString(), QStringLiteral("high"));
    QCOMPARE(at(settings, QStringLiteral("outlierZ.A")).toDouble(), 5.0);
    QCOMPARE(at(settings, QStringLiteral("outlierZ.B")).toDouble(), 3.0);

    // A refused patch leaves nothing half-applied: the caller keeps its overrides.
    Result<QJsonObject> refused = mergeDetectionOverrides(second.value(), object(R"({"outlierZ":{"A":6},"nope":1})"));
    QVERIFY(!refused.ok());
}

void TestDomain::mergeRefusesBadPatch_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("unknown top-level key") << object(R"({"bogus":1})") << QStringList{"detection.bogus"};
    QTest::newRow("unknown rule") << object(R"({"rules":{"velocty":{"enabled":true}}})")
                                  << QStringList{"detection.rules.velocty"};
    QTest::newRow("unknown rule field") << object(R"({"rules":{"velocity":{"enabeld":true}}})")
                                        << QStringList{"detection.rules.velocity.enabeld"};
    QTest::newRow("unknown tier") << object(R"({"outlierZ":{"D":1}})") << QStringList{"detection.outlierZ.D"};
    QTest::newRow("enabled not a bool") << object(R"({"rules":{"velocity":{"enabled":"yes"}}})")
                                        << QStringList{"detection.rules.velocity.enabled"};
    QTest::newRow("enabled as a number") << object(R"({"rules":{"velocity":{"enabled":1}}})")
                                         << QStringList{"detection.rules.velocity.enabled"};
    QTest::newRow("bad confidence word") << object(R"({"rules":{"velocity":{"confidence":"extreme"}}})")
                                         << QStringList{"detection.rules.velocity.confidence"};
    QTest::newRow("confidence as a number")
        << object(R"({"rules":{"duplicate":{"confidence":3}}})") << QStringList{"detection.rules.duplicate.confidence"};
    QTest::newRow("empty confidence") << object(R"({"rules":{"duplicate":{"confidence":""}}})")
                                      << QStringList{"detection.rules.duplicate.confidence"};
    QTest::newRow("rules not an object") << object(R"({"rules":"all"})") << QStringList{"detection.rules"};
    QTest::newRow("rule not an object") << object(R"({"rules":{"velocity":true}})")
                                        << QStringList{"detection.rules.velocity"};
    QTest::newRow("negative number") << object(R"({"rateLimitPerHour":{"A":-1}})")
                                     << QStringList{"detection.rateLimitPerHour.A"};
    QTest::newRow("number as a string") << object(R"({"rateLimitPerHour":{"A":"100"}})")
                                        << QStringList{"detection.rateLimitPerHour.A"};
    QTest::newRow("tiers as a number") << object(R"({"rateLimitPerHour":50})")
                                       << QStringList{"detection.rateLimitPerHour"};
    QTest::newRow("null number") << object(R"({"duplicateWindowSeconds":null})")
                                 << QStringList{"detection.duplicateWindowSeconds"};
    QTest::newRow("two problems") << object(R"({"bogus":1,"velocityMinSeconds":-2})")
                                  << QStringList{"detection.bogus", "detection.velocityMinSeconds"};
}

void TestDomain::mergeRefusesBadPatch()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, fields);

    Result<QJsonObject> merged = mergeDetectionOverrides({}, patch);
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().status, 400);
    QCOMPARE(merged.error().code, QStringLiteral("invalid_body"));
    QStringList got;
    for (const FieldError &field : merged.error().fields) {
        got.append(field.field);
        QVERIFY2(!field.message.isEmpty(), qPrintable(field.field));
    }
    got.sort();
    QCOMPARE(got, fields);
}

// ---- webhook URLs ----------------------------------------------------------------------------

void TestDomain::webhookUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    // "No webhook" is the game's empty setting, not a URL: the rule itself refuses "".
    QTest::newRow("empty is not a URL") << "" << false;
    QTest::newRow("https") << "https://example.com/hooks/arbiter" << true;
    QTest::newRow("https with port and query") << "https://hooks.example.com:8443/a?b=c" << true;
    QTest::newRow("https upper-case scheme") << "HTTPS://EXAMPLE.COM/x" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9000/hook" << true;
    QTest::newRow("http 127.0.0.1 no port") << "http://127.0.0.1" << true;
    QTest::newRow("http 127.1.2.3 (loopback net)") << "http://127.1.2.3/" << true;
    QTest::newRow("http localhost") << "http://localhost/hook" << true;
    QTest::newRow("http localhost with port") << "http://localhost:8080" << true;
    QTest::newRow("http [::1]:9") << "http://[::1]:9" << true;
    QTest::newRow("http example.com") << "http://example.com" << false;
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/hook" << false;
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/hook" << false;
    QTest::newRow("http 192.168.1.1") << "http://192.168.1.1/" << false;
    QTest::newRow("http [::]") << "http://[::]:9/" << false;
    QTest::newRow("http localhost as userinfo") << "http://localhost@evil.example.com/" << false;
    QTest::newRow("http localhost suffix") << "http://localhost.evil.example.com/" << false;
    QTest::newRow("http 127.0.0.1 prefix of a name") << "http://127.0.0.1.nip.io/" << false;
    QTest::newRow("http localhost after a fragment") << "http://evil.example.com#@localhost" << false;
    QTest::newRow("ftp") << "ftp://example.com/file" << false;
    QTest::newRow("ftp localhost") << "ftp://localhost/file" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("https without host") << "https://" << false;
    QTest::newRow("https bad port") << "https://example.com:99999/" << false;
    QTest::newRow("no scheme") << "example.com/hook" << false;
    QTest::newRow("garbage") << "not a url at all" << false;
    QTest::newRow("garbage with colon") << "::::" << false;
    QTest::newRow("too long") << (QStringLiteral("https://example.com/") + QString(3000, QLatin1Char('a'))) << false;
}

void TestDomain::webhookUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedWebhookUrl(url), allowed);
}

// ---- --listen --------------------------------------------------------------------------------

void TestDomain::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    QTest::newRow("ipv4") << "127.0.0.1:8787" << true << "127.0.0.1" << 8787;
    QTest::newRow("ipv4 port 0") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("ipv4 port 65535") << "127.0.0.1:65535" << true << "127.0.0.1" << 65535;
    QTest::newRow("any ipv4") << "0.0.0.0:9000" << true << "0.0.0.0" << 9000;
    QTest::newRow("ipv6 loopback") << "[::1]:0" << true << "::1" << 0;
    QTest::newRow("ipv6 any") << "[::]:8080" << true << "::" << 8080;
    QTest::newRow("localhost") << "localhost:8787" << true << "127.0.0.1" << 8787;
    QTest::newRow("port 65536") << "127.0.0.1:65536" << false << "" << 0;
    QTest::newRow("port 99999") << "127.0.0.1:99999" << false << "" << 0;
    QTest::newRow("negative port") << "127.0.0.1:-1" << false << "" << 0;
    QTest::newRow("port not a number") << "127.0.0.1:http" << false << "" << 0;
    QTest::newRow("empty port") << "127.0.0.1:" << false << "" << 0;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
    QTest::newRow("no host") << ":8787" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("host name") << "example.com:80" << false << "" << 0;
    QTest::newRow("bad ipv4") << "256.1.1.1:80" << false << "" << 0;
    QTest::newRow("unclosed bracket") << "[::1:80" << false << "" << 0;
    QTest::newRow("garbage") << "not an address" << false << "" << 0;
}

void TestDomain::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);

    Result<ListenAddress> parsed = parseListenAddress(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->address, QHostAddress(address));
        QCOMPARE(int(parsed->port), port);
    } else {
        QVERIFY(!parsed.error().detail.isEmpty());
        QVERIFY2(parsed.error().detail.contains(text), qPrintable(parsed.error().detail)); // says what was wrong
    }
}

// ---- time format -----------------------------------------------------------------------------

void TestDomain::formatTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole second") << kT0 << "2026-11-22T08:20:00.000Z";
    QTest::newRow("milliseconds") << qint64(1795422330123) << "2026-11-23T08:25:30.123Z";
    QTest::newRow("one millisecond") << qint64(kT0 + 1) << "2026-11-22T08:20:00.001Z";
    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000Z";
    QTest::newRow("before the epoch") << qint64(-1) << "1969-12-31T23:59:59.999Z";
    QTest::newRow("leap day") << qint64(1709164800999) << "2024-02-29T00:00:00.999Z";
}

void TestDomain::formatTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(arbiter::formatTime(ms), text);
    QCOMPARE(arbiter::formatTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)), text);
    // A time given in another offset is still printed in UTC with Z.
    QCOMPARE(arbiter::formatTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 5 * 3600 + 1800)), text);
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")).match(text).hasMatch());
}

void TestDomain::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("Z with ms") << "2026-11-22T10:15:30.123Z" << true << qint64(1795342530123);
    QTest::newRow("Z without ms") << "2026-11-22T10:15:30Z" << true << qint64(1795342530000);
    QTest::newRow("positive offset") << "2026-11-22T12:15:30.123+02:00" << true << qint64(1795342530123);
    QTest::newRow("negative offset") << "2026-11-22T05:15:30.123-05:00" << true << qint64(1795342530123);
    QTest::newRow("zero offset") << "2026-11-22T10:15:30.123+00:00" << true << qint64(1795342530123);
    QTest::newRow("no offset") << "2026-11-22T10:15:30.123" << false << qint64(0);
    QTest::newRow("date only") << "2026-11-22" << false << qint64(0);
    QTest::newRow("month 13") << "2026-13-22T10:15:30.123Z" << false << qint64(0);
    QTest::newRow("February 30") << "2026-02-30T10:15:30.123Z" << false << qint64(0);
    QTest::newRow("hour 25") << "2026-11-22T25:15:30.123Z" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("garbage") << "yesterday at noon, roughly" << false << qint64(0);
}

void TestDomain::parseTime()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = arbiter::parseTime(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, ms);
}

void TestDomain::timeRoundTrip()
{
    for (qint64 ms : {qint64(0), qint64(1), qint64(999), kT0, kT0 + 123, qint64(1795422330123), qint64(4102444799999),
             qint64(951782400000) /* 2000-02-29 */}) {
        const QString text = arbiter::formatTime(ms);
        const std::optional<qint64> back = arbiter::parseTime(text);
        QVERIFY2(back.has_value(), qPrintable(text));
        QCOMPARE(*back, ms);
    }
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
