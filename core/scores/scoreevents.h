#pragma once

// ScoreEvents: what happened to scores, published as coalesced batches (at most one every
// 50 ms) so the console and the metrics can follow a flood of submissions without drowning.

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

namespace arbiter {

struct ScoreEventBatch {
    int accepted = 0;
    int flagged = 0;
    int rejected = 0;
    int rateLimited = 0;
    QList<QString> flagIds;        // flags raised or resolved
    QList<QString> boardsChanged;  // boards whose rankings moved
    QList<QString> submissionIds;  // the newest first, at most 200 per batch
    bool isEmpty() const
    {
        return accepted + flagged + rejected + rateLimited == 0 && flagIds.isEmpty() && boardsChanged.isEmpty();
    }
};

class ScoreEvents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreEvents)
public:
    explicit ScoreEvents(QObject *parent = nullptr);

    void submission(const QString &id, const QString &status);
    void flag(const QString &flagId);
    void boardChanged(const QString &boardId);

signals:
    void batch(const arbiter::ScoreEventBatch &batch);

private:
    void arm();
    void flush();

    QTimer m_timer;
    ScoreEventBatch m_pending;
};

} // namespace arbiter

Q_DECLARE_METATYPE(arbiter::ScoreEventBatch)
