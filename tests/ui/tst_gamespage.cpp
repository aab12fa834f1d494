// GamesPage: create, edit, secrets, keys and builds through the real widgets on a real Engine.

#include "uitestsupport.h"

#include "crypto/crypto.h"
#include "dialogs/addbuilddialog.h"
#include "dialogs/gamedialog.h"
#include "dialogs/secretdialog.h"
#include "games/gameservice.h"
#include "models/buildsmodel.h"
#include "models/gamesmodel.h"
#include "models/keysmodel.h"
#include "pages/gamespage.h"
#include "widgets/gamedetails.h"
#include "workers/filehasher.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_gamesTester.reset();
        m_keysTester.reset();
        m_buildsTester.reset();
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
        QVERIFY(finished.wait(10000));
        QCOMPARE(hasher.hex(), expected);
        QVERIFY(hasher.error().isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(data.size()));

        FileHasher missing(dir.filePath(QStringLiteral("nope")));
        QSignalSpy missingDone(&missing, &QThread::finished);
        missing.start();
        QVERIFY(missingDone.wait(5000));
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
        QVERIFY(finished.wait(10000));
        QVERIFY(hasher.wasCancelled());
        QVERIFY(hasher.hex().isEmpty());
    }
};

QTEST_MAIN(TestGamesPage)
#include "tst_gamespage.moc"
