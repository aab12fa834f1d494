#pragma once

// KeysModel: the encryption keys of one game (ids and dates only, never the key bytes).

#include "domain/game.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class KeysModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysModel)
public:
    enum Column { KeyId, Created, State, ColumnCount };

    explicit KeysModel(QObject *parent = nullptr);

    void setKeys(const QList<EncryptionKey> &keys);
    QString keyId(int row) const;
    bool isActive(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString keyId;
        qint64 createdAtMs = 0;
        qint64 revokedAtMs = 0; // 0: active
    };
    QList<Row> m_rows;
};

} // namespace arbiter::ui
