#include "tournaments/endgamepayload.h"

#include "crypto/crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <optional>

namespace arbiter {

namespace {

Error couldNotDecrypt()
{
    return Error::make(
        400, QStringLiteral("decrypt_failed"), QStringLiteral("The endGame payload could not be decrypted."));
}

Error notAScore()
{
    return Error::make(400, QStringLiteral("decrypt_failed"),
        QStringLiteral("The endGame payload decrypted but is not {\"score\": number}."));
}

// Qt's decoder alone is lenient (it accepts unused trailing bits, so "QR==" and "QQ==" are the
// same bytes); comparing with the re-encoding leaves exactly one accepted spelling per payload
// (with or without padding).
std::optional<QByteArray> decodeBase64Strict(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    const QByteArray ascii = text.toLatin1();
    const bool url = ascii.contains('-') || ascii.contains('_');
    const auto alphabet = url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    auto decoded = QByteArray::fromBase64Encoding(ascii, alphabet | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (ascii != decoded.decoded.toBase64(alphabet)
        && ascii != decoded.decoded.toBase64(alphabet | QByteArray::OmitTrailingEquals))
        return std::nullopt;
    return std::move(decoded.decoded);
}

// Members of the top-level object in JSON text QJsonDocument has already accepted. QJsonDocument
// keeps the last of duplicate keys silently; counting the members in the text catches that, so
// {"score":1,"score":999} cannot mean one thing to us and another to a first-wins parser.
qsizetype topLevelMemberCount(QByteArrayView json)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool any = false;
    qsizetype commas = 0;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            any = any || depth == 1;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ',':
            commas += depth == 1 ? 1 : 0;
            break;
        default:
            break;
        }
    }
    return any ? commas + 1 : 0;
}

// Like JavaScript's Number#toString, which is what most clients' JSON writers produce: plain
// digits in [1e-6, 1e21), exponent form outside; both the shortest that round-trips.
QByteArray formatScore(double score)
{
    const double magnitude = std::fabs(score);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
    return QByteArray::number(score, plain ? 'f' : 'e', QLocale::FloatingPointShortest);
}

} // namespace

Result<double> decryptEndGamePayload(QByteArrayView key, const QString &payloadBase64, const QString &roundId)
{
    const std::optional<QByteArray> payload = decodeBase64Strict(payloadBase64);
    if (!payload || payload->size() < crypto::GcmNonceSize + crypto::GcmTagSize)
        return couldNotDecrypt();

    const QByteArrayView bytes(*payload);
    const Result<QByteArray> plaintext = crypto::aesGcmDecrypt(
        key, bytes.first(crypto::GcmNonceSize), bytes.sliced(crypto::GcmNonceSize), roundId.toUtf8());
    if (!plaintext)
        return couldNotDecrypt();

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(plaintext.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notAScore();
    const QJsonObject object = document.object();
    if (topLevelMemberCount(plaintext.value()) != object.size())
        return notAScore();
    const QJsonValue score = object.value(QLatin1String("score"));
    if (!score.isDouble() || !std::isfinite(score.toDouble()))
        return notAScore();
    return score.toDouble();
}

QString encryptEndGamePayload(QByteArrayView key, QByteArrayView nonce, double score, const QString &roundId)
{
    if (!std::isfinite(score) || nonce.size() != crypto::GcmNonceSize)
        return {};
    const QByteArray plaintext = "{\"score\":" + formatScore(score) + '}';
    const Result<QByteArray> sealed = crypto::aesGcmEncrypt(key, nonce, plaintext, roundId.toUtf8());
    if (!sealed)
        return {};
    return QString::fromLatin1((nonce.toByteArray() + sealed.value()).toBase64());
}

} // namespace arbiter
