<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminController</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try before a wait.</source>
        <translation>Falsche PIN. Noch 1 Versuch bis zur Wartezeit.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries before a wait.</source>
        <translation>Falsche PIN. Noch %1 Versuche bis zur Wartezeit.</translation>
    </message>
    <message>
        <source>Content reloaded at %1.</source>
        <translation>Inhalt um %1 neu geladen.</translation>
    </message>
    <message>
        <source>The content changed at %1 but has %2 error(s), so the kiosk still shows the previous content. Fix the errors below and save again.</source>
        <translation>Der Inhalt wurde um %1 geändert, hat aber %2 Fehler. Der Kiosk zeigt daher weiter den bisherigen Inhalt. Beheben Sie die Fehler unten und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Wird neu geladen …</translation>
    </message>
    <message>
        <source>The admin screen is not set up on this kiosk: no admin PIN has been set. Staff: see “Set the admin PIN” in the set-up guide.</source>
        <translation>Der Admin-Bereich ist auf diesem Kiosk nicht eingerichtet: Es wurde keine Admin-PIN festgelegt. Personal: siehe „Set the admin PIN“ in der Installationsanleitung.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <source>Kiosk admin</source>
        <translation>Kiosk-Verwaltung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: kiosk.toml turns them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits today; the file takes %2 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Reload content now</source>
        <translation>Inhalt jetzt neu laden</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Not shown: the last change to the content has errors</source>
        <translation>Nicht angezeigt: Die letzte Änderung am Inhalt enthält Fehler</translation>
    </message>
    <message>
        <source>Problems in the content on screen</source>
        <translation>Probleme im angezeigten Inhalt</translation>
    </message>
    <message>
        <source>The content on screen has no problems.</source>
        <translation>Der angezeigte Inhalt hat keine Probleme.</translation>
    </message>
</context>
<context>
    <name>DecadeScrubber</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline&apos;s scrubber: %1 is its first year, 1960 for the 1960s.</extracomment>
        <translation>%1er</translation>
    </message>
</context>
<context>
    <name>EmptyDeckMessage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
</context>
<context>
    <name>FallbackTag</name>
    <message>
        <source>In English</source>
        <translation>Auf Englisch</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>Auf Französisch</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>Auf Arabisch</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>Auf Spanisch</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>Auf Portugiesisch</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>Auf Deutsch</translation>
    </message>
    <message>
        <source>In Italian</source>
        <translation>Auf Italienisch</translation>
    </message>
    <message>
        <source>In Swahili</source>
        <translation>Auf Swahili</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Auf %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Touch to explore</source>
        <extracomment>The attract loop&apos;s invitation, short: it sits in a pill at the foot of the screen.</extracomment>
        <translation>Zum Entdecken berühren</translation>
    </message>
    <message>
        <source>The content has no panel the kiosk can show yet.
Staff: see “When something goes wrong” in the set-up guide.</source>
        <translation>Der Inhalt hat noch keine Tafel, die der Kiosk zeigen kann.
Personal: siehe „When something goes wrong“ in der Installationsanleitung.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PageTab</name>
    <message>
        <source>%1, panel %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Panel %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelScroller</name>
    <message>
        <source>Back to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Tap or swipe down to close</source>
        <translation>Tippen oder nach unten wischen zum Schließen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Admin-PIN eingeben</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Weiter</translation>
    </message>
    <message>
        <source>End of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker notes for this panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickImport</name>
    <message>
        <source>Looking for USB sticks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content folder on a USB stick. Plug one in, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying from the USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the content has %1 error(s). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous content is back. It shows in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1. It shows in a few seconds; “Undo the last import” brings back the previous content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickImportPanel</name>
    <message>
        <source>New content from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubPager</name>
    <message>
        <source>Part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorControls</name>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
