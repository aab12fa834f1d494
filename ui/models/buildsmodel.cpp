#include "models/buildsmodel.h"

#include "displayformat.h"

#include <QFontDatabase>

namespace arbiter::ui {

BuildsModel::BuildsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BuildsModel::setBuilds(const QList<BuildSignature> &builds)
{
    beginResetModel();
    m_builds = builds;
    endResetModel();
}

const BuildSignature *BuildsModel::build(int row) const
{
    return row >= 0 && row < m_builds.size() ? &m_builds[row] : nullptr;
}

int BuildsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_builds.size());
}

int BuildsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildSignature &build = m_builds[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sha256: return build.sha256;
        case Label: return build.label;
        case Added: return localTime(build.createdAtMs);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sha256)
        return build.sha256;
    if (role == Qt::FontRole && index.column() == Sha256)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant BuildsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sha256: return tr("SHA-256");
    case Label: return tr("Label");
    case Added: return tr("Added");
    }
    return {};
}

} // namespace arbiter::ui
