// AuditPage and AuditModel: paged newest-first reading, live refresh, chain verification, CSV.

#include "uitestsupport.h"

#include "games/gameservice.h"
#include "models/auditmodel.h"
#include "mainwindow.h"
#include "pages/auditpage.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestAuditPage final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;

    void createGame(const QString &name)
    {
        // Through the service on the core thread, as the console and the admin API do.
        bool done = false;
        QMetaObject::invokeMethod(
            m_env.engine->games(),
            [&] {
                GameSettings settings;
                settings.name = name;
                m_env.engine->games()->create(settings, Actor{QStringLiteral("tester"), QStringLiteral("console")},
                                              [&](Result<Game> r) { done = r.ok(); });
            },
            Qt::BlockingQueuedConnection);
        QTRY_VERIFY(done);
    }

    // Appends entries straight into the journal in one transaction: many rows, quickly.
    void appendEntries(int count)
    {
        const QString name = QStringLiteral("test-rw");
        {
            Result<QSqlDatabase> db = Database::open(m_env.engine->databasePath(), name, Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db.value().transaction());
            for (int i = 0; i < count; ++i)
                QVERIFY(AuditJournal::append(db.value(), 1767225600000 + i, Actor{QStringLiteral("bulk"), QStringLiteral("test")},
                                             QStringLiteral("test.bulk"), QString::number(i))
                            .ok());
            QVERIFY(db.value().commit());
        }
        Database::close(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        createGame(QStringLiteral("Alpha"));
        createGame(QStringLiteral("Beta"));
        createGame(QStringLiteral("Gamma"));
    }

    void cleanupTestCase() { m_env.stop(); }

    void showsNewestFirstInLocalTime()
    {
        MainWindow window(*m_env.invoker); // relays the journal's live changes to its Audit page
        AuditModel *model = window.auditPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, AuditModel::Seq).data().toLongLong(), 3);
        QCOMPARE(model->index(2, AuditModel::Seq).data().toLongLong(), 1);
        QCOMPARE(model->index(0, AuditModel::Action).data().toString(), QStringLiteral("game.create"));
        QCOMPARE(model->index(0, AuditModel::Actor).data().toString(), QStringLiteral("tester@console"));
        QVERIFY(model->index(0, AuditModel::Details).data().toString().contains(QStringLiteral("Gamma")));
        const AuditEntry *newest = model->entry(0);
        QVERIFY(newest);
        const QString local = QDateTime::fromMSecsSinceEpoch(newest->atMs, Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(model->index(0, AuditModel::Time).data().toString(), local);
        QVERIFY(!model->canFetchMore({}));

        // A new action appears on its own (the journal's append counter → a coalesced re-query).
        createGame(QStringLiteral("Delta"));
        QTRY_COMPARE(model->rowCount(), 4);
        QVERIFY(model->index(0, AuditModel::Details).data().toString().contains(QStringLiteral("Delta")));
    }

    void readsInPages()
    {
        appendEntries(450);
        AuditModel model(m_env.engine->databasePath());
        model.refresh();
        QCOMPARE(model.rowCount(), AuditModel::PageSize);
        QCOMPARE(model.index(0, AuditModel::Seq).data().toLongLong(), 454);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AuditModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 454);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(453, AuditModel::Seq).data().toLongLong(), 1);

        // Attached only now: the tester itself calls fetchMore(), which would spoil the counts above.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        appendEntries(2);
        model.refresh();
        QCOMPARE(model.rowCount(), 456);
        QCOMPARE(model.index(0, AuditModel::Seq).data().toLongLong(), 456);
        QCOMPARE(model.index(2, AuditModel::Seq).data().toLongLong(), 454);
    }

    void verifySaysIntact()
    {
        AuditPage page(*m_env.invoker);
        page.show();
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyChain")), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto *banner = page.findChild<QLabel *>(QStringLiteral("verification"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Chain intact: 456 entries"));
    }

    void exportsCsv()
    {
        AuditPage page(*m_env.invoker);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 456 + 2); // header, rows, and the empty piece after the last CRLF
        QVERIFY(lines[0].startsWith("seq,time_utc,actor"));
        QVERIFY(lines[1].startsWith("1,"));
        QVERIFY(lines[1].contains("game.create"));
    }

    void verifyFindsTampering()
    {
        {
            Result<QSqlDatabase> db = Database::open(m_env.engine->databasePath(), QStringLiteral("tamper"),
                                                     Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 100")));
        }
        Database::close(QStringLiteral("tamper"));

        AuditPage page(*m_env.invoker);
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        page.verifyChain();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("verification"))->text().startsWith(QStringLiteral("Chain broken at entry #100")));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
