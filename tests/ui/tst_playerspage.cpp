// PlayersPage: search by id prefix (capped), the full profile over real players (logins, scores
// and alerts over HTTP), linked accounts, set tier, ban and lift from the profile, export, the
// navigator, and live refresh of the open profile.

#include "enforcementtestdata.h"

#include "consolecontext.h"
#include "dialogs/bandialog.h"
#include "dialogs/liftbandialog.h"
#include "enforcement/banservice.h"
#include "liveevents.h"
#include "models/bansmodel.h"
#include "models/playerhistorymodel.h"
#include "models/playersearchmodel.h"
#include "navigator.h"
#include "pages/playerspage.h"
#include "scores/scoreservice.h"
#include "widgets/playerprofileview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
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

class TestPlayersPage final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;
    std::unique_ptr<GameClients> m_clients;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<LiveEvents> m_live;
    std::unique_ptr<ConsoleContext> m_context;
    QString m_gameId;
    QString m_boardId;

    QStringList cells(PlayerHistoryModel *model, int column)
    {
        QStringList list;
        for (int r = 0; r < model->rowCount(); ++r)
            list.append(model->index(r, column).data().toString());
        return list;
    }
    PlayerHistoryModel *tab(PlayersPage &page, PlayerProfileView::Tab t) { return page.profileView()->historyModel(t); }
    void open(PlayersPage &page, const QString &player)
    {
        emit m_navigator->playerRequested(m_gameId, player);
        QTRY_COMPARE(page.profileView()->snapshot().profile.playerId, player);
        QTRY_COMPARE(page.findChild<QStackedWidget *>()->currentWidget(), page.profileView());
    }
    QList<Ban> bansOf(const QString &player)
    {
        QList<Ban> list;
        for (const Ban &ban : m_env.onCore([&](GameService &) { return m_env.engine->bans()->list(m_gameId, false); }))
            if (ban.playerId == player)
                list.append(ban);
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        m_clients = std::make_unique<GameClients>(*m_env.engine);
        m_navigator = std::make_unique<Navigator>();
        m_live = std::make_unique<LiveEvents>(*m_env.engine);
        m_context.reset(new ConsoleContext{*m_env.invoker, *m_navigator, *m_live});
        m_gameId = m_clients->createGame(QStringLiteral("Space Race"));
        m_boardId = m_clients->createBoard(m_gameId);

        QVERIFY(!m_boardId.isEmpty());
        // alice: two devices and two IPs; carol shares alice's first device (a linked account).
        QVERIFY(
            !m_clients
                 ->login(m_gameId, QStringLiteral("alice"), QStringLiteral("dev-shared"), QStringLiteral("10.0.1.1"))
                 .isEmpty());
        QVERIFY(
            !m_clients->login(m_gameId, QStringLiteral("alice"), QStringLiteral("dev-a2"), QStringLiteral("10.0.1.2"))
                 .isEmpty());
        QVERIFY(
            !m_clients
                 ->login(m_gameId, QStringLiteral("carol"), QStringLiteral("dev-shared"), QStringLiteral("10.0.1.3"))
                 .isEmpty());
        QVERIFY(!m_clients->login(m_gameId, QStringLiteral("dave"), QStringLiteral("dev-d"), QStringLiteral("10.0.1.4"))
                     .isEmpty());
        QCOMPARE(m_clients->submitScore(m_gameId, QStringLiteral("alice"), m_boardId, 1200).status, 201);
        QCOMPARE(m_clients->alert(m_gameId, QStringLiteral("alice"), QStringLiteral("speedhack")).status, 202);
        // Enough players to hit the search cap.
        for (int i = 0; i < PlayersPage::kSearchLimit + 10; ++i)
            QVERIFY(!m_clients
                         ->login(m_gameId, QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("dev-p%1").arg(i), QStringLiteral("10.0.2.%1").arg(i + 1))
                         .isEmpty());
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_live.reset();
        m_clients.reset();
        m_env.stop();
    }

    void searchesByPrefixWithACap()
    {
        PlayersPage page(*m_context);
        QAbstractItemModelTester tester(page.searchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.currentGameId(), m_gameId);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("playerSearch"));
        auto *note = page.findChild<QLabel *>(QStringLiteral("playerResultsNote"));
        QTest::keyClicks(search, QStringLiteral("p"));
        QTRY_COMPARE(page.searchModel()->rowCount(), PlayersPage::kSearchLimit);
        QVERIFY(note->text().contains(QStringLiteral("first %1").arg(PlayersPage::kSearchLimit)));
        QCOMPARE(page.searchModel()->row(0)->playerId, QStringLiteral("p00"));
        QTest::keyClicks(search, QStringLiteral("0"));
        QTRY_COMPARE(page.searchModel()->rowCount(), 10);
        search->setText(QStringLiteral("al"));
        QTRY_COMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->index(0, PlayerSearchModel::Player).data().toString(), QStringLiteral("alice"));
        QCOMPARE(page.searchModel()->index(0, PlayerSearchModel::Tier).data().toString(), QStringLiteral("C"));
        search->setText(QStringLiteral("AL")); // ids are case-sensitive
        QTRY_COMPARE(page.searchModel()->rowCount(), 0);
        QVERIFY(note->text().contains(QStringLiteral("AL")));

        // Enter opens the only match.
        search->setText(QStringLiteral("car"));
        QTRY_COMPARE(page.searchModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(page.profileView()->snapshot().profile.playerId, QStringLiteral("carol"));
    }

    void navigatorOpensTheFullProfile()
    {
        PlayersPage page(*m_context);
        PlayerProfileView *view = page.profileView();
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers; // destroyed before the page's models
        for (int t = 0; t < PlayerProfileView::Bans; ++t)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->historyModel(PlayerProfileView::Tab(t)), QAbstractItemModelTester::FailureReportingMode::QtTest));
        QAbstractItemModelTester bansTester(view->bansModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(page, QStringLiteral("alice"));
        QCOMPARE(page.currentGameId(), m_gameId);
        QCOMPARE(cells(tab(page, PlayerProfileView::Devices), 0),
            QStringList({QStringLiteral("dev-a2"), QStringLiteral("dev-shared")}));
        QCOMPARE(cells(tab(page, PlayerProfileView::Ips), 0),
            QStringList({QStringLiteral("10.0.1.2"), QStringLiteral("10.0.1.1")}));
        QCOMPARE(cells(tab(page, PlayerProfileView::Linked), 0), QStringList({QStringLiteral("carol")}));
        QCOMPARE(cells(tab(page, PlayerProfileView::Alerts), 1), QStringList({QStringLiteral("speedhack")}));
        QCOMPARE(
            cells(tab(page, PlayerProfileView::Submissions), 2), QStringList({QLocale().toString(1200.0, 'g', 12)}));
        QCOMPARE(view->bansModel()->rowCount(), 0);
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("profileTier"))->text().contains(QStringLiteral("C (automatic)")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("profileStage"))->text().contains(QStringLiteral("1 alert")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("liftPlayerBan"))->isEnabled());

        // The console shows the same profile the admin API serves: one builder for both.
        const QJsonObject api
            = m_clients->request("GET", QStringLiteral("/admin/v1/games/%1/players/alice").arg(m_gameId)).json();
        QJsonObject shown = view->snapshot().toJson();
        QCOMPARE(shown.take(QStringLiteral("effectiveTier")).toString(), QStringLiteral("C"));
        QCOMPARE(shown, api);
    }

    void linkedAccountOpensThatPlayer()
    {
        PlayersPage page(*m_context);
        page.show();
        open(page, QStringLiteral("alice"));
        page.profileView()->findChild<QTabWidget *>()->setCurrentIndex(PlayerProfileView::Linked);
        auto *linked = page.findChild<QTableView *>(QStringLiteral("linkedView"));
        linked->setCurrentIndex(linked->model()->index(0, 0));
        QTest::keyClick(linked, Qt::Key_Return); // Enter (or a double click) opens the linked player
        QTRY_COMPARE(page.profileView()->snapshot().profile.playerId, QStringLiteral("carol"));
        QCOMPARE(cells(tab(page, PlayerProfileView::Linked), 0), QStringList({QStringLiteral("alice")}));
    }

    void unknownPlayerSaysSo()
    {
        PlayersPage page(*m_context);
        emit m_navigator->playerRequested(m_gameId, QStringLiteral("nobody"));
        auto *empty = page.findChild<QLabel *>(QStringLiteral("playersEmpty"));
        QTRY_VERIFY(empty->text().contains(QStringLiteral("nobody")));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(), empty);
    }

    void setsTheTier()
    {
        PlayersPage page(*m_context);
        page.show();
        open(page, QStringLiteral("carol"));
        auto *choice = page.findChild<QComboBox *>(QStringLiteral("tierChoice"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("A")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("setTier")), Qt::LeftButton);
        const auto tierOfCarol = [&] {
            return m_env.onCore([&](GameService &) {
                return m_env.engine->scores()->effectiveTier(m_gameId, QStringLiteral("carol"));
            });
        };
        QTRY_COMPARE(tierOfCarol(), TrustTier::A);
        auto *tierLabel = page.findChild<QLabel *>(QStringLiteral("profileTier"));
        QTRY_VERIFY(tierLabel->text().contains(QStringLiteral("A (set by a moderator)")));
        QCOMPARE(choice->currentData().toString(), QStringLiteral("A"));
        // Back to automatic: the rules decide again (carol has no scores: C).
        choice->setCurrentIndex(choice->findData(QString()));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("setTier")), Qt::LeftButton);
        QTRY_COMPARE(tierOfCarol(), TrustTier::C);
        QTRY_VERIFY(tierLabel->text().contains(QStringLiteral("C (automatic)")));
    }

    void bansAndLiftsFromTheProfile()
    {
        PlayersPage page(*m_context);
        page.show();
        open(page, QStringLiteral("dave"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("banPlayer")), Qt::LeftButton);
        BanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BanDialog>()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("banPlayer"))->text(), QStringLiteral("dave"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("banReasons")), QStringLiteral("aimbot"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("banSubmit")), Qt::LeftButton);
        QTRY_VERIFY(confirmation());
        answer(confirmation(), true);
        QTRY_VERIFY(!visibleDialog<BanDialog>());

        QCOMPARE(bansOf(QStringLiteral("dave")).size(), 1);
        const Ban ban = bansOf(QStringLiteral("dave")).first();
        QCOMPARE(ban.reasons, QStringList({QStringLiteral("moderator"), QStringLiteral("aimbot")}));
        QCOMPARE(m_clients->status(m_gameId, QStringLiteral("dave")).code(), QStringLiteral("banned")); // kicked
        // The profile follows: the ban is listed, the stage is banned, and it can be lifted.
        BansModel *bans = page.profileView()->bansModel();
        QTRY_COMPARE(bans->rowCount(), 1);
        QCOMPARE(bans->index(0, BansModel::State).data().toString(), QStringLiteral("Active"));
        QTRY_VERIFY(
            page.findChild<QLabel *>(QStringLiteral("profileStage"))->text().contains(QStringLiteral("Banned")));
        auto *lift = page.findChild<QPushButton *>(QStringLiteral("liftPlayerBan"));
        QVERIFY(lift->isEnabled());

        QTest::mouseClick(lift, Qt::LeftButton);
        LiftBanDialog *liftDialog = nullptr;
        QTRY_VERIFY((liftDialog = visibleDialog<LiftBanDialog>()));
        QTest::keyClicks(
            liftDialog->findChild<QPlainTextEdit *>(QStringLiteral("liftNote")), QStringLiteral("wrong player"));
        QTest::mouseClick(liftDialog->findChild<QPushButton *>(QStringLiteral("liftSubmit")), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<LiftBanDialog>());
        const Ban lifted = bansOf(QStringLiteral("dave")).first();
        QVERIFY(lifted.liftedAtMs);
        QCOMPARE(lifted.liftNote, QStringLiteral("wrong player"));
        QTRY_COMPARE(bans->index(0, BansModel::State).data().toString(), QStringLiteral("Lifted"));
        QVERIFY(!lift->isEnabled());
    }

    void exportsTheProfileAsJson()
    {
        PlayersPage page(*m_context);
        open(page, QStringLiteral("alice"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alice.json"));
        QSignalSpy finished(&page, &PlayersPage::actionFinished);
        page.exportTo(path);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("playerId")).toString(), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("gameId")).toString(), m_gameId);
        QCOMPARE(json.value(QStringLiteral("devices")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("linkedAccounts")).toArray(), QJsonArray({QStringLiteral("carol")}));
        QCOMPARE(json.value(QStringLiteral("alerts")).toArray().first()[QStringLiteral("reason")].toString(),
            QStringLiteral("speedhack"));
        QCOMPARE(json.value(QStringLiteral("effectiveTier")).toString(), QStringLiteral("C"));

        page.exportTo(dir.filePath(QStringLiteral("missing/folder/x.json")));
        QCOMPARE(finished.size(), 2);
        QVERIFY(!finished.last().at(0).toBool());
    }

    void openProfileFollowsAlertsAndScoresLive()
    {
        PlayersPage page(*m_context);
        open(page, QStringLiteral("alice"));
        PlayerHistoryModel *alerts = tab(page, PlayerProfileView::Alerts);
        PlayerHistoryModel *submissions = tab(page, PlayerProfileView::Submissions);
        const int alertsBefore = alerts->rowCount();
        const int submissionsBefore = submissions->rowCount();
        QCOMPARE(m_clients->alert(m_gameId, QStringLiteral("alice"), QStringLiteral("wallhack")).status, 202);
        QElapsedTimer sinceAnswer;
        sinceAnswer.start();
        QTRY_COMPARE(alerts->rowCount(), alertsBefore + 1);
        qInfo("alert → open profile: %lld ms after the answer (figure, not asserted)", sinceAnswer.elapsed());
        QCOMPARE(alerts->index(0, 1).data().toString(), QStringLiteral("wallhack"));
        QCOMPARE(m_clients->submitScore(m_gameId, QStringLiteral("alice"), m_boardId, 1300).status, 201);
        QTRY_COMPARE(submissions->rowCount(), submissionsBefore + 1);
        // Another player's score does not touch alice's profile.
        QSignalSpy shown(&page, &PlayersPage::profileShown);
        QCOMPARE(m_clients->submitScore(m_gameId, QStringLiteral("carol"), m_boardId, 900).status, 201);
        QTest::qWait(400);
        QCOMPARE(shown.size(), 0);
    }
};

QTEST_MAIN(TestPlayersPage)
#include "tst_playerspage.moc"
