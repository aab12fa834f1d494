#pragma once

// BuildsModel: the allowed binary signatures (SHA-256) of one game.

#include "domain/game.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class BuildsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildsModel)
public:
    enum Column { Label, Added, Sha256, ColumnCount }; // the hash last: it takes what width is left

    explicit BuildsModel(QObject *parent = nullptr);

    void setBuilds(const QList<BuildSignature> &builds);
    const BuildSignature *build(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BuildSignature> m_builds;
};

} // namespace arbiter::ui
