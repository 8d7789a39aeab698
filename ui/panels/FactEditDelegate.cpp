#include "FactEditDelegate.h"

#include "domain/FactCorrection.h"
#include "itemmodels/ItemRoles.h"
#include "understanding/AuthorityDirectory.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

namespace oversight {

namespace {

bool isDate(const QString &field)
{
    return field == FactField::InspectionStart || field == FactField::InspectionEnd
           || field == FactField::Published || field == FactField::PreviousInspection;
}

// The date editor's lowest date stands for "not stated" and shows as such.
const QDate kNotStated(1990, 1, 1);

} // namespace

QWidget *FactEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QString field = index.data(FactFieldRole).toString();
    if (isDate(field)) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        edit->setMinimumDate(kNotStated);
        edit->setSpecialValueText(tr("Not stated"));
        edit->setAccessibleName(tr("Date"));
        return edit;
    }
    auto combo = [parent](const QList<std::pair<QString, QString>> &items) {
        auto *box = new QComboBox(parent);
        for (const auto &[label, key] : items)
            box->addItem(label, key);
        return box;
    };
    if (field == FactField::Kind) {
        QList<std::pair<QString, QString>> kinds;
        for (const QString &kind : Kind::all())
            kinds.append({Kind::label(kind), kind});
        return combo(kinds);
    }
    if (field == FactField::Outcome) {
        QList<std::pair<QString, QString>> outcomes;
        for (const QString &outcome : SendOutcome::all())
            outcomes.append({SendOutcome::label(outcome), outcome});
        outcomes.append({tr("Not given"), QString()});
        return combo(outcomes);
    }
    if (!FactField::judgementArea(field).isEmpty()) {
        QList<std::pair<QString, QString>> grades;
        for (const QString &grade : Grade::all())
            grades.append({Grade::label(grade), grade});
        grades.append({tr("Not given"), QString()});
        return combo(grades);
    }
    if (FactField::isList(field)) {
        // A recommendation is a paragraph: edited wrapped, the whole of it in sight.
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(tr("Recommendation text"));
        edit->setFrameShape(QFrame::NoFrame);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return edit;
    }
    if (field == FactField::Authority) {
        QList<AuthorityRecord> records = AuthorityDirectory::instance().all();
        std::sort(records.begin(), records.end(), [](const AuthorityRecord &a, const AuthorityRecord &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        QList<std::pair<QString, QString>> authorities;
        for (const AuthorityRecord &r : records)
            authorities.append({tr("%1 (DfE code %2)").arg(r.name, r.code), r.code});
        QComboBox *box = combo(authorities);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FactEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : kNotStated);
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(value.toString())));
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
        text->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FactEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == kNotStated ? QDate() : date->date());
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        // An editable list (authorities) takes what was typed only when it names an entry.
        const int at = box->isEditable() ? box->findText(box->currentText()) : box->currentIndex();
        if (at >= 0)
            model->setData(index, box->itemData(at).toString());
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool FactEditDelegate::eventFilter(QObject *object, QEvent *event)
{
    // QStyledItemDelegate leaves Enter to a text editor (a new line); a recommendation is one
    // paragraph, so Enter commits it as it does every other fact.
    auto *text = qobject_cast<QPlainTextEdit *>(object);
    if (text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit commitData(text);
            emit closeEditor(text, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return NeedsReviewDelegate::eventFilter(object, event);
}

QSize FactEditDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = NeedsReviewDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QTreeView *>(parent());
    if (!view || index.column() == 0)
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The column's width, less the style's text margins on both sides.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int width = view->header()->sectionSize(index.column()) - 2 * margin;
    if (width <= 0)
        return size;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                    Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    size.setHeight(qMax(size.height(), text.height() + 4));
    return size;
}

} // namespace oversight
