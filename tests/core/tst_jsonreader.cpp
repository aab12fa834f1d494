// JsonReader: strict JSON for request bodies; every refusal is 400 invalid_json.

#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace arbiter;

namespace {

QByteArray nested(int depth, const QByteArray &open, const QByteArray &inner, const QByteArray &close)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

QJsonValue nestedArrays(int depth, const QJsonValue &inner)
{
    QJsonValue value = inner;
    for (int i = 0; i < depth; ++i)
        value = QJsonArray{value};
    return value;
}

// Structural equality with every number compared as a double: QJsonArray/QJsonObject compare
// their elements as CBOR values, where the integer 1 and the double 1.0 differ.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!jsonEqual(it.value(), y.value(it.key())))
                return false;
        return true;
    }
    default:
        return a == b;
    }
}

QByteArray dump(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonReader final : public QObject {
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void roundTripsThroughQJsonDocument_data();
    void roundTripsThroughQJsonDocument();
    void rejects_data();
    void rejects();
    void utf8Validation_data();
    void utf8Validation();
};

void TestJsonReader::accepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("empty object") << QByteArray("{}") << QJsonValue(QJsonObject{});
    QTest::newRow("empty array") << QByteArray("[]") << QJsonValue(QJsonArray{});
    QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ")
                                       << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}});
    QTest::newRow("object") << QByteArray(
        R"({"name":"Space Race","antiCheat":true,"testMode":false,"webhookUrl":null,"n":-12.5})")
                            << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Space Race")},
                                   {QStringLiteral("antiCheat"), true}, {QStringLiteral("testMode"), false},
                                   {QStringLiteral("webhookUrl"), QJsonValue::Null}, {QStringLiteral("n"), -12.5}});
    QTest::newRow("same key in sibling objects")
        << QByteArray(R"([{"k":1},{"k":2}])")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("k"), 1}}, QJsonObject{{QStringLiteral("k"), 2}}});
    QTest::newRow("same key at two levels") << QByteArray(
        R"({"k":{"k":1}})") << QJsonValue(QJsonObject{{QStringLiteral("k"), QJsonObject{{QStringLiteral("k"), 1}}}});
    QTest::newRow("top-level number") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("top-level string") << QByteArray("\"x\"") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("top-level true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("top-level null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("zero") << QByteArray("0") << QJsonValue(0);
    QTest::newRow("negative zero") << QByteArray("-0") << QJsonValue(-0.0);
    QTest::newRow("fraction and exponent")
        << QByteArray("[1.5e3,2E-2,-3e+2,0.25]") << QJsonValue(QJsonArray{1500.0, 0.02, -300.0, 0.25});
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308")
                                    << QJsonValue(std::numeric_limits<double>::max());
    QTest::newRow("underflow is zero") << QByteArray("1e-999") << QJsonValue(0.0);
    QTest::newRow("big integer") << QByteArray("123456789012345678901234567890") << QJsonValue(1.2345678901234568e29);
    QTest::newRow("simple escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")")
                                    << QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t"));
    QTest::newRow("\\u escape") << QByteArray(R"("caf\u00e9")") << QJsonValue(QStringLiteral("caf\u00e9"));
    QTest::newRow("\\u escape upper-case hex")
        << QByteArray(R"("\u00E9\u20AC")") << QJsonValue(QStringLiteral("\u00e9\u20ac"));
    QTest::newRow("\\u0000") << QByteArray(R"("a\u0000b")") << QJsonValue(QStringView(u"a\0b", 3).toString());
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QJsonValue(QStringLiteral("\U0001F600"));
    QTest::newRow("surrogate pair upper-case")
        << QByteArray(R"("x\uD834\uDD1Ey")") << QJsonValue(QStringLiteral("x\U0001D11Ey"));
    QTest::newRow("raw UTF-8") << QByteArray("\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"")
                               << QJsonValue(QStringLiteral("caf\u00e9 \u20ac \U0001F600"));
    QTest::newRow("raw UTF-8 before an escape")
        << QByteArray("\"\xc3\xa9\\n\xf0\x9f\x98\x80\"") << QJsonValue(QStringLiteral("\u00e9\n\U0001F600"));
    QTest::newRow("U+10FFFF") << QByteArray("\"\xf4\x8f\xbf\xbf\"") << QJsonValue(QStringLiteral("\U0010FFFF"));
    QTest::newRow("DEL is not a control char") << QByteArray("\"\x7f\"") << QJsonValue(QStringLiteral("\x7f"));
    QTest::newRow("escaped key") << QByteArray(R"({"\u0061b":1})")
                                 << QJsonValue(QJsonObject{{QStringLiteral("ab"), 1}});
    QTest::newRow("depth 64 arrays") << nested(64, "[", "", "]") << nestedArrays(63, QJsonArray{});
    QTest::newRow("depth 64 arrays around a number") << nested(64, "[", "1", "]") << nestedArrays(64, 1);
    QTest::newRow("depth 1 array") << nested(1, "[", "1", "]") << nestedArrays(1, 1);
}

void TestJsonReader::accepts()
{
    QFETCH(QByteArray, text);
    QFETCH(QJsonValue, expected);

    Result<QJsonValue> parsed = JsonReader::parse(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().detail));
    QVERIFY2(jsonEqual(parsed.value(), expected), dump(parsed.value()).constData());
    if (expected.isDouble() && expected.toDouble() == 0)
        QCOMPARE(std::signbit(parsed.value().toDouble()), std::signbit(expected.toDouble()));

    // Objects and arrays are built by Qt's parser once the rules have passed: the same scalar
    // inside an array and an object reads the same.
    if (expected.isArray() || expected.isObject())
        return;
    Result<QJsonValue> inArray = JsonReader::parse("[" + text + "]");
    QVERIFY(inArray.ok());
    QVERIFY2(jsonEqual(inArray.value(), QJsonArray{expected}), dump(inArray.value()).constData());
    Result<QJsonValue> inObject = JsonReader::parse("{\"v\":" + text + "}");
    QVERIFY(inObject.ok());
    QVERIFY2(jsonEqual(inObject.value(), QJsonObject{{QStringLiteral("v"), expected}}), dump(inObject.value()).constData());
}

void TestJsonReader::roundTripsThroughQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("game") << QByteArray(
        R"({"name":"G","detection":{"rules":{"velocity":{"enabled":false,"confidence":"high"}},)"
        R"("rateLimitPerHour":{"A":100,"B":50,"C":20}},"webhookUrl":"https://example.com/hook"})");
    QTest::newRow("array of mixed") << QByteArray(R"([1,-2.5,"s",true,false,null,{},[],{"x":[{"y":"\u00e9"}]}])");
    QTest::newRow("unicode") << QByteArray("{\"k\xc3\xa9y\":\"\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x8e\xae\"}");
}

void TestJsonReader::roundTripsThroughQJsonDocument()
{
    QFETCH(QByteArray, text);
    Result<QJsonValue> parsed = JsonReader::parse(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().detail));
    const QJsonDocument reference = QJsonDocument::fromJson(text);
    QVERIFY(!reference.isNull());
    const QJsonValue expected = reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object());
    QVERIFY2(jsonEqual(parsed.value(), expected), dump(parsed.value()).constData());

    // And what we print, we read back the same.
    const QByteArray printed = parsed->isArray() ? QJsonDocument(parsed->toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(parsed->toObject()).toJson(QJsonDocument::Compact);
    Result<QJsonValue> again = JsonReader::parse(printed);
    QVERIFY(again.ok());
    QVERIFY(jsonEqual(again.value(), parsed.value()));
}

void TestJsonReader::rejects_data()
{
    QTest::addColumn<QByteArray>("text");

    // Duplicate keys, at any level.
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("duplicate key, same value") << QByteArray(R"({"a":1,"b":0,"a":1})");
    QTest::newRow("duplicate key, nested") << QByteArray(R"({"x":{"a":1,"a":2}})");
    QTest::newRow("duplicate key, in an array") << QByteArray(R"([{"k":1},{"k":1,"k":2}])");
    QTest::newRow("duplicate key, deep") << QByteArray(R"({"a":[{"b":{"c":1,"c":null}}]})");
    QTest::newRow("duplicate key, spelled with an escape") << QByteArray(R"({"a":1,"\u0061":2})");

    // Numbers that are not finite, and number syntax.
    QTest::newRow("1e999") << QByteArray("1e999");
    QTest::newRow("-1e999") << QByteArray("-1e999");
    QTest::newRow("1e999 in an object") << QByteArray(R"({"score":1e999})");
    QTest::newRow("-1e999 in an array") << QByteArray("[1,-1e999]");
    QTest::newRow("1E400") << QByteArray("1E400");
    QTest::newRow("huge mantissa overflow") << QByteArray("1" + QByteArray(400, '0'));
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("NaN in an object") << QByteArray(R"({"score":NaN})");
    QTest::newRow("nan") << QByteArray("nan");
    QTest::newRow("Infinity") << QByteArray("Infinity");
    QTest::newRow("-Infinity") << QByteArray("-Infinity");
    QTest::newRow("Infinity in an array") << QByteArray("[Infinity]");
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("negative leading zero") << QByteArray("-01");
    QTest::newRow("leading zero in an array") << QByteArray("[00]");
    QTest::newRow("leading zero in an object") << QByteArray(R"({"a":012})");
    QTest::newRow("plus sign") << QByteArray("+1");
    QTest::newRow("bare minus") << QByteArray("-");
    QTest::newRow("trailing dot") << QByteArray("1.");
    QTest::newRow("leading dot") << QByteArray(".5");
    QTest::newRow("empty exponent") << QByteArray("1e");
    QTest::newRow("hex") << QByteArray("0x10");

    // Invalid UTF-8, in strings and outside them.
    QTest::newRow("lone continuation byte") << QByteArray("\"a\x80\"");
    QTest::newRow("overlong C0 AF") << QByteArray("\"\xc0\xaf\"");
    QTest::newRow("overlong E0 80 AF") << QByteArray("\"\xe0\x80\xaf\"");
    QTest::newRow("surrogate ED A0 80") << QByteArray("\"\xed\xa0\x80\"");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"");
    QTest::newRow("FF byte") << QByteArray("\"\xff\"");
    QTest::newRow("truncated multi-byte at end") << QByteArray("\"\xe2\x82");
    QTest::newRow("truncated multi-byte before quote") << QByteArray("\"\xe2\x82\"");
    QTest::newRow("truncated 4-byte at end of input") << QByteArray("[\"\xf0\x9f\x98");
    QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"\xc3\":1}");
    QTest::newRow("invalid UTF-8 outside strings") << QByteArray("[1,\x80]");

    // Escapes.
    QTest::newRow("unpaired high surrogate") << QByteArray(R"("\ud800")");
    QTest::newRow("unpaired high surrogate then text") << QByteArray(R"("\ud800abc")");
    QTest::newRow("high surrogate then non-surrogate escape") << QByteArray(R"("\ud800\u0041")");
    QTest::newRow("two high surrogates") << QByteArray(R"("\ud800\ud800")");
    QTest::newRow("lone low surrogate") << QByteArray(R"("\udc00")");
    QTest::newRow("reversed pair") << QByteArray(R"("\ude00\ud83d")");
    QTest::newRow("truncated \\u") << QByteArray(R"("\u12")");
    QTest::newRow("non-hex \\u") << QByteArray(R"("\u12g4")");
    QTest::newRow("unknown escape") << QByteArray(R"("\x41")");
    QTest::newRow("escape at end") << QByteArray("\"\\");

    // Strings.
    QTest::newRow("control char in string") << QByteArray("\"a\x01z\"");
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"");
    QTest::newRow("raw tab in string") << QByteArray("\"a\tb\"");
    QTest::newRow("control char after an escape") << QByteArray("\"\\n\x1f\"");
    QTest::newRow("NUL byte in string") << QByteArray("\"a\0b\"", 5);
    QTest::newRow("unterminated string") << QByteArray("\"abc");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("unquoted key") << QByteArray("{a:1}");

    // Structure.
    QTest::newRow("trailing garbage") << QByteArray("{} x");
    QTest::newRow("two values") << QByteArray("1 2");
    QTest::newRow("two objects") << QByteArray("{}{}");
    QTest::newRow("literal with tail") << QByteArray("truex");
    QTest::newRow("NUL after the value") << QByteArray("{}\0", 3);
    QTest::newRow("trailing comma in array") << QByteArray("[1,2,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
    QTest::newRow("leading comma") << QByteArray("[,1]");
    QTest::newRow("missing value") << QByteArray(R"({"a":})");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("unclosed array") << QByteArray("[1,2");
    QTest::newRow("unclosed object") << QByteArray(R"({"a":1)");
    QTest::newRow("mismatched brackets") << QByteArray("[}");
    QTest::newRow("truncated literal") << QByteArray("tru");
    QTest::newRow("wrong case literal") << QByteArray("True");
    QTest::newRow("comment") << QByteArray("{} // hi");
    QTest::newRow("empty input") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n\t ");

    // Nesting: 64 levels are fine (see accepts()), 65 are not, however the innermost level looks.
    QTest::newRow("depth 65 arrays") << nested(65, "[", "", "]");
    QTest::newRow("depth 65 arrays around a number") << nested(65, "[", "1", "]");
    QTest::newRow("depth 65 objects") << nested(64, R"({"a":)", "{}", "}");
    QTest::newRow("depth 65 mixed") << nested(32, R"({"a":[)", "{}", "]}");
    QTest::newRow("depth 100000") << nested(100000, "[", "", "]");
}

void TestJsonReader::rejects()
{
    QFETCH(QByteArray, text);
    Result<QJsonValue> parsed = JsonReader::parse(text);
    if (parsed.ok())
        QFAIL(("accepted as " + dump(parsed.value()).left(200)).constData());
    QCOMPARE(parsed.error().status, 400);
    QCOMPARE(parsed.error().code, QStringLiteral("invalid_json"));
    QVERIFY(!parsed.error().detail.isEmpty());
}

void TestJsonReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("2-byte") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("3-byte") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("U+E000") << QByteArray("\xee\x80\x80") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("smallest 2-byte U+0080") << QByteArray("\xc2\x80") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong C0 AF") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong C1 BF") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong E0 9F BF") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong F0 8F BF BF") << QByteArray("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("surrogate ED A0 80") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("surrogate ED BF BF") << QByteArray("\xed\xbf\xbf") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F8 lead") << QByteArray("\xf8\x88\x80\x80\x80") << false;
    QTest::newRow("truncated 2-byte at end") << QByteArray("a\xc3") << false;
    QTest::newRow("truncated 3-byte at end") << QByteArray("a\xe2\x82") << false;
    QTest::newRow("truncated 4-byte at end") << QByteArray("a\xf0\x9f\x98") << false;
    QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1") << false;
}

void TestJsonReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(JsonReader::isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
