#include "models/keysmodel.h"

#include "displayformat.h"

#include <QFont>
#include <QFontDatabase>

namespace arbiter::ui {

KeysModel::KeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeysModel::setKeys(const QList<EncryptionKey> &keys)
{
    beginResetModel();
    m_rows.clear();
    for (const EncryptionKey &key : keys)
        m_rows.append({key.keyId, key.createdAtMs, key.revokedAtMs.value_or(0)});
    endResetModel();
}

QString KeysModel::keyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].keyId : QString();
}

bool KeysModel::isActive(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].revokedAtMs == 0;
}

int KeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeyId: return row.keyId;
        case Created: return localTime(row.createdAtMs);
        case State: return row.revokedAtMs ? tr("Revoked %1").arg(localTime(row.revokedAtMs)) : tr("Active");
        }
    }
    if (role == Qt::FontRole && index.column() == KeyId)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyId: return tr("Key id");
    case Created: return tr("Created");
    case State: return tr("State");
    }
    return {};
}

} // namespace arbiter::ui
