# Export dialogs and actions; paths relative to ui/.
set(OVERSIGHT_UI_EXPORT_SOURCES
    export/SummaryDialog.h export/SummaryDialog.cpp
    export/ExportController.h export/ExportController.cpp
)
