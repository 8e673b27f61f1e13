// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace
{
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Scholion"_s);
    QCoreApplication::setOrganizationDomain(u"scholion.app"_s);
    QCoreApplication::setApplicationName(u"Scholion"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOLION_VERSION_STRING));
}

// SCHOLION_LANG (e.g. "de", "uk_UA") picks the language; the system locale otherwise.
void installTranslators(QCoreApplication &app)
{
    const QString forced = qEnvironmentVariable("SCHOLION_LANG").section(u'.', 0, 0);
    if (!forced.isEmpty() && forced != u"C"_s && forced != u"POSIX"_s) {
        QLocale::setDefault(QLocale(forced));
    }
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // English needs a translation too: its plural forms ("1 file", "2 files").
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"scholion"_s, u"_"_s, u":/i18n"_s) || ours->load(u"scholion_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }

    if (Scholion::App::Cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return Scholion::App::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"scholion"_s);
    installTranslators(app);

    QCommandLineParser parser;
    const QCommandLineOption sampleOption(u"sample"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, QString(), u"FILE"_s);
    parser.addOptions({sampleOption, screenshotOption});
    parser.addPositionalArgument(u"path"_s, QString());
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "scholion: %s\n%s\n", qPrintable(parser.errorText()), qPrintable(Scholion::App::Cli::tr("Run “scholion --help” for usage.")));
        return Scholion::App::Cli::UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "scholion: %s\n", qPrintable(Scholion::App::Cli::tr("Give one folder or project at most.")));
        return Scholion::App::Cli::UsageError;
    }

    Scholion::App::MainWindow window;
    bool opened = true;
    if (parser.isSet(sampleOption)) {
        opened = window.openSampleCorpus();
    } else if (!positional.isEmpty()) {
        opened = window.openPath(positional.constFirst());
    } else if (!parser.isSet(screenshotOption)) {
        window.restoreLastSession();
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        if (!opened) {
            return Scholion::App::Cli::Failure;
        }
        window.takeScreenshotWhenReady(parser.value(screenshotOption));
    }
    return app.exec();
}
