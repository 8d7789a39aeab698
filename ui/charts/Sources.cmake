# Charts: every Qt Charts include of the project lives in this folder, so that moving to
# Qt Graphs (Qt Charts is deprecated from Qt 6.10) touches nothing else.
find_package(Qt6 REQUIRED COMPONENTS Charts Svg)
list(APPEND OVERSIGHT_UI_EXTRA_LIBS Qt6::Charts Qt6::Svg)
set(OVERSIGHT_UI_CHARTS_SOURCES
    charts/ChartStyle.h charts/ChartStyle.cpp
    charts/ChartExport.h charts/ChartExport.cpp
    charts/ChartPanel.h charts/ChartPanel.cpp
    charts/GradeTimelineChart.h charts/GradeTimelineChart.cpp
    charts/GradeDistributionChart.h charts/GradeDistributionChart.cpp
    charts/OutcomeCountChart.h charts/OutcomeCountChart.cpp
    charts/PeersPanel.h charts/PeersPanel.cpp
    charts/NationalPanel.h charts/NationalPanel.cpp
    charts/ChartsWindow.h charts/ChartsWindow.cpp
    charts/ChartRendering.h charts/ChartRendering.cpp
    charts/EnglandMap.h charts/EnglandMap.cpp
    charts/MapPanel.h charts/MapPanel.cpp
)
