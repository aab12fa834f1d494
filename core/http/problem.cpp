#include "problem.h"

#include "util/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace arbiter {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

HttpResponse problemResponse(const Error &error)
{
    QByteArray body;
    body.reserve(160);
    body += "{\"type\":\"about:blank\",\"title\":";
    appendJsonString(body, QString::fromLatin1(reasonPhrase(error.status)));
    body += ",\"status\":";
    body += QByteArray::number(error.status);
    body += ",\"code\":";
    appendJsonString(body, error.code);
    body += ",\"detail\":";
    appendJsonString(body, error.detail);
    if (!error.fields.isEmpty()) {
        body += ",\"errors\":[";
        for (qsizetype i = 0; i < error.fields.size(); ++i) {
            if (i > 0)
                body += ',';
            body += "{\"field\":";
            appendJsonString(body, error.fields.at(i).field);
            body += ",\"message\":";
            appendJsonString(body, error.fields.at(i).message);
            body += '}';
        }
        body += ']';
    }
    for (auto it = error.extra.begin(); it != error.extra.end(); ++it) {
        body += ',';
        appendJsonString(body, it.key());
        body += ':';
        // A one-element array serialises any JSON value; its brackets are cut off again.
        const QByteArray value = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        body += QByteArrayView(value).sliced(1, value.size() - 2);
    }
    body += '}';

    HttpResponse r;
    r.status = error.status;
    r.headers = error.headers;
    r.contentType = QByteArrayLiteral("application/problem+json");
    r.body = std::move(body);
    return r;
}

HttpResponse problemResponse(int status, const QString &code, const QString &detail)
{
    return problemResponse(Error::make(status, code, detail));
}

} // namespace arbiter
