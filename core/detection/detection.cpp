#include "detection.h"

namespace arbiter {

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return QString();
}

std::optional<Confidence> confidenceFromName(QStringView name)
{
    if (name == QLatin1String("low"))
        return Confidence::Low;
    if (name == QLatin1String("medium"))
        return Confidence::Medium;
    if (name == QLatin1String("high"))
        return Confidence::High;
    return std::nullopt;
}

QString tierName(TrustTier tier)
{
    switch (tier) {
    case TrustTier::A:
        return QStringLiteral("A");
    case TrustTier::B:
        return QStringLiteral("B");
    case TrustTier::C:
        return QStringLiteral("C");
    }
    return QString();
}

std::optional<TrustTier> tierFromName(QStringView name)
{
    if (name == QLatin1String("A"))
        return TrustTier::A;
    if (name == QLatin1String("B"))
        return TrustTier::B;
    if (name == QLatin1String("C"))
        return TrustTier::C;
    return std::nullopt;
}

} // namespace arbiter
