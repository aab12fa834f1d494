#pragma once

// BoardSpec: what a leaderboard ranks by (sort order, operator, reset schedule) and the names the API uses for them.

#include <QString>
#include <QStringView>

#include <optional>

namespace arbiter {

enum class SortOrder { Desc, Asc }; // desc: higher is better
enum class BoardOperator { Best, Latest, Sum, BestNSum };
enum class ResetSchedule { Never, Daily, Weekly, Monthly };

struct BoardSpec {
    QString boardId;
    SortOrder sortOrder = SortOrder::Desc;
    BoardOperator op = BoardOperator::Best;
    ResetSchedule reset = ResetSchedule::Never;
    int bestN = 1; // best_n_sum only; values below 1 count as 1
};

QString sortOrderName(SortOrder order);
std::optional<SortOrder> sortOrderFromName(QStringView name); // "desc", "asc"
QString operatorName(BoardOperator op);
std::optional<BoardOperator> operatorFromName(QStringView name); // "best", "latest", "sum", "best_n_sum"
QString resetName(ResetSchedule reset);
std::optional<ResetSchedule> resetFromName(QStringView name); // "never", "daily", "weekly", "monthly"

} // namespace arbiter
