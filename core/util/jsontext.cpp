#include "util/jsontext.h"

#include <algorithm>

namespace arbiter {

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8(); // multi-byte sequences pass through as they are
    out += '"';
    const auto plain = [](char c) { return c != '"' && c != '\\' && uchar(c) >= 0x20; };
    if (std::all_of(utf8.cbegin(), utf8.cend(), plain)) { // ids, codes, rule names: nearly always
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += kHex[uchar(c) >> 4];
                out += kHex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace arbiter
