#include "models/bansmodel.h"

#include "displayformat.h"

#include <QFont>
#include <QFontDatabase>

namespace arbiter::ui {

QString banStateAt(const Ban &ban, qint64 nowMs)
{
    if (ban.liftedAtMs)
        return QStringLiteral("lifted");
    return ban.activeAt(nowMs) ? QStringLiteral("active") : QStringLiteral("expired");
}

BansModel::BansModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BansModel::setRows(QList<BanRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const BanRow *BansModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int BansModel::rowOf(const QString &banId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].ban.id == banId)
            return i;
    return -1;
}

QString BansModel::sourceLabel(BanSource source)
{
    switch (source) {
    case BanSource::Auto:
        return tr("Auto");
    case BanSource::Moderator:
        return tr("Moderator");
    case BanSource::SelfReport:
        return tr("Self-report");
    case BanSource::Signature:
        return tr("Signature");
    }
    return {};
}

QString BansModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("expired"))
        return tr("Expired");
    if (state == QLatin1String("lifted"))
        return tr("Lifted");
    return state;
}

QString BansModel::reportLabel(const QString &reportState)
{
    if (reportState == QLatin1String("pending"))
        return tr("Pending");
    if (reportState == QLatin1String("delivered"))
        return tr("Delivered");
    if (reportState == QLatin1String("failed"))
        return tr("Failed");
    return tr("No webhook");
}

int BansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BanRow &r = m_rows[index.row()];
    if (role == BanIdRole)
        return r.ban.id;
    if (role == StateKeyRole)
        return r.state;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return localTime(r.ban.createdAtMs);
        case Game:
            return r.gameName.isEmpty() ? r.ban.gameId : r.gameName;
        case Player:
            return r.ban.playerId;
        case Device:
            return r.ban.deviceId;
        case Ip:
            return r.ban.ip;
        case Reasons:
            return r.ban.reasons.join(QStringLiteral(", "));
        case Source:
            return sourceLabel(r.ban.source);
        case Expires:
            return r.ban.expiresAtMs ? localTime(*r.ban.expiresAtMs)
                                     : (role == Qt::ToolTipRole ? tr("Never") : tr("—"));
        case State:
            if (role == Qt::ToolTipRole && r.ban.liftedAtMs)
                return tr("Lifted %1: %2").arg(localTime(*r.ban.liftedAtMs), r.ban.liftNote);
            return stateLabel(r.state);
        case Report:
            return reportLabel(r.reportState);
        }
    }
    if (role == Qt::FontRole) {
        if (index.column() == Device || index.column() == Ip)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == State && r.state == QLatin1String("active")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    return {};
}

QVariant BansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Game:
        return tr("Game");
    case Player:
        return tr("Player");
    case Device:
        return tr("Device");
    case Ip:
        return tr("IP");
    case Reasons:
        return tr("Reasons");
    case Source:
        return tr("Source");
    case Expires:
        return tr("Expires");
    case State:
        return tr("State");
    case Report:
        return tr("Webhook report");
    }
    return {};
}

} // namespace arbiter::ui
