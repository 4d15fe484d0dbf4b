<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>PIN incorreto. Resta 1 tentativa antes de uma espera.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries before a wait.</source>
        <translation>PIN incorreto. Restam %1 tentativas antes de uma espera.</translation>
    </message>
    <message>
        <source>Content reloaded at %1.</source>
        <translation>Conteúdo recarregado às %1.</translation>
    </message>
    <message>
        <source>The content changed at %1 but has %2 error(s), so the kiosk still shows the previous content. Fix the errors below and save again.</source>
        <translation>O conteúdo mudou às %1, mas tem %2 erro(s); por isso o quiosque continua mostrando o conteúdo anterior. Corrija os erros abaixo e salve novamente.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Muitos PINs incorretos. Tente novamente em %1.</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Recarregando…</translation>
    </message>
    <message>
        <source>The admin screen is not set up on this kiosk: no admin PIN has been set. Staff: see “Set the admin PIN” in the set-up guide.</source>
        <translation>A tela de administração não está configurada neste quiosque: nenhum PIN foi definido. Equipe: consulte “Set the admin PIN” no guia de instalação.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <source>Kiosk admin</source>
        <translation>Administração do quiosque</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>Pasta de conteúdo</translation>
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
        <translation>Arquivo de registro</translation>
    </message>
    <message>
        <source>Reload content now</source>
        <translation>Recarregar o conteúdo</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Sair do quiosque</translation>
    </message>
    <message>
        <source>Not shown: the last change to the content has errors</source>
        <translation>Não exibido: a última alteração do conteúdo tem erros</translation>
    </message>
    <message>
        <source>Problems in the content on screen</source>
        <translation>Problemas no conteúdo em exibição</translation>
    </message>
    <message>
        <source>The content on screen has no problems.</source>
        <translation>O conteúdo em exibição não tem problemas.</translation>
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
        <translation>Ainda não há nada para mostrar</translation>
    </message>
</context>
<context>
    <name>FallbackTag</name>
    <message>
        <source>In English</source>
        <translation>Em inglês</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>Em francês</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>Em árabe</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>Em espanhol</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>Em português</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>Em alemão</translation>
    </message>
    <message>
        <source>In Italian</source>
        <translation>Em italiano</translation>
    </message>
    <message>
        <source>In Swahili</source>
        <translation>Em suaíli</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Em %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Touch to explore</source>
        <extracomment>The attract loop&apos;s invitation, short: it sits in a pill at the foot of the screen.</extracomment>
        <translation>Toque na tela para explorar</translation>
    </message>
    <message>
        <source>The content has no panel the kiosk can show yet.
Staff: see “When something goes wrong” in the set-up guide.</source>
        <translation>O conteúdo ainda não tem nenhum painel que o quiosque possa mostrar.
Equipe: consulte “When something goes wrong” no guia de instalação.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
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
        <translation>Toque ou deslize para baixo para fechar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Digite o PIN de administração</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
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
        <translation>Fechar</translation>
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
        <translation type="unfinished">Próximo</translation>
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
