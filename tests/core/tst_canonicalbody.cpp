// canonicalBody: a score body written as QJsonDocument::toJson(Compact) would, byte for byte (the
// stored body and the replay hash depend on it), whether it takes the direct path or Qt's.

#include "api/jsonreader.h"
#include "scores/scorerequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace arbiter;

namespace {

QJsonObject parsed(const QByteArray &text)
{
    Result<QJsonValue> value = JsonReader::parse(text); // as a request body is read
    return value ? value->toObject() : QJsonObject();
}

QByteArray byQt(const QJsonObject &body) { return QJsonDocument(body).toJson(QJsonDocument::Compact); }

QByteArray randomNumber(QRandomGenerator &random)
{
    switch (random.bounded(6)) {
    case 0: return QByteArray::number(random.bounded(-1000, 1000));
    case 1: return QByteArray::number(qint64(random.generate64() >> random.bounded(1, 63)) * (random.bounded(2) ? 1 : -1));
    case 2: return QByteArray::number(random.bounded(100000)) + '.' + QByteArray::number(random.bounded(1000));
    case 3: return QByteArray::number(random.bounded(1, 10)) + 'e' + QByteArray::number(random.bounded(-30, 30));
    case 4: return QByteArray::number(random.generateDouble() * std::pow(10.0, random.bounded(-8, 20)), 'g', 17);
    default: return "-0." + QByteArray::number(random.bounded(1, 99999));
    }
}

QByteArray randomString(QRandomGenerator &random)
{
    static const QList<QByteArray> pieces{"a", "Z", "0", "-", "_", " ", "~", "\\\"", "\\\\", "\\n", "\\u0001", "\\u00e9",
                                          "\xc3\xa9", "\xe2\x82\xac", "\\ud83d\\ude00", "/", "\\/", "\x7f"};
    QByteArray s = "\"";
    for (int i = random.bounded(0, 12); i > 0; --i)
        s += pieces[random.bounded(pieces.size())];
    return s + '"';
}

} // namespace

class TestCanonicalBody final : public QObject {
    Q_OBJECT

private slots:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
    void sameBytesAsQtForRandomBodies();
};

void TestCanonicalBody::sameBytesAsQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("a score body") << QByteArray(R"({"event_uuid":"123e4567-e89b-12d3-a456-426614174000","score":46609,"player_id":"p1_504"})");
    QTest::newRow("keys out of order") << QByteArray(R"({"z":1,"a":2,"M":3,"_":4,"0":5})");
    QTest::newRow("log_multiplier") << QByteArray(R"({"bet":2.5,"win":0,"bonus":true,"event_uuid":"x"})");
    QTest::newRow("false and null") << QByteArray(R"({"bonus":false,"metadata":null})");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("empty string") << QByteArray(R"({"s":""})");
    QTest::newRow("fractions") << QByteArray(R"({"a":0.1,"b":-2.5,"c":123.456,"d":1e-7,"e":0.000123,"f":1.5e-300})");
    QTest::newRow("integers in every form") << QByteArray(R"({"a":1e3,"b":2.0,"c":-7,"d":100000000,"e":1E15,"f":-0.0e5})");
    QTest::newRow("zero and minus zero") << QByteArray(R"({"a":0,"b":-0,"c":0.0,"d":-0.0})");
    QTest::newRow("just below 2^53") << QByteArray(R"({"a":9007199254740991,"b":-9007199254740991})");
    QTest::newRow("2^53 and beyond") << QByteArray(R"({"a":9007199254740992,"b":9007199254740993,"c":123456789012345678})");
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"a":123456789012345678901234567890,"b":1e20,"c":1.7976931348623157e308})");
    QTest::newRow("underflow") << QByteArray(R"({"a":1e-999})");
    QTest::newRow("escapes in a value") << QByteArray(R"({"s":"a\"b\\c\nd\u0001e\/f"})");
    QTest::newRow("escape in a key") << QByteArray(R"({"a\tb":1})");
    QTest::newRow("non-ASCII") << QByteArray("{\"s\":\"caf\xc3\xa9\",\"k\xc3\xa9y\":1,\"e\":\"\\ud83d\\ude00\"}");
    QTest::newRow("DEL") << QByteArray("{\"s\":\"\x7f\"}");
    QTest::newRow("nested metadata") << QByteArray(R"({"metadata":{"lap":3,"car":"red","splits":[1.5,2,null]},"score":10})");
    QTest::newRow("an array") << QByteArray(R"({"a":[]})");
}

void TestCanonicalBody::sameBytesAsQt()
{
    QFETCH(QByteArray, body);
    const QJsonObject object = parsed(body);
    QVERIFY(!object.isEmpty() || body == "{}");
    QCOMPARE(canonicalBody(object), byQt(object));
}

void TestCanonicalBody::sameBytesAsQtForRandomBodies()
{
    QRandomGenerator random(20261123); // fixed: a failure can be replayed
    for (int round = 0; round < 5000; ++round) {
        QByteArray text = "{";
        for (int i = random.bounded(0, 7); i > 0; --i) {
            if (text.size() > 1)
                text += ',';
            text += "\"k" + QByteArray::number(random.bounded(1000)) + "\":";
            switch (random.bounded(4)) {
            case 0: text += randomNumber(random); break;
            case 1: text += randomString(random); break;
            case 2: text += random.bounded(2) ? "true" : "false"; break;
            default: text += "null"; break;
            }
        }
        text += '}';
        Result<QJsonValue> value = JsonReader::parse(text);
        if (!value)
            continue; // a repeated key
        const QJsonObject object = value->toObject();
        QVERIFY2(canonicalBody(object) == byQt(object), text.constData());
    }
}

QTEST_GUILESS_MAIN(TestCanonicalBody)
#include "tst_canonicalbody.moc"
