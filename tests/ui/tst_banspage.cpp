// BansPage: the ban history over real bans (engine, moderator, REST), new ban from the navigator
// through the dialog and its confirmation, lift with a note, resend report, filters and the chart.

#include "enforcementtestdata.h"
#include "support/webhookreceiver.h"

#include "consolecontext.h"
#include "dialogs/bandialog.h"
#include "dialogs/liftbandialog.h"
#include "displayformat.h"
#include "enforcement/banservice.h"
#include "liveevents.h"
#include "models/banlistreader.h"
#include "models/bansmodel.h"
#include "navigator.h"
#include "pages/banspage.h"
#include "widgets/banchart.h"
#include "widgets/gamefilterbox.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestBansPage final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;
    std::unique_ptr<GameClients> m_clients;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<LiveEvents> m_live;
    std::unique_ptr<ConsoleContext> m_context;
    WebhookReceiver m_receiver;
    QString m_gameId;
    QString m_otherGameId;
    QString m_bobBanId;

    QList<Ban> bans(const QString &gameId)
    {
        return m_env.onCore([&](GameService &) { return m_env.engine->bans()->list(gameId, false); });
    }
    std::optional<Ban> banOf(const QString &player)
    {
        for (const Ban &ban : bans(m_gameId))
            if (ban.playerId == player)
                return ban;
        return std::nullopt;
    }
    static int rowOfPlayer(BansModel *model, const QString &player)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->row(r)->ban.playerId == player)
                return r;
        return -1;
    }
    void select(BansPage &page, const QString &banId)
    {
        page.selectBan(banId);
        QCOMPARE(page.currentBanId(), banId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        QVERIFY(m_receiver.listen());
        m_clients = std::make_unique<GameClients>(*m_env.engine);
        m_navigator = std::make_unique<Navigator>();
        m_live = std::make_unique<LiveEvents>(*m_env.engine);
        m_context.reset(new ConsoleContext{*m_env.invoker, *m_navigator, *m_live});
        m_gameId = m_clients->createGame(QStringLiteral("Space Race"), m_receiver.url());
        m_otherGameId = m_clients->createGame(QStringLiteral("Quiet Game"));
        QVERIFY(
            !m_clients->login(m_gameId, QStringLiteral("alice"), QStringLiteral("dev-a"), QStringLiteral("10.0.0.1"))
                 .isEmpty());
        QVERIFY(!m_clients->login(m_gameId, QStringLiteral("bob"), QStringLiteral("dev-b"), QStringLiteral("10.0.0.2"))
                     .isEmpty());
        // A moderator ban through the admin API (the same path the console uses).
        const HttpResult r = m_clients->request("POST", QStringLiteral("/admin/v1/bans"),
            {{QStringLiteral("gameId"), m_gameId}, {QStringLiteral("playerId"), QStringLiteral("bob")},
                {QStringLiteral("reasons"), QJsonArray{QStringLiteral("wallhack")}}});
        QCOMPARE(r.status, 201);
        m_bobBanId = r.json().value(QStringLiteral("id")).toString();
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_live.reset();
        m_clients.reset();
        m_env.stop();
    }

    void showsBansWithStateSourceAndDelivery()
    {
        BansPage page(*m_context);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        BansModel *model = page.model();
        QCOMPARE(model->index(0, BansModel::Player).data().toString(), QStringLiteral("bob"));
        QCOMPARE(model->index(0, BansModel::Game).data().toString(), QStringLiteral("Space Race"));
        QCOMPARE(model->index(0, BansModel::Reasons).data().toString(), QStringLiteral("moderator, wallhack"));
        QCOMPARE(model->index(0, BansModel::Source).data().toString(), QStringLiteral("Moderator"));
        QCOMPARE(model->index(0, BansModel::State).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model->index(0, BansModel::Expires).data().toString(), QStringLiteral("—"));
        // The webhook report reaches the receiver; the page follows the delivery live.
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(0, BansModel::Report).data().toString(), QStringLiteral("Delivered"), 10000);
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(),
            page.findChild<QTableView *>(QStringLiteral("bansView")));
    }

    void banRequestedOpensThePrefilledDialogAndBans()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        emit m_navigator->banRequested(m_gameId, QStringLiteral("alice"));
        BanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BanDialog>()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("banPlayer"))->text(), QStringLiteral("alice"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("banGame"))->currentData().toString(), m_gameId);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("banReasons")), QStringLiteral("aimbot"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("banIp")), QStringLiteral("::ffff:10.0.0.1"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);

        // Asks first: cancelling bans nobody.
        QTRY_VERIFY(confirmation());
        QVERIFY(confirmation()->text().contains(QStringLiteral("alice")));
        answer(confirmation(), false);
        QTRY_VERIFY(!confirmation());
        QVERIFY(!banOf(QStringLiteral("alice")));
        QVERIFY(dialog->isVisible());

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);
        QTRY_VERIFY(confirmation());
        answer(confirmation(), true);
        QTRY_VERIFY(!visibleDialog<BanDialog>());
        const std::optional<Ban> ban = banOf(QStringLiteral("alice"));
        QVERIFY(ban);
        QCOMPARE(ban->source, BanSource::Moderator);
        QCOMPARE(ban->reasons, QStringList({QStringLiteral("moderator"), QStringLiteral("aimbot")}));
        QCOMPARE(ban->ip, QStringLiteral("10.0.0.1")); // canonical, as the admin API stores it
        QCOMPARE(ban->actor, QStringLiteral("tester@console"));
        // Kicked: her session answers "banned", and a new login is refused.
        QCOMPARE(m_clients->status(m_gameId, QStringLiteral("alice")).code(), QStringLiteral("banned"));
        QTRY_VERIFY(rowOfPlayer(page.model(), QStringLiteral("alice")) >= 0);
    }

    void dialogRefusesABanWithoutSubject()
    {
        BansPage page(*m_context);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const int before = int(bans(m_gameId).size());
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        BanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BanDialog>()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("banError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("at least one")));
        QVERIFY(!confirmation());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("banIp")), QStringLiteral("not-an-ip"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);
        QVERIFY(error->text().contains(QStringLiteral("IPv4")));
        QVERIFY(!confirmation());
        dialog->reject();
        QCOMPARE(int(bans(m_gameId).size()), before);
    }

    void liftWithANote()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_VERIFY(page.model()->rowOf(m_bobBanId) >= 0);
        select(page, m_bobBanId);
        auto *lift = page.findChild<QPushButton *>(QStringLiteral("liftBan"));
        QVERIFY(lift->isEnabled());
        QTest::mouseClick(lift, Qt::LeftButton);
        LiftBanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<LiftBanDialog>()));
        QTest::keyClicks(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("liftNote")), QStringLiteral("appeal accepted"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("liftSubmit")), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<LiftBanDialog>());
        const std::optional<Ban> ban = banOf(QStringLiteral("bob"));
        QVERIFY(ban && ban->liftedAtMs);
        QCOMPARE(ban->liftNote, QStringLiteral("appeal accepted"));
        QTRY_COMPARE(page.model()->index(page.model()->rowOf(m_bobBanId), BansModel::State).data().toString(),
            QStringLiteral("Lifted"));
        QVERIFY(!lift->isEnabled()); // a lifted ban cannot be lifted again
        // Bob can play again.
        QVERIFY(!m_clients->login(m_gameId, QStringLiteral("bob"), QStringLiteral("dev-b"), QStringLiteral("10.0.0.2"))
                     .isEmpty());
    }

    void resendReport()
    {
        BansPage page(*m_context);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(page.model()->rowOf(m_bobBanId) >= 0);
        const int row = page.model()->rowOf(m_bobBanId);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->index(row, BansModel::Report).data().toString(), QStringLiteral("Delivered"), 10000);
        const qsizetype before = m_receiver.messages.size();
        select(page, m_bobBanId);
        QSignalSpy finished(&page, &BansPage::actionFinished);
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.messages.size(), before + 1, 10000);
        QVERIFY(QJsonDocument(m_receiver.messages.last()).toJson().contains(m_bobBanId.toUtf8()));
        QTRY_COMPARE(page.model()->index(page.model()->rowOf(m_bobBanId), BansModel::Report).data().toString(),
            QStringLiteral("Delivered"));
    }

    void resendWithoutWebhookSaysWhy()
    {
        const HttpResult r = m_clients->request("POST", QStringLiteral("/admin/v1/bans"),
            {{QStringLiteral("gameId"), m_otherGameId}, {QStringLiteral("deviceId"), QStringLiteral("dev-x")}});
        QCOMPARE(r.status, 201);
        const QString banId = r.json().value(QStringLiteral("id")).toString();
        BansPage page(*m_context);
        page.show();
        QTRY_VERIFY(page.model()->rowOf(banId) >= 0);
        QCOMPARE(page.model()->index(page.model()->rowOf(banId), BansModel::Report).data().toString(),
            QStringLiteral("No webhook"));
        select(page, banId);
        QSignalSpy finished(&page, &BansPage::actionFinished);
        page.resendSelected();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("webhook")));
    }

    void filtersByStateSourceGameAndSearch()
    {
        BansPage page(*m_context);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.model()->rowCount(), 3); // bob (lifted), alice (active), dev-x (other game)
        auto *state = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QSignalSpy loaded(&page, &BansPage::bansLoaded);
        state->setCurrentIndex(state->findData(QStringLiteral("lifted")));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->row(0)->ban.id, m_bobBanId);
        state->setCurrentIndex(state->findData(QStringLiteral("active")));
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(rowOfPlayer(page.model(), QStringLiteral("bob")), -1);

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("banSearch"));
        QTest::keyClicks(search, QStringLiteral("AIMBOT"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->row(0)->ban.playerId, QStringLiteral("alice"));
        search->clear();
        state->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(), 3);

        auto *source = page.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        source->setCurrentIndex(source->findData(QStringLiteral("auto")));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        auto *empty = page.findChild<QLabel *>(QStringLiteral("bansEmpty"));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(), empty);
        QVERIFY(empty->text().contains(QStringLiteral("match")));
        source->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(), 3);

        // The navigator's bansRequested shows one game's bans.
        emit m_navigator->bansRequested(m_otherGameId);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.filter().gameId, m_otherGameId);
        QCOMPARE(page.model()->row(0)->ban.deviceId, QStringLiteral("dev-x"));
    }

    void chartCountsBansPerDayByReason()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        const BanChartData &data = page.chart()->data();
        QTRY_COMPARE(page.chart()->data().total(), 3);
        QCOMPARE(data.days, 30);
        QCOMPARE(data.firstDay.daysTo(QDate::currentDate()), 29);
        QVERIFY(data.reasons.contains(QStringLiteral("aimbot")));
        QVERIFY(data.reasons.contains(QStringLiteral("wallhack")));
        QVERIFY(data.reasons.contains(QStringLiteral("moderator"))); // the device ban without a reason
        const int aimbot = int(data.reasons.indexOf(QStringLiteral("aimbot")));
        QCOMPARE(data.counts[aimbot].last(), 1); // today
        // The day axis: a date at every 7th day counted back from today, at its bar.
        auto *days = qobject_cast<QCategoryAxis *>(
            page.chart()->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        const QDate today = QDate::currentDate();
        const QStringList labels = days->categoriesLabels();
        QCOMPARE(labels.size(), 5); // days 1, 8, 15, 22, 29
        QCOMPARE(labels.last(), QLocale().toString(today, QStringLiteral("d MMM")));
        QCOMPARE(days->endValue(labels.last()), 29.0);
        QCOMPARE(labels.first(), QLocale().toString(today.addDays(-28), QStringLiteral("d MMM")));
        QCOMPARE(days->endValue(labels.first()), 1.0);
        QTest::mouseClick(page.findChild<QWidget *>(QStringLiteral("chart90Days")), Qt::LeftButton);
        QTRY_COMPARE(page.chart()->data().days, 90);
        QCOMPARE(page.chart()->data().total(), 3);
    }

    void chartFoldsRareReasonsIntoOther()
    {
        QList<Ban> list;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 8; ++i) {
            Ban ban;
            ban.reasons = {QStringLiteral("moderator"), QStringLiteral("r%1").arg(i)};
            ban.createdAtMs = now - qint64(i) * 24 * 3600 * 1000;
            list.append(ban);
        }
        Ban old;
        old.reasons = {QStringLiteral("r0")};
        old.createdAtMs = now - 40LL * 24 * 3600 * 1000; // outside 30 days
        list.append(old);
        const BanChartData data = banChartData(list, now, 30, 6);
        QCOMPARE(data.reasons.size(), 6);
        QCOMPARE(data.reasons.last(), QStringLiteral("other"));
        QCOMPARE(data.total(), 8);
        QCOMPARE(banChartData(list, now, 90, 6).total(), 9);
    }

    void banWithExpiryOnADevice()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newBan")), Qt::LeftButton);
        BanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BanDialog>()));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("banDevice")), QStringLiteral("dev-e"));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("banExpires")), Qt::LeftButton);
        const QDateTime expiry = QDateTime::currentDateTime().addDays(3);
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("banExpiresAt"))->setDateTime(expiry);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);
        QTRY_VERIFY(confirmation());
        QVERIFY(confirmation()->text().contains(QStringLiteral("dev-e")));
        answer(confirmation(), true);
        QTRY_VERIFY(!visibleDialog<BanDialog>());
        std::optional<Ban> ban;
        for (const Ban &b : bans(m_gameId))
            if (b.deviceId == QLatin1String("dev-e"))
                ban = b;
        QVERIFY(ban && ban->expiresAtMs);
        QVERIFY(qAbs(*ban->expiresAtMs - expiry.toMSecsSinceEpoch()) < 60 * 1000); // the editor shows minutes
        QVERIFY(ban->playerId.isEmpty());
        QTRY_VERIFY(page.model()->rowOf(ban->id) >= 0);
        const int row = page.model()->rowOf(ban->id);
        QCOMPARE(page.model()->index(row, BansModel::State).data().toString(), QStringLiteral("Active"));
        QCOMPARE(page.model()->index(row, BansModel::Expires).data().toString(), localTime(*ban->expiresAtMs));

        // Lifted is lifted; past its expiry a ban is expired; otherwise active.
        Ban copy = *ban;
        QCOMPARE(banStateAt(copy, *copy.expiresAtMs - 1), QStringLiteral("active"));
        QCOMPARE(banStateAt(copy, *copy.expiresAtMs), QStringLiteral("expired"));
        copy.liftedAtMs = copy.createdAtMs + 1;
        QCOMPARE(banStateAt(copy, copy.createdAtMs + 2), QStringLiteral("lifted"));
    }

    void enterOpensThePlayer()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_VERIFY(page.model()->rowOf(m_bobBanId) >= 0);
        auto *view = page.findChild<QTableView *>(QStringLiteral("bansView"));
        QSignalSpy requested(m_navigator.get(), &Navigator::playerRequested);
        const QModelIndex index = page.model()->index(page.model()->rowOf(m_bobBanId), BansModel::Player);
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), m_gameId);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("bob"));
    }

    void liveBanAppearsWithoutRefresh()
    {
        BansPage page(*m_context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 4);
        // An engine ban (tampered build → signature ban) arrives through LiveEvents::banChanged.
        const QJsonObject body{{QStringLiteral("user_id"), QStringLiteral("modder")},
            {QStringLiteral("device_id"), QStringLiteral("dev-m")},
            {QStringLiteral("login_token"), QStringLiteral("t")},
            {QStringLiteral("game_signature"), QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))}};
        QCOMPARE(m_clients
                     ->request("POST", QStringLiteral("/api/authoritative/authicate/login"), body,
                         {{"X-Game-Id", m_gameId.toUtf8()}, {"X-Forwarded-For", "10.0.0.9, 127.0.0.1"}})
                     .status,
            403);
        QElapsedTimer sinceAnswer; // the ban committed before the 403 was sent
        sinceAnswer.start();
        QTRY_COMPARE(page.model()->rowCount(), 5);
        qInfo("ban → row on the Bans page: %lld ms after the login's answer (figure, not asserted)",
            sinceAnswer.elapsed());
        const int row = rowOfPlayer(page.model(), QStringLiteral("modder"));
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, BansModel::Source).data().toString(), QStringLiteral("Signature"));
    }

    // A hidden page reads nothing (not at start, not on ban events); shown, it catches up at once.
    void hiddenPageReadsWhenShown()
    {
        BansPage page(*m_context);
        QSignalSpy loaded(&page, &BansPage::bansLoaded);
        QTest::qWait(300); // three coalescing intervals
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(page.model()->rowCount(), 0);
        page.show();
        QTRY_VERIFY(loaded.count() >= 1);
        const int before = page.model()->rowCount();
        QVERIFY(before > 0);

        page.hide();
        loaded.clear();
        const HttpResult r = m_clients->request("POST", QStringLiteral("/admin/v1/bans"),
            {{QStringLiteral("gameId"), m_gameId}, {QStringLiteral("playerId"), QStringLiteral("unseen")},
                {QStringLiteral("reasons"), QJsonArray{QStringLiteral("aimbot")}}});
        QCOMPARE(r.status, 201);
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(page.model()->rowCount(), before);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), before + 1);
        QVERIFY(rowOfPlayer(page.model(), QStringLiteral("unseen")) >= 0);
    }
};

QTEST_MAIN(TestBansPage)
#include "tst_banspage.moc"
