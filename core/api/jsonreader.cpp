#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <list>

#include <charconv>
#include <cmath>

namespace arbiter {

namespace {

constexpr int kMaxDepth = 64;

// Check mode reads the whole text with every rule but builds nothing (no QString, no
// QJsonObject); build mode also makes the value.
enum class Mode { Check, Build };

class Parser final {
public:
    Parser(QByteArrayView text, Mode mode) : m_text(text), m_build(mode == Mode::Build) {}

    Result<QJsonValue> document()
    {
        skipSpace();
        QJsonValue value;
        if (!parseValue(value, 0))
            return failure();
        skipSpace();
        if (m_pos != m_text.size()) {
            m_problem = "unexpected data after the JSON value";
            return failure();
        }
        return value;
    }

private:
    Error failure() const
    {
        return Error::make(400, QStringLiteral("invalid_json"),
                           QStringLiteral("%1 at byte %2").arg(QLatin1String(m_problem)).arg(m_pos));
    }

    bool fail(const char *problem)
    {
        m_problem = problem;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word, QJsonValue result, QJsonValue &out)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_text.sliced(m_pos).startsWith(QByteArrayView(word, length))) {
            m_pos += length;
            if (m_build)
                out = std::move(result);
            return true;
        }
        return fail("invalid literal");
    }

    // `depth` counts the containers around the value; 64 nested containers are allowed.
    bool parseValue(QJsonValue &out, int depth)
    {
        if (m_pos >= m_text.size())
            return fail("unexpected end of input");
        switch (m_text[m_pos]) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            if (!m_build)
                return skipString();
            QString s;
            if (!parseString(s))
                return false;
            out = s;
            return true;
        }
        case 't':
            return literal("true", true, out);
        case 'f':
            return literal("false", false, out);
        case 'n':
            return literal("null", QJsonValue(QJsonValue::Null), out);
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(QJsonValue &out, int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nesting too deep");
        ++m_pos; // {
        QJsonObject object;
        Keys keys; // check mode: the keys seen, as UTF-8
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            if (m_build)
                out = object;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a string key");
            QString key;
            if (m_build) {
                if (!parseString(key))
                    return false;
                if (object.contains(key))
                    return fail("duplicate key");
            } else {
                QByteArrayView raw;
                QByteArray decoded;
                bool escaped = false;
                if (!scanString(raw, decoded, escaped))
                    return false;
                if (!keys.add(escaped ? QByteArrayView(keys.keep(std::move(decoded))) : raw))
                    return fail("duplicate key");
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            QJsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            if (m_build)
                object.insert(key, value);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                if (m_build)
                    out = object;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool parseArray(QJsonValue &out, int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nesting too deep");
        ++m_pos; // [
        QJsonArray array;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            if (m_build)
                out = array;
            return true;
        }
        for (;;) {
            skipSpace();
            QJsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            if (m_build)
                array.append(value);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                if (m_build)
                    out = array;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t &out)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text[m_pos + i]);
            if (digit < 0)
                return fail("invalid \\u escape");
            value = value * 16 + digit;
        }
        m_pos += 4;
        out = char16_t(value);
        return true;
    }

    bool parseString(QString &out)
    {
        QByteArrayView raw;
        QByteArray decoded;
        bool escaped = false;
        if (!scanString(raw, decoded, escaped))
            return false;
        out = QString::fromUtf8(escaped ? QByteArrayView(decoded) : raw);
        return true;
    }

    bool skipString()
    {
        QByteArrayView raw;
        QByteArray decoded;
        bool escaped = false;
        return scanString(raw, decoded, escaped);
    }

    // Reads a string at m_pos: its UTF-8 content is `raw` (a view of the text) when it has no
    // escapes, else `decoded` (and `escaped` is set).
    bool scanString(QByteArrayView &raw, QByteArray &decoded, bool &escaped)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        // Fast path: no escapes.
        while (m_pos < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                raw = m_text.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == '\\')
                break;
            if (c < 0x20)
                return fail("control character in string");
            ++m_pos;
        }
        escaped = true;
        QByteArray &utf8 = decoded;
        utf8 = m_text.sliced(start, m_pos - start).toByteArray();
        while (m_pos < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                utf8 += char(c);
                ++m_pos;
                continue;
            }
            if (++m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': utf8 += '"'; break;
            case '\\': utf8 += '\\'; break;
            case '/': utf8 += '/'; break;
            case 'b': utf8 += '\b'; break;
            case 'f': utf8 += '\f'; break;
            case 'n': utf8 += '\n'; break;
            case 'r': utf8 += '\r'; break;
            case 't': utf8 += '\t'; break;
            case 'u': {
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                char32_t code = unit;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_pos + 2 > m_text.size() || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u')
                        return fail("unpaired surrogate");
                    m_pos += 2;
                    if (!parseHex4(low) || !QChar::isLowSurrogate(low))
                        return fail("unpaired surrogate");
                    code = QChar::surrogateToUcs4(unit, low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return fail("unpaired surrogate");
                }
                utf8 += QString::fromUcs4(&code, 1).toUtf8();
                break;
            }
            default:
                return fail("invalid escape");
            }
        }
        return fail("unterminated string");
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        auto digits = [&] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return fail("invalid value");
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail("invalid number");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail("invalid number");
        }
        double value = 0;
        const char *first = m_text.data() + start;
        const char *last = m_text.data() + m_pos;
        const auto [end, ec] = std::from_chars(first, last, value);
        if (ec == std::errc::result_out_of_range && !overflows(QByteArrayView(first, last))) {
            value = 0; // underflow to zero is harmless; from_chars leaves `value` unset either way
        } else if (ec != std::errc() || end != last || !std::isfinite(value)) {
            m_pos = start;
            return fail("number is not finite");
        }
        if (m_build)
            out = value;
        return true;
    }

    // Whether an out-of-range number is too large (rather than too small): the decimal position of
    // its first significant digit, plus the exponent, is above zero.
    static bool overflows(QByteArrayView number)
    {
        qsizetype i = number.startsWith('-') ? 1 : 0;
        qint64 position = 0;
        bool significant = false;
        for (; i < number.size() && number[i] >= '0' && number[i] <= '9'; ++i) {
            significant = significant || number[i] != '0';
            if (significant)
                ++position;
        }
        if (i < number.size() && number[i] == '.') {
            for (++i; i < number.size() && number[i] >= '0' && number[i] <= '9'; ++i) {
                if (significant)
                    continue;
                if (number[i] != '0')
                    significant = true;
                else
                    --position;
            }
        }
        qint64 exponent = 0;
        if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
            ++i;
            const bool negative = i < number.size() && number[i] == '-';
            if (i < number.size() && (number[i] == '+' || number[i] == '-'))
                ++i;
            for (; i < number.size(); ++i)
                exponent = std::min<qint64>(exponent * 10 + (number[i] - '0'), 1'000'000'000);
            if (negative)
                exponent = -exponent;
        }
        return significant && position + exponent > 0;
    }

    // An object's keys in check mode, for the duplicate test: a short list is searched, a long one
    // hashed. Views point into the text, or into keys kept here when they were escaped.
    class Keys final {
    public:
        bool add(QByteArrayView key)
        {
            if (m_list.size() < kListed) {
                if (std::find(m_list.cbegin(), m_list.cend(), key) != m_list.cend())
                    return false;
                m_list.append(key);
                return true;
            }
            if (m_set.isEmpty())
                m_set = QSet<QByteArrayView>(m_list.cbegin(), m_list.cend());
            if (m_set.contains(key))
                return false;
            m_set.insert(key);
            return true;
        }
        const QByteArray &keep(QByteArray key) { return m_kept.emplace_back(std::move(key)); }

    private:
        static constexpr qsizetype kListed = 16;
        QVarLengthArray<QByteArrayView, kListed> m_list;
        QSet<QByteArrayView> m_set;
        std::list<QByteArray> m_kept; // stable addresses
    };

    QByteArrayView m_text;
    const bool m_build;
    qsizetype m_pos = 0;
    const char *m_problem = "invalid JSON";
};

} // namespace

bool JsonReader::isValidUtf8(QByteArrayView text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false; // truncated sequence
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false; // overlong, out of range, or a surrogate
        i += extra + 1;
    }
    return true;
}

Result<QJsonValue> JsonReader::parse(QByteArrayView text)
{
    if (!isValidUtf8(text))
        return Error::make(400, QStringLiteral("invalid_json"), QStringLiteral("the body is not valid UTF-8"));
    // The strict rules first, building nothing; then Qt's own parser builds the value in one pass,
    // several times faster than inserting member by member. It reads numbers a little differently
    // (an integer that fits 64 bits stays exact); where it refuses what the rules allowed (a tiny
    // number that underflows, a bare scalar), the value is built here instead.
    if (Result<QJsonValue> checked = Parser(text, Mode::Check).document(); !checked)
        return checked;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            return QJsonValue(document.object());
        if (document.isArray())
            return QJsonValue(document.array());
    }
    return Parser(text, Mode::Build).document();
}

} // namespace arbiter
