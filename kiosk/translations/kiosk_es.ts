<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>PIN incorrecto. Queda 1 intento antes de una espera.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries before a wait.</source>
        <translation>PIN incorrecto. Quedan %1 intentos antes de una espera.</translation>
    </message>
    <message>
        <source>Content reloaded at %1.</source>
        <translation>Contenido recargado a las %1.</translation>
    </message>
    <message>
        <source>The content changed at %1 but has %2 error(s), so the kiosk still shows the previous content. Fix the errors below and save again.</source>
        <translation>El contenido cambió a las %1, pero tiene %2 error(es), así que el quiosco sigue mostrando el contenido anterior. Corrija los errores de abajo y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1.</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Recargando…</translation>
    </message>
    <message>
        <source>The admin screen is not set up on this kiosk: no admin PIN has been set. Staff: see “Set the admin PIN” in the set-up guide.</source>
        <translation>La pantalla de administración no está configurada en este quiosco: no se ha definido ningún PIN. Personal: consulte «Set the admin PIN» en la guía de instalación.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <source>Kiosk admin</source>
        <translation>Administración del quiosco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>Carpeta de contenido</translation>
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
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Reload content now</source>
        <translation>Recargar el contenido</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Not shown: the last change to the content has errors</source>
        <translation>No se muestra: el último cambio del contenido tiene errores</translation>
    </message>
    <message>
        <source>Problems in the content on screen</source>
        <translation>Problemas en el contenido en pantalla</translation>
    </message>
    <message>
        <source>The content on screen has no problems.</source>
        <translation>El contenido en pantalla no tiene problemas.</translation>
    </message>
</context>
<context>
    <name>DecadeScrubber</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline&apos;s scrubber: %1 is its first year, 1960 for the 1960s.</extracomment>
        <translation>década de %1</translation>
    </message>
</context>
<context>
    <name>EmptyDeckMessage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
</context>
<context>
    <name>FallbackTag</name>
    <message>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En francés</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>En árabe</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>En español</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>En portugués</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>En alemán</translation>
    </message>
    <message>
        <source>In Italian</source>
        <translation>En italiano</translation>
    </message>
    <message>
        <source>In Swahili</source>
        <translation>En suajili</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Touch to explore</source>
        <extracomment>The attract loop&apos;s invitation, short: it sits in a pill at the foot of the screen.</extracomment>
        <translation>Toca la pantalla para explorar</translation>
    </message>
    <message>
        <source>The content has no panel the kiosk can show yet.
Staff: see “When something goes wrong” in the set-up guide.</source>
        <translation>El contenido aún no tiene ningún panel que el quiosco pueda mostrar.
Personal: consulte «When something goes wrong» en la guía de instalación.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
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
        <translation>Toque o deslice hacia abajo para cerrar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Introduzca el PIN de administración</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation type="unfinished">Siguiente</translation>
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
