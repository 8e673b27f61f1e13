// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotation.h>
#include <models/export/exportoptions.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Scholion::Models
{
class ExportEngine;
}

namespace Scholion::Widgets
{

/*!
 * File › Export…: format, destination, which documents (all, those shown in the corpus list,
 * those selected there, or by status), which labels (a checkable tree) and options. The
 * export runs on the engine's worker thread with a progress bar and Cancel; the dialog then
 * names the written path, or the failure.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /*!
     * \a labels as the store lists them (parents first); \a shownDocuments the ids the corpus
     * list shows (after its filter), \a selectedDocuments those selected in it.
     */
    ExportDialog(const QString &projectPath,
        const QList<Models::Label> &labels,
        const QList<qint64> &shownDocuments,
        const QList<qint64> &selectedDocuments,
        QWidget *parent = nullptr);
    ~ExportDialog() override;

    /*! The options the controls describe now. */
    Models::ExportOptions options() const;
    void setDestination(const QString &path);
    void setFormat(Models::ExportFormat format);
    /*! Starts the export (what the Export button does). */
    void startExport();
    bool isExporting() const;
    /*! The last message: the written path or why it failed. */
    QString message() const;

    void reject() override;

Q_SIGNALS:
    void exportFinished(const Scholion::Models::ExportResult &result);

private:
    void chooseDestination();
    void updateControls();
    void onFinished(const Models::ExportResult &result);

    QString m_projectPath;
    QList<qint64> m_shownDocuments;
    QList<qint64> m_selectedDocuments;
    Models::ExportEngine *m_engine;
    QComboBox *m_format;
    QLineEdit *m_destination;
    QRadioButton *m_all;
    QRadioButton *m_shown;
    QRadioButton *m_selected;
    QRadioButton *m_byStatus;
    QComboBox *m_status;
    QTreeWidget *m_labels;
    QCheckBox *m_unlinked;
    QCheckBox *m_bom;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;
};

} // namespace Scholion::Widgets
