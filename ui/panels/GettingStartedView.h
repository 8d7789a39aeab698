#pragma once

#include <QWidget>

class QLabel;

namespace oversight {

// What the centre of the window shows when no document is open: on an empty database an
// offer to import a folder, otherwise a hint to choose a document.
class GettingStartedView : public QWidget
{
    Q_OBJECT
public:
    explicit GettingStartedView(QWidget *parent = nullptr);
    void setDocumentCount(int count);

signals:
    void importFolderRequested();
    void importFilesRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QWidget *m_buttons;
};

} // namespace oversight
