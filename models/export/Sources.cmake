# Export: PDF summaries (QTextDocument printed with QPdfWriter, charts drawn with QPainter) and
# CSV/JSON data exports. Core code: no widgets, no Qt Charts.
set(OVERSIGHT_EXPORT_SOURCES
    export/SummaryOptions.h
    export/SummaryData.h export/SummaryData.cpp
    export/SummaryHtml.h export/SummaryHtml.cpp
    export/SummaryContent.h export/DocumentSummaryContent.cpp export/AuthoritySummaryContent.cpp
    export/TimelineChartPainter.h export/TimelineChartPainter.cpp
    export/TimelineChartObject.h export/TimelineChartObject.cpp
    export/SummaryTextDocument.h export/SummaryTextDocument.cpp
    export/PdfPaginator.h export/PdfPaginator.cpp
    export/PdfInternalLinks.h export/PdfInternalLinks.cpp
    export/SummaryPdfWriter.h export/SummaryPdfWriter.cpp
    export/SummaryExport.h export/SummaryExport.cpp
    export/CsvWriter.h export/CsvWriter.cpp
    export/DataExport.h export/DataExport.cpp
)
