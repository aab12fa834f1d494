#include "leaderboard/boardspec.h"

namespace arbiter {

QString sortOrderName(SortOrder order)
{
    return order == SortOrder::Asc ? QStringLiteral("asc") : QStringLiteral("desc");
}

std::optional<SortOrder> sortOrderFromName(QStringView name)
{
    if (name == u"desc")
        return SortOrder::Desc;
    if (name == u"asc")
        return SortOrder::Asc;
    return std::nullopt;
}

QString operatorName(BoardOperator op)
{
    switch (op) {
    case BoardOperator::Best:
        return QStringLiteral("best");
    case BoardOperator::Latest:
        return QStringLiteral("latest");
    case BoardOperator::Sum:
        return QStringLiteral("sum");
    case BoardOperator::BestNSum:
        return QStringLiteral("best_n_sum");
    }
    return {};
}

std::optional<BoardOperator> operatorFromName(QStringView name)
{
    if (name == u"best")
        return BoardOperator::Best;
    if (name == u"latest")
        return BoardOperator::Latest;
    if (name == u"sum")
        return BoardOperator::Sum;
    if (name == u"best_n_sum")
        return BoardOperator::BestNSum;
    return std::nullopt;
}

QString resetName(ResetSchedule reset)
{
    switch (reset) {
    case ResetSchedule::Never:
        return QStringLiteral("never");
    case ResetSchedule::Daily:
        return QStringLiteral("daily");
    case ResetSchedule::Weekly:
        return QStringLiteral("weekly");
    case ResetSchedule::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

std::optional<ResetSchedule> resetFromName(QStringView name)
{
    if (name == u"never")
        return ResetSchedule::Never;
    if (name == u"daily")
        return ResetSchedule::Daily;
    if (name == u"weekly")
        return ResetSchedule::Weekly;
    if (name == u"monthly")
        return ResetSchedule::Monthly;
    return std::nullopt;
}

} // namespace arbiter
