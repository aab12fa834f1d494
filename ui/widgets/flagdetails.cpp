#include "widgets/flagdetails.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "rulenames.h"
#include "enforcement/enforcementstate.h"
#include "navigator.h"
#include "scores/scoreservice.h"
#include "storage/scorerepository.h"
#include "storage/writer.h"
#include "widgets/chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

constexpr int kHistoryLimit = 50;

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? FlagDetails::tr("yes") : FlagDetails::tr("no");
    if (value.isNull())
        return FlagDetails::tr("—");
    return value.toString();
}

void appendLines(QStringList &lines, const QJsonObject &object, const QString &indent)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            lines << indent + it.key() + QLatin1Char(':');
            appendLines(lines, it.value().toObject(), indent + QStringLiteral("    "));
        } else {
            lines << QStringLiteral("%1%2: %3").arg(indent, it.key(), jsonText(it.value()));
        }
    }
}

} // namespace

FlagDetails::FlagDetails(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel)
    , m_submission(new QLabel)
    , m_chart(new QChart)
    , m_evidence(new QPlainTextEdit)
    , m_links(new QListWidget)
    , m_openPlayer(new QPushButton(tr("Open &player")))
    , m_ban(new QPushButton(tr("&Ban…")))
{
    setObjectName(QStringLiteral("flagDetails"));
    m_title->setObjectName(QStringLiteral("flagTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_submission->setObjectName(QStringLiteral("flagSubmission"));
    m_submission->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submission->setWordWrap(true);

    m_chart->legend()->hide();
    m_chartView = makeChartView(m_chart, tr("The player's recent scores"), palette());
    m_chartView->setObjectName(QStringLiteral("flagHistory"));
    m_chartView->setMinimumHeight(170);

    m_evidence->setObjectName(QStringLiteral("flagEvidence"));
    m_evidence->setAccessibleName(tr("Rule evidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setMaximumHeight(140);
    m_links->setObjectName(QStringLiteral("flagLinked"));
    m_links->setAccessibleName(tr("Linked accounts"));
    m_links->setMaximumHeight(90);

    m_openPlayer->setObjectName(QStringLiteral("openPlayer"));
    m_openPlayer->setAccessibleName(tr("Open player"));
    m_openPlayer->setToolTip(tr("Show this player's profile on the Players page"));
    m_ban->setObjectName(QStringLiteral("banPlayer"));
    m_ban->setAccessibleName(tr("Ban player"));
    m_ban->setToolTip(tr("Open the new-ban dialog for this player"));
    connect(m_openPlayer, &QPushButton::clicked, this,
            [this] { emit m_context.navigator.playerRequested(m_flag.gameId, m_flag.playerId); });
    connect(m_ban, &QPushButton::clicked, this, [this] { emit m_context.navigator.banRequested(m_flag.gameId, m_flag.playerId); });
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit m_context.navigator.playerRequested(m_flag.gameId, item->text()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openPlayer);
    buttons->addWidget(m_ban);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_submission);
    layout->addWidget(new QLabel(tr("Recent history (flagged points marked)")));
    layout->addWidget(m_chartView, 1);
    layout->addWidget(new QLabel(tr("Evidence")));
    layout->addWidget(m_evidence);
    layout->addWidget(new QLabel(tr("Linked accounts")));
    layout->addWidget(m_links);
    layout->addLayout(buttons);
    showFlag(nullptr);
}

QString FlagDetails::readableEvidence(const QJsonObject &details)
{
    QStringList lines;
    appendLines(lines, details, QString());
    return lines.join(QLatin1Char('\n'));
}

void FlagDetails::showFlag(const Flag *flag)
{
    ++m_generation;
    m_flag = flag ? *flag : Flag{};
    m_historyPoints = 0;
    m_linked.clear();
    m_links->clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_openPlayer->setEnabled(flag != nullptr);
    m_ban->setEnabled(flag != nullptr);
    if (!flag) {
        m_title->setText(tr("Select a flag to see its submission, the player's history and the evidence."));
        m_submission->clear();
        m_evidence->clear();
        return;
    }
    m_title->setText(tr("%1 · %2 confidence · player %3").arg(ruleLabel(flag->type), flag->confidence, flag->playerId));
    m_submission->setText(flag->submissionId.isEmpty() ? tr("Not about a submission.") : tr("Loading the submission…"));
    m_evidence->setPlainText(readableEvidence(flag->details));

    const quint64 generation = m_generation;
    const QString gameId = flag->gameId, playerId = flag->playerId, submissionId = flag->submissionId;
    m_context.invoker.call<FlagContext>(
        this,
        [gameId, playerId, submissionId](Engine &e, Callback<FlagContext> reply) {
            const QStringList linked = e.enforcement()->links.cluster(gameId, playerId); // core-thread state
            const QString newestSubmission = e.scores()->lastSubmissionId(gameId, playerId);
            e.writer()->run<FlagContext>(
                [submissionId, linked, newestSubmission](QSqlDatabase &db) -> Result<FlagContext> {
                    FlagContext c;
                    c.linked = linked;
                    if (!submissionId.isEmpty()) {
                        Result<std::optional<Submission>> s = ScoreRepository::findSubmission(db, submissionId);
                        if (!s)
                            return s.error();
                        c.submission = s.value();
                    }
                    Result<QList<Submission>> h = ScoreRepository::playerSubmissions(db, newestSubmission, kHistoryLimit);
                    if (!h)
                        return h.error();
                    c.history = h.value();
                    return c;
                },
                e.games(), std::move(reply));
        },
        [this, generation](Result<FlagContext> context) {
            if (generation != m_generation)
                return;
            if (!context) {
                m_submission->setText(tr("Cannot load the details: %1").arg(describe(context.error())));
                return;
            }
            showContext(context.value());
        });
}

void FlagDetails::showContext(const FlagContext &context)
{
    if (context.submission) {
        const Submission &s = *context.submission;
        m_submission->setText(tr("Submission: value %1, points %2, %3, board %4, status %5%6")
                                  .arg(QLocale().toString(s.value, 'g', 12), QLocale().toString(s.points, 'g', 12),
                                       localTime(s.atMs), m_names.value(s.boardId, s.boardId), s.status,
                                       s.removedAtMs ? tr(" (off the board since %1)").arg(localTime(*s.removedAtMs)) : QString()));
    } else if (!m_flag.submissionId.isEmpty()) {
        m_submission->setText(tr("The submission %1 is not stored.").arg(m_flag.submissionId));
    }
    QList<Submission> history;
    for (const Submission &s : context.history) // the flag's board only, when it is about one
        if (m_flag.boardId.isEmpty() || s.boardId == m_flag.boardId)
            history.append(s);
    drawHistory(history);
    m_linked = context.linked;
    for (const QString &player : context.linked)
        if (player != m_flag.playerId)
            m_links->addItem(player);
    if (m_links->count() == 0)
        m_links->addItem(tr("No linked accounts"));
    emit contextLoaded(m_flag.id);
}

void FlagDetails::drawHistory(const QList<Submission> &history)
{
    auto *line = new QLineSeries;
    auto *flagged = new QScatterSeries;
    line->setName(tr("Score"));
    flagged->setName(tr("Flagged"));
    flagged->setMarkerSize(9);
    double low = 0, high = 0;
    qint64 first = 0, last = 0;
    for (qsizetype i = history.size() - 1; i >= 0; --i) { // oldest first
        const Submission &s = history.at(i);
        line->append(double(s.atMs), s.value);
        if (s.status != QLatin1String("accepted") || s.id == m_flag.submissionId)
            flagged->append(double(s.atMs), s.value);
        low = line->count() == 1 ? s.value : std::min(low, s.value);
        high = line->count() == 1 ? s.value : std::max(high, s.value);
        first = first == 0 ? s.atMs : std::min(first, s.atMs);
        last = std::max(last, s.atMs);
    }
    m_historyPoints = int(line->count());
    m_chart->addSeries(line);
    m_chart->addSeries(flagged);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(4);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first - 1000), QDateTime::fromMSecsSinceEpoch(last + 1000));
    auto *y = new QValueAxis;
    // A flat history still gets a readable scale: at least ±2 % around the value.
    const double pad = std::max({1.0, (high - low) * 0.1, std::abs(high) * 0.02});
    y->setRange(low - pad, high + pad);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.8g"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    applyChartPalette(m_chart, palette());
    line->setColor(chartSeriesColor(0, palette()));
    flagged->setColor(chartSeriesColor(2, palette()));
    flagged->setBorderColor(chartSeriesColor(2, palette()));
}

void FlagDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_chart, palette());
        const QList<QAbstractSeries *> series = m_chart->series();
        if (series.size() == 2) {
            static_cast<QLineSeries *>(series.at(0))->setColor(chartSeriesColor(0, palette()));
            static_cast<QScatterSeries *>(series.at(1))->setColor(chartSeriesColor(2, palette()));
        }
    }
}

} // namespace arbiter::ui
