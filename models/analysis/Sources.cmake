# Analysis: the numbers behind the charts and the comparison (no widgets, no Qt Charts).
set(OVERSIGHT_ANALYSIS_SOURCES
    analysis/AnalysisQueries.h analysis/AnalysisQueries.cpp
    analysis/DataTable.h analysis/DataTable.cpp
    analysis/DataTableModel.h analysis/DataTableModel.cpp
    analysis/GradeTimeline.h analysis/GradeTimeline.cpp
    analysis/NationalPicture.h analysis/NationalPicture.cpp
    analysis/PeerSelection.h analysis/PeerSelection.cpp
    analysis/TextSimilarity.h analysis/TextSimilarity.cpp
    analysis/DocumentComparison.h analysis/DocumentComparison.cpp analysis/ComparisonExport.cpp
    analysis/ComparisonModel.h analysis/ComparisonModel.cpp
    analysis/MapData.h analysis/MapData.cpp
)
