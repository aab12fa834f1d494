#include "eyestage.h"

namespace arbiter {

QString eyeStageName(EyeStage stage)
{
    switch (stage) {
    case EyeStage::None:
        return QStringLiteral("none");
    case EyeStage::Little:
        return QStringLiteral("little");
    case EyeStage::Short:
        return QStringLiteral("short");
    case EyeStage::Big:
        return QStringLiteral("big");
    case EyeStage::Banned:
        return QStringLiteral("banned");
    }
    return QStringLiteral("none");
}

std::optional<EyeStage> eyeStageFromName(QStringView name)
{
    // Case-sensitive on purpose: the names are an API enum, and "Big" in stored JSON means a bug.
    for (EyeStage stage : {EyeStage::None, EyeStage::Little, EyeStage::Short, EyeStage::Big, EyeStage::Banned}) {
        if (name == eyeStageName(stage))
            return stage;
    }
    return std::nullopt;
}

} // namespace arbiter
