#pragma once

// FlagDetails: the detail pane of the Flags page for the current flag: its submission, the
// player's recent history as a small chart (flagged points marked), the rule's evidence and the
// linked accounts, with "Open player" and "Ban…". The submission, history and cluster are read on
// the core thread; a newer flag's reply wins.

#include "domain/flag.h"
#include "domain/submission.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace arbiter::ui {

struct ConsoleContext;

struct FlagContext {
    std::optional<Submission> submission;
    QList<Submission> history; // the player's latest submissions in the game, newest first
    QStringList linked;        // the player's linked-account cluster, the player included
};

class FlagDetails final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagDetails)
public:
    explicit FlagDetails(ConsoleContext &context, QWidget *parent = nullptr);

    void showFlag(const Flag *flag); // null: nothing selected
    void setNames(const QHash<QString, QString> &names) { m_names = names; } // game and board ids → names
    QString flagId() const { return m_flag.id; }
    int historyPoints() const { return m_historyPoints; }
    QStringList linkedAccounts() const { return m_linked; }

    static QString readableEvidence(const QJsonObject &details);

signals:
    void contextLoaded(const QString &flagId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContext(const FlagContext &context);
    void drawHistory(const QList<Submission> &history);

    ConsoleContext &m_context;
    Flag m_flag;
    quint64 m_generation = 0;
    int m_historyPoints = 0;
    QStringList m_linked;
    QHash<QString, QString> m_names;
    QLabel *m_title;
    QLabel *m_submission;
    QChart *m_chart;
    QChartView *m_chartView;
    QPlainTextEdit *m_evidence;
    QListWidget *m_links;
    QPushButton *m_openPlayer;
    QPushButton *m_ban;
};

} // namespace arbiter::ui
