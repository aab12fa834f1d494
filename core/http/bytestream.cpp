#include "bytestream.h"

// The signals of ByteStream live in its moc output; nothing else here.
