// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/import/setimporter.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QThread;

namespace Scholion::Widgets
{

/*!
 * File › Import annotated set…: picks a set (a brat folder or a file), its format and the
 * target project, runs the import on a worker thread with progress, and shows the counts or
 * the error (file and line). imported() tells the window which project changed.
 */
class ImportSetDialog final : public QDialog
{
    Q_OBJECT

public:
    /*! \a projectPath: the open project, offered as the target; empty when none is open. */
    explicit ImportSetDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~ImportSetDialog() override;

    void setSetPath(const QString &path);
    void setFormat(Models::SetFormat format);
    /*! Whether the set goes into the open project (true) or into a new one. */
    void setIntoOpenProject(bool into);
    /*! Starts the import as the Import button does. */
    void startImport();
    bool isRunning() const;
    /*! The report of the last run, once finished. */
    Models::SetImportReport lastReport() const { return m_report; }

    /*! The format a path's name suggests: a folder is brat, .qdpx/.qde REFI-QDA, and so on. */
    static std::optional<Models::SetFormat> guessFormat(const QString &path);

Q_SIGNALS:
    void imported(const Scholion::Models::SetImportReport &report);
    void finished(const Scholion::Models::SetImportReport &report);

protected:
    void reject() override;

private:
    void chooseFile();
    void chooseFolder();
    void updateButtons();
    void onFinished(const Models::SetImportReport &report);

    QString m_projectPath;
    QLineEdit *m_path;
    QComboBox *m_format;
    QRadioButton *m_intoOpen;
    QRadioButton *m_intoNew;
    QProgressBar *m_progress;
    QPlainTextEdit *m_result;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    Models::SetImportReport m_report;
};

} // namespace Scholion::Widgets
