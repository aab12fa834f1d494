#include "workers/filehasher.h"

#include "crypto/crypto.h"

#include <QElapsedTimer>
#include <QFile>

namespace arbiter::ui {

FileHasher::FileHasher(QString path, QObject *parent)
    : QThread(parent)
    , m_path(std::move(path))
{
    setObjectName(QStringLiteral("arbiter-file-hasher"));
}

FileHasher::~FileHasher()
{
    requestInterruption();
    wait();
}

void FileHasher::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(m_path, file.errorString());
        return;
    }
    const qint64 total = file.size();
    crypto::Sha256 hasher;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    emit progress(0, total);
    for (;;) {
        if (isInterruptionRequested()) {
            m_cancelled = true;
            return;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            m_error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
            return;
        }
        if (n == 0)
            break;
        hasher.add(QByteArrayView(buffer.constData(), n));
        done += n;
        // Progress at most ~30 times a second: a signal per chunk would flood the UI on an SSD.
        if (sinceReport.elapsed() >= 33) {
            emit progress(done, total);
            sinceReport.restart();
        }
    }
    m_hex = QString::fromLatin1(hasher.finish().toHex());
    emit progress(done, total);
}

} // namespace arbiter::ui
