# Sources of the text-to-facts extractor, included by models/CMakeLists.txt.
# Paths are relative to models/.
set(OVERSIGHT_UNDERSTANDING_SOURCES
    understanding/DocumentReader.h
    understanding/OfstedDocumentReader.h understanding/OfstedDocumentReader.cpp
)
