#pragma once

#include "analysis/MapData.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QTransform>
#include <QWidget>

namespace oversight {

// England's authorities coloured by grade, drawn with QPainter: a title, the map and a legend
// of the four grades and "no grade yet" with how many authorities stand at each; or, on the
// SendOutcomes scale, by area SEND outcome (three colours and "no area SEND inspection yet"). Hovering an
// authority names it with its grade and inspection date; clicking it selects it and emits
// authorityActivated. Follows the widget's palette; exports through ChartExport.
class EnglandMap : public QWidget
{
    Q_OBJECT
public:
    // map must outlive the widget (MapData::england() does).
    explicit EnglandMap(const MapData *map, QWidget *parent = nullptr);

    // What MapGrade::standing.grade holds: a Grade, or an area SEND outcome (SendOutcome).
    enum class Scale { Grades, SendOutcomes };

    void setGrades(const QString &title, const QList<MapGrade> &grades,
                   Scale scale = Scale::Grades);
    Scale scale() const { return m_scale; }
    // The colour an authority (DfE code) is filled with.
    QColor fillOf(const QString &code) const;
    // The legend's lines as drawn ("Positive experiences and outcomes (3)", ...).
    QStringList legendEntries() const;
    const QList<MapGrade> &grades() const { return m_grades; }
    // The grade shown for an authority (DfE code), or nullptr when it is not on the map.
    const MapGrade *gradeOf(const QString &code) const;

    // The authority (DfE code) drawn at a point of the widget; empty when none.
    QString authorityAt(const QPoint &position) const;
    // A point of the widget inside the authority's largest district (for tests and tools).
    QPoint positionOf(const QString &code) const;

    QString selectedAuthority() const { return m_selected; }
    void setSelectedAuthority(const QString &code);
    QString hoveredAuthority() const { return m_hovered; }

    QSize sizeHint() const override { return {640, 720}; }
    QSize minimumSizeHint() const override { return {280, 320}; }

signals:
    void authorityActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF title;
        QRectF map;
        QRectF london; // the inset: London's 33 boroughs are too small to see on the map
        QRectF legend;
    };
    // One drawing of some districts: the whole map, or the London inset.
    struct View
    {
        QRectF frame;
        QTransform toWidget;
        QList<qsizetype> districts;            // indices in MapData::districts()
        QList<QPainterPath> paths;             // in widget coordinates, one per entry of districts
        QHash<QString, QPainterPath> outlines; // authority code -> outline, widget coordinates
    };
    Layout layoutFor(const QRectF &area) const;
    // Rebuilds the cached paths when the widget's size changed (a hidden widget gets no
    // resize event until it is shown, and hit-testing must work before).
    void relayout() const;
    void buildView(View &view, const QRectF &frame, const QList<qsizetype> &districts,
                   const QStringList &authorities) const;
    void paintView(QPainter &painter, const View &view) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;
    QColor valueColour(const QString &value) const;
    QString valueLabel(const QString &value) const;
    QStringList scaleValues() const;
    QString describe(const QString &code) const;

    const MapData *m_map = nullptr;
    QString m_title;
    QList<MapGrade> m_grades;
    Scale m_scale = Scale::Grades;
    QHash<QString, qsizetype> m_gradeIndex; // DfE code -> index in m_grades
    // The views laid out for m_layoutSize.
    mutable QSize m_layoutSize;
    mutable View m_main;
    mutable View m_london;
    QString m_hovered;
    QString m_selected;
};

} // namespace oversight
