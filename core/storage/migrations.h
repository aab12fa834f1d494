#pragma once

// The numbered schema migrations; migration N brings a database from version N-1 to N.

#include <QStringList>
#include <QList>

namespace arbiter {

struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace arbiter
