# Annotation and checklist widgets; paths relative to ui/.
set(OVERSIGHT_UI_ANNOTATIONS_SOURCES
    annotations/AnnotateDialog.h annotations/AnnotateDialog.cpp
    annotations/AnnotationController.h annotations/AnnotationController.cpp
    annotations/AnnotationsPanel.h annotations/AnnotationsPanel.cpp
    annotations/ChecklistsPanel.h annotations/ChecklistsPanel.cpp
    annotations/ProgressDialog.h annotations/ProgressDialog.cpp
    annotations/SuggestionsView.h annotations/SuggestionsView.cpp
)
