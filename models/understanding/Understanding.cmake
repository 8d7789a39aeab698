# Sources of the text-to-facts extractor, included by models/CMakeLists.txt.
# Paths are relative to models/.
set(OVERSIGHT_UNDERSTANDING_SOURCES
    understanding/DocumentReader.h
    understanding/Csv.h understanding/Csv.cpp
    understanding/OfstedDocumentReader.h understanding/OfstedDocumentReader.cpp
    understanding/CleanText.h understanding/CleanText.cpp
    understanding/TextCleaner.h understanding/TextCleaner.cpp
    understanding/DateParser.h understanding/DateParser.cpp
    understanding/AuthorityDirectory.h understanding/AuthorityDirectory.cpp
    understanding/AreaSendReader.h understanding/AreaSendReader.cpp
    understanding/LayoutGaps.h understanding/LayoutGaps.cpp
    understanding/KindClassifier.h understanding/KindClassifier.cpp
    understanding/CoverPageReader.h understanding/CoverPageReader.cpp
    understanding/InspectorReader.h understanding/InspectorReader.cpp
    understanding/JudgementReader.h understanding/JudgementReader.cpp
    understanding/ListReader.h understanding/ListReader.cpp
    understanding/RecommendationReader.h understanding/RecommendationReader.cpp
    understanding/FindingReader.h understanding/FindingReader.cpp
    understanding/MissingFacts.h understanding/MissingFacts.cpp
)
