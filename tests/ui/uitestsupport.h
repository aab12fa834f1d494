#pragma once

// What the UI tests share: a real Engine on a free loopback port in a temporary data folder,
// settings kept out of the user's config, and helpers to reach non-blocking dialogs.

#include "coreinvoker.h"
#include "engine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace arbiter::test {

struct UiEngine {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<ui::CoreInvoker> invoker;

    bool start()
    {
        if (!dir.isValid())
            return false;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("moderator/name"), QStringLiteral("tester"));
        qputenv("ARBITER_ADMIN_TOKEN", "ui-test-admin-token-0123456789abcdef");
        EngineConfig config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.port = 0;
        engine = std::make_unique<Engine>(config);
        const Status started = engine->start();
        if (!started) {
            qWarning() << started.error().detail;
            return false;
        }
        invoker = std::make_unique<ui::CoreInvoker>(*engine);
        return true;
    }
    void stop()
    {
        invoker.reset();
        if (engine)
            engine->shutdown();
        engine.reset();
    }

    // Tests (never the UI) may wait for the core thread, to check what really happened there.
    template <class F> auto onCore(F fn)
    {
        using R = std::invoke_result_t<F, GameService &>;
        R value{};
        GameService *games = engine->games();
        QMetaObject::invokeMethod(games, [&] { value = fn(*games); }, Qt::BlockingQueuedConnection);
        return value;
    }
};

// The visible top-level dialog of type T (dialogs are opened with open(), never exec()).
template <class T> T *visibleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

inline QMessageBox *confirmation()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == QLatin1String("confirmation"))
            return box;
    return nullptr;
}

inline void answer(QMessageBox *box, bool confirm)
{
    QAbstractButton *button = confirm ? box->findChild<QAbstractButton *>(QStringLiteral("confirm"))
                                      : box->button(QMessageBox::Cancel);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace arbiter::test
