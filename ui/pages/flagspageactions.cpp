// FlagsPage, its actions: resolving the selected flags (one key, also in bulk) with the
// selection moving on, and undoing the last resolution through FlagService::reopen.

#include "pages/flagspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "models/flagsmodel.h"
#include "moderator.h"
#include "scores/flagservice.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>

namespace arbiter::ui {

namespace {

struct BatchOutcome {
    QList<Flag> flags;
    QStringList errors;
};

// Runs `one` for every id on the core thread and answers once all have answered.
template <class One> void forEachFlag(const QStringList &ids, One one, Callback<BatchOutcome> reply)
{
    auto outcome = std::make_shared<BatchOutcome>();
    auto left = std::make_shared<qsizetype>(ids.size());
    for (const QString &id : ids)
        one(id, [outcome, left, reply](Result<Flag> r) {
            if (r)
                outcome->flags.append(r.value());
            else
                outcome->errors.append(r.error().detail.isEmpty() ? r.error().code : r.error().detail);
            if (--*left == 0)
                reply(*outcome);
        });
}

} // namespace

void FlagsPage::advanceAfter(const QList<int> &rows)
{
    const auto open = [this](int row) {
        const Flag *f = m_model->flag(row);
        return f && f->status == QLatin1String("pending") && !m_inFlight.contains(f->id);
    };
    for (int row = rows.constLast() + 1; row < m_model->rowCount(); ++row)
        if (open(row))
            return selectRow(row);
    for (int row = rows.constFirst() - 1; row >= 0; --row)
        if (open(row))
            return selectRow(row);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({}); // the rest of the queue is further down
    selectRow(std::min(rows.constLast() + 1, m_model->rowCount() - 1));
}

void FlagsPage::resolveSelected(const QString &status)
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        if (const Flag *f = m_model->flag(row); f && f->status == QLatin1String("pending") && !m_inFlight.contains(f->id))
            ids.append(f->id);
    if (ids.isEmpty())
        return say(tr("Select a pending flag first (only pending flags can be resolved)."));
    m_inFlight += ids;
    advanceAfter(rows);
    const QString note = m_note->text().trimmed();
    m_note->clear();
    const Actor actor = consoleActor();
    m_context.invoker.call<BatchOutcome>(
        this,
        [ids, status, note, actor](Engine &e, Callback<BatchOutcome> reply) {
            FlagService *flags = e.flags();
            forEachFlag(
                ids, [flags, status, note, actor](const QString &id, Callback<Flag> one) { flags->resolve(id, status, note, actor, one); },
                std::move(reply));
        },
        [this, ids](Result<BatchOutcome> outcome) {
            for (const QString &id : ids)
                m_inFlight.removeAll(id);
            if (!outcome) {
                say(describe(outcome.error()), true);
                return emit actionFinished(false);
            }
            QStringList done;
            for (const Flag &f : outcome.value().flags) {
                m_model->updateFlag(f);
                done.append(f.id);
            }
            if (!done.isEmpty())
                m_undoStack.append(done);
            m_undo->setEnabled(!m_undoStack.isEmpty());
            const bool ok = outcome.value().errors.isEmpty();
            say(ok ? tr("Resolved %n flag(s). Ctrl+Z undoes it.", nullptr, int(done.size()))
                   : tr("Resolved %1 of %2: %3").arg(done.size()).arg(ids.size()).arg(outcome.value().errors.join(QStringLiteral("; "))),
                !ok);
            m_countTimer.start();
            if (!m_statsTimer.isActive())
                m_statsTimer.start();
            emit actionFinished(ok);
        });
}

void FlagsPage::undo()
{
    if (m_undoStack.isEmpty())
        return say(tr("Nothing to undo."));
    const QStringList ids = m_undoStack.takeLast();
    m_undo->setEnabled(!m_undoStack.isEmpty());
    const Actor actor = consoleActor();
    m_context.invoker.call<BatchOutcome>(
        this,
        [ids, actor](Engine &e, Callback<BatchOutcome> reply) {
            FlagService *flags = e.flags();
            forEachFlag(ids, [flags, actor](const QString &id, Callback<Flag> one) { flags->reopen(id, actor, one); }, std::move(reply));
        },
        [this, ids](Result<BatchOutcome> outcome) {
            if (!outcome) {
                say(describe(outcome.error()), true);
                return emit actionFinished(false);
            }
            for (const Flag &f : outcome.value().flags)
                m_model->updateFlag(f);
            if (!ids.isEmpty()) // back to where the moderator was
                if (const int row = m_model->rowOf(ids.constFirst()); row >= 0)
                    selectRow(row);
            const bool ok = outcome.value().errors.isEmpty();
            say(ok ? tr("Reopened %n flag(s).", nullptr, int(outcome.value().flags.size()))
                   : tr("Undo failed: %1").arg(outcome.value().errors.join(QStringLiteral("; "))),
                !ok);
            m_countTimer.start();
            if (!m_statsTimer.isActive())
                m_statsTimer.start();
            emit actionFinished(ok);
        });
}

} // namespace arbiter::ui
