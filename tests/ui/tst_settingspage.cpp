// SettingsPage and ConsoleShell: the moderator's name is audited, the language switches the
// whole window to German, the theme to a dark palette, and the choices persist.

#include "uitestsupport.h"

#include "appearance.h"
#include "consoleshell.h"
#include "mainwindow.h"
#include "moderator.h"
#include "pages/settingspage.h"
#include "storage/database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestSettingsPage final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;

    QStringList navigationLabels(MainWindow *window)
    {
        QStringList labels;
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; nav && i < nav->count(); ++i)
            labels << nav->item(i)->text();
        return labels;
    }

    // Picks an entry of a combo box with the keyboard, as a moderator would.
    void pickWithKeyboard(QComboBox *combo, int index)
    {
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }

private slots:
    void initTestCase() { QVERIFY(m_env.start()); }
    void cleanupTestCase() { m_env.stop(); }
    void cleanup()
    {
        setLanguageSetting(QStringLiteral("en"));
        setThemeSetting(Theme::System);
        applyLanguage();
        applyTheme();
    }

    void renamingTheModeratorIsAudited()
    {
        MainWindow window(*m_env.invoker);
        window.showPage(MainWindow::Settings);
        window.show();
        auto *name = window.findChild<QLineEdit *>(QStringLiteral("moderatorName"));
        auto *save = window.findChild<QPushButton *>(QStringLiteral("saveModeratorName"));
        QCOMPARE(name->text(), QStringLiteral("tester"));
        QVERIFY(!save->isEnabled());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Anna K."));
        QVERIFY(save->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(moderatorName(), QStringLiteral("Anna K."));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("moderatorNameStatus"))->text().contains(QStringLiteral("Anna K.")));

        // The journal says who renamed whom, under the old name.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_env.engine->databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT actor, subject, details FROM audit WHERE action='moderator.rename'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("tester@console"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("Anna K."));
            QVERIFY(q.value(2).toString().contains(QStringLiteral("tester")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QSettings().setValue(QStringLiteral("moderator/name"), QStringLiteral("tester"));
    }

    void switchingToGermanRebuildsTheWindowInGerman()
    {
        ConsoleShell shell(*m_env.invoker);
        shell.window()->showPage(MainWindow::Settings);
        shell.show();
        QCOMPARE(navigationLabels(shell.window()).first(), QStringLiteral("Overview"));
        MainWindow *before = shell.window();
        auto *language = before->findChild<QComboBox *>(QStringLiteral("language"));
        pickWithKeyboard(language, language->findData(QStringLiteral("de")));
        QTRY_VERIFY(shell.window() != before);
        QCOMPARE(languageSetting(), QStringLiteral("de"));
        const QStringList labels = navigationLabels(shell.window());
        QCOMPARE(labels.first(), QStringLiteral("Übersicht"));
        QVERIFY(labels.contains(QStringLiteral("Einstellungen")));
        QCOMPARE(shell.window()->currentPage(), MainWindow::Settings); // the moderator stays where they were
        QVERIFY(shell.window()->isVisible());

        // And back to English.
        auto *again = shell.window()->findChild<QComboBox *>(QStringLiteral("language"));
        MainWindow *german = shell.window();
        pickWithKeyboard(again, again->findData(QStringLiteral("en")));
        QTRY_VERIFY(shell.window() != german);
        QCOMPARE(navigationLabels(shell.window()).first(), QStringLiteral("Overview"));
    }

    void theDarkThemeIsDark()
    {
        ConsoleShell shell(*m_env.invoker);
        shell.window()->showPage(MainWindow::Settings);
        shell.show();
        MainWindow *before = shell.window();
        auto *theme = before->findChild<QComboBox *>(QStringLiteral("theme"));
        pickWithKeyboard(theme, theme->findData(int(Theme::Dark)));
        QTRY_VERIFY(shell.window() != before);
        QCOMPARE(themeSetting(), Theme::Dark);
        QVERIFY(shell.window()->palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(shell.window()->palette().color(QPalette::WindowText).lightness() > 180);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
