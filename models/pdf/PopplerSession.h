#pragma once

#include <memory>

class GlobalParamsIniter;

namespace oversight {

// While one is alive, Poppler keeps its global parameters (its Unicode, CMap and font tables,
// read from its data directory) from one document to the next. Without one, Poppler reads them
// again whenever a document is opened while no other is open, and drops them when it closes:
// about 1 ms each time, paid for every stored PDF a re-read opens one after another.
// Holding one changes nothing that Poppler reads or renders. Thread-safe; any number may be
// alive at once.
class PopplerSession
{
public:
    PopplerSession();
    ~PopplerSession();
    PopplerSession(const PopplerSession &) = delete;
    PopplerSession &operator=(const PopplerSession &) = delete;

private:
    std::unique_ptr<GlobalParamsIniter> m_initer;
};

} // namespace oversight
