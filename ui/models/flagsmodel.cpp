#include "models/flagsmodel.h"

#include "coreinvoker.h"
#include "displayformat.h"
#include "rulenames.h"
#include "scores/flagservice.h"
#include "storage/writer.h"

#include <QColor>
#include <QFont>

namespace arbiter::ui {

namespace {

QString statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return FlagsModel::tr("Pending");
    if (status == QLatin1String("confirmed_cheat"))
        return FlagsModel::tr("Confirmed cheat");
    if (status == QLatin1String("false_positive"))
        return FlagsModel::tr("False positive");
    if (status == QLatin1String("dismissed"))
        return FlagsModel::tr("Dismissed");
    return status;
}

QString confidenceText(const QString &confidence)
{
    if (confidence == QLatin1String("low"))
        return FlagsModel::tr("Low");
    if (confidence == QLatin1String("medium"))
        return FlagsModel::tr("Medium");
    if (confidence == QLatin1String("high"))
        return FlagsModel::tr("High");
    return confidence;
}

} // namespace

FlagsModel::FlagsModel(CoreInvoker &invoker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_invoker(invoker)
{
    m_filter.status = QStringLiteral("pending");
    m_filter.limit = m_pageSize;
}

bool FlagsModel::newer(const Flag &a, const Flag &b)
{
    return a.createdAtMs > b.createdAtMs || (a.createdAtMs == b.createdAtMs && a.id > b.id);
}

void FlagsModel::setFilter(const FlagFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = m_pageSize;
    m_filter.before.reset();
    m_flags.clear();
    m_rowOf.clear();
    m_nextCursor.clear();
    m_loaded = false;
    m_fetching = false;
    m_headInFlight = false;
    m_headAgain = false;
    ++m_generation;
    endResetModel();
    requestPage(QString());
}

void FlagsModel::requestPage(const QString &cursor)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    const FlagFilter filter = m_filter;
    m_invoker.call<FlagPage>(
        this, [filter, cursor](Engine &e, Callback<FlagPage> reply) { e.flags()->list(filter, cursor, std::move(reply)); },
        [this, generation](Result<FlagPage> page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page)
                return emit errorOccurred(describe(page.error()));
            appendPage(page.value());
        });
}

void FlagsModel::appendPage(const FlagPage &page)
{
    const bool first = !m_loaded;
    // Before the rows go in: a view that reaches its bottom while inserting asks for the next page.
    m_nextCursor = page.nextCursor;
    m_loaded = true;
    QList<Flag> fresh;
    fresh.reserve(page.items.size());
    for (const Flag &f : page.items)
        if (!m_rowOf.contains(f.id)) // a row merged in at the top may show up again one page later
            fresh.append(f);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_flags.size()), int(m_flags.size() + fresh.size() - 1));
        for (const Flag &f : fresh) {
            m_rowOf.insert(f.id, int(m_flags.size()));
            m_flags.append(f);
        }
        endInsertRows();
    }
    if (first) {
        emit firstPageLoaded();
        if (std::exchange(m_headAgain, false))
            refreshHead();
    }
}

void FlagsModel::refreshHead()
{
    if (!m_loaded) { // the first page is on its way; it may have been read before these flags
        m_headAgain = true;
        return;
    }
    if (m_headInFlight) {
        m_headAgain = true;
        return;
    }
    m_headInFlight = true;
    const quint64 generation = m_generation;
    const FlagFilter filter = m_filter;
    m_invoker.call<FlagPage>(
        this, [filter](Engine &e, Callback<FlagPage> reply) { e.flags()->list(filter, QString(), std::move(reply)); },
        [this, generation](Result<FlagPage> page) {
            if (generation != m_generation)
                return;
            m_headInFlight = false;
            if (!page)
                emit errorOccurred(describe(page.error()));
            else
                mergeHead(page.value());
            if (std::exchange(m_headAgain, false))
                refreshHead();
        });
}

void FlagsModel::mergeHead(const FlagPage &page)
{
    if (m_flags.isEmpty() && m_nextCursor.isEmpty()) {
        appendPage(page);
        emit headMerged(int(page.items.size()));
        return;
    }
    QList<Flag> fresh; // newest first
    for (const Flag &f : page.items) {
        if (!m_flags.isEmpty() && !newer(f, m_flags.constFirst()))
            break;
        if (!m_rowOf.contains(f.id))
            fresh.append(f);
    }
    // More new flags than one page: the ones between would be skipped. Rare (a page in ~100 ms);
    // the page's own rows are shown and the older new ones still come with fetchMore later only
    // if they sort below, so reload instead and let the caller restore the current flag.
    if (fresh.size() == page.items.size() && !page.nextCursor.isEmpty() && !m_flags.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size() - 1));
    m_flags = fresh + m_flags;
    m_rowOf.clear();
    for (int row = 0; row < m_flags.size(); ++row)
        m_rowOf.insert(m_flags.at(row).id, row);
    endInsertRows();
    emit headMerged(int(fresh.size()));
}

void FlagsModel::refreshRows(const QList<QString> &ids)
{
    QList<QString> shown;
    for (const QString &id : ids)
        if (m_rowOf.contains(id) && shown.size() < 200)
            shown.append(id);
    if (shown.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_invoker.call<QList<Flag>>(
        this,
        [shown](Engine &e, Callback<QList<Flag>> reply) {
            e.writer()->run<QList<Flag>>(
                [shown](QSqlDatabase &db) -> Result<QList<Flag>> {
                    QList<Flag> flags;
                    for (const QString &id : shown) {
                        Result<std::optional<Flag>> f = ScoreRepository::findFlag(db, id);
                        if (!f)
                            return f.error();
                        if (f.value())
                            flags.append(*f.value());
                    }
                    return flags;
                },
                e.games(), std::move(reply));
        },
        [this, generation](Result<QList<Flag>> flags) {
            if (generation != m_generation || !flags)
                return;
            for (const Flag &f : flags.value())
                updateFlag(f);
        });
}

void FlagsModel::updateFlag(const Flag &flag)
{
    const int row = m_rowOf.value(flag.id, -1);
    if (row < 0)
        return;
    m_flags[row] = flag;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FlagsModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_flags.isEmpty())
        emit dataChanged(index(0, Game), index(int(m_flags.size()) - 1, Board), {Qt::DisplayRole});
}

const Flag *FlagsModel::flag(int row) const
{
    return row >= 0 && row < m_flags.size() ? &m_flags.at(row) : nullptr;
}

int FlagsModel::rowOf(const QString &flagId) const
{
    return m_rowOf.value(flagId, -1);
}

int FlagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flag &f = m_flags.at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == StatusRole)
        return f.status;
    if (role == Qt::FontRole && f.status != QLatin1String("pending")) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return tr("Raised %1 (local time); flag %2").arg(localTime(f.createdAtMs), f.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return localTime(f.createdAtMs);
    case Game:
        return m_names.value(f.gameId, f.gameId);
    case Board:
        return f.boardId.isEmpty() ? QString() : m_names.value(f.boardId, f.boardId);
    case Player:
        return f.playerId;
    case Rule:
        return ruleLabel(f.type);
    case Confidence:
        return confidenceText(f.confidence);
    case Value: {
        const QJsonValue value = f.details.value(QStringLiteral("value"));
        return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 12) : QString();
    }
    case Status:
        return statusText(f.status);
    }
    return {};
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Game:
        return tr("Game");
    case Board:
        return tr("Board");
    case Player:
        return tr("Player");
    case Rule:
        return tr("Rule");
    case Confidence:
        return tr("Confidence");
    case Value:
        return tr("Value");
    case Status:
        return tr("Status");
    }
    return {};
}

bool FlagsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty();
}

void FlagsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching || !canFetchMore(parent))
        return;
    requestPage(m_nextCursor);
}

} // namespace arbiter::ui
