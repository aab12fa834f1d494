#include "httpparser.h"

// The only file that includes Beast: it is heavy to compile and its types stay an implementation
// detail of the framing.
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <optional>

namespace arbiter {

namespace http = boost::beast::http;

struct HttpParser::Impl {
    std::optional<http::request_parser<http::string_body>> parser;
};

namespace {

QByteArray toBytes(boost::beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool iequals(boost::beast::string_view a, const char *b)
{
    return boost::beast::iequals(a, boost::beast::string_view(b));
}

boost::beast::string_view trimmed(boost::beast::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

HttpParser::HttpParser(const HttpLimits &limits)
    : m_impl(std::make_unique<Impl>())
    , m_limits(limits)
{
    reset();
}

HttpParser::~HttpParser() = default;

void HttpParser::reset()
{
    auto &p = m_impl->parser.emplace();
    p.header_limit(std::uint32_t(m_limits.maxHeaderBytes));
    p.body_limit(std::uint64_t(m_limits.maxBodyBytes));
    p.eager(false);
    m_phase = Phase::Header;
    m_headerBytes = 0;
    m_scanned = 0;
    m_expectContinue = false;
    m_isHead = false;
    m_minor = 1;
}

bool HttpParser::keepAlive() const
{
    return m_impl->parser->keep_alive();
}

void HttpParser::fail(int status, const char *code, const QString &detail)
{
    m_phase = Phase::Error;
    m_errorStatus = status;
    m_errorCode = QString::fromLatin1(code);
    m_errorDetail = detail;
}

qsizetype HttpParser::feed(const char *data, qsizetype size)
{
    auto &p = *m_impl->parser;
    boost::beast::error_code ec;

    if (m_phase == Phase::Header) {
        const auto used = qsizetype(p.put(boost::asio::const_buffer(data, std::size_t(size)), ec));
        if (ec == http::error::need_more) {
            // Everything we hold is header, so this is where a bare LF would hide: Beast only
            // looks for CRLFCRLF and would wait for the timeout instead of rejecting it.
            for (qsizetype i = m_scanned; i < size; ++i) {
                if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')) {
                    fail(400, "invalid_body", QStringLiteral("bare LF line ending in the header"));
                    return size;
                }
            }
            m_scanned = size - used;
            m_headerBytes += used;
            // Beast counts its limit per part (start line, fields); ours covers both together.
            if (m_headerBytes + (size - used) > m_limits.maxHeaderBytes) {
                fail(431, "headers_too_large",
                    QStringLiteral("request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
                return size;
            }
            return used;
        }
        if (ec == http::error::header_limit) {
            fail(431, "headers_too_large",
                QStringLiteral("request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
            return size;
        }
        if (ec == http::error::body_limit) {
            fail(413, "payload_too_large", QStringLiteral("the body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
            return size;
        }
        if (ec) {
            fail(
                400, "invalid_body", QStringLiteral("malformed request: %1").arg(QString::fromStdString(ec.message())));
            return size;
        }
        m_headerBytes += used;
        if (m_headerBytes > m_limits.maxHeaderBytes) {
            fail(431, "headers_too_large",
                QStringLiteral("request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
            return size;
        }
        if (!p.is_header_done()) // cannot happen without need_more, but never trust that
            return used;
        if (!checkHeader())
            return size;
        m_phase = p.is_done() ? Phase::Done : Phase::Body;
        if (m_phase == Phase::Body) {
            p.eager(true);
            const auto expect = p.get()[http::field::expect];
            m_expectContinue = iequals(trimmed(expect), "100-continue");
        }
        return used;
    }

    if (m_phase != Phase::Body)
        return 0;

    qsizetype total = 0;
    while (total < size && !p.is_done()) {
        const auto used = qsizetype(p.put(boost::asio::const_buffer(data + total, std::size_t(size - total)), ec));
        total += used;
        if (ec == http::error::need_more) {
            ec = {};
            break;
        }
        if (ec == http::error::body_limit) {
            fail(413, "payload_too_large", QStringLiteral("the body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
            return size;
        }
        if (ec) {
            fail(400, "invalid_body", QStringLiteral("malformed body: %1").arg(QString::fromStdString(ec.message())));
            return size;
        }
        if (used == 0)
            break;
    }
    if (p.is_done())
        m_phase = Phase::Done;
    return total;
}

// Beast lets a few things through that RFC 9112 request smuggling defences must refuse.
bool HttpParser::checkHeader()
{
    const auto &p = *m_impl->parser;
    const auto &msg = p.get();

    int contentLengths = 0;
    int transferEncodings = 0;
    boost::beast::string_view te;
    for (const auto &f : msg) {
        if (f.name() == http::field::content_length) {
            ++contentLengths;
            if (f.value().find(',') != boost::beast::string_view::npos)
                contentLengths = 2; // "5, 5" is a duplicate in disguise
        } else if (f.name() == http::field::transfer_encoding) {
            ++transferEncodings;
            te = f.value();
        }
    }
    if (contentLengths > 1) {
        fail(400, "invalid_body", QStringLiteral("duplicate Content-Length"));
        return false;
    }
    if (transferEncodings > 0 && contentLengths > 0) {
        fail(400, "invalid_body", QStringLiteral("both Content-Length and Transfer-Encoding"));
        return false;
    }
    if (transferEncodings > 1 || (transferEncodings == 1 && !iequals(trimmed(te), "chunked"))) {
        fail(400, "invalid_body", QStringLiteral("unsupported transfer coding (only chunked is accepted)"));
        return false;
    }
    if (transferEncodings == 1 && msg.version() < 11) {
        fail(400, "invalid_body", QStringLiteral("Transfer-Encoding in an HTTP/1.0 request"));
        return false;
    }
    const auto target = msg.target();
    if (target.empty()
        || (target.front() != '/' && target != "*" && !target.starts_with("http://")
            && !target.starts_with("https://"))) {
        fail(400, "invalid_body", QStringLiteral("unsupported request-target form"));
        return false;
    }
    m_minor = msg.version() == 10 ? 0 : 1;
    m_isHead = msg.method() == http::verb::head;
    return true;
}

void HttpParser::takeRequest(HttpRequest &out)
{
    auto &msg = m_impl->parser->get();
    out.method = toBytes(msg.method_string());
    out.target = toBytes(msg.target());

    QByteArrayView rest(out.target);
    if (!rest.startsWith('/') && rest != "*") { // absolute-form: drop scheme and authority
        const auto schemeEnd = rest.indexOf("://");
        const auto slash = rest.indexOf('/', schemeEnd + 3);
        rest = slash < 0 ? QByteArrayView("/") : rest.sliced(slash);
    }
    const auto q = rest.indexOf('?');
    const QByteArrayView rawPath = q < 0 ? rest : rest.first(q);
    out.query = q < 0 ? QByteArray() : rest.sliced(q + 1).toByteArray();
    if (rawPath.contains('%'))
        out.path = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    else if (rawPath.size() == out.target.size())
        out.path = out.target; // shares the bytes, no copy
    else
        out.path = rawPath.toByteArray();

    out.headers.clear();
    out.headers.reserve(std::distance(msg.begin(), msg.end()));
    for (const auto &f : msg)
        out.headers.append({toBytes(f.name_string()).toLower(), toBytes(f.value())});

    auto &body = msg.body();
    out.body = body.empty() ? QByteArray() : QByteArray(body.data(), qsizetype(body.size()));
}

} // namespace arbiter
