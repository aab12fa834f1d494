// GamesPage: create, edit, secrets, keys and builds through the real widgets on a real Engine.

#include "uitestsupport.h"

#include "crypto/crypto.h"
#include "dialogs/addbuilddialog.h"
#include "dialogs/boarddialog.h"
#include "dialogs/gamedialog.h"
#include "dialogs/secretdialog.h"
#include "dialogs/tournamentdialog.h"
#include "domain/detectionsettings.h"
#include "games/gameservice.h"
#include "models/boardsmodel.h"
#include "models/buildsmodel.h"
#include "models/gamesmodel.h"
#include "models/keysmodel.h"
#include "models/tournamentsmodel.h"
#include "pages/gamespage.h"
#include "scores/boardservice.h"
#include "support/webhookreceiver.h"
#include "tournaments/tournamentservice.h"
#include "widgets/gamedetails.h"
#include "workers/filehasher.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestGamesPage final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;
    std::unique_ptr<GamesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_gamesTester;
    std::unique_ptr<QAbstractItemModelTester> m_keysTester;
    std::unique_ptr<QAbstractItemModelTester> m_buildsTester;
    std::unique_ptr<QAbstractItemModelTester> m_boardsTester;
    std::unique_ptr<QAbstractItemModelTester> m_tournamentsTester;
    QString m_gameId;
    int m_loads = 0;

    template <class T> T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }
    void click(const QString &buttonName)
    {
        auto *button = child<QPushButton>(buttonName);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QList<Board> coreBoards()
    {
        return m_env.onCore([this](GameService &) { return m_env.engine->boards()->boards(m_gameId); });
    }
    QList<Tournament> coreTournaments()
    {
        return m_env.onCore([this](GameService &) { return m_env.engine->tournaments()->list(m_gameId); });
    }
    Game coreGame()
    {
        return m_env.onCore([id = m_gameId](GameService &s) { return s.find(id) ? *s.find(id) : Game{}; });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        m_page = std::make_unique<GamesPage>(*m_env.invoker);
        connect(m_page.get(), &GamesPage::gamesLoaded, this, [this] { ++m_loads; }); // the first read is queued
        auto *details = m_page->findChild<GameDetails *>();
        QVERIFY(details);
        m_gamesTester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_keysTester = std::make_unique<QAbstractItemModelTester>(details->keysModel(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_buildsTester = std::make_unique<QAbstractItemModelTester>(details->buildsModel(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_boardsTester = std::make_unique<QAbstractItemModelTester>(details->boardsModel(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tournamentsTester = std::make_unique<QAbstractItemModelTester>(details->tournamentsModel(),
                                                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_gamesTester.reset();
        m_keysTester.reset();
        m_buildsTester.reset();
        m_boardsTester.reset();
        m_tournamentsTester.reset();
        m_page.reset();
        m_env.stop();
    }

    void emptyStateOffersToCreate()
    {
        QTRY_VERIFY(m_loads > 0);
        auto *empty = m_page->findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->findChild<QLabel *>() != nullptr);
        QCOMPARE(m_page->model()->rowCount(), 0);
    }

    void createGameShowsValidationInline()
    {
        click(QStringLiteral("createFirstGame"));
        GameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<GameDialog>()) != nullptr);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Space Racer"));
        dialog->findChild<QCheckBox *>(QStringLiteral("autoBan"))->setChecked(false);
        auto *webhook = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
        QTest::keyClicks(webhook, QStringLiteral("http://example.com/hook")); // http only to loopback
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *error = dialog->findChild<QLabel *>(QStringLiteral("webhookError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("https")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_env.onCore([](GameService &s) { return s.games().size(); }), 0);

        webhook->clear();
        QTest::keyClicks(webhook, QStringLiteral("https://studio.example/hook"));
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<GameDialog>() == nullptr);

        const QList<Game> games = m_env.onCore([](GameService &s) { return s.games(); });
        QCOMPARE(games.size(), 1);
        QCOMPARE(games[0].settings.name, QStringLiteral("Space Racer"));
        QCOMPARE(games[0].settings.autoBan, false);
        QCOMPARE(games[0].settings.antiCheat, true);
        QCOMPARE(games[0].settings.webhookUrl, QStringLiteral("https://studio.example/hook"));
        m_gameId = games[0].id;

        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QTRY_COMPARE(m_page->currentGameId(), m_gameId);
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("gameTitle"))->text(), QStringLiteral("Space Racer"));
    }

    void editGameRenames()
    {
        click(QStringLiteral("editGame"));
        GameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<GameDialog>()) != nullptr);
        QCOMPARE(dialog->gameId(), m_gameId);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("Space Racer"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Space Racer 2"));
        dialog->findChild<QCheckBox *>(QStringLiteral("testMode"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<GameDialog>() == nullptr);
        QCOMPARE(coreGame().settings.name, QStringLiteral("Space Racer 2"));
        QCOMPARE(coreGame().settings.testMode, true);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("gameTitle"))->text(), QStringLiteral("Space Racer 2"));
    }

    void generateSecretShowsItOnce()
    {
        QVERIFY(coreGame().secretHash.isEmpty());
        click(QStringLiteral("generateSecret"));
        SecretDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<SecretDialog>()) != nullptr);
        QVERIFY(confirmation() == nullptr); // nothing to replace yet: no question
        const QString secret = dialog->value(QStringLiteral("secret"));
        QCOMPARE(secret.size(), 43); // 32 bytes, base64url without padding
        QCOMPARE(dialog->value(QStringLiteral("gameId")), m_gameId);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("warning"))->text().contains(QStringLiteral("only now")));
        QVERIFY(!coreGame().secretHash.isEmpty());
        QVERIFY(m_env.onCore([&](GameService &s) { return s.checkSecret(m_gameId, secret.toUtf8()); }));
        dialog->reject();
        QTRY_VERIFY(visibleDialog<SecretDialog>() == nullptr);

        // A second secret replaces the first, so the console asks; Cancel changes nothing.
        click(QStringLiteral("generateSecret"));
        QTRY_VERIFY(confirmation() != nullptr);
        answer(confirmation(), false);
        QTest::qWait(100);
        QVERIFY(visibleDialog<SecretDialog>() == nullptr);
        QVERIFY(m_env.onCore([&](GameService &s) { return s.checkSecret(m_gameId, secret.toUtf8()); }));

        click(QStringLiteral("generateSecret"));
        QTRY_VERIFY(confirmation() != nullptr);
        answer(confirmation(), true);
        QTRY_VERIFY((dialog = visibleDialog<SecretDialog>()) != nullptr);
        const QString replacement = dialog->value(QStringLiteral("secret"));
        QCOMPARE(replacement.size(), 43);
        QVERIFY(replacement != secret);
        QVERIFY(!m_env.onCore([&](GameService &s) { return s.checkSecret(m_gameId, secret.toUtf8()); }));
        QVERIFY(m_env.onCore([&](GameService &s) { return s.checkSecret(m_gameId, replacement.toUtf8()); }));
        dialog->reject();
    }

    void generateAndRevokeKey()
    {
        click(QStringLiteral("generateKey"));
        SecretDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<SecretDialog>()) != nullptr);
        const QString keyId = dialog->value(QStringLiteral("keyId"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(keyId).hasMatch());
        const QByteArray key = QByteArray::fromBase64(dialog->value(QStringLiteral("key")).toLatin1());
        QCOMPARE(key.size(), 32);
        dialog->reject();
        QCOMPARE(coreGame().keys.size(), 1);
        QCOMPARE(coreGame().keys[0].keyId, keyId);
        QVERIFY(coreGame().keys[0].active());

        auto *keys = child<QTableView>(QStringLiteral("keysView"));
        QTRY_COMPARE(keys->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(QStringLiteral("revokeKey"))->isEnabled());
        keys->selectRow(0);
        click(QStringLiteral("revokeKey"));
        QTRY_VERIFY(confirmation() != nullptr);
        QVERIFY(confirmation()->text().contains(keyId));
        answer(confirmation(), true);
        QTRY_VERIFY(!coreGame().keys[0].active());
        QTRY_VERIFY(keys->model()->index(0, KeysModel::State).data().toString().startsWith(QStringLiteral("Revoked")));
    }

    void addAndRemoveBuildByPasting()
    {
        const QString sha = QString::fromLatin1(crypto::sha256Hex("release build 1.0"));
        click(QStringLiteral("addBuild"));
        AddBuildDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddBuildDialog>()) != nullptr);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("sha256"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        QTest::keyClicks(field, sha.left(63));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(field, QStringLiteral("g"));
        QVERIFY(!ok->isEnabled()); // not hex
        field->clear();
        QTest::keyClicks(field, sha.toUpper());
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("label")), QStringLiteral("1.0 Linux"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<AddBuildDialog>() == nullptr);
        QCOMPARE(coreGame().builds.size(), 1);
        QCOMPARE(coreGame().builds[0].sha256, sha); // stored lowercase
        QCOMPARE(coreGame().builds[0].label, QStringLiteral("1.0 Linux"));

        auto *builds = child<QTableView>(QStringLiteral("buildsView"));
        QTRY_COMPARE(builds->model()->rowCount(), 1);
        QCOMPARE(builds->model()->index(0, BuildsModel::Sha256).data().toString(), sha);
        builds->selectRow(0);
        click(QStringLiteral("removeBuild"));
        QTRY_VERIFY(confirmation() != nullptr);
        answer(confirmation(), true);
        QTRY_COMPARE(coreGame().builds.size(), 0);
        QTRY_COMPARE(builds->model()->rowCount(), 0);
    }

    void fileHasherMatchesSha256()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("game-binary.exe"));
        QByteArray data;
        for (int i = 0; i < (3 << 20) + 12345; ++i) // three chunks and a bit
            data.append(char((i * 131) ^ (i >> 7)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        const QString expected = QString::fromLatin1(crypto::sha256Hex(data));

        FileHasher hasher(path);
        QSignalSpy progress(&hasher, &FileHasher::progress);
        QSignalSpy finished(&hasher, &QThread::finished);
        hasher.start();
        // QThread::wait, not the spy's: the thread may finish before a spy would start waiting.
        QVERIFY(hasher.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(hasher.hex(), expected);
        QVERIFY(hasher.error().isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(data.size()));

        FileHasher missing(dir.filePath(QStringLiteral("nope")));
        QSignalSpy missingDone(&missing, &QThread::finished);
        missing.start();
        QVERIFY(missing.wait(5000));
        QCOMPARE(missingDone.count(), 1);
        QVERIFY(missing.hex().isEmpty());
        QVERIFY(!missing.error().isEmpty());

        // Through the dialog, as after picking the file.
        click(QStringLiteral("addBuild"));
        AddBuildDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddBuildDialog>()) != nullptr);
        dialog->hashFile(path);
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sha256"))->text(), expected);
        QCOMPARE(dialog->label(), QStringLiteral("game-binary.exe"));
        QVERIFY(!dialog->isHashing());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_COMPARE(coreGame().builds.size(), 1);
        QCOMPARE(coreGame().builds[0].sha256, expected);
    }

    void fileHasherCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 48; ++i)
            file.write(chunk);
        file.close();
        FileHasher hasher(path);
        QSignalSpy finished(&hasher, &QThread::finished);
        hasher.start();
        hasher.cancel();
        QVERIFY(hasher.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(hasher.wasCancelled());
        QVERIFY(hasher.hex().isEmpty());
    }

    void createBoardFromTheDialog()
    {
        click(QStringLiteral("newBoard"));
        BoardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BoardDialog>()) != nullptr);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Weekly best three"));
        const auto choose = [dialog](const char *name, const char *value) {
            auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(QLatin1String(value)));
            QCOMPARE(combo->currentData().toString(), QLatin1String(value));
        };
        choose("sortOrder", "asc");
        choose("operator", "best_n_sum");
        choose("reset", "weekly");
        choose("formula", "log_multiplier");
        auto *bestN = dialog->findChild<QSpinBox *>(QStringLiteral("bestN"));
        QVERIFY(bestN->isEnabled());
        bestN->setValue(3);
        dialog->findChild<QCheckBox *>(QStringLiteral("hasMaxPlausible"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("maxPlausible"))->setValue(5000);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("bonusCoefficient"))->setValue(0.25);
        dialog->findChild<QCheckBox *>(QStringLiteral("hasCapPerSubmission"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("capPerSubmission"))->setValue(300);
        dialog->findChild<QCheckBox *>(QStringLiteral("hasCapPerDay"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("capPerDay"))->setValue(900);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<BoardDialog>() == nullptr);

        const QList<Board> boards = coreBoards();
        QCOMPARE(boards.size(), 1);
        const Board &b = boards[0];
        QCOMPARE(b.name, QStringLiteral("Weekly best three"));
        QCOMPARE(b.sortOrder, QStringLiteral("asc"));
        QCOMPARE(b.op, QStringLiteral("best_n_sum"));
        QCOMPARE(b.reset, QStringLiteral("weekly"));
        QCOMPARE(b.maxPlausible.value_or(-1), 5000.0);
        QCOMPARE(b.scoring.formula, Scoring::Formula::LogMultiplier);
        QCOMPARE(b.scoring.bestN, 3);
        QCOMPARE(b.scoring.bonusCoefficient, 0.25);
        QCOMPARE(b.scoring.capPerSubmission.value_or(-1), 300.0);
        QCOMPARE(b.scoring.capPerDay.value_or(-1), 900.0);
        QCOMPARE(b.ruleSetVersion, 1);

        auto *view = child<QTableView>(QStringLiteral("boardsView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, BoardsModel::Name).data().toString(), QStringLiteral("Weekly best three"));
        QCOMPARE(view->model()->index(0, BoardsModel::Version).data().toString(), QStringLiteral("v1"));
    }

    void editBoardScoringMakesANewVersion()
    {
        auto *view = child<QTableView>(QStringLiteral("boardsView"));
        QVERIFY(!child<QPushButton>(QStringLiteral("editBoard"))->isEnabled()); // nothing selected
        view->selectRow(0);
        click(QStringLiteral("editBoard"));
        BoardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<BoardDialog>()) != nullptr);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("ruleSetVersion"))->text().contains(QStringLiteral("version 1")));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("operator"))->isEnabled()); // a live board's shape is fixed
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("bestN"))->isEnabled());
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("capPerSubmission"))->value(), 300.0);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("capPerSubmission"))->setValue(400);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<BoardDialog>() == nullptr);
        QCOMPARE(coreBoards().at(0).ruleSetVersion, 2);
        QCOMPARE(coreBoards().at(0).scoring.capPerSubmission.value_or(-1), 400.0);
        QTRY_COMPARE(view->model()->index(0, BoardsModel::Version).data().toString(), QStringLiteral("v2"));

        // A rename alone keeps the version.
        view->selectRow(0);
        click(QStringLiteral("editBoard"));
        QTRY_VERIFY((dialog = visibleDialog<BoardDialog>()) != nullptr);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("ruleSetVersion"))->text().contains(QStringLiteral("version 2")));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Weekly top three"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<BoardDialog>() == nullptr);
        QCOMPARE(coreBoards().at(0).name, QStringLiteral("Weekly top three"));
        QCOMPARE(coreBoards().at(0).ruleSetVersion, 2);
    }

    void createTournamentShowsTheServiceValidation()
    {
        click(QStringLiteral("newTournament"));
        TournamentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<TournamentDialog>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Weekend Cup"));
        auto *starts = dialog->findChild<QDateTimeEdit *>(QStringLiteral("startsAt"));
        auto *ends = dialog->findChild<QDateTimeEdit *>(QStringLiteral("endsAt"));
        ends->setDateTime(starts->dateTime().addSecs(-3600)); // ends before it starts
        dialog->findChild<QCheckBox *>(QStringLiteral("limitAttempts"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("maxAttempts"))->setValue(5);
        auto *sort = dialog->findChild<QComboBox *>(QStringLiteral("sortOrder"));
        sort->setCurrentIndex(sort->findData(QStringLiteral("asc")));
        dialog->findChild<QCheckBox *>(QStringLiteral("requireServerConfirmation"))->setChecked(true);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("endsAtError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("must be after startsAt")); // the API's words
        QVERIFY(dialog->isVisible());
        QCOMPARE(coreTournaments().size(), 0);

        ends->setDateTime(starts->dateTime().addDays(2));
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<TournamentDialog>() == nullptr);
        const QList<Tournament> tournaments = coreTournaments();
        QCOMPARE(tournaments.size(), 1);
        QCOMPARE(tournaments[0].name, QStringLiteral("Weekend Cup"));
        QCOMPARE(tournaments[0].maxAttempts.value_or(-1), 5);
        QVERIFY(tournaments[0].requireServerConfirmation);
        QCOMPARE(tournaments[0].endsAtMs - tournaments[0].startsAtMs, 2 * 86400 * 1000LL);
        QVERIFY(!tournaments[0].boardId.isEmpty());
        const QString sortOrder = m_env.onCore([&](GameService &) { return m_env.engine->tournaments()->sortOrderOf(tournaments[0]); });
        QCOMPARE(sortOrder, QStringLiteral("asc"));
        QTRY_COMPARE(child<QTableView>(QStringLiteral("tournamentsView"))->model()->rowCount(), 1);
        QCOMPARE(child<QTableView>(QStringLiteral("tournamentsView"))->model()->index(0, TournamentsModel::Name).data().toString(),
                 QStringLiteral("Weekend Cup"));
        QTRY_COMPARE(child<QTableView>(QStringLiteral("boardsView"))->model()->rowCount(), 2); // its board
    }

    void editThresholdsAndWebhook()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        click(QStringLiteral("editGame"));
        GameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<GameDialog>()) != nullptr);
        auto *outlierA = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("detection.outlierZ.A"));
        QVERIFY(outlierA);
        QCOMPARE(outlierA->value(), 4.0); // the default
        outlierA->setValue(5.5);
        auto *velocityWindow = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("detection.duplicateWindowSeconds"));
        QVERIFY(velocityWindow);
        QCOMPARE(velocityWindow->minimum(), 0.0); // negative numbers are refused by the service: not offered
        velocityWindow->setValue(600);
        auto *botCadence = dialog->findChild<QCheckBox *>(QStringLiteral("detection.rules.bot_cadence.enabled"));
        QVERIFY(botCadence && botCadence->isChecked());
        botCadence->setChecked(false);
        auto *confidence = dialog->findChild<QComboBox *>(QStringLiteral("detection.rules.outlier.confidence"));
        confidence->setCurrentIndex(confidence->findData(QStringLiteral("high")));
        auto *webhook = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
        webhook->clear();
        QTest::keyClicks(webhook, receiver.url());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<GameDialog>() == nullptr);

        const Game game = coreGame();
        QCOMPARE(game.settings.webhookUrl, receiver.url());
        const QJsonObject effective = effectiveDetectionSettings(game.settings.detectionOverrides);
        QCOMPARE(effective[QStringLiteral("outlierZ")][QStringLiteral("A")].toDouble(), 5.5);
        QCOMPARE(effective[QStringLiteral("outlierZ")][QStringLiteral("B")].toDouble(), 3.0); // untouched
        QCOMPARE(effective[QStringLiteral("duplicateWindowSeconds")].toDouble(), 600.0);
        QCOMPARE(effective[QStringLiteral("rules")][QStringLiteral("bot_cadence")][QStringLiteral("enabled")].toBool(), false);
        QCOMPARE(effective[QStringLiteral("rules")][QStringLiteral("outlier")][QStringLiteral("confidence")].toString(), QStringLiteral("high"));
        // Only what changed is stored as an override.
        QVERIFY(!game.settings.detectionOverrides.contains(QStringLiteral("velocityMinSeconds")));
        QTRY_VERIFY(child<QLabel>(QStringLiteral("gameSettings"))->text().contains(QStringLiteral("changed from the defaults")));

        // The edit dialog shows the stored thresholds next time.
        click(QStringLiteral("editGame"));
        QTRY_VERIFY((dialog = visibleDialog<GameDialog>()) != nullptr);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("detection.outlierZ.A"))->value(), 5.5);
        dialog->reject();
        QTRY_VERIFY(visibleDialog<GameDialog>() == nullptr);

        // Send test webhook: the message arrives at the receiver and the delivery state shows.
        QSignalSpy shown(m_page.get(), &GamesPage::webhookStateShown);
        click(QStringLiteral("testWebhook"));
        QTRY_COMPARE(receiver.messages.size(), 1);
        QVERIFY(QJsonDocument(receiver.messages[0]).toJson().contains("Test message from Arbiter"));
        QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toString() == QLatin1String("delivered"));
        QVERIFY(child<QLabel>(QStringLiteral("webhookState"))->text().contains(QStringLiteral("delivered (HTTP 204)")));

        // A receiver that fails: the state says so (the deliverer retries).
        receiver.setStatus(500);
        shown.clear();
        click(QStringLiteral("testWebhook"));
        QTRY_VERIFY(receiver.messages.size() >= 2);
        QTRY_VERIFY(child<QLabel>(QStringLiteral("webhookState"))->text().contains(QStringLiteral("HTTP 500")));
    }
};

QTEST_MAIN(TestGamesPage)
#include "tst_gamespage.moc"
