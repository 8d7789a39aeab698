#include "PopplerSession.h"

#include <Error.h>
#include <GlobalParams.h>

namespace oversight {

// The first holder of Poppler's global parameters installs its error callback: silent, as
// Oversight reports problems in its own words (see PdfDocument.cpp and OutputIntents.cpp).
PopplerSession::PopplerSession()
    : m_initer(std::make_unique<GlobalParamsIniter>([](ErrorCategory, Goffset, const char *) {}))
{
}

PopplerSession::~PopplerSession() = default;

} // namespace oversight
