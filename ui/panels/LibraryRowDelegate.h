#pragma once

#include "NeedsReviewDelegate.h"

namespace oversight {

// The Library's rows: documents as NeedsReviewDelegate draws them; an authority's row, which
// spans the columns (so its name reads whole), ends its name with how many of its documents
// the filters show, "Wandsworth (4)": the count the Title column gave before rows spanned.
// Only what is drawn changes; the model's name stays what sorting and filtering read.
class LibraryRowDelegate : public NeedsReviewDelegate
{
    Q_OBJECT
public:
    using NeedsReviewDelegate::NeedsReviewDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace oversight
