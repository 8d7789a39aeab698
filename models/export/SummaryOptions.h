#pragma once

#include <QPageSize>
#include <QString>

namespace oversight {

// What a PDF summary holds and how its pages look. Plain value type; the dialog fills it from
// the user's choices and the command line from its options.
struct SummaryOptions
{
    bool includeAnnotations = true;     // the passages annotated, grouped by checklist item
    bool includeNotes = true;           // the notes written on those annotations
    bool includeChart = true;           // the authority's timeline chart
    bool fullRecommendationText = true; // otherwise each recommendation is cut to a few lines
    QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or US Letter
    QString userName;     // shown in the running header with the organisation
    QString organisation;
};

} // namespace oversight
