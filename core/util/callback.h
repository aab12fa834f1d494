#pragma once

// Callback<T>: how an asynchronous service answers; and postTo, to run code on an object's thread.

#include "util/result.h"

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <utility>

namespace arbiter {

template <class T> using Callback = std::function<void(Result<T>)>;

template <class F> void postTo(QObject *context, F &&fn)
{
    QMetaObject::invokeMethod(context, std::forward<F>(fn), Qt::QueuedConnection);
}

} // namespace arbiter
